"""Reading identities: who is in the corpus, under which names and roles.

``person_filter`` is what every ``person=`` query argument goes through: a
full name matches that person, a bare surname ("Blinken") every person with it,
and any alias a document used ("Secretary Blinken", "KCNA") matches its
identity, as does an organisation's or place's name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from datetime import datetime

from sqlalchemy import Connection, distinct, func, or_, select

from briefings.identity import entity_key, fold, given_names_fit, person_key
from briefings.model.facts import EntityKind, Identity
from briefings.store.schema import identities, mention_aliases, mention_roles, mentions


def person_identity_ids(conn: Connection, query: str) -> list[int]:
    """Identities a user's ``person`` filter means (possibly several, possibly none)."""
    key = person_key(query)
    conditions = [identities.c.name_key == entity_key(query)]
    if key.last:
        conditions.append((identities.c.kind == "person") & (identities.c.last_key == key.last))
    candidates = conn.execute(select(identities.c.id, identities.c.first_key).where(or_(*conditions))).all()
    # A full query name fits an identity whose given names contain the query's.
    direct = {row.id for row in candidates if not key.first or given_names_fit(key.first, row.first_key)}
    return sorted(direct | identities_with_alias(conn, fold(query)))


def identities_with_alias(conn: Connection, alias_key: str) -> set[int]:
    """Identities any document called ``alias_key``: one index probe per identity
    (a recursive "next identity after this one"), however many mentions use the
    alias. The most mentioned person has tens of thousands of them at 100k articles."""
    aliased = mention_aliases.c.alias_key == alias_key
    found = (
        select(func.min(mention_aliases.c.identity_id).label("id"))
        .where(aliased)
        .cte("found", recursive=True)
    )
    after = (
        select(func.min(mention_aliases.c.identity_id))
        .where(aliased, mention_aliases.c.identity_id > found.c.id)
        .scalar_subquery()
    )
    found = found.union_all(select(after).where(found.c.id.is_not(None)))
    return {int(i) for i in conn.execute(select(found.c.id).where(found.c.id.is_not(None))).scalars()}


def list_identities(
    conn: Connection, *, name: str | None = None, ids: Collection[int] | None = None
) -> list[Identity]:
    """Identities (all, or those ``name`` matches and/or with these ``ids``), most documented first."""
    query = select(identities.c.id, identities.c.name, identities.c.kind)
    if ids is not None:
        if not ids:
            return []
        query = query.where(identities.c.id.in_(sorted(ids)))
    if name is not None:
        ids = person_identity_ids(conn, name)
        if not ids:
            return []
        query = query.where(identities.c.id.in_(ids))
    rows = conn.execute(query).all()
    if not rows:
        return []
    ids = [row.id for row in rows]
    counts: dict[int, int] = dict(
        conn.execute(
            select(mentions.c.identity_id, func.count(distinct(mentions.c.document_id)))
            .where(mentions.c.identity_id.in_(ids))
            .group_by(mentions.c.identity_id)
        ).all()
    )
    aliases: dict[int, dict[str, str]] = defaultdict(dict)
    for identity_id, alias in conn.execute(
        select(mentions.c.identity_id, mention_aliases.c.alias)
        .join(mention_aliases, mention_aliases.c.mention_id == mentions.c.id)
        .where(mentions.c.identity_id.in_(ids))
        .order_by(mention_aliases.c.id)
    ):
        aliases[identity_id].setdefault(fold(alias) or alias, alias)
    roles: dict[int, dict[tuple[str, datetime | None], None]] = defaultdict(dict)
    for identity_id, role, stated_at in conn.execute(
        select(mentions.c.identity_id, mention_roles.c.role, mention_roles.c.stated_at)
        .join(mention_roles, mention_roles.c.mention_id == mentions.c.id)
        .where(mentions.c.identity_id.in_(ids))
        .order_by(mention_roles.c.stated_at, mention_roles.c.id)
    ):
        roles[identity_id][(role, stated_at)] = None
    result = [
        Identity(
            id=row.id,
            name=row.name,
            kind=_kind(row.kind),
            aliases=tuple(alias for alias in aliases[row.id].values() if alias != row.name),
            roles=tuple(roles[row.id]),
            document_count=int(counts.get(row.id, 0)),
        )
        for row in rows
    ]
    return sorted(result, key=lambda i: (-i.document_count, i.name.lower(), i.id))


def _kind(value: str) -> EntityKind:
    kinds: tuple[EntityKind, ...] = ("person", "org", "group", "place", "anonymous")
    return value if value in kinds else "person"


def names(conn: Connection, prefix: str = "", *, limit: int = 25) -> list[str]:
    """Canonical names starting with ``prefix``, then those containing it."""
    needle = prefix.strip().lower()
    lowered = func.lower(identities.c.name)
    starts = (
        conn.execute(
            select(identities.c.name)
            .where(lowered.like(f"{_escape(needle)}%", escape="\\"))
            .distinct()
            .order_by(identities.c.name)
            .limit(limit)
        )
        .scalars()
        .all()
    )
    found = list(starts)
    if needle and len(found) < limit:
        contains = conn.execute(
            select(identities.c.name)
            .where(lowered.like(f"%{_escape(needle)}%", escape="\\"))
            .distinct()
            .order_by(identities.c.name)
            .limit(limit)
        ).scalars()
        found += [n for n in contains if n not in found]
    return found[:limit]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
