"""Slack payloads → neutral :class:`~bot.core.events.Incoming` events.

Pure functions over the dicts Bolt hands to listeners, so the translation is
testable without a server. Slack-specific filtering lives here too: which
message events are people answering in a thread (not bots, edits or joins).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

from bot.core.commands import COMMANDS as REGISTERED
from bot.core.events import Incoming, MessageRef

PLATFORM = "slack"

COMMANDS: tuple[str, ...] = tuple(REGISTERED)
"""The bot core's commands; each is a slash command of the same name (see deploy/slack/manifest.yml)."""


_REPLY_SUBTYPES = frozenset({None, "thread_broadcast"})


def command_incoming(command: Mapping[str, Any]) -> Incoming:
    """A slash command payload → ``Incoming(kind="command")``.

    >>> payload = {"command": "/whomet", "text": " Baradar ", "channel_id": "C1", "user_id": "U1"}
    >>> command_incoming(payload).command, command_incoming(payload).text
    ('whomet', 'Baradar')
    """
    return Incoming(
        kind="command",
        platform=PLATFORM,
        channel=str(command.get("channel_id", "")),
        user=str(command.get("user_id", "")),
        text=str(command.get("text", "")).strip(),
        command=str(command.get("command", "")).lstrip("/"),
    )


def thread_anchor(event: Mapping[str, Any]) -> str | None:
    """The ``thread_ts`` a message event answers, when it is a person's reply in a thread.

    None for top-level messages, thread parents, bot messages (the bot's own
    follow-up parts included) and other subtypes (edits, deletions, joins): only
    a person's reply can ask for sources. A reply also sent to the channel
    (subtype ``thread_broadcast``) is still a reply.
    """
    thread_ts = event.get("thread_ts")
    if not thread_ts or thread_ts == event.get("ts"):
        return None
    if event.get("subtype") not in _REPLY_SUBTYPES or event.get("bot_id") or not event.get("user"):
        return None
    return str(thread_ts)


def thread_reply_incoming(event: Mapping[str, Any], anchor: str) -> Incoming:
    """A human reply in the thread anchored at ``anchor`` → ``Incoming(kind="thread_reply")``."""
    channel = str(event.get("channel", ""))
    return Incoming(
        kind="thread_reply",
        platform=PLATFORM,
        channel=channel,
        user=str(event.get("user", "")),
        text=str(event.get("text", "")).strip(),
        thread=MessageRef(PLATFORM, channel, anchor, anchor),
    )


def action_incoming(body: Mapping[str, Any]) -> Incoming | None:
    """A ``block_actions`` payload for a Sources button → ``Incoming(kind="action")``.

    The thread is the briefing's anchor: the pressed message's own ``thread_ts``
    when the button sits in a follow-up part posted in the thread, else its ``ts``.
    None when the payload is not a button in a channel message.
    """
    actions = body.get("actions") or []
    container = body.get("container") or {}
    message = body.get("message") or {}
    channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
    message_ts = container.get("message_ts") or message.get("ts")
    if not actions or not channel or not message_ts:
        return None
    anchor = str(container.get("thread_ts") or message.get("thread_ts") or message_ts)
    return Incoming(
        kind="action",
        platform=PLATFORM,
        channel=str(channel),
        user=str((body.get("user") or {}).get("id", "")),
        action_value=str(actions[0].get("value", "")),
        thread=MessageRef(PLATFORM, str(channel), anchor, anchor),
    )


class RecentIds:
    """Event ids seen lately. Slack redelivers an event it thinks was not acked in time
    (same ``event_id``, header ``X-Slack-Retry-Num``); answering it again would post
    the same sources twice in a thread.

    >>> seen = RecentIds()
    >>> seen.first_time("Ev1"), seen.first_time("Ev1"), seen.first_time("")
    (True, False, True)
    """

    def __init__(self, size: int = 2048) -> None:
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._size = size

    def first_time(self, event_id: str) -> bool:
        if not event_id:
            return True
        if event_id in self._ids:
            return False
        self._ids[event_id] = None
        if len(self._ids) > self._size:
            self._ids.popitem(last=False)
        return True
