"""The memory platform: records every post and reply, for tests of every part of the bot.

It behaves like a chat platform without a network: :meth:`MemoryPlatform.inject`
delivers an :class:`Incoming` to the handler exactly as a Slack or Discord
adapter would, posts the answer (in a thread when the handler asks) and
remembers posted briefings through :class:`~bot.core.service.BriefingService`, so
tests exercise the same path as production.

>>> # platform = MemoryPlatform(service, clock=lambda: now)
>>> # await platform.start(CommandHandler(store, clock=lambda: now))
>>> # sent = await platform.command("whomet", "Wang Yi")
>>> # reply = await platform.reply_in_thread(sent.ref, "sources 1")
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.core.events import Handler, Incoming, MessageRef, Outgoing
from bot.core.service import BriefingService
from briefings.model.briefing import Response


@dataclass(frozen=True)
class Message:
    """One recorded message: where it went and the response it carried."""

    ref: MessageRef
    response: Response
    thread: MessageRef | None = None


@dataclass(frozen=True)
class Exchange:
    """An injected event, what the handler answered and the message that carried it."""

    incoming: Incoming
    outgoing: Outgoing
    ref: MessageRef

    @property
    def response(self) -> Response:
        return self.outgoing.response


class MemoryPlatform:
    """A platform whose channels are lists in memory."""

    name = "memory"

    def __init__(
        self, service: BriefingService, *, clock: Callable[[], datetime], user: str = "tester"
    ) -> None:
        self.service = service
        self.clock = clock
        self.user = user
        self.messages: list[Message] = []
        self.exchanges: list[Exchange] = []
        self.started = False
        self._handler: Handler | None = None
        self._ids = itertools.count(1)

    async def start(self, handler: Handler) -> None:
        self._handler = handler
        self.started = True

    async def stop(self) -> None:
        self.started = False

    async def post(self, channel: str, response: Response) -> MessageRef:
        ref = MessageRef(self.name, channel, str(next(self._ids)))
        self.messages.append(Message(ref, response))
        return ref

    async def reply(self, thread: MessageRef, response: Response) -> MessageRef:
        ref = MessageRef(self.name, thread.channel, str(next(self._ids)), thread_id=thread.message_id)
        self.messages.append(Message(ref, response, thread=thread))
        return ref

    # --- driving it from tests -----------------------------------------------------

    async def inject(self, incoming: Incoming) -> Exchange:
        """Deliver an event to the handler and post its answer, as a real adapter does."""
        if self._handler is None:
            raise RuntimeError("MemoryPlatform.inject before start()")
        outgoing = await self._handler(incoming)
        ref = await self.service.send(self, incoming.channel, outgoing, now=self.clock())
        exchange = Exchange(incoming, outgoing, ref)
        self.exchanges.append(exchange)
        return exchange

    async def command(self, name: str, text: str = "", *, channel: str = "general") -> Exchange:
        return await self.inject(Incoming("command", self.name, channel, self.user, text=text, command=name))

    async def reply_in_thread(self, thread: MessageRef, text: str) -> Exchange:
        return await self.inject(
            Incoming("thread_reply", self.name, thread.channel, self.user, text, thread=thread)
        )

    async def press(self, thread: MessageRef, value: str) -> Exchange:
        return await self.inject(
            Incoming("action", self.name, thread.channel, self.user, thread=thread, action_value=value)
        )

    def in_thread(self, thread: MessageRef) -> list[Message]:
        """The replies posted in a message's thread, oldest first."""
        return [m for m in self.messages if m.thread is not None and m.thread.message_id == thread.message_id]
