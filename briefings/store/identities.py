"""Corpus-wide identities: which mentions, across documents, are one person.

Rules (the extractor has already resolved names *within* each document):

* a full name joins the identity with the same first and last name keys
  ("Antony J. Blinken" = "Secretary of State Antony Blinken");
* a bare surname ("Blinken") joins the one full identity with that surname when
  there is exactly one, else it stays with an alias-only identity of its own:
  "Trump" never merges Donald and Melania Trump;
* organisations, groups and places join on their folded name; anonymous
  speakers ("a senior official") never merge across documents.

Resolution works per surname group, so it is independent of ingest order: when
a second "Trump" arrives, bare "Trump" mentions move back to their own identity.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, and_, delete, func, insert, or_, select, update
from sqlalchemy.sql.elements import ColumnElement

from briefings.identity import given_names, given_names_fit, person_key
from briefings.store.schema import identities, mentions


@dataclass
class Resolution:
    """What a resolution pass changed: mentions that now point elsewhere."""

    moved_mentions: set[int] = field(default_factory=set)


def _name_rank(name: str) -> tuple[int, int]:
    display = person_key(name).display or name
    return (len(display.split()), len(display))


def _create_identity(conn: Connection, **values: object) -> int:
    pk = conn.execute(insert(identities).values(**values)).inserted_primary_key
    assert pk is not None
    return int(pk[0])


def _point(conn: Connection, where: ColumnElement[bool], identity_id: int, result: Resolution) -> None:
    stmt = (
        update(mentions)
        .where(where)
        .where(or_(mentions.c.identity_id.is_(None), mentions.c.identity_id != identity_id))
        .values(identity_id=identity_id)
        .returning(mentions.c.id)
    )
    result.moved_mentions.update(int(row[0]) for row in conn.execute(stmt))


def _clusters(firsts: list[str]) -> dict[str, list[str]]:
    """Group the given-name keys of one surname: each key joins the one maximal key
    (not contained in another) that contains it; with several candidates it stays apart."""
    sets = {first: given_names(first) for first in firsts}
    maximal = [f for f in firsts if not any(sets[f] < sets[other] for other in firsts)]
    clusters: dict[str, list[str]] = {}
    for first in firsts:
        fits = [m for m in maximal if given_names_fit(first, m)]
        clusters.setdefault(fits[0] if len(fits) == 1 else first, []).append(first)
    return clusters


def _person_identity(
    conn: Connection,
    last_key: str,
    first: str | None,
    group: dict[int, str | None],
    keep: set[int],
    keys: Collection[str],
) -> int:
    """The identity keyed (surname, given names) among ``group`` (id -> given names,
    updated in place). An identity about to lose all its mentions to this one is
    re-keyed instead, so ids stay stable as fuller names arrive."""
    for identity_id, known in sorted(group.items()):
        if known == first:
            return identity_id
    for identity_id, known in sorted(group.items()):
        reusable = identity_id not in keep and known is not None and known not in keys
        if reusable and first and given_names_fit(known, first):
            conn.execute(
                update(identities)
                .where(identities.c.id == identity_id)
                .values(first_key=first, name_key=f"{first} {last_key}")
            )
            group[identity_id] = first
            return identity_id
    name_key = f"{first} {last_key}" if first else last_key
    identity_id = _create_identity(
        conn, name=name_key, kind="person", first_key=first, last_key=last_key, name_key=name_key
    )
    group[identity_id] = first
    return identity_id


def _resolve_surname(conn: Connection, last_key: str, result: Resolution) -> set[int]:
    """Re-resolve one surname group; returns identities whose mentions changed."""
    in_group = and_(mentions.c.kind == "person", mentions.c.last_key == last_key)
    pairs = conn.execute(
        select(mentions.c.first_key, mentions.c.identity_id).where(in_group).distinct()
    ).all()
    group: dict[int, str | None] = {
        row.id: row.first_key
        for row in conn.execute(
            select(identities.c.id, identities.c.first_key).where(
                identities.c.kind == "person", identities.c.last_key == last_key
            )
        )
    }
    before = set(group)
    clusters = _clusters(sorted({pair.first_key for pair in pairs if pair.first_key}))
    target: dict[str | None, int] = {}
    chosen: set[int] = set()
    for key in sorted(clusters):
        identity_id = _person_identity(conn, last_key, key, group, chosen, clusters.keys())
        chosen.add(identity_id)
        target.update((member, identity_id) for member in clusters[key])
    if any(pair.first_key is None for pair in pairs):
        only = next(iter(chosen)) if len(chosen) == 1 else None
        target[None] = only or _person_identity(conn, last_key, None, group, chosen, clusters.keys())
    changed: set[int] = set()
    for first in sorted({pair.first_key for pair in pairs}, key=lambda f: f or ""):
        want = target[first]
        current = {pair.identity_id for pair in pairs if pair.first_key == first}
        if current == {want}:
            continue
        same_first = mentions.c.first_key == first if first is not None else mentions.c.first_key.is_(None)
        _point(conn, and_(in_group, same_first), want, result)
        changed |= {want} | {c for c in current if c is not None}
    # Identities of the group nobody points to any more are refreshed, i.e. dropped.
    return changed | (before - set(target.values()))


def _resolve_entity(
    conn: Connection, mention_id: int, kind: str, name_key: str, result: Resolution
) -> set[int]:
    identity_id = conn.execute(
        select(identities.c.id).where(identities.c.name_key == name_key, identities.c.kind == kind).limit(1)
    ).scalar()
    if identity_id is None:
        identity_id = _create_identity(conn, name=name_key, kind=kind, name_key=name_key)
    _point(conn, mentions.c.id == mention_id, identity_id, result)
    return {identity_id}


def _resolve_anonymous(conn: Connection, mention_id: int, result: Resolution) -> set[int]:
    row = conn.execute(select(mentions.c.name, mentions.c.name_key).where(mentions.c.id == mention_id)).one()
    identity_id = _create_identity(conn, name=row.name, kind="anonymous", name_key=row.name_key)
    _point(conn, mentions.c.id == mention_id, identity_id, result)
    return {identity_id}


def resolve(conn: Connection, mention_ids: Iterable[int], stale_identities: Iterable[int] = ()) -> Resolution:
    """Attach ``mention_ids`` (new mentions) to identities and re-resolve their surname
    groups; ``stale_identities`` (identities of deleted mentions) are renamed or dropped."""
    ids = list(mention_ids)
    rows = (
        conn.execute(
            select(mentions.c.id, mentions.c.kind, mentions.c.last_key, mentions.c.name_key).where(
                mentions.c.id.in_(ids)
            )
        ).all()
        if ids
        else []
    )
    stale = set(stale_identities)
    surnames: set[str] = set()
    if stale:
        surnames = {
            surname
            for surname in conn.execute(
                select(identities.c.last_key)
                .where(identities.c.id.in_(stale), identities.c.kind == "person")
                .distinct()
            ).scalars()
            if surname is not None
        }
    result = Resolution()
    touched = set(stale)
    for row in rows:
        if row.kind == "person" and row.last_key:
            surnames.add(row.last_key)
        elif row.kind == "anonymous":
            touched |= _resolve_anonymous(conn, row.id, result)
        else:
            touched |= _resolve_entity(conn, row.id, row.kind, row.name_key, result)
    for surname in sorted(surnames):
        touched |= _resolve_surname(conn, surname, result)
    _refresh_names(conn, touched)
    return result


def _refresh_names(conn: Connection, identity_ids: set[int]) -> None:
    """Name each identity by its fullest mention ("Antony J. Blinken"); drop orphans."""
    for identity_id in sorted(identity_ids):
        names = conn.execute(
            select(mentions.c.name, func.count())
            .where(mentions.c.identity_id == identity_id)
            .group_by(mentions.c.name)
        ).all()
        if not names:
            conn.execute(delete(identities).where(identities.c.id == identity_id))
            continue
        best = max(names, key=lambda row: (_name_rank(row[0]), row[1], row[0]))[0]
        kind = conn.execute(select(identities.c.kind).where(identities.c.id == identity_id)).scalar()
        display = person_key(best).display if kind == "person" else best
        conn.execute(update(identities).where(identities.c.id == identity_id).values(name=display or best))
