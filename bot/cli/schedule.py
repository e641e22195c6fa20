"""`briefbot schedule list | run-now ID`: the operator's view of scheduled briefings.

``list`` shows every subscription with its next fire time in its own zone and
its last delivery (posted, claimed, missed, failed). ``run-now ID`` posts that
subscription's briefing at once through the configured platform (the console
prints it), outside the schedule: it does not count as the day's delivery.
Exit status 0 on success, 2 with one clear line on stderr for a bad argument,
setting or database, 1 when the post itself fails.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated
from zoneinfo import ZoneInfo

import typer

from bot.config import ConfigError, Settings, load_settings
from bot.core.events import Platform
from bot.core.service import BriefingService
from briefings.model.facts import Subscription
from briefings.store.protocol import Store

log = logging.getLogger(__name__)

USAGE_EXIT = 2
POST_FAILED_EXIT = 1

schedule_app = typer.Typer(help="Scheduled briefings: list them, or post one now.", no_args_is_help=True)


def _fail(message: str, code: int = USAGE_EXIT) -> typer.Exit:
    typer.echo(f"briefbot schedule: {message}", err=True)
    return typer.Exit(code)


def _parse_now(value: str | None) -> datetime:
    if value is None:
        return datetime.now(UTC)
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise _fail(f"--now: {value!r} is not an ISO time such as 2026-06-02T07:00:00+00:00") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _settings(db: str | None, platform: str | None = None) -> Settings:
    overrides = {"BRIEFBOT_DATABASE_URL": db} if db else {}
    if platform:
        overrides["BRIEFBOT_PLATFORM"] = platform
    try:
        return load_settings(**overrides)
    except ConfigError as problem:
        raise _fail(f"configuration error: {problem}") from None


def _open(settings: Settings) -> Store:
    from briefings.store import open_store

    try:
        return open_store(settings.database_url)
    except Exception as exc:
        log.debug("open_store failed", exc_info=True)
        raise _fail(f"cannot open the database: {type(exc).__name__}") from None


def describe(subscription: Subscription, store: Store, now: datetime) -> str:
    """One line per subscription: id, where, when, next fire (local) and last delivery."""
    from bot.scheduling.scheduler import next_fire_time

    topic = f" topic={subscription.topic!r}" if subscription.topic else ""
    try:
        upcoming = next_fire_time(subscription, now).isoformat(timespec="minutes")
    except ValueError as problem:
        upcoming = f"invalid ({problem})"
    if not subscription.active:
        upcoming = "inactive"
    last = store.deliveries(subscription_id=subscription.id, limit=1)
    if last:
        row = last[0]
        when = row.scheduled_for.astimezone(_zone_or_utc(subscription.tz)).isoformat(timespec="minutes")
        reason = f" ({row.error})" if row.error and row.status in ("missed", "failed") else ""
        status = f"{row.status} {when}{reason}"
    else:
        status = "never delivered"
    return (
        f"#{subscription.id} {subscription.platform}:{subscription.channel} daily {subscription.time} "
        f"{subscription.tz}{topic} | next {upcoming} | last {status}"
    )


def _zone_or_utc(name: str) -> ZoneInfo:
    from briefings.time import validate_zone

    try:
        return validate_zone(name)
    except ValueError:
        return ZoneInfo("UTC")


@schedule_app.command("list")
def list_command(
    db: Annotated[str | None, typer.Option("--db", help="Database URL (else BRIEFBOT_DATABASE_URL).")] = None,
    now: Annotated[str | None, typer.Option("--now", help="Pretend it is this ISO time.")] = None,
) -> None:
    """List subscriptions with their next fire time (in their zone) and last delivery."""
    moment = _parse_now(now)
    store = _open(_settings(db))
    try:
        subscriptions = store.subscriptions()
        if not subscriptions:
            typer.echo("No scheduled briefings. Add one with /subscribe HH:MM [ZONE] [topic].")
            return
        for subscription in subscriptions:
            typer.echo(describe(subscription, store, moment))
    finally:
        store.close()


@dataclass
class _ConfiguredPlatformDeliverer:
    """Posts on the platform this command runs with, whatever platform the subscription is for:
    on the console that is a preview of what the channel would get."""

    service: BriefingService
    platform: Platform
    now: datetime

    async def deliver(self, subscription: Subscription, scheduled_for: datetime) -> str:
        ref = await self.service.deliver(
            self.platform, subscription.channel, topic=subscription.topic, now=self.now, tz=subscription.tz
        )
        return f"{ref.platform}:{ref.channel}:{ref.message_id}"


@schedule_app.command("run-now")
def run_now_command(
    subscription_id: Annotated[
        int, typer.Argument(help="The subscription's id (see `briefbot schedule list`).")
    ],
    db: Annotated[str | None, typer.Option("--db", help="Database URL (else BRIEFBOT_DATABASE_URL).")] = None,
    platform: Annotated[str | None, typer.Option("--platform", help="Post through this platform.")] = None,
    now: Annotated[str | None, typer.Option("--now", help="Pretend it is this ISO time.")] = None,
) -> None:
    """Post one subscription's briefing now (outside the schedule; the day's delivery still happens)."""
    from bot.platforms.registry import build_platform, choose_platform
    from bot.scheduling.scheduler import Scheduler
    from briefings.render.renderer import Renderer

    moment = _parse_now(now)
    settings = _settings(db, platform)
    try:
        name = choose_platform(settings, None)
    except ConfigError as problem:
        raise _fail(str(problem)) from None
    store = _open(settings)
    try:
        if store.get_subscription(subscription_id) is None:
            raise _fail(f"no subscription with id {subscription_id} (see `briefbot schedule list`)")
        service = BriefingService(store, tz=settings.timezone)
        try:
            target = build_platform(
                name,
                settings,
                service=service,
                renderer=Renderer(template_dir=settings.template_dir),
                clock=lambda: moment,
                stdin=sys.stdin,
                stdout=sys.stdout,
            )
        except ConfigError as problem:
            raise _fail(str(problem)) from None
        deliverer = _ConfiguredPlatformDeliverer(service, target, moment)
        scheduler = Scheduler(store, deliverer, settings, clock=lambda: moment)
        try:
            ref = asyncio.run(scheduler.run_now(subscription_id, moment))
        except Exception as exc:
            log.debug("run-now failed", exc_info=True)
            raise _fail(f"posting failed: {type(exc).__name__}: {exc}", POST_FAILED_EXIT) from None
        log.info("run-now posted subscription %s as %s", subscription_id, ref)
    finally:
        store.close()


def register(app: typer.Typer) -> None:
    """Add this module's commands to app."""
    app.add_typer(schedule_app, name="schedule")
