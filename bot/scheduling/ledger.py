"""The delivery ledger pass: post what is due for one subscription, exactly once.

Both the cron job (on time) and the heartbeat's catch-up (after a restart, a
take-over or a lost cron fire) call :meth:`LedgerPass.run`; neither trusts the
other, because the ledger row is what decides. For every occurrence the
subscription should have fired at since the last one settled:

1. ``store.claim_delivery`` takes the unique (subscription, scheduled time) row
   in one transaction. Only the caller that gets ``True`` may post.
2. It posts through the :class:`Deliverer`.
3. ``store.complete_delivery`` records the platform's message reference.

Ordering and its trade-off (see docs/scheduling.md): a crash between 1 and 2
leaves a claimed row that a later pass re-claims once ``claim_ttl`` expires and
posts (the delivery is not lost); a crash between 2 and 3 leaves the same row, so
that narrow window (one platform round trip plus one commit) is at-least-once.
An error *reported* by the platform marks the delivery "failed" at once and is
never retried automatically: the post may have gone out, and an operator can
``briefbot schedule run-now``. An occurrence older than the misfire grace is
recorded "missed" instead of being posted late.

At most one delivery per subscription per day (its nominal local day, see
``schedule_times.nominal_day``): if the ledger already holds one for that day
(the subscription's time changed after it was posted), the day's other
occurrence is skipped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal, Protocol

from bot.core.store import off_loop
from bot.scheduling.times import nominal_day, occurrences_between, parse_time_of_day
from briefings.model.facts import Delivery, Subscription
from briefings.store.protocol import Store
from briefings.time import validate_zone

log = logging.getLogger(__name__)

CATCH_UP_LOOKBACK = timedelta(days=7)
"""How far back a pass looks for occurrences that never settled (missed while down)."""

OutcomeStatus = Literal["posted", "missed", "failed", "busy", "done_today"]
_FINAL = frozenset({"posted", "missed", "failed"})
_TAKEN = frozenset({"posted", "claimed"})  # a day with one of these has its delivery


class Deliverer(Protocol):
    """What the scheduler calls to post one scheduled briefing."""

    async def deliver(self, subscription: Subscription, scheduled_for: datetime) -> str:
        """Post the subscription's briefing for ``scheduled_for``; return the message reference."""


@dataclass(frozen=True)
class Outcome:
    """What a pass did with one occurrence ("busy": another live holder has claimed it)."""

    subscription_id: int
    scheduled_for: datetime
    status: OutcomeStatus
    message_ref: str | None = None
    error: str | None = None


