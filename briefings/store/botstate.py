"""The bot's own state: subscriptions, the delivery ledger, leases, posted briefings.

The ledger and the leases must be right with several processes on one
PostgreSQL, so every claim is a single conditional statement whose row count
says who won: ``INSERT ... ON CONFLICT DO NOTHING`` for a first claim, then
``UPDATE ... WHERE <claim expired>`` for a takeover. Under READ COMMITTED a
concurrent UPDATE of the same row waits and re-checks its WHERE after the
winner commits, so exactly one caller sees a row count of 1. On SQLite every
write transaction starts with ``BEGIN IMMEDIATE`` and is serialised anyway.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Literal

from sqlalchemy import Connection, Row, Table, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from briefings.model.facts import Delivery, PostedBriefing, PostedItem, Subscription
from briefings.store.schema import (
    deliveries,
    leases,
    posted_briefings,
    posted_items,
    request_keys,
    subscriptions,
)


def insert_ignore(conn: Connection, table: Table, values: dict[str, Any]) -> bool:
    """Insert unless a unique key is taken; True when this call inserted the row."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    # RETURNING, not rowcount: SQLAlchemy adds an implicit RETURNING on PostgreSQL,
    # which leaves rowcount at -1.
    stmt = (
        dialect.insert(table).values(**values).on_conflict_do_nothing().returning(*table.primary_key.columns)
    )
    return conn.execute(stmt).first() is not None


# --- subscriptions ---------------------------------------------------------------


def _subscription(row: Row[Any]) -> Subscription:
    return Subscription(
        id=row.id,
        platform=row.platform,
        channel=row.channel,
        time=row.time,
        tz=row.tz,
        topic=row.topic,
        created_at=row.created_at,
        active=bool(row.active),
    )


def add_subscription(
    conn: Connection, platform: str, channel: str, time: str, tz: str, topic: str | None, now: datetime
) -> Subscription:
    pk = conn.execute(
        insert(subscriptions).values(
            platform=platform, channel=channel, time=time, tz=tz, topic=topic, created_at=now, active=True
        )
    ).inserted_primary_key
    assert pk is not None
    found = get_subscription(conn, int(pk[0]))
    assert found is not None
    return found


def update_subscription(
    conn: Connection, subscription_id: int, *, time: str | None, tz: str | None, topic: str | None
) -> Subscription | None:
    values = {k: v for k, v in (("time", time), ("tz", tz), ("topic", topic)) if v is not None}
    if values:
        conn.execute(update(subscriptions).where(subscriptions.c.id == subscription_id).values(**values))
    return get_subscription(conn, subscription_id)


def remove_subscription(conn: Connection, subscription_id: int) -> bool:
    conn.execute(delete(deliveries).where(deliveries.c.subscription_id == subscription_id))
    return conn.execute(delete(subscriptions).where(subscriptions.c.id == subscription_id)).rowcount > 0


def list_subscriptions(conn: Connection, *, platform: str | None, channel: str | None) -> list[Subscription]:
    query = select(subscriptions).order_by(subscriptions.c.id)
    if platform is not None:
        query = query.where(subscriptions.c.platform == platform)
    if channel is not None:
        query = query.where(subscriptions.c.channel == channel)
    return [_subscription(row) for row in conn.execute(query)]


def get_subscription(conn: Connection, subscription_id: int) -> Subscription | None:
    row = conn.execute(select(subscriptions).where(subscriptions.c.id == subscription_id)).first()
    return None if row is None else _subscription(row)


# --- delivery ledger --------------------------------------------------------------


def _delivery_key(subscription_id: int, scheduled_for: datetime) -> tuple[Any, Any]:
    return (deliveries.c.subscription_id == subscription_id, deliveries.c.scheduled_for == scheduled_for)


def claim_delivery(
    conn: Connection,
    subscription_id: int,
    scheduled_for: datetime,
    holder: str,
    now: datetime,
    ttl: timedelta,
) -> bool:
    """First claim, or takeover of a claim older than ``ttl`` that was never posted."""
    claimed = {"status": "claimed", "claimed_at": now, "claimed_by": holder}
    if insert_ignore(
        conn, deliveries, {"subscription_id": subscription_id, "scheduled_for": scheduled_for, **claimed}
    ):
        return True
    takeover = (
        update(deliveries)
        .where(
            *_delivery_key(subscription_id, scheduled_for),
            deliveries.c.status == "claimed",
            deliveries.c.claimed_at < now - ttl,
        )
        .values(**claimed)
    )
    return conn.execute(takeover).rowcount == 1


def _settle(conn: Connection, subscription_id: int, scheduled_for: datetime, values: dict[str, Any]) -> None:
    """Record an outcome; a posted delivery is never downgraded."""
    changed = conn.execute(
        update(deliveries)
        .where(*_delivery_key(subscription_id, scheduled_for), deliveries.c.status != "posted")
        .values(**values)
    ).rowcount
    if not changed:
        insert_ignore(
            conn, deliveries, {"subscription_id": subscription_id, "scheduled_for": scheduled_for, **values}
        )


