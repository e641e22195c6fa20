"""Putting rendered responses on Slack: channel posts, thread replies, ephemeral
messages and ``response_url`` answers.

A response longer than one Slack message (50 blocks) comes from the renderer
as several messages; the first goes to the channel and the following ones into
its thread, so a briefing is one channel message and one thread.

Rendering and sending are separate steps: rendering is CPU work the platform
schedules with the rest of an answer's computation (see
``bot.platforms.slack.answers``), sending is network I/O that must not hold
one of those few slots while Slack answers.
"""

from __future__ import annotations

from typing import Any, Literal, Protocol

import aiohttp
from slack_sdk.web.async_client import AsyncWebClient

from bot.core.events import MessageRef
from bot.core.store import off_loop
from bot.platforms.slack import web
from bot.platforms.slack.payloads import PLATFORM
from bot.platforms.slack.web import SlackMessage
from briefings.model.briefing import Response

ResponseType = Literal["ephemeral", "in_channel"]


class SlackRenderer(Protocol):
    def render(self, response: Response, fmt: Literal["slack"]) -> list[Any]: ...


class SlackPoster:
    """Renders and sends. ``session`` is the pooled HTTP session while the platform runs."""

    def __init__(self, client: AsyncWebClient, renderer: SlackRenderer) -> None:
        self.client = client
        self.renderer = renderer
        self.session: aiohttp.ClientSession | None = None

    async def render(self, response: Response) -> list[SlackMessage]:
        """The response as Slack messages; CPU work (templates, clipping) in a thread,
        so the event loop stays free to ack."""
        messages = await off_loop(self.renderer.render, response, "slack")
        if not messages or not all(isinstance(m, dict) and "text" in m for m in messages):
            raise TypeError(
                "the renderer's slack output must be a non-empty list of {'text', 'blocks'} dicts"
            )
        return list(messages)

    async def post(self, channel: str, messages: list[SlackMessage]) -> MessageRef:
        """Post to a channel; returns the first message, the thread anchor."""
        first = await self.client.chat_postMessage(channel=channel, **web.message_args(messages[0]))
        ts = str(first["ts"])
        for message in messages[1:]:
            await self.client.chat_postMessage(channel=channel, thread_ts=ts, **web.message_args(message))
        return MessageRef(PLATFORM, channel, ts)

    async def reply(self, thread: MessageRef, messages: list[SlackMessage]) -> MessageRef:
        anchor = thread.thread_id or thread.message_id
        first = ""
        for message in messages:
            sent = await self.client.chat_postMessage(
                channel=thread.channel, thread_ts=anchor, **web.message_args(message)
            )
            first = first or str(sent["ts"])
        return MessageRef(PLATFORM, thread.channel, first, anchor)

    async def ephemeral(
        self, channel: str, user: str, messages: list[SlackMessage], *, thread: MessageRef | None
    ) -> None:
        """Visible to ``user`` only (in ``thread`` when given)."""
        extra: dict[str, Any] = {"thread_ts": thread.thread_id or thread.message_id} if thread else {}
        for message in messages:
            await self.client.chat_postEphemeral(
                channel=channel, user=user, **extra, **web.message_args(message)
            )

    async def respond(
        self, response_url: str, messages: list[SlackMessage], *, response_type: ResponseType
    ) -> None:
        for message in messages:
            await self.respond_raw(response_url, message, response_type=response_type)

    async def respond_raw(
        self, response_url: str, message: SlackMessage, *, response_type: ResponseType
    ) -> None:
        await web.send_to_response_url(
            response_url, message, session=self.session, response_type=response_type
        )
