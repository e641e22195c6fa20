"""The scheduler's core, ``tick(now)``, on the real store: once per day, restarts, leases, changes, DST.

Time is a parameter: each test steps ``now`` through the day; nothing sleeps.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.app import SubscriptionDeliverer
from bot.core.commands import CommandHandler
from bot.core.events import Incoming
from bot.core.service import BriefingService
from bot.platforms.memory import MemoryPlatform
from bot.scheduling.scheduler import LEASE_NAME, Scheduler, TickReport
from briefings.model.briefing import Briefing, Notice
from briefings.store import SqlStore
from tests.bot.scheduling_worker import ListDeliverer, scheduler_settings

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
CREATED = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
EIGHT_LONDON = datetime(2026, 6, 2, 7, 0, tzinfo=UTC)  # 08:00 BST


def _scheduler(
    store: SqlStore, url: str, deliverer: ListDeliverer, holder: str = "a", **ttl: int
) -> Scheduler:
    return Scheduler(
        store, deliverer, scheduler_settings(url, **ttl), clock=lambda: CREATED, holder_id=holder
    )


async def _run(scheduler: Scheduler, start: datetime, end: datetime, step: timedelta) -> list[TickReport]:
    reports = []
    now = start
    while now <= end:
        reports.append(await scheduler.tick(now))
        now += step
    return reports


async def test_subscription_posts_once_at_its_local_time_and_not_on_later_ticks(
    store: SqlStore, database_url: str
) -> None:
    subscription = store.add_subscription("memory", "general", "08:00", "Europe/London", None, now=CREATED)
    deliverer = ListDeliverer()
    scheduler = _scheduler(store, database_url, deliverer)
    await _run(
        scheduler,
        EIGHT_LONDON - timedelta(minutes=30),
        EIGHT_LONDON + timedelta(hours=3),
        timedelta(minutes=5),
    )
    assert deliverer.posts == [(subscription.id, EIGHT_LONDON)]
    [row] = store.deliveries(subscription_id=subscription.id)
    assert (row.status, row.message_ref, row.claimed_by) == ("posted", "test-1", "a")


async def test_scheduled_delivery_posts_through_the_real_service_and_is_answerable_in_its_thread(
    store: SqlStore, database_url: str
) -> None:
    subscription = store.add_subscription("memory", "general", "08:00", "Europe/London", "Kabul", now=CREATED)
    now = EIGHT_LONDON + timedelta(seconds=20)
    service = BriefingService(store, tz="UTC")
    platform = MemoryPlatform(service, clock=lambda: now)
    deliverer = SubscriptionDeliverer(service, platform, lambda: now)
    scheduler = Scheduler(
        store, deliverer, scheduler_settings(database_url), clock=lambda: now, holder_id="a"
    )
    await _run(scheduler, now, now + timedelta(minutes=30), timedelta(minutes=1))
    [message] = platform.messages
    assert (message.ref.channel, message.thread) == ("general", None)
    assert isinstance(message.response, Briefing)
    assert "Kabul" in message.response.title
    [row] = store.deliveries(subscription_id=subscription.id)
    assert (row.status, row.message_ref) == ("posted", message.ref.message_id)
    assert store.find_posted_briefing("memory", "general", message.ref.message_id) is not None


async def test_restarted_scheduler_never_reposts_a_posted_delivery(
    store: SqlStore, database_url: str
) -> None:
    subscription = store.add_subscription("memory", "general", "08:00", "Europe/London", None, now=CREATED)
    first = ListDeliverer()
    await _scheduler(store, database_url, first, holder="before").tick(EIGHT_LONDON + timedelta(seconds=5))
    store.release_lease(LEASE_NAME, "before")
    second = ListDeliverer()
    restarted = _scheduler(store, database_url, second, holder="after")
    await _run(
        restarted,
        EIGHT_LONDON + timedelta(minutes=1),
        EIGHT_LONDON + timedelta(hours=2),
        timedelta(minutes=10),
    )
    assert first.posts == [(subscription.id, EIGHT_LONDON)]
    assert second.posts == []


async def test_claim_of_a_crashed_poster_is_retried_once_the_claim_expires(
    store: SqlStore, database_url: str
) -> None:
    subscription = store.add_subscription("memory", "general", "08:00", "Europe/London", None, now=CREATED)
    claim_ttl = timedelta(seconds=300)
    assert store.claim_delivery(
        subscription.id, EIGHT_LONDON, holder="crashed", now=EIGHT_LONDON, claim_ttl=claim_ttl
    )
    deliverer = ListDeliverer()
    scheduler = _scheduler(store, database_url, deliverer, holder="survivor", claim_ttl=300)
    early = await scheduler.tick(EIGHT_LONDON + timedelta(minutes=2))
    assert [o.status for o in early.outcomes] == ["busy"]
    assert deliverer.posts == []
    await _run(
        scheduler,
        EIGHT_LONDON + timedelta(minutes=6),
        EIGHT_LONDON + timedelta(minutes=30),
        timedelta(minutes=3),
    )
    assert deliverer.posts == [(subscription.id, EIGHT_LONDON)]
    [row] = store.deliveries(subscription_id=subscription.id)
    assert (row.status, row.claimed_by) == ("posted", "survivor")


async def test_delivery_missed_while_down_is_posted_on_start_up_within_the_grace(
    store: SqlStore, database_url: str
) -> None:
    subscription = store.add_subscription("memory", "general", "08:00", "Europe/London", None, now=CREATED)
    deliverer = ListDeliverer()
    scheduler = _scheduler(store, database_url, deliverer, grace_minutes=60)
    report = await scheduler.tick(EIGHT_LONDON + timedelta(minutes=45))
    assert [(o.status, o.scheduled_for) for o in report.outcomes] == [("posted", EIGHT_LONDON)]
    assert deliverer.posts == [(subscription.id, EIGHT_LONDON)]


async def test_delivery_missed_beyond_the_grace_is_recorded_logged_and_listed_by_subscriptions(
    store: SqlStore, database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    subscription = store.add_subscription("memory", "general", "08:00", "Europe/London", None, now=CREATED)
    deliverer = ListDeliverer()
    scheduler = _scheduler(store, database_url, deliverer, grace_minutes=60)
    with caplog.at_level(logging.WARNING, logger="bot.scheduling.ledger"):
        report = await scheduler.tick(EIGHT_LONDON + timedelta(hours=2))
    assert [(o.status, o.scheduled_for) for o in report.outcomes] == [("missed", EIGHT_LONDON)]
    assert deliverer.posts == []
    assert "missed" in caplog.text
    [row] = store.deliveries(subscription_id=subscription.id)
    assert row.status == "missed"
    assert row.error is not None and "60-minute grace" in row.error
    handler = CommandHandler(store, clock=lambda: EIGHT_LONDON + timedelta(hours=2), tz="UTC")
    outgoing = await handler(
        Incoming(kind="command", platform="memory", channel="general", user="u", command="subscriptions")
    )
    assert isinstance(outgoing.response, Notice)
    assert "missed 2026-06-02T08:00+01:00" in outgoing.response.text
    later = await scheduler.tick(EIGHT_LONDON + timedelta(hours=3))
    assert later.outcomes == ()


async def test_bot_down_for_days_records_each_missed_morning_then_posts_today(
    store: SqlStore, database_url: str
) -> None:
    subscription = store.add_subscription("memory", "general", "08:00", "Europe/London", None, now=CREATED)
    deliverer = ListDeliverer()
    scheduler = _scheduler(store, database_url, deliverer)
    back = EIGHT_LONDON + timedelta(days=3, minutes=20)
    report = await scheduler.tick(back)
    assert [o.status for o in report.outcomes] == ["missed", "missed", "missed", "posted"]
    assert deliverer.posts == [(subscription.id, EIGHT_LONDON + timedelta(days=3))]


async def test_platform_error_marks_the_delivery_failed_and_does_not_retry_it(
    store: SqlStore, database_url: str
) -> None:
    subscription = store.add_subscription("memory", "general", "08:00", "Europe/London", None, now=CREATED)
    deliverer = ListDeliverer(fail_with=ConnectionError("channel_not_found"))
    scheduler = _scheduler(store, database_url, deliverer)
    report = await scheduler.tick(EIGHT_LONDON)
    assert [(o.status, o.error) for o in report.outcomes] == [
        ("failed", "ConnectionError: channel_not_found")
    ]
    deliverer.fail_with = None
    await _run(
        scheduler,
        EIGHT_LONDON + timedelta(minutes=10),
        EIGHT_LONDON + timedelta(hours=1),
        timedelta(minutes=10),
    )
    assert deliverer.posts == []
    assert [d.status for d in store.deliveries(subscription_id=subscription.id)] == ["failed"]


async def test_only_the_lease_holder_delivers_and_a_follower_takes_over_within_the_lease_ttl(
    store: SqlStore, database_url: str
) -> None:
    subscription = store.add_subscription("memory", "general", "08:00", "Europe/London", None, now=CREATED)
    leader_posts, follower_posts = ListDeliverer("leader"), ListDeliverer("follower")
    leader = _scheduler(store, database_url, leader_posts, holder="leader", lease_ttl=30)
    follower = _scheduler(store, database_url, follower_posts, holder="follower", lease_ttl=30)
    start = EIGHT_LONDON - timedelta(minutes=2)
    assert (await leader.tick(start)).leader
    assert not (await follower.tick(start)).leader
    now = start
    while now < EIGHT_LONDON + timedelta(minutes=1):  # both beat every ttl/3 = 10 s
        now += timedelta(seconds=10)
        await leader.tick(now)
        assert not (await follower.tick(now)).leader
    assert leader_posts.posts == [(subscription.id, EIGHT_LONDON)]
    # the leader dies; the follower keeps beating and takes over once the lease lapses
    died = now
    while not (await follower.tick(now)).leader:
        now += timedelta(seconds=10)
    assert now - died <= timedelta(seconds=30) + follower.heartbeat_interval
    tomorrow = await _run(
        follower,
        EIGHT_LONDON + timedelta(days=1),
        EIGHT_LONDON + timedelta(days=1, minutes=1),
        timedelta(seconds=10),
    )
    assert all(report.leader for report in tomorrow)
    assert follower_posts.posts == [(subscription.id, EIGHT_LONDON + timedelta(days=1))]
    assert leader_posts.posts == [(subscription.id, EIGHT_LONDON)]


async def test_stopping_the_leader_hands_the_lease_over_at_once(store: SqlStore, database_url: str) -> None:
    first = _scheduler(store, database_url, ListDeliverer(), holder="first")
    second = _scheduler(store, database_url, ListDeliverer(), holder="second")
    assert (await first.tick(EIGHT_LONDON)).leader
    assert not (await second.tick(EIGHT_LONDON)).leader
    await first.stop()
    assert (await second.tick(EIGHT_LONDON + timedelta(seconds=1))).leader


async def test_subscription_added_changed_and_removed_while_running(
    store: SqlStore, database_url: str
) -> None:
    deliverer = ListDeliverer()
    scheduler = _scheduler(store, database_url, deliverer)
    step = timedelta(minutes=5)
    day_one = datetime(2026, 6, 2, 5, 0, tzinfo=UTC)
    assert (await scheduler.tick(day_one)).added == ()
    added_at = day_one + timedelta(minutes=30)
    subscription = store.add_subscription("memory", "general", "08:00", "Europe/London", None, now=added_at)
    assert (await scheduler.reconcile(added_at)).added == (subscription.id,)
    await _run(scheduler, added_at, EIGHT_LONDON + timedelta(minutes=30), step)
    assert deliverer.posts == [(subscription.id, EIGHT_LONDON)]

    # changed after today's post: the new time starts tomorrow, no second post today
    changed_at = EIGHT_LONDON + timedelta(minutes=35)
    store.update_subscription(subscription.id, time="09:00")
    reports = await _run(scheduler, changed_at, changed_at + timedelta(days=1, hours=2), 2 * step)
    assert [r.changed for r in reports if r.changed] == [(subscription.id,)]
    nine_tomorrow = datetime(2026, 6, 3, 8, 0, tzinfo=UTC)
    assert deliverer.posts == [(subscription.id, EIGHT_LONDON), (subscription.id, nine_tomorrow)]

    removed_at = changed_at + timedelta(days=1, hours=3)
    store.remove_subscription(subscription.id)
    reports = await _run(scheduler, removed_at, removed_at + timedelta(days=2), timedelta(minutes=15))
    assert [r.removed for r in reports if r.removed] == [(subscription.id,)]
    assert len(deliverer.posts) == 2


async def test_time_changed_before_todays_post_moves_todays_delivery(
    store: SqlStore, database_url: str
) -> None:
    subscription = store.add_subscription("memory", "general", "08:00", "Europe/London", None, now=CREATED)
    deliverer = ListDeliverer()
    scheduler = _scheduler(store, database_url, deliverer)
    await scheduler.tick(EIGHT_LONDON - timedelta(hours=2))
    store.update_subscription(subscription.id, time="10:00", tz="America/New_York")
    await _run(
        scheduler,
        EIGHT_LONDON - timedelta(hours=1),
        datetime(2026, 6, 2, 16, tzinfo=UTC),
        timedelta(minutes=5),
    )
    assert deliverer.posts == [(subscription.id, datetime(2026, 6, 2, 14, 0, tzinfo=UTC))]  # 10:00 EDT


async def test_subscription_with_an_invalid_zone_is_skipped_and_the_others_still_fire(
    store: SqlStore, database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    broken = store.add_subscription("memory", "general", "08:00", "Mars/Olympus", None, now=CREATED)
    good = store.add_subscription("memory", "general", "08:00", "Europe/London", None, now=CREATED)
    deliverer = ListDeliverer()
    with caplog.at_level(logging.ERROR, logger="bot.scheduling.scheduler"):
        await _scheduler(store, database_url, deliverer).tick(EIGHT_LONDON)
    assert deliverer.posts == [(good.id, EIGHT_LONDON)]
    assert f"subscription {broken.id} skipped: unknown time zone 'Mars/Olympus'" in caplog.text


DST_CASES = [
    # zone, the local day before a transition, and the daily times to run through it
    ("America/New_York", datetime(2026, 3, 7, tzinfo=NEW_YORK), ["08:00", "02:30", "01:30"]),
    ("America/New_York", datetime(2026, 10, 31, tzinfo=NEW_YORK), ["08:00", "02:30", "01:30"]),
    ("Europe/London", datetime(2026, 3, 28, tzinfo=LONDON), ["08:00", "01:30"]),
    ("Europe/London", datetime(2026, 10, 24, tzinfo=LONDON), ["08:00", "01:30"]),
]
GAP_ENDS = {"America/New_York": "03:00", "Europe/London": "02:00"}


@pytest.mark.parametrize(("zone_name", "first_day", "times"), DST_CASES)
async def test_daily_times_fire_once_per_local_day_across_a_dst_transition(
    store: SqlStore, database_url: str, zone_name: str, first_day: datetime, times: list[str]
) -> None:
    zone = ZoneInfo(zone_name)
    ids = {
        store.add_subscription(
            "memory", "general", time, zone_name, None, now=first_day - timedelta(seconds=1)
        ).id: time
        for time in times
    }
    deliverer = ListDeliverer()
    scheduler = _scheduler(store, database_url, deliverer)
    end = (first_day + timedelta(days=3)).astimezone(UTC) - timedelta(seconds=1)
    await _run(scheduler, first_day.astimezone(UTC), end, timedelta(minutes=15))
    days = [(first_day + timedelta(days=n)).date() for n in range(3)]
    for subscription_id, time in ids.items():
        local = [at.astimezone(zone) for sid, at in deliverer.posts if sid == subscription_id]
        assert [moment.date() for moment in local] == days, time
        fired = {moment.strftime("%H:%M") for moment in local}
        swallowed = [moment for moment in local if not _exists(moment.date(), time, zone)]
        if swallowed:  # the day the clocks skip this time: once, at the end of the gap
            assert fired == {time, GAP_ENDS[zone_name]}
            assert len(swallowed) == 1 and first_day.month == 3
        else:
            assert fired == {time}


def _exists(day: date, time: str, zone: ZoneInfo) -> bool:
    wall = datetime.combine(day, datetime.strptime(time, "%H:%M").time())
    return wall.replace(tzinfo=zone).astimezone(UTC).astimezone(zone).replace(tzinfo=None) == wall


async def test_a_gap_that_swallows_the_end_of_a_day_still_gives_each_day_its_briefing(
    store: SqlStore, database_url: str
) -> None:
    """America/Nuuk jumps from 23:00 to 00:00 on 2026-03-28: that day's 23:00 briefing goes
    out at midnight, and the next day's 23:00 one must not be mistaken for a second post."""
    nuuk = ZoneInfo("America/Nuuk")
    start = datetime(2026, 3, 28, 12, 0, tzinfo=nuuk)
    subscription = store.add_subscription("memory", "general", "23:00", "America/Nuuk", None, now=start)
    deliverer = ListDeliverer()
    scheduler = _scheduler(store, database_url, deliverer)
    await _run(
        scheduler, start.astimezone(UTC), start.astimezone(UTC) + timedelta(days=2), timedelta(minutes=30)
    )
    assert [at.astimezone(nuuk).isoformat() for _, at in deliverer.posts] == [
        "2026-03-29T00:00:00-01:00",
        "2026-03-29T23:00:00-01:00",
    ]
    assert {d.status for d in store.deliveries(subscription_id=subscription.id)} == {"posted"}
