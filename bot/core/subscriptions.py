"""/subscribe, /unsubscribe and /subscriptions: a channel's scheduled briefings.

They only change what is stored; the scheduler (``bot.scheduling.scheduler``) turns stored
subscriptions into jobs. ``on_change`` lets it hear about a change at once
instead of on its next sync.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core import messages
from bot.core.arguments import MAX_NUMBER_DIGITS, ArgumentError, parse_subscription
from bot.core.store import off_loop
from briefings.model.briefing import Notice
from briefings.model.facts import Delivery, Subscription
from briefings.store.protocol import Store

ChangeHook = Callable[[], Awaitable[None]]
MISSED_SHOWN = 5


def _describe(subscription: Subscription) -> str:
    about = f" — {subscription.topic}" if subscription.topic else ""
    return f"#{subscription.id} daily at {subscription.time} {subscription.tz}{about}"


def _describe_problem(delivery: Delivery) -> str:
    when = delivery.scheduled_for
    zone_text = when.isoformat(timespec="minutes")
    reason = f": {delivery.error}" if delivery.error else ""
    return f"    {delivery.status} {zone_text}{reason}"


class SubscriptionCommands:
    """The three subscription commands for one store; errors raise ArgumentError."""

    def __init__(self, store: Store, *, default_tz: str, on_change: ChangeHook | None = None) -> None:
        self._store = store
        self._default_tz = default_tz
        self._on_change = on_change

    async def _changed(self) -> None:
        if self._on_change is not None:
            await self._on_change()

    async def subscribe(self, args: str, *, platform: str, channel: str, now: datetime) -> Notice:
        clock, zone, topic = parse_subscription(args, default_tz=self._default_tz)
        existing = await off_loop(self._store.subscriptions, platform=platform, channel=channel)
        for subscription in existing:
            same_topic = (subscription.topic or "").lower() == (topic or "").lower()
            if subscription.active and subscription.time == clock and subscription.tz == zone and same_topic:
                return Notice(messages.already_subscribed(subscription.id))
        created = await off_loop(self._store.add_subscription, platform, channel, clock, zone, topic, now=now)
        await self._changed()
        return Notice(messages.subscribed(created.id, clock, zone, topic))

    async def unsubscribe(self, args: str, *, platform: str, channel: str) -> Notice:
        text = args.strip().lstrip("#")
        existing = [
            s
            for s in await off_loop(self._store.subscriptions, platform=platform, channel=channel)
            if s.active
        ]
        if not text:
            if not existing:
                return Notice(messages.no_subscriptions())
            if len(existing) > 1:
                raise ArgumentError(messages.which_subscription("\n".join(_describe(s) for s in existing)))
            target = existing[0]
        else:
            if not (text.isascii() and text.isdigit()) or len(text) > MAX_NUMBER_DIGITS:
                raise ArgumentError(messages.not_a_subscription_id(args.strip()))
            wanted = int(text)
            found = next((s for s in existing if s.id == wanted), None)
            if found is None:
                raise ArgumentError(messages.no_such_subscription(wanted))
            target = found
        await off_loop(self._store.remove_subscription, target.id)
        await self._changed()
        return Notice(messages.unsubscribed(target.id, target.time, target.tz))

    async def listing(self, args: str, *, platform: str, channel: str) -> Notice:
        if args.strip():
            raise ArgumentError(messages.no_arguments("subscriptions"))
        existing = [
            s
            for s in await off_loop(self._store.subscriptions, platform=platform, channel=channel)
            if s.active
        ]
        if not existing:
            return Notice(messages.no_subscriptions(), title="Scheduled briefings")
        lines: list[str] = []
        for subscription in existing:
            lines.append(_describe(subscription))
            deliveries = await off_loop(self._store.deliveries, subscription_id=subscription.id)
            problems = [d for d in deliveries if d.status in ("missed", "failed")][:MISSED_SHOWN]
            for delivery in problems:
                local = Delivery(
                    subscription_id=delivery.subscription_id,
                    scheduled_for=delivery.scheduled_for.astimezone(ZoneInfo(subscription.tz)),
                    status=delivery.status,
                    error=delivery.error,
                )
                lines.append(_describe_problem(local))
        return Notice("\n".join(lines), title="Scheduled briefings")
