"""Scheduled briefings on APScheduler 3.11: on time, exactly once, across restarts and replicas.

The only module that imports apscheduler. Three guards, each enough on its own
for the failure it covers:

* **cron jobs** (``subscription:{id}``, ``replace_existing=True``) in a
  SQLAlchemyJobStore table of the project database fire each subscription at
  its local time, with a misfire grace in minutes and coalescing;
* a **heartbeat** (every ``lease_ttl/3``) takes or renews the ``"scheduler"``
  lease; only the lease holder runs APScheduler, re-syncs the jobs with the
  subscriptions table and catches up from the ledger (what should have fired
  while no one was leading), so a dead leader is replaced within
  ``lease_ttl + lease_ttl/3``;
* the **delivery ledger** (:mod:`bot.scheduling.ledger`) decides, per
  (subscription, scheduled time), who posts: the second guard if two processes
  ever both believe they lead.

A process runs one platform, and schedules only that platform's subscriptions:
the lease (``scheduler:slack``) and the cron job table are per platform, so a
console ``briefbot run`` on a database that holds Slack subscriptions neither
claims (nor fails) their delivery slots nor keeps the Slack replica from leading.
Without ``platforms`` (tests, tools) a scheduler takes every subscription under
the plain ``"scheduler"`` lease.

On SQLite one process is assumed (the lease still works between processes on
one file, but SQLite is not meant to be shared by replicas). Time is injected
through ``clock`` and every entry point takes ``now``; :meth:`Scheduler.tick`
is the testable core.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger

from bot.config import Settings
from bot.core.store import off_loop
from bot.scheduling.ledger import Deliverer, LedgerPass, Outcome
from bot.scheduling.times import next_occurrence, parse_time_of_day
from briefings.model.facts import Subscription
from briefings.store.engine import create_store_engine
from briefings.store.protocol import Store
from briefings.time import validate_zone

log = logging.getLogger(__name__)

LEASE_NAME = "scheduler"
JOBS_TABLE = "briefbot_apscheduler_jobs"
JOB_PREFIX = "subscription:"

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The production clock."""
    return datetime.now(UTC)


