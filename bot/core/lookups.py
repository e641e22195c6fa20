"""Lookups: /brief, /whomet, /quotes and /questions as asked, answered from the store.

Split from :mod:`bot.core.commands` so the dispatcher holds the registry and the
thread replies, and this module holds what a lookup means: its subject (an
identity when the store knows one, else a topic), its window, how many items
("more" asks for up to :data:`MORE_ITEMS`), and the specific "nothing found"
answers. Store calls run through :func:`~bot.core.store.off_loop`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.core import messages
from bot.core.arguments import ArgumentError, Window, split_since
from bot.core.events import Outgoing
from bot.core.store import off_loop
from briefings.compose.builder import DEFAULT_MAX_ITEMS, build_briefing
from briefings.model.briefing import Briefing, Notice, Section
from briefings.store.protocol import Store
from briefings.subjects import Subject

MAX_SUBJECT = 200
MORE_ITEMS = 50  # "/quotes Sherman more": items per section, still one platform message or a few
_SECTION_COMMANDS = {"meetings": "whomet", "quotes": "quotes", "about": "quotes", "questions": "questions"}


@dataclass(frozen=True)
class Ask:
    """One lookup as asked: the command, its subject and window, how many items."""

    command: str
    subject: str
    window: Window | None
    now: datetime
    max_items: int

    @property
    def window_text(self) -> str | None:
        return self.window.text if self.window else None

    def more_hint(self, section: str, total: int) -> str:
        """How to see the rest of a cut section: the same question with "more", and
        the command line for everything."""
        when = f" {self.window.text}" if self.window else ""
        person = f' --person "{self.subject}"' if self.subject else ""
        cli = f"briefbot brief{person} --max-items {total}"
        if self.max_items < MORE_ITEMS:
            command = (
                self.command if self.command == "brief" else _SECTION_COMMANDS.get(section, self.command)
            )
            about = f" {self.subject}" if self.subject else ""
            return f"/{command}{about} more{when}, or {cli}"
        return f"{cli} shows them all"


def _wants_more(subject: str) -> tuple[str, bool]:
    """ "Sherman more" -> ("Sherman", True): the user asks for the rest of a cut list."""
    words = subject.split()
    if words and words[-1].lower() == "more":
        return " ".join(words[:-1]), True
    return subject, False


class Lookups:
    """The four lookups against one store, in the bot's zone."""

    def __init__(self, store: Store, *, tz: str) -> None:
        self._store = store
        self._tz = tz

    def ask(self, command: str, args: str, now: datetime) -> Ask:
        """A lookup's subject, window and size from its arguments ("Sherman more 7d")."""
        if len(args) > MAX_SUBJECT:
            raise ArgumentError(messages.too_long(MAX_SUBJECT))
        subject, window = split_since(args, now=now, tz=self._tz)
        subject, more = _wants_more(subject)
        return Ask(command, subject, window, now, MORE_ITEMS if more else DEFAULT_MAX_ITEMS)

    async def _build(
        self,
        ask: Ask,
        *,
        title: str,
        topic: str | None = None,
        subject: Subject | None = None,
        sections: Sequence[Section] = ("meetings", "quotes", "questions"),
        everything_by_default: bool = True,
    ) -> Briefing:
        # A lookup ("/whomet Baradar") covers everything published up to now; a bare
        # "/brief" means what `briefbot brief` means: what was read in the last day.
        window = ask.window
        until = ask.now if window is None and everything_by_default else None
        return await off_loop(
            build_briefing,
            self._store,
            now=ask.now,
            tz=self._tz,
            since=window.start if window else None,
            until=until,
            topic=topic,
            subject=subject,
            sections=sections,
            title=title,
            max_items_per_section=ask.max_items,
            clock="all" if until is not None else None,
            more=ask.more_hint,
            strict_topic=True,
        )

    async def _subject(self, name: str) -> Subject | None:
        """The identity a lookup names (person, organisation, country), or None for a topic."""
        return await off_loop(self._store.resolve_subject, name)

    async def brief(self, ask: Ask) -> Outgoing:
        if not ask.subject:
            title = f"Briefing {ask.window.text}" if ask.window else "Briefing"
            return Outgoing(await self._build(ask, title=title, everything_by_default=False))
        title = f"Briefing: {ask.subject}"
        subject = await self._subject(ask.subject)
        if subject is not None:
            return Outgoing(await self._build(ask, title=title, subject=subject))
        return Outgoing(await self._build(ask, title=title, topic=ask.subject))

    async def whomet(self, ask: Ask) -> Outgoing:
        if not ask.subject:
            raise ArgumentError(messages.needs_name("whomet"))
        subject = await self._subject(ask.subject)
        title = f"Who met {ask.subject}"  # the user's words; the labels name the identity
        if subject is not None:
            briefing = await self._build(ask, title=title, subject=subject, sections=("meetings",))
        else:
            briefing = await self._build(ask, title=title, topic=ask.subject, sections=("meetings",))
        if briefing.is_empty:
            shown = (
                f"{ask.subject} ({subject.name})" if subject and subject.name != ask.subject else ask.subject
            )
            return Outgoing(Notice(messages.no_meetings(shown, ask.window_text)))
        return Outgoing(briefing)

    async def quotes(self, ask: Ask) -> Outgoing:
        if not ask.subject:
            raise ArgumentError(messages.needs_name("quotes"))
        subject = await self._subject(ask.subject)
        if subject is not None:
            briefing = await self._build(
                ask, title=f"Quotes: {ask.subject}", subject=subject, sections=("quotes",)
            )
        else:
            briefing = await self._build(
                ask, title=f"Quotes: {ask.subject}", topic=ask.subject, sections=("quotes",)
            )
        if briefing.is_empty:
            if subject is not None:
                return Outgoing(Notice(messages.nothing_by_or_about("quotes", subject, ask.window_text)))
            return Outgoing(Notice(messages.nothing_found("quotes", ask.subject, ask.window_text)))
        return Outgoing(briefing)

    async def questions(self, ask: Ask) -> Outgoing:
        subject = await self._subject(ask.subject) if ask.subject else None
        title = (
            f"Open questions: {subject.name if subject else ask.subject}" if ask.subject else "Open questions"
        )
        if subject is not None:
            briefing = await self._build(ask, title=title, subject=subject, sections=("questions",))
        else:
            briefing = await self._build(ask, title=title, topic=ask.subject or None, sections=("questions",))
        if briefing.is_empty:
            if subject is not None:
                text = messages.nothing_by_or_about("open questions", subject, ask.window_text)
            else:
                text = messages.nothing_found("open questions", ask.subject or None, ask.window_text)
            return Outgoing(Notice(text))
        return Outgoing(briefing)
