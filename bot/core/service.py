"""Posting briefings and remembering them: the one place that does both.

A briefing is only answerable in its thread if it was recorded right after it
was posted, so every path that posts one (the console's morning briefing, a
scheduled delivery, a ``/brief`` answer on any platform) goes through
:meth:`BriefingService.deliver` or :meth:`BriefingService.send`.

>>> # ref = await service.deliver(platform, "briefings", topic=None, now=now)
"""

from __future__ import annotations

import logging
from datetime import datetime

from bot.core.events import MessageRef, Outgoing, Platform
from bot.core.store import off_loop
from bot.core.threads import remember_post
from briefings.compose.builder import build_briefing
from briefings.model.briefing import Briefing
from briefings.model.clock import Clock
from briefings.store.protocol import Store

log = logging.getLogger(__name__)


class BriefingService:
    """Builds, posts and remembers briefings for one store."""

    def __init__(self, store: Store, *, tz: str = "UTC") -> None:
        self.store = store
        self.tz = tz

    async def morning_briefing(
        self,
        platform: str,
        channel: str,
        *,
        topic: str | None,
        now: datetime,
        tz: str | None = None,
        ingested_since: datetime | None = None,
        clock: Clock | None = None,
    ) -> Briefing:
        """What is new for a channel: what was ingested since ``ingested_since``, else
        since the channel's last posted briefing, else in the last 24 h (the
        builder's default window). The header says which: ``clock`` tells when the
        caller's ``ingested_since`` is not a last briefing."""
        if ingested_since is None:
            ingested_since = await off_loop(self.store.last_briefing_time, platform, channel)
            clock = "last_briefing" if ingested_since is not None else None
        title = f"Morning briefing: {topic}" if topic else "Morning briefing"
        return await off_loop(
            build_briefing,
            self.store,
            now=now,
            tz=tz or self.tz,
            ingested_since=ingested_since,
            topic=topic,
            title=title,
            clock=clock,
        )

    async def deliver(
        self,
        platform: Platform,
        channel: str,
        *,
        topic: str | None,
        now: datetime,
        tz: str | None = None,
        ingested_since: datetime | None = None,
        clock: Clock | None = None,
    ) -> MessageRef:
        """Post the channel's briefing and remember it; returns the thread anchor."""
        briefing = await self.morning_briefing(
            platform.name, channel, topic=topic, now=now, tz=tz, ingested_since=ingested_since, clock=clock
        )
        ref = await platform.post(channel, briefing)
        await self.remember(ref, briefing, now)
        log.info("posted a briefing with %d items to %s:%s", len(briefing.items()), platform.name, channel)
        return ref

    async def send(
        self, platform: Platform, channel: str, outgoing: Outgoing, *, now: datetime
    ) -> MessageRef:
        """Post what a handler returned: in its thread when it names one, else to the
        channel, remembering top-level briefings so their items can be asked about."""
        if outgoing.in_thread is not None:
            return await platform.reply(outgoing.in_thread, outgoing.response)
        ref = await platform.post(channel, outgoing.response)
        if isinstance(outgoing.response, Briefing) and outgoing.response.items():
            await self.remember(ref, outgoing.response, now)
        return ref

    async def remember(self, ref: MessageRef, briefing: Briefing, now: datetime) -> None:
        """Record a just-posted briefing so replies in its thread can be answered; the
        adapters that post a command's briefing themselves (Slack, Discord) call this too."""
        await remember_post(self.store, ref, briefing, now)
