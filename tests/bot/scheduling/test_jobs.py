"""The APScheduler side: cron jobs in the project database, kept in step with the subscriptions table."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, JobExecutionEvent
from sqlalchemy import text

from bot.scheduling.scheduler import JOBS_TABLE, LEASE_NAME, LocalTimeTrigger, Scheduler, run_subscription_job
from briefings.store import SqlStore
from briefings.store.engine import create_store_engine
from tests.bot.scheduling_worker import ListDeliverer, scheduler_settings

CREATED = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
EIGHT_LONDON = datetime(2026, 6, 2, 7, 0, tzinfo=UTC)


@pytest.fixture
def jobs_url(database_url: str) -> Iterator[str]:
    """The test database without a job table before or after (the PostgreSQL schema outlives a test)."""
    _drop_jobs_table(database_url)
    yield database_url
    _drop_jobs_table(database_url)


def _drop_jobs_table(url: str) -> None:
    engine = create_store_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text(f"DROP TABLE IF EXISTS {JOBS_TABLE}"))
    finally:
        engine.dispose()


def _stored_job_ids(url: str) -> list[str]:
    engine = create_store_engine(url)
    try:
        with engine.connect() as conn:
            return sorted(row[0] for row in conn.execute(text(f"SELECT id FROM {JOBS_TABLE}")))
    finally:
        engine.dispose()


def _scheduler(store: SqlStore, url: str, deliverer: ListDeliverer, holder: str, now: datetime) -> Scheduler:
    return Scheduler(
        store, deliverer, scheduler_settings(url, grace_minutes=45), clock=lambda: now, holder_id=holder
    )


async def test_the_leader_keeps_one_cron_job_per_subscription_in_the_database(
    store: SqlStore, jobs_url: str
) -> None:
    london = store.add_subscription("memory", "general", "08:00", "Europe/London", None, now=CREATED)
    new_york = store.add_subscription("memory", "news", "02:30", "America/New_York", "Kabul", now=CREATED)
    scheduler = _scheduler(store, jobs_url, ListDeliverer(), "leader", CREATED)
    await scheduler.start()
    try:
        assert scheduler.is_leader
        assert scheduler.job_ids() == [f"subscription:{london.id}", f"subscription:{new_york.id}"]
        assert _stored_job_ids(jobs_url) == scheduler.job_ids()
        assert scheduler._aps is not None
        job = scheduler._aps.get_job(f"subscription:{new_york.id}")
        assert isinstance(job.trigger, LocalTimeTrigger)
        assert job.trigger.spec == (2, 30, "America/New_York")
        assert (job.misfire_grace_time, job.coalesce, job.args) == (45 * 60, True, (new_york.id,))
        fire = scheduler.next_fire_time(london.id)
        assert fire is not None and fire > datetime.now(UTC)
        local = fire.astimezone(ZoneInfo("Europe/London"))
        assert (local.hour, local.minute) == (8, 0)
    finally:
        await scheduler.stop()
    assert store.acquire_lease(LEASE_NAME, "next", now=CREATED, ttl=timedelta(seconds=30))  # handed back
    assert len(_stored_job_ids(jobs_url)) == 2  # the jobs persist for the next leader


async def test_jobs_follow_subscriptions_added_changed_and_removed_while_running(
    store: SqlStore, jobs_url: str
) -> None:
    scheduler = _scheduler(store, jobs_url, ListDeliverer(), "leader", CREATED)
    await scheduler.start()
    try:
        assert scheduler.job_ids() == []
        subscription = store.add_subscription(
            "memory", "general", "08:00", "Europe/London", None, now=CREATED
        )
        await scheduler.subscriptions_changed()  # the /subscribe hook
        assert scheduler.job_ids() == [f"subscription:{subscription.id}"]
        store.update_subscription(subscription.id, time="09:15", tz="Asia/Tokyo")
        assert (await scheduler.reconcile(CREATED)).changed == (subscription.id,)
        fire = scheduler.next_fire_time(subscription.id)
        assert fire is not None
        assert fire.astimezone(ZoneInfo("Asia/Tokyo")).strftime("%H:%M") == "09:15"
        store.remove_subscription(subscription.id)
        assert (await scheduler.reconcile(CREATED)).removed == (subscription.id,)
        assert scheduler.job_ids() == []
        assert _stored_job_ids(jobs_url) == []
    finally:
        await scheduler.stop()


async def test_a_new_leader_loads_the_stored_jobs_and_applies_changes_made_while_no_one_led(
    store: SqlStore, jobs_url: str
) -> None:
    subscription = store.add_subscription("memory", "general", "08:00", "Europe/London", None, now=CREATED)
    first = _scheduler(store, jobs_url, ListDeliverer(), "first", CREATED)
    await first.start()
    await first.stop()
    store.update_subscription(subscription.id, time="07:00")
    second = _scheduler(store, jobs_url, ListDeliverer(), "second", CREATED)
    await second.start()
    try:
        assert second._aps is not None
        job = second._aps.get_job(f"subscription:{subscription.id}")
        assert job.trigger.spec == (7, 0, "Europe/London")
        assert _stored_job_ids(jobs_url) == [f"subscription:{subscription.id}"]
    finally:
        await second.stop()


async def test_a_follower_runs_no_cron_jobs(store: SqlStore, jobs_url: str) -> None:
    store.add_subscription("memory", "general", "08:00", "Europe/London", None, now=CREATED)
    assert store.acquire_lease(LEASE_NAME, "someone-else", now=CREATED, ttl=timedelta(seconds=30))
    follower = _scheduler(store, jobs_url, ListDeliverer(), "follower", CREATED)
    await follower.start()
    try:
        assert not follower.is_leader
        assert follower.job_ids() == []
        assert (await follower.reconcile(CREATED)).leader is False
    finally:
        await follower.stop()


async def test_a_cron_fire_delivers_through_the_ledger_exactly_once(store: SqlStore, jobs_url: str) -> None:
    subscription = store.add_subscription("memory", "general", "08:00", "Europe/London", None, now=CREATED)
    deliverer = ListDeliverer()
    # the process comes up at 07:59: nothing is due yet
    clock_now = EIGHT_LONDON - timedelta(minutes=1)
    scheduler = Scheduler(
        store, deliverer, scheduler_settings(jobs_url), clock=lambda: clock_now, holder_id="leader"
    )
    await scheduler.start()
    try:
        assert deliverer.posts == []
        clock_now = EIGHT_LONDON + timedelta(seconds=1)
        executed = asyncio.Event()
        events: list[JobExecutionEvent] = []

        def on_job(event: JobExecutionEvent) -> None:
            events.append(event)
            executed.set()

        assert scheduler._aps is not None
        scheduler._aps.add_listener(on_job, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
        # make APScheduler fire the stored job now, as it would at 08:00
        scheduler._aps.get_job(f"subscription:{subscription.id}").modify(next_run_time=datetime.now(UTC))
        await asyncio.wait_for(executed.wait(), timeout=30)
        assert [event.exception for event in events] == [None]
        assert deliverer.posts == [(subscription.id, EIGHT_LONDON)]
        await run_subscription_job(subscription.id)  # a second fire (another replica, a coalesced misfire)
        await scheduler.tick(clock_now)  # and the heartbeat's catch-up
        assert deliverer.posts == [(subscription.id, EIGHT_LONDON)]
    finally:
        await scheduler.stop()


async def test_run_now_posts_immediately_without_taking_the_days_scheduled_delivery(
    store: SqlStore, jobs_url: str
) -> None:
    subscription = store.add_subscription("memory", "general", "08:00", "Europe/London", None, now=CREATED)
    deliverer = ListDeliverer()
    scheduler = _scheduler(store, jobs_url, deliverer, "leader", EIGHT_LONDON - timedelta(hours=1))
    ref = await scheduler.run_now(subscription.id)
    assert ref == "test-1"
    await scheduler.tick(EIGHT_LONDON)
    assert deliverer.posts == [
        (subscription.id, EIGHT_LONDON - timedelta(hours=1)),
        (subscription.id, EIGHT_LONDON),
    ]
    with pytest.raises(LookupError, match="no subscription with id 999"):
        await scheduler.run_now(999)
