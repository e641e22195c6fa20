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

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, and_, delete, exists, func, insert, or_, select, update
from sqlalchemy.sql.elements import ColumnElement

from briefings.identity import person_key
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


def _resolve_surname(conn: Connection, last_key: str, result: Resolution) -> set[int]:
    in_group = and_(mentions.c.kind == "person", mentions.c.last_key == last_key)
    firsts = [
        row[0]
        for row in conn.execute(
            select(mentions.c.first_key).where(in_group, mentions.c.first_key.is_not(None)).distinct()
        )
    ]
    touched: set[int] = set()
    full_ids: list[int] = []
    for first in sorted(firsts):
        identity_id = conn.execute(
            select(identities.c.id).where(
                identities.c.kind == "person",
                identities.c.last_key == last_key,
                identities.c.first_key == first,
            )
        ).scalar()
        if identity_id is None:
            identity_id = _create_identity(
                conn,
                name=first,
                kind="person",
                first_key=first,
                last_key=last_key,
                name_key=f"{first} {last_key}",
            )
        _point(conn, and_(in_group, mentions.c.first_key == first), identity_id, result)
        full_ids.append(identity_id)
        touched.add(identity_id)
    has_bare = conn.execute(select(exists().where(in_group, mentions.c.first_key.is_(None)))).scalar()
    bare_identity = conn.execute(
        select(identities.c.id).where(
            identities.c.kind == "person", identities.c.last_key == last_key, identities.c.first_key.is_(None)
        )
    ).scalar()
    if has_bare:
        if len(full_ids) == 1:
            target = full_ids[0]
        else:
            if bare_identity is None:
                bare_identity = _create_identity(
                    conn, name=last_key, kind="person", first_key=None, last_key=last_key, name_key=last_key
                )
            target = bare_identity
        _point(conn, and_(in_group, mentions.c.first_key.is_(None)), target, result)
        touched.add(target)
    if bare_identity is not None:
        touched.add(bare_identity)
    return touched


def _resolve_entity(conn: Connection, kind: str, name_key: str, result: Resolution) -> set[int]:
    identity_id = conn.execute(
        select(identities.c.id).where(identities.c.kind == kind, identities.c.name_key == name_key).limit(1)
    ).scalar()
    if identity_id is None:
        identity_id = _create_identity(conn, name=name_key, kind=kind, name_key=name_key)
    _point(
        conn,
        and_(mentions.c.kind == kind, mentions.c.last_key.is_(None), mentions.c.name_key == name_key),
        identity_id,
        result,
    )
    return {identity_id}


def _resolve_anonymous(conn: Connection, mention_id: int, result: Resolution) -> set[int]:
    row = conn.execute(select(mentions.c.name, mentions.c.name_key).where(mentions.c.id == mention_id)).one()
    identity_id = _create_identity(conn, name=row.name, kind="anonymous", name_key=row.name_key)
    _point(conn, mentions.c.id == mention_id, identity_id, result)
    return {identity_id}


def resolve(conn: Connection, mention_ids: Iterable[int], stale_identities: Iterable[int] = ()) -> Resolution:
    """Attach ``mention_ids`` (new mentions) to identities and re-resolve their groups;
    ``stale_identities`` (identities of deleted mentions) are renamed or dropped."""
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
    if stale:
        stale_surnames = conn.execute(
            select(identities.c.last_key)
            .where(
                identities.c.id.in_(stale), identities.c.kind == "person", identities.c.last_key.is_not(None)
            )
            .distinct()
        ).scalars()
        surnames = {s for s in stale_surnames if s is not None}
    else:
        surnames = set()
    result = Resolution()
    touched = set(stale)
    entities: set[tuple[str, str]] = set()
    for row in rows:
        if row.kind == "person" and row.last_key:
            surnames.add(row.last_key)
        elif row.kind == "anonymous":
            touched |= _resolve_anonymous(conn, row.id, result)
        else:
            entities.add((row.kind, row.name_key))
    for surname in sorted(surnames):
        touched |= _resolve_surname(conn, surname, result)
    for kind, name_key in sorted(entities):
        touched |= _resolve_entity(conn, kind, name_key, result)
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
