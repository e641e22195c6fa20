"""What the chat adapters share, so Slack and Discord keep only their translation.

Both answer the handler's result themselves (Slack through ``response_url`` and
the Web API, Discord through the interaction), so both need the same four rules:
call the handler and turn its failure into one apology, know which threads are
briefings (posted here, or remembered in the store by any process), keep help and
errors private to the person who asked, and remember a briefing they post
themselves, through :class:`~bot.core.service.BriefingService` like every other
post. The console and memory platforms post everything through the service and
need none of this.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from bot.core import messages
from bot.core.events import Handler, Incoming, MessageRef, Outgoing
from bot.core.service import BriefingService
from bot.core.store import off_loop
from briefings.model.briefing import Briefing, Notice
from briefings.store.protocol import Store

log = logging.getLogger(__name__)


class AdapterBase:
    """The shared half of a chat adapter; subclasses set ``name`` and translate."""

    name: str

    def __init__(self, *, store: Store | None, clock: Callable[[], datetime]) -> None:
        self._store = store
        self._clock = clock
        self._service = BriefingService(store) if store is not None else None
        self._handler: Handler | None = None
        self._anchors: set[tuple[str, str]] = set()

    async def _call_handler(self, incoming: Incoming) -> Outgoing:
        if self._handler is None:
            raise RuntimeError(f"{type(self).__name__}.start() was not called")
        try:
            return await self._handler(incoming)
        except Exception:
            log.exception("the handler failed on a %s %s", self.name, incoming.kind)
            return Outgoing(Notice(messages.HANDLER_FAILED, kind="error"), ephemeral=True)

    async def is_briefing_thread(self, channel: str, message_id: str) -> bool:
        """Whether ``message_id`` in ``channel`` is a briefing (posted here, or remembered in the store)."""
        if (channel, message_id) in self._anchors:
            return True
        if self._store is None:
            return False
        found = await off_loop(self._store.find_posted_briefing, self.name, channel, message_id)
        return found is not None

    async def _remember(self, ref: MessageRef, briefing: Briefing) -> None:
        """A briefing this adapter posted as a command's answer: its thread can be asked about."""
        self._anchors.add((ref.channel, ref.message_id))
        if self._service is not None and briefing.items():
            await self._service.remember(ref, briefing, self._clock())

    @staticmethod
    def is_private(outgoing: Outgoing) -> bool:
        """Help and argument errors concern only the person who typed the command."""
        response = outgoing.response
        return outgoing.ephemeral or (isinstance(response, Notice) and response.kind != "info")