class LedgerPass:
    """Settles due occurrences of subscriptions against the store's delivery ledger.

    Remembers, per process, how far each subscription is settled, so a heartbeat
    that finds nothing due makes no database call for it.
    """

    def __init__(
        self,
        store: Store,
        deliverer: Deliverer,
        *,
        holder: str,
        grace: timedelta,
        claim_ttl: timedelta,
        lookback: timedelta = CATCH_UP_LOOKBACK,
    ) -> None:
        self.store = store
        self.deliverer = deliverer
        self.holder = holder
        self.grace = grace
        self.claim_ttl = claim_ttl
        self.lookback = lookback
        self._settled: dict[int, datetime] = {}
        self._floors: dict[int, datetime] = {}
        self._in_flight: set[tuple[int, datetime]] = set()

    def schedule_changed(self, subscription_id: int, now: datetime) -> None:
        """The subscription's time or zone changed at ``now``: nothing before it is owed."""
        self._floors[subscription_id] = now
        self._settled.pop(subscription_id, None)

    def forget(self, subscription_id: int) -> None:
        self._floors.pop(subscription_id, None)
        self._settled.pop(subscription_id, None)

    def _window_start(self, subscription: Subscription, now: datetime) -> datetime:
        starts = [now - self.lookback]
        for candidate in (
            subscription.created_at,
            self._floors.get(subscription.id),
            self._settled.get(subscription.id),
        ):
            if candidate is not None:
                starts.append(candidate)
        return max(starts)

    async def run(self, subscription: Subscription, now: datetime) -> list[Outcome]:
        """Settle every occurrence of ``subscription`` due by ``now``; oldest first."""
        try:
            zone = validate_zone(subscription.tz)
            hour, minute = parse_time_of_day(subscription.time)
        except ValueError as exc:
            log.error("subscription %s cannot be scheduled: %s", subscription.id, exc)
            return []
        due = occurrences_between(hour, minute, zone, self._window_start(subscription, now), now)
        if not due:
            return []
        ledger = {
            row.scheduled_for: row
            for row in await off_loop(self.store.deliveries, subscription_id=subscription.id)
        }

        def day_of(moment: datetime) -> date:
            return nominal_day(moment, hour, minute, zone)

        delivered_days = {day_of(row.scheduled_for) for row in ledger.values() if row.status in _TAKEN}
        outcomes: list[Outcome] = []
        all_settled = True
        for scheduled_for in due:
            outcome = await self._settle(
                subscription, scheduled_for, ledger.get(scheduled_for), delivered_days, day_of, now
            )
            if outcome is None:
                continue
            outcomes.append(outcome)
            if outcome.status == "posted":
                delivered_days.add(day_of(scheduled_for))
            if all_settled and outcome.status in _FINAL | {"done_today"}:
                self._settled[subscription.id] = scheduled_for
            else:
                all_settled = False
        return outcomes

    async def _settle(
        self,
        subscription: Subscription,
        scheduled_for: datetime,
        row: Delivery | None,
        delivered_days: set[date],
        day_of: Callable[[datetime], date],
        now: datetime,
    ) -> Outcome | None:
        key = (subscription.id, scheduled_for)
        if key in self._in_flight:
            return Outcome(subscription.id, scheduled_for, "busy")
        if row is not None and row.status != "claimed":
            return Outcome(subscription.id, scheduled_for, row.status, row.message_ref, row.error)
        if row is None and day_of(scheduled_for) in delivered_days:
            return Outcome(subscription.id, scheduled_for, "done_today")
        if not await off_loop(
            self.store.claim_delivery,
            subscription.id,
            scheduled_for,
            holder=self.holder,
            now=now,
            claim_ttl=self.claim_ttl,
        ):
            return Outcome(subscription.id, scheduled_for, "busy")
        if now - scheduled_for > self.grace:
            reason = f"not posted within the {self._grace_text()} grace (the bot was down or busy)"
            if row is not None:
                reason = f"claimed by {row.claimed_by} at {row.claimed_at} but never posted; " + reason
            await off_loop(
                self.store.fail_delivery,
                subscription.id,
                scheduled_for,
                status="missed",
                error=reason,
                now=now,
            )
            log.warning(
                "subscription %s: delivery for %s missed: %s",
                subscription.id,
                scheduled_for.isoformat(),
                reason,
            )
            return Outcome(subscription.id, scheduled_for, "missed", error=reason)
        self._in_flight.add(key)
        try:
            ref = await self.deliverer.deliver(subscription, scheduled_for)
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
            await off_loop(
                self.store.fail_delivery,
                subscription.id,
                scheduled_for,
                status="failed",
                error=error,
                now=now,
            )
            log.exception(
                "subscription %s: delivery for %s failed", subscription.id, scheduled_for.isoformat()
            )
            return Outcome(subscription.id, scheduled_for, "failed", error=error)
        finally:
            self._in_flight.discard(key)
        await off_loop(self.store.complete_delivery, subscription.id, scheduled_for, message_ref=ref, now=now)
        log.info(
            "subscription %s: posted the %s briefing as %s", subscription.id, scheduled_for.isoformat(), ref
        )
        return Outcome(subscription.id, scheduled_for, "posted", message_ref=ref)

    def _grace_text(self) -> str:
        return f"{int(self.grace.total_seconds() // 60)}-minute"
