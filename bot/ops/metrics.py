"""Prometheus metrics of a running bot, served on ``/metrics`` by :mod:`bot.ops.server`.

One :class:`Metrics` per process, built by the composition root and passed to
what it counts, on its own registry (not prometheus_client's global one), so
two bots in one test process never share counts. Label values are bounded:
command names outside the known set count as "unknown", because a label per
typo a user sends would grow the series without limit.

>>> metrics = Metrics()
>>> metrics.briefing_posted("console", "startup")
>>> b"briefbot_briefings_posted_total" in metrics.render()[0]
True
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

from bot.core.commands import COMMANDS
from bot.core.events import Handler, Incoming, Outgoing
from briefings.model.briefing import Briefing

if TYPE_CHECKING:  # ingest pulls in the sources' parsers; the bot imports it only when it ingests
    from briefings.ingest import IngestReport
    from briefings.store.protocol import Store

log = logging.getLogger(__name__)

Trigger = Literal["startup", "schedule", "command"]
FailureKind = Literal["command", "delivery", "ingest"]
# Commands answer from the database: most in milliseconds, a cold full-text search in seconds.
COMMAND_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


def command_label(incoming: Incoming) -> str:
    """The bounded label of an event: a known command's name, "unknown", or the event kind."""
    if incoming.kind != "command":
        return incoming.kind
    name = (incoming.command or "").strip().lstrip("/").lower()
    return name if name in COMMANDS else "unknown"


class Metrics:
    """The bot's counters, histogram and gauges, and their Prometheus text rendering."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        self.briefings_posted = Counter(
            "briefbot_briefings_posted",
            "Briefings posted, by platform and what triggered them (startup, schedule, command).",
            ["platform", "trigger"],
            registry=self.registry,
        )
        self.failures = Counter(
            "briefbot_failures",
            "Failures: a command that raised, a scheduled delivery that failed, an article not ingested.",
            ["kind"],
            registry=self.registry,
        )
        self.command_seconds = Histogram(
            "briefbot_command_duration_seconds",
            "Time to answer a command, thread reply or button press (until the answer is ready to post).",
            ["command"],
            buckets=COMMAND_BUCKETS,
            registry=self.registry,
        )
        self.ingested = Counter(
            "briefbot_ingested_documents",
            "Documents seen by ingest runs in this process, by outcome (new, updated, unchanged, failed).",
            ["outcome"],
            registry=self.registry,
        )
        self.last_delivery = Gauge(
            "briefbot_last_delivery_timestamp_seconds",
            "Unix time of each subscription's last posted scheduled briefing.",
            ["subscription"],
            registry=self.registry,
        )
        for kind in ("command", "delivery", "ingest"):
            self.failures.labels(kind)  # present at 0, so rate() and alerts work before the first failure

    # --- what the bot reports ------------------------------------------------------
    def briefing_posted(self, platform: str, trigger: Trigger) -> None:
        self.briefings_posted.labels(platform, trigger).inc()

    def failure(self, kind: FailureKind, count: int = 1) -> None:
        if count:
            self.failures.labels(kind).inc(count)

    def delivered(self, subscription_id: int, at: datetime) -> None:
        self.last_delivery.labels(str(subscription_id)).set(at.timestamp())

    def ingest_report(self, report: IngestReport) -> None:
        for outcome in ("new", "updated", "unchanged", "failed"):
            count = getattr(report, outcome)
            if count:
                self.ingested.labels(outcome).inc(count)
        self.failure("ingest", report.failed)

    def load_deliveries(self, store: Store) -> None:
        """Start the last-delivery gauges from the ledger, so a restart (or a follower
        replica) shows when each subscription last went out instead of nothing."""
        for subscription in store.subscriptions():
            posted = [
                d.posted_at or d.scheduled_for
                for d in store.deliveries(subscription_id=subscription.id)
                if d.status == "posted"
            ]
            if posted:
                self.delivered(subscription.id, max(posted))

    def instrument(self, handler: Handler, *, timer: Callable[[], float] = time.perf_counter) -> Handler:
        """``handler`` timed per command, counting failures and briefings it answers with."""

        async def timed(incoming: Incoming) -> Outgoing:
            label = command_label(incoming)
            started = timer()
            try:
                outgoing = await handler(incoming)
            except Exception:
                self.failure("command")
                raise
            finally:
                self.command_seconds.labels(label).observe(max(0.0, timer() - started))
            if isinstance(outgoing.response, Briefing) and outgoing.in_thread is None:
                self.briefing_posted(incoming.platform, "command")
            return outgoing

        return timed

    # --- exposition -------------------------------------------------------------------
    def render(self) -> tuple[bytes, str]:
        """The Prometheus text exposition and its content type."""
        return generate_latest(self.registry), CONTENT_TYPE_LATEST
