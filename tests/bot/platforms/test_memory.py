"""The memory platform records posts and replies the way a chat platform threads them."""

from __future__ import annotations

import pytest

from bot.core.commands import CommandHandler
from bot.core.service import BriefingService
from bot.platforms.memory import MemoryPlatform
from briefings.model.briefing import Notice
from briefings.store.protocol import Store
from tests.bot.corpus import NOW


async def test_posts_get_increasing_ids_and_replies_point_at_their_thread(store: Store) -> None:
    platform = MemoryPlatform(BriefingService(store), clock=lambda: NOW)

    async def scenario() -> None:
        first = await platform.post("general", Notice("hello"))
        reply = await platform.reply(first, Notice("in thread"))
        second = await platform.post("other", Notice("elsewhere"))
        assert (first.message_id, reply.message_id, second.message_id) == ("1", "2", "3")
        assert reply.thread_id == "1" and reply.channel == "general"
        assert [m.response for m in platform.in_thread(first)] == [Notice("in thread")]

    await scenario()


async def test_injecting_before_start_is_an_error(store: Store) -> None:
    platform = MemoryPlatform(BriefingService(store), clock=lambda: NOW)
    with pytest.raises(RuntimeError, match="before start"):
        await platform.command("help")


async def test_an_injected_command_is_answered_in_its_channel(store: Store) -> None:
    platform = MemoryPlatform(BriefingService(store), clock=lambda: NOW)

    async def scenario() -> None:
        await platform.start(CommandHandler(store, clock=lambda: NOW))
        exchange = await platform.command("help", channel="ops")
        assert exchange.ref.channel == "ops"
        assert platform.messages[-1].response == exchange.response

    await scenario()
