"""Resolving a lookup's name to a :class:`~briefings.subjects.Subject`, and naming people once.

The name goes through the same matching as every ``person=`` filter
(:func:`~briefings.store.people.person_identity_ids`); of the identities it
matches, the one named exactly so wins, then the most mentioned. An
organisation or country then gathers its members: organisations and groups
whose name names it ("Taliban delegation", "Chinese foreign ministry") and
people a document gave a role naming it ("Chinese Foreign Minister"). Both scans
read identities and roles, not facts, so their cost grows with the number of
distinct names and roles, not with articles.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import Connection, func, or_, select

from briefings.identity import entity_key, fold, person_key
from briefings.store.people import person_identity_ids
from briefings.store.schema import (
    documents,
    identities,
    identity_names,
    mention_roles,
    mentions,
)
from briefings.subjects import (
    Subject,
    SubjectRef,
    demonym_words,
    entity_includes,
    name_forms,
    role_names_member,
)

# Members named in a lookup's header at most; the lookup itself uses all of them.
MAX_NAMED_MEMBERS = 8


def _mention_counts(conn: Connection, ids: Collection[int]) -> dict[int, int]:
    rows = conn.execute(
        select(identity_names.c.identity_id, func.sum(identity_names.c.mentions))
        .where(identity_names.c.identity_id.in_(sorted(ids)))
        .group_by(identity_names.c.identity_id)
    ).all()
    return {int(identity_id): int(count or 0) for identity_id, count in rows}


def resolve_subject(conn: Connection, query: str) -> Subject | None:
    """The identity ``query`` names, with its members, or None when it names none."""
    ids = person_identity_ids(conn, query)
    if not ids:
        return None
    rows = conn.execute(
        select(identities.c.id, identities.c.name, identities.c.kind).where(identities.c.id.in_(ids))
    ).all()
    counts = _mention_counts(conn, ids)
    wanted = {entity_key(query), fold(query)}
    ranked = sorted(
        (SubjectRef(row.id, row.name, row.kind, counts.get(row.id, 0)) for row in rows),
        key=lambda ref: (
            entity_key(ref.name) not in wanted,
            ref.kind == "anonymous",
            -ref.document_count,
            ref.id,
        ),
    )
    primary, others = ranked[0], tuple(ranked[1:])
    if primary.kind in ("person", "anonymous"):
        terms = _person_terms(conn, primary)
        return Subject(query, primary, (primary.id,), (), others, terms)
    forms = name_forms(primary.name) | name_forms(query)
    members = _member_entities(conn, primary, forms) + _officials(conn, primary, forms)
    unique = {m.id: m for m in members if m.id != primary.id}
    named = sorted(unique.values(), key=lambda ref: (ref.kind != "person", ref.name.lower()))
    terms = tuple(sorted(forms | set(demonym_words(forms))))
    return Subject(query, primary, (primary.id, *sorted(unique)), tuple(named), others, terms)


def _person_terms(conn: Connection, primary: SubjectRef) -> tuple[str, ...]:
    """How texts name a person: the names their mentions used ("Wendy Sherman") and
    the surname, without titles; one row per distinct name, however often mentioned."""
    names = [
        primary.name,
        *conn.execute(
            select(identity_names.c.name).where(identity_names.c.identity_id == primary.id).distinct()
        ).scalars(),
    ]
    found = [fold(person_key(name).display) for name in names if name]
    # the surname alone ("Sherman"), as running text names people after first mention
    found += [person_key(name).last or "" for name in names if name and len(name.split()) > 1]
    return tuple(dict.fromkeys(term for term in found if term))


def _member_entities(conn: Connection, primary: SubjectRef, forms: frozenset[str]) -> list[SubjectRef]:
    """Organisations, groups and places whose name names the entity."""
    rows = conn.execute(
        select(identities.c.id, identities.c.name, identities.c.kind).where(
            identities.c.kind.in_(("org", "group", "place")), identities.c.id != primary.id
        )
    ).all()
    found: list[SubjectRef] = []
    for row in rows:
        key = entity_key(row.name)
        if row.kind == "place" and key not in forms:
            continue  # a place belongs only as another name of it ("U.S." for the United States)
        if entity_includes(row.name, forms):
            found.append(SubjectRef(row.id, row.name, row.kind))
    return found


def _officials(conn: Connection, primary: SubjectRef, forms: frozenset[str]) -> list[SubjectRef]:
    """People a document gave a role naming the entity (prefiltered in SQL by word)."""
    words = sorted(forms | set(demonym_words(forms)))
    role = func.lower(mention_roles.c.role)
    rows = conn.execute(
        select(mentions.c.identity_id, mention_roles.c.role, identities.c.name)
        .join(mentions, mentions.c.id == mention_roles.c.mention_id)
        .join(identities, identities.c.id == mentions.c.identity_id)
        .where(
            identities.c.kind == "person",
            or_(*(role.like(f"%{word.split()[0]}%") for word in words)),
        )
        .distinct()
    ).all()
    found: dict[int, SubjectRef] = {}
    for identity_id, role_text, name in rows:
        if identity_id is not None and role_names_member(role_text, forms):
            found[int(identity_id)] = SubjectRef(int(identity_id), name, "person")
    return list(found.values())


# A person's current role is read from their latest mentions only: the most mentioned
# person has tens of thousands, and a briefing names dozens of people.
RECENT_MENTIONS = 200


def current_roles(conn: Connection, ids: Collection[int]) -> dict[int, tuple[str, str | None]]:
    """Each identity's display name and current role (the latest stated role among
    its :data:`RECENT_MENTIONS` latest mentions), so a briefing names one person one
    way. Each person costs one bounded index range, however often mentioned."""
    if not ids:
        return {}
    wanted = sorted(ids)
    names = dict(
        conn.execute(select(identities.c.id, identities.c.name).where(identities.c.id.in_(wanted))).all()
    )
    result: dict[int, tuple[str, str | None]] = {}
    for identity_id, name in names.items():
        recent = (
            select(mentions.c.id)
            .where(mentions.c.identity_id == identity_id)
            .order_by(mentions.c.id.desc())
            .limit(RECENT_MENTIONS)
            .scalar_subquery()
        )
        latest: tuple[tuple[bool, datetime | None, int], str] | None = None
        for role, stated_at, role_id in conn.execute(
            select(mention_roles.c.role, mention_roles.c.stated_at, mention_roles.c.id).where(
                mention_roles.c.mention_id.in_(recent)
            )
        ):
            key = (stated_at is not None, stated_at, role_id)
            if latest is None or _later(key, latest[0]):
                latest = (key, role)
        result[int(identity_id)] = (str(name), latest[1] if latest else None)
    return result


def _later(a: tuple[bool, datetime | None, int], b: tuple[bool, datetime | None, int]) -> bool:
    """Whether role ``a`` was stated after ``b`` (a dated role beats an undated one)."""
    if a[0] != b[0]:
        return a[0]
    if a[1] is not None and b[1] is not None and a[1] != b[1]:
        return a[1] > b[1]
    return a[2] > b[2]


def newest_published(conn: Connection) -> datetime | None:
    """When the newest article of the corpus was published (None for an empty store)."""
    value = conn.execute(
        select(documents.c.published)
        .where(documents.c.published.is_not(None))
        .order_by(documents.c.published.desc())
        .limit(1)
    ).scalar()
    return value if isinstance(value, datetime) else None
