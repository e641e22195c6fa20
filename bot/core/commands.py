"""The bot's commands, the same on every platform: parse, query the core, return data.

:class:`CommandHandler` is the one :data:`~bot.core.events.Handler`: platforms
turn a slash command, a thread reply or a button press into an
:class:`~bot.core.events.Incoming` and post whatever :class:`Outgoing` comes
back. It never builds platform markup (the renderer does) and never reads the
wall clock (``clock`` is injected). Store calls are synchronous, so they run in a
worker thread to keep the platform's event loop responsive.

>>> # handler = CommandHandler(store, clock=lambda: now, tz="Europe/London")
>>> # outgoing = await handler(Incoming("command", "memory", "c", "u", "Baradar", command="whomet"))
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from bot.core import messages
from bot.core.arguments import ArgumentError, Window, split_since
from bot.core.events import Incoming, Outgoing
from bot.core.store import off_loop
from bot.core.subscriptions import ChangeHook, SubscriptionCommands
from bot.core.threads import match_number, match_reply, sources_for
from briefings.compose.builder import build_briefing
from briefings.model.briefing import Briefing, Notice, Section
from briefings.store.protocol import Store

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
MAX_SUBJECT = 200
MAX_COMMAND_NAME = 30


def _error(problem: str, command: str) -> Outgoing:
    return Outgoing(
        Notice(messages.with_help(problem, command), kind="error", title=f"/{command}"), ephemeral=True
    )


class CommandHandler:
    """Answers commands, thread replies and Sources buttons against one store."""

    def __init__(
        self,
        store: Store,
        *,
        clock: Clock,
        tz: str = "UTC",
        on_subscriptions_changed: ChangeHook | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._tz = tz
        self._subscriptions = SubscriptionCommands(store, default_tz=tz, on_change=on_subscriptions_changed)

    async def __call__(self, incoming: Incoming) -> Outgoing:
        if incoming.kind == "command":
            return await self.command(incoming)
        if incoming.kind == "thread_reply":
            return await self.thread_reply(incoming)
        return await self.action(incoming)

    # --- commands ---------------------------------------------------------------

    async def command(self, incoming: Incoming) -> Outgoing:
        name = (incoming.command or "").strip().lstrip("/").lower()
        args = " ".join(incoming.text.split())
        log.info("command /%s from %s in %s:%s", name, incoming.user, incoming.platform, incoming.channel)
        if name not in messages.COMMANDS:
            shown = name if len(name) <= MAX_COMMAND_NAME else name[:MAX_COMMAND_NAME] + "…"
            return Outgoing(Notice(messages.unknown_command(shown), kind="error"), ephemeral=True)
        now = self._clock()
        try:
            if name == "help":
                return self._help(args)
            if name == "subscribe":
                notice = await self._subscriptions.subscribe(
                    args, platform=incoming.platform, channel=incoming.channel, now=now
                )
                return Outgoing(notice)
            if name == "unsubscribe":
                notice = await self._subscriptions.unsubscribe(
                    args, platform=incoming.platform, channel=incoming.channel
                )
                return Outgoing(notice)
            if name == "subscriptions":
                notice = await self._subscriptions.listing(
                    args, platform=incoming.platform, channel=incoming.channel
                )
                return Outgoing(notice)
            if len(args) > MAX_SUBJECT:
                raise ArgumentError(messages.too_long(MAX_SUBJECT))
            subject, window = split_since(args, now=now, tz=self._tz)
            if name == "brief":
                return await self._brief(subject, window, now)
            if name == "whomet":
                return await self._whomet(subject, window, now)
            if name == "quotes":
                return await self._quotes(subject, window, now)
            return await self._questions(subject, window, now)
        except ArgumentError as problem:
            return _error(str(problem), name)

    def _help(self, args: str) -> Outgoing:
        if not args:
            return Outgoing(Notice(messages.overview(), kind="help", title="briefbot commands"))
        name = args.split()[0].lstrip("/").lower()
        if name not in messages.COMMANDS:
            raise ArgumentError(messages.unknown_help_topic(name))
        return Outgoing(Notice(messages.command_help(name), kind="help", title=f"/{name}"))

    async def _build(
        self,
        now: datetime,
        window: Window | None,
        *,
        title: str,
        topic: str | None = None,
        person: str | None = None,
        sections: Sequence[Section] = ("meetings", "quotes", "questions"),
        everything_by_default: bool = True,
    ) -> Briefing:
        # A search ("/whomet Baradar") covers everything published up to now; a bare
        # "/brief" keeps the builder's default: what was ingested in the last day.
        until = now if window is None and everything_by_default else None
        return await off_loop(
            build_briefing,
            self._store,
            now=now,
            tz=self._tz,
            since=window.start if window else None,
            until=until,
            topic=topic,
            person=person,
            sections=sections,
            title=title,
        )

    async def _is_person(self, name: str) -> bool:
        """Whether ``name`` is a person the corpus knows. Organisations and places
        ("Taliban", "Afghanistan") are better served by text search, which also
        finds quotes *about* them rather than only quotes *by* them."""
        return "person" in await off_loop(self._store.identity_kinds, name)

    async def _brief(self, subject: str, window: Window | None, now: datetime) -> Outgoing:
        if not subject:
            title = f"Briefing {window.text}" if window else "Briefing"
            return Outgoing(await self._build(now, window, title=title, everything_by_default=False))
        person = subject if await self._is_person(subject) else None
        briefing = await self._build(
            now, window, title=f"Briefing: {subject}", person=person, topic=None if person else subject
        )
        if briefing.is_empty and person:
            # A name that is also a topic word ("Kabul"): fall back to text search.
            briefing = await self._build(now, window, title=f"Briefing: {subject}", topic=subject)
        return Outgoing(briefing)

    async def _whomet(self, subject: str, window: Window | None, now: datetime) -> Outgoing:
        if not subject:
            raise ArgumentError(messages.needs_name("whomet"))
        briefing = await self._build(
            now, window, title=f"Who met {subject}", person=subject, sections=("meetings",)
        )
        if briefing.is_empty:
            return Outgoing(Notice(messages.no_meetings(subject, window.text if window else None)))
        return Outgoing(briefing)

    async def _quotes(self, subject: str, window: Window | None, now: datetime) -> Outgoing:
        if not subject:
            raise ArgumentError(messages.needs_name("quotes"))
        title = f"Quotes: {subject}"
        briefing = await self._build(now, window, title=title, person=subject, sections=("quotes",))
        if briefing.is_empty:
            briefing = await self._build(now, window, title=title, topic=subject, sections=("quotes",))
        if briefing.is_empty:
            return Outgoing(
                Notice(messages.nothing_found("quotes", subject, window.text if window else None))
            )
        return Outgoing(briefing)

    async def _questions(self, subject: str, window: Window | None, now: datetime) -> Outgoing:
        title = f"Open questions: {subject}" if subject else "Open questions"
        briefing = await self._build(now, window, title=title, topic=subject or None, sections=("questions",))
        if briefing.is_empty:
            text = messages.nothing_found("open questions", subject or None, window.text if window else None)
            return Outgoing(Notice(text))
        return Outgoing(briefing)

    # --- threads ----------------------------------------------------------------

    async def thread_reply(self, incoming: Incoming) -> Outgoing:
        thread = incoming.thread
        posted = None
        if thread is not None:
            posted = await off_loop(
                self._store.find_posted_briefing, thread.platform, thread.channel, thread.message_id
            )
        if thread is None or posted is None:
            return Outgoing(Notice(messages.not_a_briefing_thread()), in_thread=thread)
        match = match_reply(incoming.text, posted)
        if match.item is None:
            return Outgoing(Notice(match.hint or messages.thread_hint(len(posted.items))), in_thread=thread)
        log.info("sources of item %d for %s in %s", match.item.number, incoming.user, incoming.channel)
        return Outgoing(await sources_for(self._store, match.item), in_thread=thread)

    async def action(self, incoming: Incoming) -> Outgoing:
        value = incoming.action_value or ""
        kind, _, number = value.partition(":")
        thread = incoming.thread
        if kind != "sources" or not number.isdigit():
            return Outgoing(
                Notice(messages.unknown_action(value), kind="error"), in_thread=thread, ephemeral=True
            )
        posted = None
        if thread is not None:
            posted = await off_loop(
                self._store.find_posted_briefing, thread.platform, thread.channel, thread.message_id
            )
        if thread is None or posted is None:
            return Outgoing(Notice(messages.not_a_briefing_thread()), in_thread=thread, ephemeral=True)
        match = match_number(int(number), posted)
        if match.item is None:
            return Outgoing(Notice(match.hint or ""), in_thread=thread)
        return Outgoing(await sources_for(self._store, match.item), in_thread=thread)
