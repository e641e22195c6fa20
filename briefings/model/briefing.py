"""Briefing: what the builder produces and every template renders.

This is the documented template context (see ``templates/``): templates get a
:class:`Briefing`, a :class:`Notice` or a :class:`SourcesReply` and nothing else.
Items are numbered once across sections, so "sources 3" means the same item
on every platform.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import ClassVar, Literal

from briefings.model.clock import Clock, nothing_text, window_text
from briefings.model.facts import Citation, Evidence, Source, StoredMeeting, StoredQuestion, StoredQuote

Section = Literal["meetings", "quotes", "questions"]
# Which clock a briefing's window used, said in its header: publication time
# ("published since …"), the channel's last briefing ("new since your last
# briefing at …"), the last day of reading ("new to briefbot in the last 24
# hours"), or every date (a lookup without a time).


def item_citations(fact: StoredMeeting | StoredQuote | StoredQuestion) -> tuple[Citation, ...]:
    """Every citation behind a fact (meetings may have several)."""
    if isinstance(fact, StoredMeeting):
        return fact.citations
    return (fact.citation,)


@dataclass(frozen=True)
class MeetingItem:
    section: ClassVar[Section] = "meetings"
    number: int
    fact: StoredMeeting
    date_display: str | None  # the meeting date as shown in the channel's zone


@dataclass(frozen=True)
class QuoteItem:
    section: ClassVar[Section] = "quotes"
    number: int
    fact: StoredQuote


@dataclass(frozen=True)
class QuestionItem:
    section: ClassVar[Section] = "questions"
    number: int
    fact: StoredQuestion


Item = MeetingItem | QuoteItem | QuestionItem
"""An item knows its section (``item.section``); its citations are ``item_citations(item.fact)``."""


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
    quotes_about: tuple[QuoteItem, ...] = ()  # quotes naming a lookup's subject, by others
    clock: Clock = "published"
    window: str = ""  # the clock said out loud: "Published since 22 Jul 2021 12:00 UTC"
    nothing: str = ""  # what an empty briefing says: "Nothing published since …"
    labels: dict[str, str] = field(default_factory=dict)  # section -> heading ("Quotes by Wendy Sherman")
    cuts: dict[str, str] = field(default_factory=dict)  # section -> "showing 10 of 146 — …"
    notes: tuple[str, ...] = ()  # sentences under the header: which identity was used, what is missing

    def __post_init__(self) -> None:
        # A briefing made without the builder still says its clock out loud.
        if not self.window or not self.nothing:
            args = (self.clock, self.since, self.until, self.generated_at, self.tz)
            object.__setattr__(self, "window", self.window or window_text(*args))
            object.__setattr__(self, "nothing", self.nothing or nothing_text(*args))

    @property
    def is_empty(self) -> bool:
        return not (self.meetings or self.quotes or self.questions or self.quotes_about)

    def items(self) -> list[Item]:
        return [*self.meetings, *self.quotes, *self.quotes_about, *self.questions]

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
    # issue 16: an open question's answer opening, the reason it is open (shown under its source)
    answer: Evidence | None = None


Response = Briefing | Notice | SourcesReply
