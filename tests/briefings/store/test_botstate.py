"""Bot state: subscriptions, the delivery ledger, leases and posted briefings."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from briefings.model.facts import PostedBriefing, PostedItem
from briefings.store import SqlStore

TTL = timedelta(minutes=5)


def test_subscriptions_are_added_listed_changed_and_removed(store: SqlStore, now: datetime) -> None:
    first = store.add_subscription("slack", "C1", "08:00", "Europe/London", None, now=now)
    second = store.add_subscription("discord", "42", "07:30", "America/New_York", "Ukraine", now=now)

    assert first.created_at == now and first.active
    assert store.subscriptions() == [first, second]
    assert store.subscriptions(platform="discord") == [second]
    assert store.subscriptions(platform="slack", channel="C2") == []

    changed = store.update_subscription(first.id, time="09:15", topic="Kosovo")
    assert changed is not None and (changed.time, changed.tz, changed.topic) == (
        "09:15",
        "Europe/London",
        "Kosovo",
    )
    assert store.get_subscription(first.id) == changed
    assert store.update_subscription(999, time="10:00") is None

    assert store.remove_subscription(first.id) is True
    assert store.remove_subscription(first.id) is False
    assert store.subscriptions() == [second]


def test_a_delivery_can_be_claimed_once(store: SqlStore, now: datetime) -> None:
    sub = store.add_subscription("slack", "C1", "08:00", "Europe/London", None, now=now)
    slot = now.replace(hour=8, minute=0)

    assert store.claim_delivery(sub.id, slot, holder="a", now=now, claim_ttl=TTL) is True
    assert (
        store.claim_delivery(sub.id, slot, holder="b", now=now + timedelta(minutes=1), claim_ttl=TTL) is False
    )
    assert store.claim_delivery(sub.id, slot, holder="a", now=now, claim_ttl=TTL) is False
    assert store.claim_delivery(sub.id, slot + timedelta(days=1), holder="b", now=now, claim_ttl=TTL) is True


def test_same_instant_in_another_zone_is_the_same_delivery(store: SqlStore, now: datetime) -> None:
    sub = store.add_subscription("slack", "C1", "08:00", "Europe/London", None, now=now)
    slot = now.replace(hour=8, minute=0)
    same_slot = slot.astimezone(timezone(timedelta(hours=-5)))

    assert store.claim_delivery(sub.id, slot, holder="a", now=now, claim_ttl=TTL)
    assert not store.claim_delivery(sub.id, same_slot, holder="b", now=now, claim_ttl=TTL)


def test_an_expired_claim_that_never_posted_can_be_taken_over(store: SqlStore, now: datetime) -> None:
    sub = store.add_subscription("slack", "C1", "08:00", "Europe/London", None, now=now)
    slot = now.replace(hour=8, minute=0)
    store.claim_delivery(sub.id, slot, holder="crashed", now=now, claim_ttl=TTL)

    assert not store.claim_delivery(sub.id, slot, holder="b", now=now + TTL, claim_ttl=TTL)
    assert store.claim_delivery(sub.id, slot, holder="b", now=now + TTL + timedelta(seconds=1), claim_ttl=TTL)
    [delivery] = store.deliveries(subscription_id=sub.id)
    assert (delivery.status, delivery.claimed_by) == ("claimed", "b")
    assert delivery.claimed_at == now + TTL + timedelta(seconds=1)


def test_a_posted_delivery_is_never_claimed_again(store: SqlStore, now: datetime) -> None:
    sub = store.add_subscription("slack", "C1", "08:00", "Europe/London", None, now=now)
    slot = now.replace(hour=8, minute=0)
    store.claim_delivery(sub.id, slot, holder="a", now=now, claim_ttl=TTL)
    store.complete_delivery(sub.id, slot, message_ref="C1:123.456", now=now + timedelta(seconds=2))

    assert not store.claim_delivery(sub.id, slot, holder="b", now=now + timedelta(days=1), claim_ttl=TTL)
    [delivery] = store.deliveries()
    assert (delivery.status, delivery.message_ref) == ("posted", "C1:123.456")
    assert delivery.posted_at == now + timedelta(seconds=2)

    store.fail_delivery(sub.id, slot, status="failed", error="late error", now=now)
    assert store.deliveries()[0].status == "posted"


def test_missed_and_failed_deliveries_are_recorded_with_their_reason(store: SqlStore, now: datetime) -> None:
    sub = store.add_subscription("slack", "C1", "08:00", "Europe/London", None, now=now)
    missed_slot = now.replace(hour=8, minute=0) - timedelta(days=1)
    failed_slot = now.replace(hour=8, minute=0)
    store.fail_delivery(sub.id, missed_slot, status="missed", error="bot was down past the grace", now=now)
    store.claim_delivery(sub.id, failed_slot, holder="a", now=now, claim_ttl=TTL)
    store.fail_delivery(sub.id, failed_slot, status="failed", error="channel_not_found", now=now)

    by_slot = {d.scheduled_for: d for d in store.deliveries(subscription_id=sub.id)}
    assert (by_slot[missed_slot].status, by_slot[missed_slot].error) == (
        "missed",
        "bot was down past the grace",
    )
    assert (by_slot[failed_slot].status, by_slot[failed_slot].error) == ("failed", "channel_not_found")
    assert not store.claim_delivery(
        sub.id, missed_slot, holder="b", now=now + timedelta(days=1), claim_ttl=TTL
    )
    assert [d.scheduled_for for d in store.deliveries(limit=1)] == [failed_slot]


def test_a_lease_is_held_renewed_and_taken_over_only_after_its_ttl(store: SqlStore, now: datetime) -> None:
    ttl = timedelta(seconds=30)
    assert store.acquire_lease("scheduler", "a", now=now, ttl=ttl)
    assert not store.acquire_lease("scheduler", "b", now=now + timedelta(seconds=10), ttl=ttl)
    assert store.acquire_lease("scheduler", "a", now=now + timedelta(seconds=20), ttl=ttl)  # renewal
    assert not store.acquire_lease("scheduler", "b", now=now + timedelta(seconds=45), ttl=ttl)
    assert store.acquire_lease(
        "scheduler", "b", now=now + timedelta(seconds=50), ttl=ttl
    )  # a stopped renewing
    assert not store.acquire_lease("scheduler", "a", now=now + timedelta(seconds=51), ttl=ttl)
    assert store.acquire_lease("other", "a", now=now, ttl=ttl)


def test_a_released_lease_is_free_at_once_but_only_its_holder_can_release_it(
    store: SqlStore, now: datetime
) -> None:
    ttl = timedelta(seconds=30)
    store.acquire_lease("scheduler", "a", now=now, ttl=ttl)
    store.release_lease("scheduler", "b")
    assert not store.acquire_lease("scheduler", "b", now=now, ttl=ttl)
    store.release_lease("scheduler", "a")
    assert store.acquire_lease("scheduler", "b", now=now, ttl=ttl)


def test_posted_briefings_are_found_by_message_and_give_the_last_briefing_time(
    store: SqlStore, now: datetime
) -> None:
    items = (
        PostedItem(1, "meetings", 7, "Blinken met Kurti"),
        PostedItem(2, "quotes", 3, "We stand with Kosovo"),
    )
    store.record_posted_briefing(PostedBriefing("slack", "C1", "111.222", now - timedelta(days=1), items))
    store.record_posted_briefing(PostedBriefing("slack", "C1", "333.444", now, items[:1]))

    found = store.find_posted_briefing("slack", "C1", "111.222")
    assert found == PostedBriefing("slack", "C1", "111.222", now - timedelta(days=1), items)
    assert store.find_posted_briefing("slack", "C2", "111.222") is None
    assert store.last_briefing_time("slack", "C1") == now
    assert store.last_briefing_time("discord", "C1") is None

    store.record_posted_briefing(PostedBriefing("slack", "C1", "333.444", now, items))
    again = store.find_posted_briefing("slack", "C1", "333.444")
    assert again is not None and again.items == items