def complete_delivery(
    conn: Connection, subscription_id: int, scheduled_for: datetime, message_ref: str, now: datetime
) -> None:
    _settle(
        conn,
        subscription_id,
        scheduled_for,
        {"status": "posted", "message_ref": message_ref, "posted_at": now},
    )


def fail_delivery(
    conn: Connection,
    subscription_id: int,
    scheduled_for: datetime,
    status: Literal["missed", "failed"],
    error: str,
    now: datetime,
) -> None:
    del now  # the ledger keeps when it was claimed; the error says what happened
    _settle(conn, subscription_id, scheduled_for, {"status": status, "error": error})


def list_deliveries(conn: Connection, *, subscription_id: int | None, limit: int) -> list[Delivery]:
    query = (
        select(deliveries).order_by(deliveries.c.scheduled_for.desc(), deliveries.c.id.desc()).limit(limit)
    )
    if subscription_id is not None:
        query = query.where(deliveries.c.subscription_id == subscription_id)
    return [
        Delivery(
            subscription_id=row.subscription_id,
            scheduled_for=row.scheduled_for,
            status=row.status,
            claimed_at=row.claimed_at,
            claimed_by=row.claimed_by,
            message_ref=row.message_ref,
            posted_at=row.posted_at,
            error=row.error,
        )
        for row in conn.execute(query)
    ]


# --- leases ---------------------------------------------------------------------


def acquire_lease(conn: Connection, name: str, holder: str, now: datetime, ttl: timedelta) -> bool:
    """Take a free or expired lease, or renew one's own."""
    expires = now + ttl
    if insert_ignore(conn, leases, {"name": name, "holder": holder, "expires_at": expires}):
        return True
    renewed = conn.execute(
        update(leases)
        .where(leases.c.name == name, (leases.c.holder == holder) | (leases.c.expires_at <= now))
        .values(holder=holder, expires_at=expires)
    )
    return renewed.rowcount == 1


def release_lease(conn: Connection, name: str, holder: str) -> None:
    conn.execute(delete(leases).where(leases.c.name == name, leases.c.holder == holder))


# --- requests already answered -------------------------------------------------------


def first_request(conn: Connection, platform: str, key: str, now: datetime, ttl: timedelta) -> bool:
    """Remember ``key`` at ``now``; True for the first caller within ``ttl``, on any replica.

    One conditional statement decides, as for leases: the insert, or the takeover of
    a key older than ``ttl``. Keys older than ``ttl`` are purged by the first caller.
    """
    expired = now - ttl
    if insert_ignore(conn, request_keys, {"platform": platform, "key": key, "seen_at": now}):
        conn.execute(delete(request_keys).where(request_keys.c.seen_at <= expired))
        return True
    taken = conn.execute(
        update(request_keys)
        .where(
            request_keys.c.platform == platform, request_keys.c.key == key, request_keys.c.seen_at <= expired
        )
        .values(seen_at=now)
    )
    return taken.rowcount == 1


# --- posted briefings -----------------------------------------------------------------


def record_posted_briefing(conn: Connection, posted: PostedBriefing) -> None:
    """Remember a posted briefing's items; recording the same message again replaces them."""
    key = (
        posted_briefings.c.platform == posted.platform,
        posted_briefings.c.channel == posted.channel,
        posted_briefings.c.message_id == posted.message_id,
    )
    insert_ignore(
        conn,
        posted_briefings,
        {
            "platform": posted.platform,
            "channel": posted.channel,
            "message_id": posted.message_id,
            "posted_at": posted.posted_at,
        },
    )
    briefing_id = conn.execute(select(posted_briefings.c.id).where(*key)).scalar_one()
    conn.execute(
        update(posted_briefings)
        .where(posted_briefings.c.id == briefing_id)
        .values(posted_at=posted.posted_at)
    )
    conn.execute(delete(posted_items).where(posted_items.c.briefing_id == briefing_id))
    rows = [
        {
            "briefing_id": briefing_id,
            "number": item.number,
            "section": item.section,
            "fact_id": item.fact_id,
            "label": item.label,
        }
        for item in posted.items
    ]
    if rows:
        conn.execute(insert(posted_items), rows)


def find_posted_briefing(
    conn: Connection, platform: str, channel: str, message_id: str
) -> PostedBriefing | None:
    row = conn.execute(
        select(posted_briefings).where(
            posted_briefings.c.platform == platform,
            posted_briefings.c.channel == channel,
            posted_briefings.c.message_id == message_id,
        )
    ).first()
    if row is None:
        return None
    items = tuple(
        PostedItem(number=item.number, section=item.section, fact_id=item.fact_id, label=item.label)
        for item in conn.execute(
            select(posted_items).where(posted_items.c.briefing_id == row.id).order_by(posted_items.c.number)
        )
    )
    return PostedBriefing(
        platform=row.platform,
        channel=row.channel,
        message_id=row.message_id,
        posted_at=row.posted_at,
        items=items,
    )


def last_briefing_time(conn: Connection, platform: str, channel: str) -> datetime | None:
    latest: datetime | None = conn.execute(
        select(func.max(posted_briefings.c.posted_at)).where(
            posted_briefings.c.platform == platform, posted_briefings.c.channel == channel
        )
    ).scalar()
    return latest
