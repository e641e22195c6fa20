"""The one interface every chat platform implements.

Adapters only translate: an incoming payload becomes an :class:`Incoming`, a
:class:`~briefings.model.briefing.Response` becomes Block Kit, embeds or text through
the renderer. Adding a platform touches ``bot/platforms/`` and nothing else.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal, Protocol

from briefings.model.briefing import Response


@dataclass(frozen=True)
class MessageRef:
    """Where a message was posted. ``message_id`` is the platform's id (Slack ``ts``,
    Discord message id, a counter on console/memory); ``thread_id`` is the id of
    the thread the message lives in, when it does (Slack ``thread_ts``, Discord
    thread channel id)."""

    platform: str
    channel: str
    message_id: str
    thread_id: str | None = None


@dataclass(frozen=True)
class Incoming:
    """A neutral event from a platform.

    kind "command": ``command`` is the name without slash ("whomet"), ``text`` its arguments.
    kind "thread_reply": ``text`` is the reply, ``thread`` the briefing message it answers.
    kind "action": a button press; ``action_value`` e.g. "sources:3", ``thread`` the briefing.
    """

    kind: Literal["command", "thread_reply", "action"]
    platform: str
    channel: str
    user: str
    text: str = ""
    command: str | None = None
    thread: MessageRef | None = None
    action_value: str | None = None


@dataclass(frozen=True)
class Outgoing:
    """What the handler wants posted: a response, where, and whether the platform
    should remember it as a briefing (numbered items answerable in its thread)."""

    response: Response
    in_thread: MessageRef | None = None
    ephemeral: bool = False


Handler = Callable[[Incoming], Awaitable[Outgoing]]


class Platform(Protocol):
    name: str

    async def start(self, handler: Handler) -> None:
        """Connect and begin delivering incoming events to ``handler``; returns once running."""

    async def stop(self) -> None: ...

    async def post(self, channel: str, response: Response) -> MessageRef:
        """Post to a channel (splitting as the platform's limits require); the returned
        reference is the first message, which anchors the thread."""

    async def reply(self, thread: MessageRef, response: Response) -> MessageRef:
        """Post in the thread of ``thread``."""
