"""Number a briefing's items once across its sections, and list the articles behind them.

One counter runs over every shown section, so "sources 3" names one item whatever section
it sits in, and a thread reply can find it again; the source list follows first use, one
entry per document (and per URL, since syndicated copies share one).
"""

from __future__ import annotations

from collections.abc import Sequence

from briefings.model.briefing import MeetingItem, QuestionItem, QuoteItem, Section, item_citations
from briefings.model.facts import Source, StoredMeeting, StoredQuestion, StoredQuote
from briefings.time import local_date

Numbered = tuple[
    tuple[MeetingItem, ...], tuple[QuoteItem, ...], tuple[QuoteItem, ...], tuple[QuestionItem, ...]
]


def number_items(
    sections: Sequence[Section],
    meetings: list[StoredMeeting],
    quotes: list[StoredQuote],
    about: list[StoredQuote],
    questions: list[StoredQuestion],
    tz: str,
) -> Numbered:
    """Number items 1..n in the order the sections are shown (quotes about a
    subject right after the quotes by it)."""
    counter = 0
    meeting_items: list[MeetingItem] = []
    quote_items: list[QuoteItem] = []
    about_items: list[QuoteItem] = []
    question_items: list[QuestionItem] = []
    for section in sections:
        if section == "meetings":
            for meeting in meetings:
                counter += 1
                meeting_items.append(MeetingItem(counter, meeting, meeting_date(meeting, tz)))
        elif section == "quotes":
            for quote in quotes:
                counter += 1
                quote_items.append(QuoteItem(counter, quote))
            for quote in about:
                counter += 1
                about_items.append(QuoteItem(counter, quote))
        else:
            for question in questions:
                counter += 1
                question_items.append(QuestionItem(counter, question))
    return tuple(meeting_items), tuple(quote_items), tuple(about_items), tuple(question_items)


def meeting_date(meeting: StoredMeeting, tz: str) -> str | None:
    """The meeting's own date when the text gave one, else "reported <date>" from
    its earliest source's publication time, in the channel's zone."""
    if meeting.meeting.date:
        return local_date(meeting.meeting.date, tz)
    published = [c.source.published for c in meeting.citations if c.source.published]
    if not published:
        return None
    return f"reported {local_date(min(published), tz)}"


def shown_sources(numbered: Numbered) -> tuple[Source, ...]:
    """The articles behind the shown items, first use first, one entry per
    document (and per URL, since syndicated copies share one)."""
    seen: set[str] = set()
    sources: list[Source] = []
    for group in numbered:
        for item in group:
            for citation in item_citations(item.fact):
                source = citation.source
                keys = {source.document_id, *([source.url] if source.url else [])}
                if keys & seen:
                    continue
                seen.update(keys)
                sources.append(source)
    return tuple(sources)


__all__ = ["Numbered", "meeting_date", "number_items", "shown_sources"]
