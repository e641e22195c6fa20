"""Slack, on slack-bolt's AsyncApp: slash commands, Sources buttons, thread replies.

Every request is acknowledged before any work happens (Slack gives 3 s): the
listeners ack, translate the payload (``bot.platforms.slack.payloads``) and
hand the work to a background task. Computing answers (handler and renderer)
takes one of a few compute slots, sending them does not
(``bot.platforms.slack.answers``), so a burst of commands queues its briefing
builds instead of taking the GIL from the loop that acks. Bolt runs with
``process_before_response=True`` because our listeners return right after
``ack()``; that skips Bolt's 10 ms ack-polling loop, so acks leave as soon as
the signature is checked.

Answers: a briefing is posted with ``chat.postMessage`` so it has a ``ts`` to be
threaded and remembered; other command answers (help, errors, confirmations)
go through the command's ``response_url``, help and errors visible only to the
person who asked; thread replies and Sources buttons are answered in the
briefing's thread. A briefing longer than one Slack message is posted as a first
message and the following parts in its thread (``bot.platforms.slack.posting``),
so the whole briefing is one thread where "sources N" works for every item.
A briefing posted for a slash command is remembered (``AdapterBase._remember``, through the service)
so replies in its thread can be answered; a briefing posted through ``post()``
is remembered by its caller (``bot.core.service.BriefingService.deliver``).

HTTP mode serves ``POST /slack/events`` (``BRIEFBOT_SLACK_PORT``); Socket Mode
is used instead when ``SLACK_APP_TOKEN`` is set.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

import aiohttp
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_bolt.authorization import AuthorizeResult
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.errors import SlackApiError

from bot.config import Settings
from bot.core.events import Handler, Incoming, MessageRef, Outgoing
from bot.core.messages import HANDLER_FAILED
from bot.platforms.adapter import AdapterBase
from bot.platforms.slack import web
from bot.platforms.slack.answers import COMPUTE_SLOTS, BackgroundWork
from bot.platforms.slack.dedup import RequestDedup, header, request_key
from bot.platforms.slack.identity import BotIdentity, credentials
from bot.platforms.slack.payloads import (
    COMMANDS,
    PLATFORM,
    action_incoming,
    command_incoming,
    thread_anchor,
    thread_reply_incoming,
)
from bot.platforms.slack.posting import SlackPoster, SlackRenderer
from bot.platforms.slack.server import BoltHttpServer
from bot.platforms.slack.web import SlackMessage
from briefings.model.briefing import Briefing, Notice, Response
from briefings.store.protocol import Store

log = logging.getLogger(__name__)

SOURCES_ACTION = re.compile(r"^sources")
NOT_IN_CHANNEL = (
    "Invite me to this channel (/invite @briefbot) so I can post briefings here and answer in their threads."
)
_CANNOT_POST = {"not_in_channel", "channel_not_found", "is_archived"}


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _key(kind: str, body: dict[str, Any], request: AsyncBoltRequest) -> str:
    timestamp = header(request.headers, "x-slack-request-timestamp")
    return request_key(kind, body, request.raw_body, timestamp)


class SlackPlatform(AdapterBase):
    """The Slack adapter; ``start(handler)`` serves. Raises :class:`ConfigError` naming a
    missing setting. ``host`` is the HTTP mode's bind address (all interfaces by default);
    ``compute_slots`` how many answers are computed at once (``bot.platforms.slack.answers``).

    >>> platform = SlackPlatform(settings, Renderer(), store=store)  # doctest: +SKIP
    >>> await platform.start(CommandHandler(store, clock=clock))  # doctest: +SKIP
    """

    name = PLATFORM

    def __init__(
        self,
        settings: Settings,
        renderer: SlackRenderer,
        *,
        store: Store | None = None,
        clock: Callable[[], datetime] = _utc_now,
        host: str = "0.0.0.0",
        compute_slots: int = COMPUTE_SLOTS,
    ) -> None:
        super().__init__(store=store, clock=clock)
        token, signing_secret, app_token = credentials(settings)
        self._app_token = app_token
        self.client = web.web_client(token, settings.slack_api_url)
        self._poster = SlackPoster(self.client, renderer)
        self._identity = BotIdentity(self.client)

        async def authorize() -> AuthorizeResult:
            return await self._identity.authorize()

        # Bolt's own client carries no token (``authorize`` supplies it per request) but the
        # same base URL, so nothing reaches slack.com behind a configured proxy. Socket Mode
        # has no signatures to check; "" keeps Bolt from reading the environment.
        self._app = AsyncApp(
            signing_secret=signing_secret or "",
            client=web.web_client(None, settings.slack_api_url),
            authorize=authorize,
            process_before_response=True,
            logger=logging.getLogger("slack_bolt"),
        )
        self._server = BoltHttpServer(
            self._app, host=host, port=settings.slack_port, signing_secret=signing_secret or ""
        )
        self._socket: AsyncSocketModeHandler | None = None
        self._session: aiohttp.ClientSession | None = None
        self._work = BackgroundWork(compute_slots)
        self._dedup = RequestDedup(
            store, ttl=timedelta(seconds=settings.slack_dedup_ttl_seconds), clock=clock
        )
        self._register_listeners()

    @property
    def mode(self) -> Literal["http", "socket"]:
        return "socket" if self._app_token else "http"

    @property
    def port(self) -> int:
        """The bound HTTP port (HTTP mode, after :meth:`start`)."""
        return self._server.port

    # --- Platform protocol -----------------------------------------------------
    async def start(self, handler: Handler) -> None:
        self._handler = handler
        # One pooled session for every Web API and response_url call: without it slack_sdk
        # opens a new session and TCP connection per call, which costs more than the call.
        self._session = aiohttp.ClientSession()
        self.client.session = self._poster.session = self._session
        try:
            await self._identity.check()
            if self._app_token:
                self._socket = AsyncSocketModeHandler(self._app, self._app_token, web_client=self.client)
                await self._socket.connect_async()  # type: ignore[no-untyped-call]
                log.info("Slack connected in Socket Mode")
            else:
                await self._server.start()
        except BaseException:
            await self.stop()
            raise

    async def stop(self) -> None:
        if self._socket is not None:
            await self._socket.close_async()  # type: ignore[no-untyped-call]
            self._socket = None
        await self._server.stop()
        await self.drain()
        if self._session is not None:
            self.client.session = self._poster.session = None
            await self._session.close()
            self._session = None

    async def drain(self) -> None:
        """Wait for the work started by acknowledged requests to finish."""
        await self._work.drain()

    async def post(self, channel: str, response: Response) -> MessageRef:
        ref = await self._poster.post(channel, await self._render(response))
        if isinstance(response, Briefing):
            self._anchors.add((channel, ref.message_id))
        return ref

    async def reply(self, thread: MessageRef, response: Response) -> MessageRef:
        return await self._poster.reply(thread, await self._render(response))

    async def _render(self, response: Response) -> list[SlackMessage]:
        """Render in a compute slot (never call this while holding one)."""
        async with self._work.compute:
            return await self._poster.render(response)

    # --- listeners: translate, ack, hand over ---------------------------------
    def _register_listeners(self) -> None:
        # Each listener acks, then checks in the background that no replica has answered
        # the same request (``bot.platforms.slack.dedup``) before doing the work.
        async def on_command(ack: AsyncAck, command: dict[str, Any], request: AsyncBoltRequest) -> None:
            await ack()
            incoming = command_incoming(command)
            response_url = str(command.get("response_url") or "")
            key = _key("command", command, request)
            self._work.spawn(self._once(key, lambda: self._answer(incoming, response_url=response_url)))

        async def on_sources(ack: AsyncAck, body: dict[str, Any], request: AsyncBoltRequest) -> None:
            await ack()
            incoming = action_incoming(body)
            if incoming is not None:
                self._work.spawn(self._once(_key("action", body, request), lambda: self._answer(incoming)))

        async def on_message(
            ack: AsyncAck, event: dict[str, Any], body: dict[str, Any], request: AsyncBoltRequest
        ) -> None:
            await ack()
            anchor = thread_anchor(event)
            if anchor is not None:
                key = _key("event", body, request)
                self._work.spawn(self._once(key, lambda: self._answer_thread_reply(event, anchor)))

        for name in COMMANDS:
            self._app.command(f"/{name}")(on_command)
        self._app.action(SOURCES_ACTION)(on_sources)
        self._app.event("message")(on_message)

    # --- the work after the ack ------------------------------------------------
    async def _once(self, key: str, work: Callable[[], Awaitable[None]]) -> None:
        if await self._dedup.first_time(key):
            await work()
        else:
            log.info("Slack request %s was already answered (a retry or a replay); skipping", key)

    async def _answer_thread_reply(self, event: dict[str, Any], anchor: str) -> None:
        channel = str(event.get("channel", ""))
        if await self.is_briefing_thread(channel, anchor):
            await self._answer(thread_reply_incoming(event, anchor))

    async def _answer(self, incoming: Incoming, *, response_url: str = "") -> None:
        try:
            async with self._work.compute:
                outgoing = await self._call_handler(incoming)
                messages = await self._poster.render(outgoing.response)
            await self._deliver(incoming, outgoing, messages, response_url)
        except Exception:
            log.exception("answering a Slack %s failed", incoming.kind)
            if response_url:
                # Plain text, not the renderer: it may be what failed.
                await self._poster.respond_raw(
                    response_url, {"text": HANDLER_FAILED}, response_type="ephemeral"
                )

    async def _deliver(
        self, incoming: Incoming, outgoing: Outgoing, messages: list[SlackMessage], response_url: str
    ) -> None:
        """Send an answer already rendered (``messages``): network I/O only, outside the compute slots."""
        thread = outgoing.in_thread or incoming.thread
        response = outgoing.response
        if thread is not None:
            if outgoing.ephemeral:
                await self._poster.ephemeral(thread.channel, incoming.user, messages, thread=thread)
            else:
                await self._poster.reply(thread, messages)
            return
        if isinstance(response, Briefing) and not outgoing.ephemeral:
            await self._post_briefing(incoming, response, messages, response_url)
            return
        await self._respond(incoming, messages, response_url, in_channel=not self.is_private(outgoing))

    async def _post_briefing(
        self, incoming: Incoming, briefing: Briefing, messages: list[SlackMessage], response_url: str
    ) -> None:
        try:
            ref = await self._poster.post(incoming.channel, messages)
        except SlackApiError as exc:
            error = str(exc.response.get("error", ""))
            if error not in _CANNOT_POST or not response_url:
                raise
            # Without membership the briefing can still be shown, but it has no ts to thread on.
            log.warning("cannot post in %s (%s); answering through response_url", incoming.channel, error)
            await self._poster.respond(response_url, messages, response_type="in_channel")
            hint = await self._render(Notice(NOT_IN_CHANNEL))
            await self._respond(incoming, hint, response_url, in_channel=False)
            return
        await self._remember(ref, briefing)

    async def _respond(
        self, incoming: Incoming, messages: list[SlackMessage], response_url: str, *, in_channel: bool
    ) -> None:
        if response_url:
            await self._poster.respond(
                response_url, messages, response_type="in_channel" if in_channel else "ephemeral"
            )
        elif in_channel:
            await self._poster.post(incoming.channel, messages)
        else:
            await self._poster.ephemeral(incoming.channel, incoming.user, messages, thread=None)
