"""Discord, on discord.py 2.x: slash commands, briefings as embeds in threads, Sources buttons.

Answering in time: Discord drops an interaction not answered within 3 s. A
command's handler runs at once; if it has not finished within ``defer_after``
(1 s by default, leaving room for the network), the interaction is deferred
("briefbot is thinking…") and the answer follows. A quick answer goes out
directly, which lets help and argument errors be ephemeral (seen only by the
person who typed the command); once deferred, the answer's visibility is the
deferral's (public).

A briefing answered to ``/brief`` is the interaction's message; like a scheduled
briefing (:meth:`DiscordPlatform.post`) it opens a thread (``Message.create_thread``)
holding its following parts, its items carry Sources buttons, and it is
remembered (``AdapterBase._remember``, through the service) so its thread can be asked about.
A briefing posted through ``post()`` is remembered by its caller
(``bot.core.service.BriefingService.deliver``).

A thread created from a message has that message's id, so the briefing a
button press or a thread reply belongs to is always (thread's parent channel,
thread id); nothing about it has to survive a restart in memory.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from typing import Any

import discord
from discord import app_commands
from discord.http import Route

from bot.config import Settings
from bot.core.events import Handler, Incoming, MessageRef, Outgoing
from bot.core.messages import HANDLER_FAILED
from bot.platforms.adapter import AdapterBase
from bot.platforms.discord import commands
from bot.platforms.discord.answers import briefing_anchor, send, with_guild
from bot.platforms.discord.client import BriefbotClient, connect, intents, login, sync_commands, token
from bot.platforms.discord.components import SourcesButton
from bot.platforms.discord.posting import PLATFORM, DiscordPoster, DiscordRenderer, send_kwargs
from briefings.model.briefing import Briefing, Response
from briefings.store.protocol import Store

log = logging.getLogger(__name__)

DEFER_AFTER = 1.0
"""Seconds a command may take before its interaction is deferred (Discord allows 3)."""
READY_TIMEOUT = 60.0
_MENTION = re.compile(r"<@[!&]?\d+>")


def _utc_now() -> datetime:
    return datetime.now(UTC)


class DiscordPlatform(AdapterBase):
    """The Discord adapter. ``start(handler)`` logs in, syncs the commands and connects.

    >>> platform = DiscordPlatform(settings, Renderer(), store=store)  # doctest: +SKIP
    >>> await platform.start(CommandHandler(store, clock=clock))  # doctest: +SKIP

    ``gateway=False`` logs in and syncs without opening the gateway websocket:
    tests then feed gateway events (interactions, messages) to the client's state.
    """

    name = PLATFORM

    def __init__(
        self,
        settings: Settings,
        renderer: DiscordRenderer,
        *,
        store: Store | None = None,
        clock: Callable[[], datetime] = _utc_now,
        gateway: bool = True,
        defer_after: float = DEFER_AFTER,
    ) -> None:
        super().__init__(store=store, clock=clock)
        self._token = token(settings)
        self._api_url = settings.discord_api_url.rstrip("/")
        self._guild_id = settings.discord_guild_id
        self._gateway = gateway
        self._defer_after = defer_after
        self.client = BriefbotClient(message_content=settings.discord_message_content)
        self.client.on_sources = self._on_sources
        self.client.on_thread_message = self._on_thread_message
        self.client.add_dynamic_items(SourcesButton)
        commands.register(self.client.tree, self._on_command, store)
        self._renderer = renderer
        self._poster = DiscordPoster(self.client, renderer)
        self._connection: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.synced: list[app_commands.AppCommand] = []

    # --- Platform protocol -----------------------------------------------------
    async def start(self, handler: Handler) -> None:
        self._handler = handler
        Route.BASE = self._api_url
        await login(self.client, self._token)
        self.synced = await sync_commands(self.client.tree, self._guild_id)
        if self._gateway:
            self._connection = await connect(self.client, READY_TIMEOUT)

    async def stop(self) -> None:
        await self.drain()
        if not self.client.is_closed():
            await self.client.close()
        if self._connection is not None:
            self._connection.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._connection
            self._connection = None

    async def drain(self) -> None:
        """Wait for answers in progress (thread replies are answered in the background)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def post(self, channel: str, response: Response) -> MessageRef:
        if self.client.user is None:
            return await self._post_logged_in_for_once(channel, response)
        ref = await self._poster.post(channel, response)
        if isinstance(response, Briefing):
            self._anchors.add((channel, ref.message_id))
        return ref

    async def reply(self, thread: MessageRef, response: Response) -> MessageRef:
        return await self._poster.reply(thread, response)

    async def _post_logged_in_for_once(self, channel: str, response: Response) -> MessageRef:
        """A post without :meth:`start` (``briefbot schedule run-now``): log in a plain REST
        client for this one post and close it, so nothing is left open at exit."""
        client = discord.Client(intents=intents(False), allowed_mentions=discord.AllowedMentions.none())
        Route.BASE = self._api_url
        try:
            await login(client, self._token)
            return await DiscordPoster(client, self._renderer).post(channel, response)
        finally:
            await client.close()

    # --- slash commands --------------------------------------------------------
    async def _on_command(self, interaction: discord.Interaction[Any], name: str, text: str) -> None:
        incoming = Incoming(
            kind="command",
            platform=PLATFORM,
            channel=str(interaction.channel_id or ""),
            user=str(interaction.user.id),
            text=text,
            command=name,
        )
        work = asyncio.get_running_loop().create_task(self._call_handler(incoming))
        done, _ = await asyncio.wait({work}, timeout=self._defer_after)
        if not done:
            await interaction.response.defer(thinking=True)
        outgoing = await work
        try:
            await self._answer_interaction(interaction, incoming, outgoing)
        except Exception:
            log.exception("answering a Discord /%s failed", name)
            await send(interaction, {"content": HANDLER_FAILED}, ephemeral=True)

    async def _answer_interaction(
        self, interaction: discord.Interaction[Any], incoming: Incoming, outgoing: Outgoing
    ) -> None:
        response = outgoing.response
        if outgoing.in_thread is not None:
            await self.reply(outgoing.in_thread, response)
            await send(interaction, {"content": "Answered in the thread."}, ephemeral=True)
            return
        messages = await self._poster.render(response)
        if isinstance(response, Briefing) and not outgoing.ephemeral:
            await self._answer_with_briefing(interaction, incoming, response, messages)
            return
        private = self.is_private(outgoing)
        for message in messages:
            await send(interaction, message, ephemeral=private)

    async def _answer_with_briefing(
        self,
        interaction: discord.Interaction[Any],
        incoming: Incoming,
        briefing: Briefing,
        messages: list[dict[str, Any]],
    ) -> None:
        views = await self._poster.views(briefing, messages)
        first = await send(interaction, messages[0], ephemeral=False, view=views[0])
        if first is None:
            raise RuntimeError("Discord returned no message for the briefing")
        thread = await self._poster.open_thread(with_guild(first, interaction.channel), briefing)
        for message, view in zip(messages[1:], views[1:], strict=True):
            if thread is not None:
                await thread.send(**send_kwargs(message, view))
            else:
                await interaction.followup.send(**send_kwargs(message, view))
        ref = MessageRef(PLATFORM, incoming.channel, str(first.id), str(thread.id) if thread else None)
        await self._remember(ref, briefing)

    # --- Sources buttons and thread replies ---------------------------------------
    async def _on_sources(self, interaction: discord.Interaction[Any], number: int) -> None:
        # Acknowledge first (no visible change); the evidence goes into the thread.
        await interaction.response.defer()
        anchor = briefing_anchor(interaction.channel, interaction.message, interaction.channel_id)
        if anchor is None:
            return
        incoming = Incoming(
            kind="action",
            platform=PLATFORM,
            channel=anchor.channel,
            user=str(interaction.user.id),
            action_value=f"sources:{number}",
            thread=anchor,
        )
        outgoing = await self._call_handler(incoming)
        try:
            if outgoing.ephemeral:
                await self._send_all(interaction, outgoing.response, ephemeral=True)
            else:
                await self.reply(outgoing.in_thread or anchor, outgoing.response)
        except discord.HTTPException as exc:
            # No thread to answer in (it could not be created, or was deleted): answer the presser.
            log.warning("cannot answer Sources %d in thread %s: %s", number, anchor.message_id, exc)
            await self._send_all(interaction, outgoing.response, ephemeral=True)

    async def _send_all(
        self, interaction: discord.Interaction[Any], response: Response, *, ephemeral: bool
    ) -> None:
        for message in await self._poster.render(response):
            await send(interaction, message, ephemeral=ephemeral)

    async def _on_thread_message(self, message: discord.Message) -> None:
        channel = message.channel
        if message.author.bot or not isinstance(channel, discord.Thread) or channel.parent_id is None:
            return
        text = " ".join(_MENTION.sub(" ", message.content).split())
        if not text:  # no Message Content intent and no mention: nothing to read
            return
        parent, anchor = str(channel.parent_id), str(channel.id)
        if not await self.is_briefing_thread(parent, anchor):
            return
        incoming = Incoming(
            kind="thread_reply",
            platform=PLATFORM,
            channel=parent,
            user=str(message.author.id),
            text=text,
            thread=MessageRef(PLATFORM, parent, anchor, anchor),
        )
        self._spawn(self._answer_in_thread(incoming))

    async def _answer_in_thread(self, incoming: Incoming) -> None:
        outgoing = await self._call_handler(incoming)
        thread = outgoing.in_thread or incoming.thread
        if thread is None:
            return
        try:
            await self.reply(thread, outgoing.response)
        except discord.HTTPException:
            log.exception("answering a Discord thread reply failed")

    # --- shared ---------------------------------------------------------------------
    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
