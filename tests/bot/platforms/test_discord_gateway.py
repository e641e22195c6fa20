"""The Discord platform's real start-up path: log in over REST, then the gateway WebSocket
(a local fake), identify with the minimal intents, and serve an interaction the gateway pushes."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.config import ConfigError
from bot.core.commands import CommandHandler
from bot.platforms.discord.platform import DiscordPlatform
from briefings.render.renderer import Renderer
from briefings.store.protocol import Store
from tests.bot.corpus import NOW, save_seed
from tests.bot.platforms.test_discord_platform import TOKEN, all_text, settings_for
from tests.bot.platforms.test_slack_answers import GUARD
from tests.fakes.discord_api import FakeDiscordApi, Request
from tests.fakes.discord_events import command_payload
from tests.fakes.discord_gateway import MESSAGE_CONTENT_INTENT, FakeDiscordGateway

GUILDS, GUILD_MESSAGES = 1 << 0, 1 << 9


@pytest.fixture(autouse=True)
def _restore_discord_urls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Route, "BASE", Route.BASE)
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", DiscordWebSocket.DEFAULT_GATEWAY)


def platform_for(
    fake: FakeDiscordApi, gateway: FakeDiscordGateway, store: Store, **overrides: Any
) -> DiscordPlatform:
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway.url)
    # never deferred: on a loaded machine the seed's /brief can pass the shipped 1 s
    return DiscordPlatform(
        settings_for(fake, **overrides), Renderer(), store=store, clock=lambda: NOW, defer_after=GUARD
    )


def answered(requests: list[Request]) -> bool:
    return any(r.path.endswith("/callback") for r in requests)


async def test_start_returns_once_the_gateway_is_ready_and_serves_interactions_it_pushes(
    store: Store,
) -> None:
    save_seed(store)

    async def scenario() -> None:
        with FakeDiscordApi(token=TOKEN) as fake:
            async with FakeDiscordGateway() as gateway:
                platform = platform_for(fake, gateway, store)
                try:
                    await asyncio.wait_for(platform.start(CommandHandler(store, clock=lambda: NOW)), 30)
                    assert platform.client.is_ready()
                    (identify,) = gateway.identified
                    assert identify["intents"] == GUILDS | GUILD_MESSAGES | MESSAGE_CONTENT_INTENT
                    assert identify["token"] == TOKEN

                    await gateway.dispatch(
                        "INTERACTION_CREATE", command_payload("whomet", {"name": "Wang Yi"})
                    )
                    assert await asyncio.to_thread(fake.wait_for, answered)
                    await platform.drain()
                    await asyncio.to_thread(fake.wait_for, lambda rs: bool(fake.requests("POST", "/threads")))
                finally:
                    await platform.stop()
            (callback,) = fake.requests("POST", "/callback")
            assert "Tianjin" in all_text(callback.json["data"])
            assert platform.client.is_closed()

    await scenario()


async def test_message_content_not_granted_in_the_portal_is_one_error_naming_the_setting(
    store: Store,
) -> None:
    async def scenario() -> None:
        with FakeDiscordApi(token=TOKEN) as fake:
            async with FakeDiscordGateway(grant_message_content=False) as gateway:
                platform = platform_for(fake, gateway, store)
                try:
                    with pytest.raises(ConfigError) as raised:
                        await asyncio.wait_for(platform.start(CommandHandler(store, clock=lambda: NOW)), 30)
                finally:
                    await platform.stop()
        assert str(raised.value).startswith("BRIEFBOT_DISCORD_MESSAGE_CONTENT:")
        assert TOKEN not in str(raised.value)

    await scenario()


async def test_without_message_content_the_bot_identifies_with_guilds_and_guild_messages_only(
    store: Store,
) -> None:
    async def scenario() -> None:
        with FakeDiscordApi(token=TOKEN) as fake:
            async with FakeDiscordGateway(grant_message_content=False) as gateway:
                platform = platform_for(fake, gateway, store, BRIEFBOT_DISCORD_MESSAGE_CONTENT=False)
                try:
                    await asyncio.wait_for(platform.start(CommandHandler(store, clock=lambda: NOW)), 30)
                    assert platform.client.is_ready()
                finally:
                    await platform.stop()
                (identify,) = gateway.identified
                assert identify["intents"] == GUILDS | GUILD_MESSAGES

    await scenario()
