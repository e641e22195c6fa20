"""The console platform: commands and "> N" thread replies from a non-interactive stdin."""

from __future__ import annotations

import asyncio
import io

from bot.core.commands import CommandHandler
from bot.core.service import BriefingService
from bot.platforms.console import ConsolePlatform
from briefings.render.renderer import Renderer
from briefings.store.protocol import Store
from tests.bot.corpus import NOW, TIANJIN, save_seed


async def _session(store: Store, typed: str) -> str:
    """Post the morning briefing, feed ``typed`` as stdin until its end, return stdout."""
    save_seed(store)
    stdout = io.StringIO()

    async def scenario() -> None:
        service = BriefingService(store, tz="UTC")
        console = ConsolePlatform(
            service,
            Renderer(),
            clock=lambda: NOW,
            stdin=io.StringIO(typed),
            stdout=stdout,
            interactive=False,
        )
        await service.deliver(console, console.channel, topic=None, now=NOW)
        await console.start(CommandHandler(store, clock=lambda: NOW, tz="UTC"))
        await asyncio.wait_for(console.wait_closed(), timeout=30)
        await console.stop()

    await scenario()
    return stdout.getvalue()


async def test_commands_are_answered_after_the_morning_briefing_until_end_of_input(store: Store) -> None:
    output = await _session(store, "/whomet Wang Yi\n")
    morning = output.lower().index("morning briefing")
    answer = output.lower().index("who met wang yi")
    assert morning < answer
    assert "Tianjin" in output[answer:]


async def test_a_greater_than_reply_shows_the_sources_of_the_last_briefings_item(store: Store) -> None:
    output = await _session(store, "/whomet Wang Yi\n> 1\n")
    reply = output.rindex("↳")
    assert TIANJIN in output[reply:]
    assert "thediplomat.com" in output[reply:]


async def test_a_reply_before_any_briefing_with_items_gets_a_hint(store: Store) -> None:
    stdout = io.StringIO()

    async def scenario() -> None:
        service = BriefingService(store, tz="UTC")
        console = ConsolePlatform(
            service,
            Renderer(),
            clock=lambda: NOW,
            stdin=io.StringIO("> 1\n"),
            stdout=stdout,
            interactive=False,
        )
        await console.start(CommandHandler(store, clock=lambda: NOW, tz="UTC"))
        await asyncio.wait_for(console.wait_closed(), timeout=30)

    await scenario()
    assert "There is no briefing to reply to yet" in stdout.getvalue()


async def test_blank_lines_are_ignored_and_quit_ends_the_session_early(store: Store) -> None:
    output = await _session(store, "\n\n/quit\n/whomet Wang Yi\n")
    assert "who met wang yi" not in output.lower()
