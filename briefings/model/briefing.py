"""Briefing: what the builder produces and every template renders.

This is the documented template context (see ``templates/``): templates get a
:class:`Briefing`, a :class:`Notice` or a :class:`SourcesReply` and nothing else.
Items are numbered once across sections, so "sources 3" means the same item
on every platform.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from briefings.model.facts import Citation, Source, StoredMeeting, StoredQuestion, StoredQuote

Section = Literal["meetings", "quotes", "questions"]


@dataclass(frozen=True)
class MeetingItem:
    number: int
    fact: StoredMeeting
    date_display: str | None  # the meeting date as shown in the channel's zone


@dataclass(frozen=True)
class QuoteItem:
    number: int
    fact: StoredQuote


@dataclass(frozen=True)
class QuestionItem:
    number: int
    fact: StoredQuestion


Item = MeetingItem | QuoteItem | QuestionItem


@dataclass(frozen=True)
class Briefing:
    title: str
    generated_at: datetime  # aware, in the channel's zone
    since: datetime | None
    until: datetime | None
    tz: str
    filters: dict[str, str] = field(default_factory=dict)
    meetings: tuple[MeetingItem, ...] = ()
    quotes: tuple[QuoteItem, ...] = ()
    questions: tuple[QuestionItem, ...] = ()
    sources: tuple[Source, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.meetings or self.quotes or self.questions)

    def items(self) -> list[Item]:
        return [*self.meetings, *self.quotes, *self.questions]

    def item(self, number: int) -> Item | None:
        return next((i for i in self.items() if i.number == number), None)


@dataclass(frozen=True)
class Notice:
    """A short message: help text, an error for a bad argument, a confirmation."""

    text: str
    kind: Literal["info", "help", "error"] = "info"
    title: str | None = None


@dataclass(frozen=True)
class SourcesReply:
    """The evidence behind one briefing item, posted in the briefing's thread."""

    number: int
    section: Section
    summary: str  # one line: the quote, the meeting, the question
    speaker: str | None
    citations: tuple[Citation, ...]
    tz: str = "UTC"  # added by issue 4: the channel zone the reply shows dates in


Response = Briefing | Notice | SourcesReply
