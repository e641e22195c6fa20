"""The composition root: platform choice, the clock, and scheduled deliveries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pydantic import SecretStr

from bot.app import SubscriptionDeliverer, system_clock
from bot.config import ConfigError, Settings
from bot.core.service import BriefingService
from bot.platforms.memory import MemoryPlatform
from bot.platforms.registry import choose_platform
from briefings.model.briefing import Briefing
from briefings.model.facts import PostedBriefing
from briefings.store.protocol import Store
from tests.bot.corpus import NOW, save_seed


def _settings(**values: object) -> Settings:
    return Settings.model_validate(values)


def test_auto_picks_slack_then_discord_then_the_console() -> None:
    assert choose_platform(_settings(), None) == "console"
    assert choose_platform(_settings(DISCORD_TOKEN=SecretStr("d")), None) == "discord"
    assert (
        choose_platform(_settings(DISCORD_TOKEN=SecretStr("d"), SLACK_BOT_TOKEN=SecretStr("s")), None)
        == "slack"
    )


def test_the_command_line_platform_beats_the_setting() -> None:
    assert choose_platform(_settings(BRIEFBOT_PLATFORM="slack"), "console") == "console"
    with pytest.raises(ConfigError, match="--platform"):
        choose_platform(_settings(), "irc")


def test_a_fixed_start_clock_begins_at_the_given_time_and_runs_forward() -> None:
    start = datetime(2021, 7, 29, 8, 0, tzinfo=UTC)
    clock = system_clock(start)
    first, second = clock(), clock()
    assert start <= first <= second
    assert (second - start).total_seconds() < 60


async def test_a_scheduled_delivery_posts_and_remembers_the_briefing(store: Store) -> None:
    save_seed(store)
    service = BriefingService(store)
    platform = MemoryPlatform(service, clock=lambda: NOW)
    subscription = store.add_subscription("memory", "news", "08:00", "Europe/London", None, now=NOW)
    deliverer = SubscriptionDeliverer(service, platform, lambda: NOW)

    message_id = await deliverer.deliver(subscription, NOW)

    [message] = platform.messages
    assert message.ref.message_id == message_id and message.ref.channel == "news"
    assert isinstance(message.response, Briefing) and message.response.tz == "Europe/London"
    posted = store.find_posted_briefing("memory", "news", message_id)
    assert posted is not None and len(posted.items) == len(message.response.items())


async def test_a_subscription_of_another_platform_is_not_posted_here(store: Store) -> None:
    service = BriefingService(store)
    platform = MemoryPlatform(service, clock=lambda: NOW)
    subscription = store.add_subscription("slack", "C1", "08:00", "UTC", None, now=NOW)
    with pytest.raises(RuntimeError, match="is for slack"):
        await SubscriptionDeliverer(service, platform, lambda: NOW).deliver(subscription, NOW)
    assert platform.messages == []


async def test_a_scheduled_briefing_covers_what_came_in_since_the_subscriptions_last_post(
    store: Store,
) -> None:
    service = BriefingService(store)
    platform = MemoryPlatform(service, clock=lambda: NOW)
    subscription = store.add_subscription("memory", "news", "08:00", "UTC", None, now=NOW)
    deliverer = SubscriptionDeliverer(service, platform, lambda: NOW)
    yesterday = NOW - timedelta(days=1)
    assert store.claim_delivery(
        subscription.id, yesterday, holder="t", now=yesterday, claim_ttl=timedelta(minutes=5)
    )
    store.complete_delivery(subscription.id, yesterday, message_ref="0", now=yesterday + timedelta(minutes=1))
    await platform.post(
        "news", Briefing(title="a /whomet answer", generated_at=NOW, since=None, until=None, tz="UTC")
    )
    store.record_posted_briefing(PostedBriefing("memory", "news", "1", NOW - timedelta(hours=1)))

    await deliverer.deliver(subscription, NOW)

    briefing = platform.messages[-1].response
    assert isinstance(briefing, Briefing)
    assert briefing.since == yesterday + timedelta(minutes=1)


async def test_a_first_scheduled_briefing_covers_the_last_day(store: Store) -> None:
    service = BriefingService(store)
    platform = MemoryPlatform(service, clock=lambda: NOW)
    store.record_posted_briefing(PostedBriefing("memory", "news", "1", NOW - timedelta(hours=1)))
    subscription = store.add_subscription("memory", "news", "08:00", "UTC", None, now=NOW)
    await SubscriptionDeliverer(service, platform, lambda: NOW).deliver(subscription, NOW)
    briefing = platform.messages[-1].response
    assert isinstance(briefing, Briefing) and briefing.since == NOW - timedelta(days=1)
