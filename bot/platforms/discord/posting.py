"""Putting rendered responses on Discord: channel posts that open a thread, thread
replies, and interaction answers.

The renderer gives ``{"content", "embeds", "allowed_mentions"}`` dicts already
split to Discord's limits. A briefing's first message goes to the channel (or is
the interaction's answer) and opens a thread; the following parts go into that
thread, so one briefing is one thread where every item can be asked about.

Every send names ``AllowedMentions.none()`` explicitly, on top of the client's
default: corpus text is escaped by the renderer, and this makes sure that even a
mention that slipped through could not ping anyone.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal, Protocol

import discord

from bot.core.events import MessageRef
from bot.core.store import off_loop
from bot.platforms.discord.components import buttons_per_message, sources_view
from briefings.model.briefing import Briefing, Response

log = logging.getLogger(__name__)

PLATFORM = "discord"
THREAD_NAME_MAX = 100
THREAD_ARCHIVE_MINUTES: Literal[60, 1440, 4320, 10080] = 1440
_MARKUP = re.compile(r"[*_`~|>#\\]")


class DiscordRenderer(Protocol):
    def render(self, response: Response, fmt: Literal["discord"]) -> list[Any]: ...


def send_kwargs(message: dict[str, Any], view: discord.ui.View | None = None) -> dict[str, Any]:
    """A rendered message as keyword arguments of ``Messageable.send`` / ``followup.send``."""
    kwargs: dict[str, Any] = {
        "content": message.get("content") or None,
        "embeds": [discord.Embed.from_dict(embed) for embed in message.get("embeds") or []],
        "allowed_mentions": discord.AllowedMentions.none(),
    }
    if view is not None:
        kwargs["view"] = view
    return kwargs


def thread_name(briefing: Briefing, now: datetime | None = None) -> str:
    """A thread name from the briefing's title and date: plain text, 1–100 characters.

    >>> from datetime import UTC, datetime
    >>> b = Briefing(title="**Morning** briefing", generated_at=datetime(2021, 7, 29, tzinfo=UTC),
    ...              since=None, until=None, tz="UTC")
    >>> thread_name(b)
    'Morning briefing · 2021-07-29'
    """
    when = (now or briefing.generated_at).date().isoformat()
    printable = "".join(ch if ch.isprintable() else " " for ch in briefing.title)  # no control characters
    title = " ".join(_MARKUP.sub("", printable).split())
    if not title:
        return f"Briefing · {when}"
    name = f"{title} · {when}"
    if len(name) > THREAD_NAME_MAX:
        name = f"{title[: THREAD_NAME_MAX - len(when) - 4].rstrip()}… · {when}"
    return name


class DiscordPoster:
    """Renders and sends through a connected (or logged-in) client."""

    def __init__(self, client: discord.Client, renderer: DiscordRenderer) -> None:
        self.client = client
        self.renderer = renderer

    async def render(self, response: Response) -> list[dict[str, Any]]:
        # Templates and clipping are CPU work: off the event loop, so interactions are answered in time.
        messages = await off_loop(self.renderer.render, response, "discord")
        if not messages or not all(isinstance(m, dict) for m in messages):
            raise TypeError("the renderer's discord output must be a non-empty list of dicts")
        return list(messages)

    async def views(
        self, response: Response, messages: Sequence[dict[str, Any]]
    ) -> list[discord.ui.View | None]:
        """The Sources buttons of each message (none for anything but a briefing)."""
        if not isinstance(response, Briefing):
            return [None for _ in messages]
        numbers = [item.number for item in response.items()]
        return [sources_view(group) for group in buttons_per_message(messages, numbers)]

    async def channel(self, channel_id: str) -> discord.abc.Messageable:
        """The channel, from the gateway's cache or else fetched (a scheduled post may
        come before the cache knows it)."""
        found = self.client.get_channel(int(channel_id))
        if found is None:
            found = await self.client.fetch_channel(int(channel_id))
        if not isinstance(found, discord.abc.Messageable):
            raise TypeError(f"Discord channel {channel_id} cannot hold messages")
        return found

    async def post(self, channel_id: str, response: Response) -> MessageRef:
        """Post to a channel; a briefing opens a thread holding its following parts."""
        messages = await self.render(response)
        views = await self.views(response, messages)
        target = await self.channel(channel_id)
        first = await target.send(**send_kwargs(messages[0], views[0]))
        thread = await self.open_thread(first, response)
        rest = thread if thread is not None else target
        for message, view in zip(messages[1:], views[1:], strict=True):
            await rest.send(**send_kwargs(message, view))
        return MessageRef(PLATFORM, channel_id, str(first.id), str(thread.id) if thread else None)

    async def open_thread(self, message: discord.PartialMessage, response: Response) -> discord.Thread | None:
        """A briefing's thread, named after it; None for other responses or when the
        bot may not create threads there (the briefing stands; buttons answer privately)."""
        if not isinstance(response, Briefing):
            return None
        try:
            return await message.create_thread(
                name=thread_name(response), auto_archive_duration=THREAD_ARCHIVE_MINUTES
            )
        except (discord.HTTPException, ValueError) as exc:
            log.warning("cannot open a thread on briefing message %s: %s", message.id, exc)
            return None

    async def reply(self, thread: MessageRef, response: Response) -> MessageRef:
        """Post in the briefing's thread (its id is the briefing message's id)."""
        target_id = thread.thread_id or thread.message_id
        target = self.client.get_partial_messageable(int(target_id))
        first = ""
        for message in await self.render(response):
            sent = await target.send(**send_kwargs(message))
            first = first or str(sent.id)
        return MessageRef(PLATFORM, thread.channel, first, target_id)
