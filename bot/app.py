"""Composition root of ``briefbot run``: settings → store → corpus → renderer →
platform → scheduler, then run until stopped.

Everything is built here and passed down; nothing below reads the environment
or the wall clock. Slack, Discord and the scheduler are imported only when
used, so the console default starts without their libraries' start-up cost.

>>> # exit_code = asyncio.run(run_bot(load_settings(), platform_name=None, clock=system_clock()))
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, TextIO, runtime_checkable

from bot.config import ConfigError, Settings
from bot.core.commands import CommandHandler
from bot.core.events import Platform
from bot.core.service import BriefingService
from bot.core.store import off_loop
from bot.ops.metrics import Metrics
from bot.ops.server import Health, OpsServer, start_ops_server
from bot.platforms.registry import build_platform, choose_platform
from briefings.compose.builder import DEFAULT_WINDOW
from briefings.model.facts import Subscription
from briefings.render.renderer import Renderer
from briefings.store.protocol import Store

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def system_clock(start: datetime | None = None) -> Clock:
    """The wall clock, or one that starts at ``start`` (``--now``) and runs at real speed."""
    if start is None:
        return lambda: datetime.now(UTC)
    origin = time.monotonic()
    return lambda: start + timedelta(seconds=time.monotonic() - origin)


@runtime_checkable
class Closable(Protocol):
    """A platform that can end on its own (the console at end of input)."""

    async def wait_closed(self) -> None: ...


@dataclass
class SubscriptionDeliverer:
    """What the scheduler calls to post one scheduled briefing on the running platform."""

    service: BriefingService
    platform: Platform
    clock: Clock
    metrics: Metrics | None = None

    async def deliver(self, subscription: Subscription, scheduled_for: datetime) -> str:
        try:
            message_id = await self._deliver(subscription, scheduled_for)
        except Exception:
            if self.metrics is not None:
                self.metrics.failure("delivery")
            raise
        if self.metrics is not None:
            self.metrics.briefing_posted(self.platform.name, "schedule")
            self.metrics.delivered(subscription.id, self.clock())
        return message_id

    async def _deliver(self, subscription: Subscription, scheduled_for: datetime) -> str:
        if subscription.platform != self.platform.name:
            raise RuntimeError(
                f"subscription {subscription.id} is for {subscription.platform}, "
                f"but this process runs {self.platform.name}"
            )
        now = self.clock()
        previous = await self._previous_delivery(subscription, scheduled_for)
        ref = await self.service.deliver(
            self.platform,
            subscription.channel,
            topic=subscription.topic,
            now=now,
            tz=subscription.tz,
            ingested_since=previous or now - DEFAULT_WINDOW,
            clock="last_briefing" if previous else "ingested",
        )
        return ref.message_id

    async def _previous_delivery(
        self, subscription: Subscription, scheduled_for: datetime
    ) -> datetime | None:
        """When this subscription last posted: its briefing covers what came in since
        then (not since someone's last /whomet in the channel). None for a first
        delivery, which then covers the builder's default window (24 h)."""
        deliveries = await off_loop(self.service.store.deliveries, subscription_id=subscription.id)
        posted = [
            d.posted_at or d.scheduled_for
            for d in deliveries
            if d.status == "posted" and d.scheduled_for < scheduled_for
        ]
        return max(posted, default=None)


async def ensure_corpus(
    store: Store,
    settings: Settings,
    now: datetime,
    metrics: Metrics | None = None,
    out: TextIO | None = None,
) -> None:
    """Ingest the seed corpus into an empty store, so a first run has something to brief.
    ``out`` (standard error by default) shows progress: rich on a terminal, plain lines else."""
    if await off_loop(store.count_documents):
        return
    if not settings.seeds_dir.is_dir():
        log.warning("the store is empty and the seeds folder %s does not exist", settings.seeds_dir)
        return
    from bot.progress import ingest_progress, summary_line
    from briefings.extract import Extractor
    from briefings.ingest import ingest

    log.info("the store is empty: ingesting %s", settings.seeds_dir)
    stream = out or sys.stderr
    extractor = Extractor(settings.spacy_model, settings.parse)
    with ingest_progress(stream, str(settings.seeds_dir)) as on_event:
        report = await off_loop(
            ingest,
            [settings.seeds_dir],
            store,
            extractor,
            now=now,
            max_bytes=settings.max_file_bytes,
            progress=on_event,
        )
    stream.write(summary_line(str(settings.seeds_dir), report) + "\n")
    stream.flush()
    log.info("seed ingest: %s", report.summary())
    if metrics is not None:
        metrics.ingest_report(report)
    for failure in report.failures:
        log.warning("seed ingest: %s", failure)


def _make_scheduler(store: Store, deliverer: SubscriptionDeliverer, settings: Settings, clock: Clock) -> Any:
    try:
        from bot.scheduling.scheduler import Scheduler as RealScheduler
    except ImportError:  # a build without the scheduler still serves commands
        log.warning("scheduled briefings are off: bot.scheduling.scheduler is not available")
        return None
    return RealScheduler(store, deliverer, settings, clock=clock, platforms={deliverer.platform.name})


async def _unless_stopped(starting: Awaitable[None], stop: asyncio.Event) -> bool:
    """Run ``starting`` unless a signal comes first; False when it was cancelled by one.

    Starting may wait on the network for long (Socket Mode retries its connection
    for as long as Slack is unreachable): a SIGTERM must still end the process now.
    """
    task = asyncio.ensure_future(starting)
    stopper = asyncio.create_task(stop.wait(), name="stop-signal")
    await asyncio.wait({task, stopper}, return_when=asyncio.FIRST_COMPLETED)
    stopper.cancel()
    if task.done():
        task.result()
        return True
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    return False


async def _wait_for_stop(platform: Platform, stop: asyncio.Event) -> None:
    waiters: list[asyncio.Task[Any]] = [asyncio.create_task(stop.wait(), name="stop-signal")]
    if isinstance(platform, Closable):
        waiters.append(asyncio.create_task(platform.wait_closed(), name="platform-closed"))
    _done, pending = await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def _install_signal_handlers(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)


async def run_bot(
    settings: Settings,
    *,
    platform_name: str | None,
    clock: Clock,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    store: Store | None = None,
) -> int:
    """Run the bot until a signal, or until the console's input ends. Returns the exit status.

    Order matters: the platform is built (and its credentials checked) before the
    seed corpus is ingested, so a missing token fails in a moment, not after spaCy loads.
    """
    name = choose_platform(settings, platform_name)
    own_store = store is None
    the_store: Store = store if store is not None else _open_store(settings)
    scheduler: Any = None
    platform: Platform | None = None
    started = False
    ops: OpsServer | None = None
    metrics = Metrics()
    try:
        service = BriefingService(the_store, tz=settings.timezone)
        platform = build_platform(
            name,
            settings,
            service=service,
            renderer=Renderer(template_dir=settings.template_dir),
            clock=clock,
            stdin=stdin or sys.stdin,
            stdout=stdout or sys.stdout,
        )
        health = Health(the_store, platform)
        ops = await start_ops_server(settings, health, metrics)
        await ensure_corpus(the_store, settings, clock(), metrics)
        if ops is not None:
            await off_loop(metrics.load_deliveries, the_store)
        scheduler = _make_scheduler(
            the_store, SubscriptionDeliverer(service, platform, clock, metrics), settings, clock
        )
        health.scheduler = scheduler
        handler = CommandHandler(
            the_store,
            clock=clock,
            tz=settings.timezone,
            on_subscriptions_changed=scheduler.subscriptions_changed if scheduler is not None else None,
        )
        stop = asyncio.Event()
        _install_signal_handlers(stop)
        if name == "console":
            await service.deliver(platform, settings.channel, topic=None, now=clock())
            metrics.briefing_posted(name, "startup")
        started = True
        if not await _unless_stopped(platform.start(metrics.instrument(handler)), stop):
            log.info("stopped while starting")
            return 0
        health.platform_started = True
        if scheduler is not None:
            await scheduler.start()
        log.info("briefbot is running on %s", name)
        await _wait_for_stop(platform, stop)
        log.info("shutting down")
        return 0
    finally:
        if ops is not None:
            await ops.stop()
        if scheduler is not None:
            await scheduler.stop()
        if platform is not None and started:
            await platform.stop()
        if own_store:
            the_store.close()


def _open_store(settings: Settings) -> Store:
    from sqlalchemy.exc import SQLAlchemyError

    from briefings.store import open_store

    try:
        return open_store(settings.database_url)
    except (SQLAlchemyError, OSError, ValueError) as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise ConfigError(f"BRIEFBOT_DATABASE_URL: cannot open the database ({reason})") from None
