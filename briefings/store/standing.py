"""How prominent a briefing's speakers are, read in bounded time.

Quote ranking favours speakers the corpus covers widely and speakers with a
role on record. Reading a speaker's full identity (every alias, role and
document) costs time in proportion to how often the corpus mentions them, so
the most-quoted person made every briefing slower as the corpus grew. Ranking
needs neither the aliases nor exact counts beyond a point (the score takes the
logarithm of the document count), so this reads at most :data:`DOCUMENT_CAP`
mentions per speaker.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import Connection, Select, bindparam, case, distinct, exists, func, select

from briefings.model.facts import Standing
from briefings.store.schema import mention_roles, mentions

# A speaker in this many documents counts as widely covered; log1p(64) is 4.2,
# so a larger count would only separate the already most prominent.
DOCUMENT_CAP = 64


def speaker_standing(conn: Connection, ids: Collection[int]) -> dict[int, Standing]:
    """Standing of each identity in ``ids`` (identities without mentions are left out)."""
    found: dict[int, Standing] = {}
    for identity_id in sorted(set(ids)):
        row = conn.execute(_STATEMENT, {"identity_id": identity_id}).one()
        if row.documents:
            found[identity_id] = Standing(document_count=int(row.documents), has_role=bool(row.has_role))
    return found


def _statement() -> Select[tuple[int, int]]:
    """One identity's capped document count and role flag. One small statement per
    speaker, compiled once and cached, is cheaper than one big statement per
    briefing that has to be compiled anew for every set of speakers."""
    sampled = (
        select(mentions.c.id, mentions.c.document_id)
        .where(mentions.c.identity_id == bindparam("identity_id"))
        # In ix_mentions_identity_id's order: with a LIMIT, PostgreSQL otherwise
        # prefers a sequential scan, which for a rarely mentioned speaker reads
        # the whole table.
        .order_by(mentions.c.name)
        .limit(DOCUMENT_CAP)
        .subquery()
    )
    has_role = exists().where(mention_roles.c.mention_id == sampled.c.id)
    return select(
        func.count(distinct(sampled.c.document_id)).label("documents"),
        func.coalesce(func.max(case((has_role, 1), else_=0)), 0).label("has_role"),
    )


_STATEMENT = _statement()