def make_holder_id() -> str:
    """A lease-holder id unique to this process: host, pid and a random suffix."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class LocalTimeTrigger(CronTrigger):  # type: ignore[misc]
    """A daily ``CronTrigger(hour, minute, timezone)`` that fires where :mod:`bot.scheduling.times` says.

    Plain ``CronTrigger`` in APScheduler 3.11 fires a nonexistent time (02:30 on a
    spring-forward day) at the shifted 03:30 and an ambiguous one (01:30 on a
    fall-back day) twice; this one fires once, at 03:00 and at the first 01:30.
    Picklable for the job store: its state is the cron state plus ``(hour, minute)``.
    """

    def __init__(self, hour: int, minute: int, zone: ZoneInfo) -> None:
        super().__init__(hour=hour, minute=minute, second=0, timezone=zone)
        self.local_time = (hour, minute)

    @property
    def spec(self) -> tuple[int, int, str]:
        return (*self.local_time, str(self.timezone))

    def get_next_fire_time(self, previous_fire_time: datetime | None, now: datetime) -> datetime:
        # Strictly after the previous fire even if the clock went back: never fire twice.
        start = now if previous_fire_time is None else previous_fire_time + timedelta(microseconds=1)
        hour, minute = self.local_time
        return next_occurrence(hour, minute, self.timezone, start).astimezone(self.timezone)

    def __getstate__(self) -> dict[str, Any]:
        state: dict[str, Any] = super().__getstate__()
        state["briefbot_local_time"] = self.local_time
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        super().__setstate__(state)
        self.local_time = tuple(state["briefbot_local_time"])


def trigger_for(subscription: Subscription) -> LocalTimeTrigger:
    """The trigger for a subscription; ValueError (with a user-facing message) when it is invalid."""
    hour, minute = parse_time_of_day(subscription.time)
    return LocalTimeTrigger(hour, minute, validate_zone(subscription.tz))


_SCHEDULERS: dict[asyncio.AbstractEventLoop, Scheduler] = {}
"""The started scheduler of each event loop: jobs in the store carry only a subscription id."""


async def run_subscription_job(subscription_id: int) -> None:
    """The cron job: settle the subscription's due delivery through this loop's scheduler."""
    scheduler = _SCHEDULERS.get(asyncio.get_running_loop())
    if scheduler is None:
        log.warning("cron fire for subscription %s with no scheduler running", subscription_id)
        return
    await scheduler.deliver_due(subscription_id)


@dataclass(frozen=True)
class TickReport:
    leader: bool
    outcomes: tuple[Outcome, ...] = ()
    added: tuple[int, ...] = ()
    changed: tuple[int, ...] = ()
    removed: tuple[int, ...] = ()


@dataclass
class _Sync:
    added: list[int] = field(default_factory=list)
    changed: list[int] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)


class Scheduler:
    """Runs subscriptions as cron jobs while this process holds the scheduler lease.

    >>> # scheduler = Scheduler(store, deliverer, settings, clock=utc_now, holder_id=make_holder_id())
    >>> # await scheduler.start(); ...; await scheduler.stop()
    """

    def __init__(
        self,
        store: Store,
        deliverer: Deliverer,
        settings: Settings,
        clock: Clock = utc_now,
        holder_id: str | None = None,
        platforms: Collection[str] | None = None,
    ) -> None:
        self.store = store
        self.platforms = frozenset(platforms) if platforms is not None else None
        suffix = "_".join(sorted(self.platforms)) if self.platforms else ""
        self.lease_name = f"{LEASE_NAME}:{suffix}" if suffix else LEASE_NAME
        self.jobs_table = f"{JOBS_TABLE}_{suffix}" if suffix else JOBS_TABLE
        self.deliverer = deliverer
        self.settings = settings
        self.clock = clock
        self.holder_id = holder_id or make_holder_id()
        self.grace = timedelta(minutes=settings.misfire_grace_minutes)
        self.lease_ttl = timedelta(seconds=settings.lease_ttl_seconds)
        self.ledger = LedgerPass(
            store,
            deliverer,
            holder=self.holder_id,
            grace=self.grace,
            claim_ttl=timedelta(seconds=settings.claim_ttl_seconds),
        )
        self.is_leader = False
        self._specs: dict[int, tuple[int, int, str]] = {}
        self._aps: AsyncIOScheduler | None = None
        self._started = False
        self._heartbeat: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def heartbeat_interval(self) -> timedelta:
        return self.lease_ttl / 3

    # --- lifecycle ------------------------------------------------------------
    async def start(self) -> None:
        """Take part in leader election and, while leading, run the cron jobs."""
        loop = asyncio.get_running_loop()
        if loop in _SCHEDULERS:
            raise RuntimeError("one Scheduler per event loop: cron jobs find theirs by loop")
        _SCHEDULERS[loop] = self
        self._loop = loop
        self._started = True
        try:
            await self.tick(self.clock())
        except Exception:
            # A database blip at start-up must not stop the bot: the heartbeat retries.
            log.exception(
                "first scheduler tick failed; retrying every %.0f s", self.heartbeat_interval.total_seconds()
            )
        self._heartbeat = loop.create_task(self._beat(), name="briefbot-scheduler-heartbeat")

    async def stop(self) -> None:
        """Stop the heartbeat and APScheduler and hand the lease back so a follower takes over at once."""
        self._started = False
        if self._heartbeat is not None:
            self._heartbeat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._heartbeat
            self._heartbeat = None
        self._stop_aps()
        await asyncio.sleep(0)  # AsyncIOScheduler.shutdown runs as a loop callback: let it
        if self.is_leader:
            await off_loop(self.store.release_lease, self.lease_name, self.holder_id)
            self.is_leader = False
        if self._loop is not None and _SCHEDULERS.get(self._loop) is self:
            del _SCHEDULERS[self._loop]

    async def _beat(self) -> None:
        interval = self.heartbeat_interval.total_seconds()
        while True:
            await asyncio.sleep(interval)
            try:
                await self.tick(self.clock())
            except Exception:
                log.exception("scheduler heartbeat failed; retrying in %.0f s", interval)

    def _start_aps(self) -> None:
        engine = create_store_engine(self.settings.database_url)
        aps = AsyncIOScheduler(
            jobstores={"default": SQLAlchemyJobStore(engine=engine, tablename=self.jobs_table)},
            job_defaults={
                "coalesce": True,
                "misfire_grace_time": int(self.grace.total_seconds()),
                "max_instances": 1,
            },
            timezone=UTC,
        )
        aps.start()
        self._aps = aps
        log.info("scheduler %s leads: cron jobs running", self.holder_id)

    def _stop_aps(self) -> None:
        if self._aps is None:
            return
        aps, self._aps = self._aps, None
        aps.shutdown(wait=False)  # also disposes the job store's engine

    # --- the testable core ----------------------------------------------------
    async def tick(self, now: datetime) -> TickReport:
        """One heartbeat at ``now``: take/renew the lease; if leading, sync jobs and settle what is due."""
        leader = await off_loop(
            self.store.acquire_lease, self.lease_name, self.holder_id, now=now, ttl=self.lease_ttl
        )
        if leader != self.is_leader:
            log.info(
                "scheduler %s %s the lease at %s",
                self.holder_id,
                "took" if leader else "lost",
                now.isoformat(),
            )
        self.is_leader = leader
        if not leader:
            self._stop_aps()
            return TickReport(leader=False)
        if self._started and self._aps is None:
            self._start_aps()
        subscriptions, sync = self._reconcile(now, await off_loop(self.store.subscriptions))
        outcomes: list[Outcome] = []
        for subscription in subscriptions:
            outcomes.extend(await self.ledger.run(subscription, now))
        return TickReport(True, tuple(outcomes), tuple(sync.added), tuple(sync.changed), tuple(sync.removed))

    async def reconcile(self, now: datetime | None = None) -> TickReport:
        """Sync the cron jobs with the subscriptions table now (call after /subscribe and friends).

        Only the leader holds jobs; on a follower this is a no-op and the leader's
        next heartbeat picks the change up.
        """
        if not self.is_leader:
            return TickReport(leader=False)
        _, sync = self._reconcile(now or self.clock(), await off_loop(self.store.subscriptions))
        return TickReport(True, (), tuple(sync.added), tuple(sync.changed), tuple(sync.removed))

    def _reconcile(
        self, now: datetime, subscriptions: list[Subscription]
    ) -> tuple[list[Subscription], _Sync]:
        sync = _Sync()
        wanted: dict[int, tuple[Subscription, LocalTimeTrigger]] = {}
        for subscription in subscriptions:
            if not subscription.active or not self.runs(subscription):
                continue
            try:
                wanted[subscription.id] = (subscription, trigger_for(subscription))
            except ValueError as exc:
                log.error("subscription %s skipped: %s", subscription.id, exc)
        stored = self._stored_specs()
        for gone in sorted((set(self._specs) | set(stored)) - set(wanted)):
            self._specs.pop(gone, None)
            self.ledger.forget(gone)
            if self._aps is not None:
                with contextlib.suppress(Exception):
                    self._aps.remove_job(f"{JOB_PREFIX}{gone}")
            sync.removed.append(gone)
        for subscription_id, (subscription, trigger) in wanted.items():
            known = self._specs.get(subscription_id, stored.get(subscription_id))
            if known is not None and known != trigger.spec:
                self.ledger.schedule_changed(subscription_id, now)
                sync.changed.append(subscription_id)
            elif known is None:
                sync.added.append(subscription_id)
            self._specs[subscription_id] = trigger.spec
            if self._aps is not None and stored.get(subscription_id) != trigger.spec:
                self._aps.add_job(
                    run_subscription_job,
                    trigger=trigger,
                    args=(subscription_id,),
                    id=f"{JOB_PREFIX}{subscription_id}",
                    name=f"briefing {subscription.channel} {subscription.time} {subscription.tz}",
                    replace_existing=True,
                    misfire_grace_time=int(self.grace.total_seconds()),
                    coalesce=True,
                )
        if sync.added or sync.changed or sync.removed:
            log.info(
                "scheduler jobs synced: added %s, changed %s, removed %s",
                sync.added,
                sync.changed,
                sync.removed,
            )
        return [subscription for subscription, _ in wanted.values()], sync

    def _stored_specs(self) -> dict[int, tuple[int, int, str]]:
        if self._aps is None:
            return {}
        specs: dict[int, tuple[int, int, str]] = {}
        for job in self._aps.get_jobs():
            if str(job.id).startswith(JOB_PREFIX) and isinstance(job.trigger, LocalTimeTrigger):
                specs[int(str(job.id)[len(JOB_PREFIX) :])] = job.trigger.spec
        return specs

    def job_ids(self) -> list[str]:
        """The cron jobs APScheduler holds (empty when not leading)."""
        return sorted(str(job.id) for job in self._aps.get_jobs()) if self._aps is not None else []

    def next_fire_time(self, subscription_id: int) -> datetime | None:
        """APScheduler's next run time of a subscription's job (None when not leading or no job)."""
        if self._aps is None:
            return None
        job = self._aps.get_job(f"{JOB_PREFIX}{subscription_id}")
        return None if job is None else job.next_run_time

    async def deliver_due(self, subscription_id: int, now: datetime | None = None) -> list[Outcome]:
        """Settle one subscription at ``now`` (the cron job's entry point)."""
        if not self.is_leader:
            return []
        subscription = await off_loop(self.store.get_subscription, subscription_id)
        if subscription is None or not subscription.active or not self.runs(subscription):
            await self.reconcile(now)
            return []
        return await self.ledger.run(subscription, now or self.clock())

    def runs(self, subscription: Subscription) -> bool:
        """Whether this process posts to the subscription's platform (only those slots are its to claim)."""
        return self.platforms is None or subscription.platform in self.platforms

    async def subscriptions_changed(self) -> None:
        """The commands' change hook (``SubscriptionCommands(on_change=...)``): re-sync at once."""
        await self.reconcile(self.clock())

    async def run_now(self, subscription_id: int, now: datetime | None = None) -> str:
        """Post a subscription's briefing immediately, outside the schedule and the ledger.

        An operator's explicit request: it does not count as the day's delivery, so
        the scheduled one still goes out.
        """
        subscription = await off_loop(self.store.get_subscription, subscription_id)
        if subscription is None:
            raise LookupError(f"no subscription with id {subscription_id}")
        return await self.deliverer.deliver(subscription, now or self.clock())


def next_fire_time(subscription: Subscription, now: datetime) -> datetime:
    """When the subscription fires next (aware, in its own zone); ValueError if it is invalid."""
    trigger = trigger_for(subscription)
    return trigger.get_next_fire_time(None, now)
