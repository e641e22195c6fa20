"""Build a :class:`~briefings.model.briefing.Briefing` from the store.

The window: explicit ``since``/``until`` filter on publication time; without
them, the briefing covers what was *ingested* since ``ingested_since`` (the
caller passes the time of the channel's last briefing), else during the 24 h
before ``now``. Items are ranked (see :mod:`briefings.compose.ranking`) and numbered
once across sections, so "sources 3" means one item everywhere.

>>> # build_briefing(store, now=now, tz="Europe/Paris").is_empty
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TypeVar

from briefings.compose.ranking import (
    NEAR_DUPLICATE,
    jaccard,
    rank_meetings,
    rank_questions,
    rank_quotes,
    tokens,
)
from briefings.compose.replies import sources_reply
from briefings.model.briefing import Briefing, MeetingItem, QuestionItem, QuoteItem, Section, item_citations
from briefings.model.facts import Source, Standing, StoredMeeting, StoredQuestion, StoredQuote
from briefings.store.protocol import Store
from briefings.time import local_date, resolve_zone

log = logging.getLogger(__name__)

DEFAULT_WINDOW = timedelta(hours=24)
DEFAULT_MAX_ITEMS = 10
ALL_SECTIONS: tuple[Section, ...] = ("meetings", "quotes", "questions")
# Ranking looks at more candidates than it shows, so diversity has room to act.
_CANDIDATE_FACTOR = 20
F = TypeVar("F", StoredMeeting, StoredQuote, StoredQuestion)


def build_briefing(
    store: Store,
    *,
    now: datetime,
    tz: str,
    since: datetime | None = None,
    until: datetime | None = None,
    ingested_since: datetime | None = None,
    topic: str | None = None,
    person: str | None = None,
    sections: Sequence[Section] = ALL_SECTIONS,
    max_items_per_section: int = DEFAULT_MAX_ITEMS,
    title: str = "Briefing",
) -> Briefing:
    """The briefing for one window and optional topic/person filters.

    Raises :class:`~briefings.time.UnknownTimeZoneError` (a ValueError) for a
    bad ``tz`` and ValueError for a naive ``now`` or an inverted window.
    """
    zone = resolve_zone(tz)
    if now.tzinfo is None:
        raise ValueError("now must be time-zone aware")
    if since and until and since > until:
        raise ValueError("the window starts after it ends (--since is later than --until)")
    unknown = [s for s in sections if s not in ALL_SECTIONS]
    if unknown:
        raise ValueError(f"unknown briefing section(s): {', '.join(unknown)}")
    if since is None and until is None and ingested_since is None:
        ingested_since = now - DEFAULT_WINDOW
    candidates = max_items_per_section * _CANDIDATE_FACTOR
    topic = topic.strip() or None if topic else None
    person = person.strip() or None if person else None

    meetings: list[StoredMeeting] = []
    quotes: list[StoredQuote] = []
    questions: list[StoredQuestion] = []
    if "meetings" in sections:
        found = store.meetings(
            since=since,
            until=until,
            ingested_since=ingested_since,
            person=person,
            topic=topic,
            limit=candidates,
        )
        if topic:
            found = _focus(found, topic, _meeting_text)
        meetings = rank_meetings(found, max_items_per_section)
    if "questions" in sections:
        found_questions = store.questions(
            since=since,
            until=until,
            ingested_since=ingested_since,
            topic=topic,
            person=person,
            limit=candidates,
        )
        if topic:
            found_questions = _focus(
                found_questions, topic, lambda q: q.question.text + " " + q.citation.evidence.sentence
            )
        questions = rank_questions(found_questions, max_items_per_section)
    if "quotes" in sections:
        found_quotes = store.quotes(
            since=since,
            until=until,
            ingested_since=ingested_since,
            person=person,
            topic=topic,
            limit=candidates,
        )
        if topic:
            found_quotes = _focus(found_quotes, topic, _quote_text)
        # a question already listed under "Open questions" is not repeated as a quote
        asked = [tokens(q.question.text) for q in questions]
        found_quotes = [
            q
            for q in found_quotes
            if not any(jaccard(tokens(q.quote.text), a) >= NEAR_DUPLICATE for a in asked)
        ]
        quotes = rank_quotes(found_quotes, _standing(store, found_quotes), max_items_per_section)

    numbered = _number(sections, meetings, quotes, questions, tz)
    filters = {k: v for k, v in (("topic", topic), ("person", person)) if v}
    shown_since = since or ingested_since
    briefing = Briefing(
        title=title,
        generated_at=now.astimezone(zone),
        since=shown_since.astimezone(zone) if shown_since else None,
        until=until.astimezone(zone) if until else None,
        tz=tz,
        filters=filters,
        meetings=numbered[0],
        quotes=numbered[1],
        questions=numbered[2],
        sources=_sources(numbered),
    )
    log.info(
        "built briefing: %d meetings, %d quotes, %d questions, %d sources",
        len(briefing.meetings),
        len(briefing.quotes),
        len(briefing.questions),
        len(briefing.sources),
    )
    return briefing


def _focus(facts: list[F], topic: str, text: Callable[[F], str]) -> list[F]:
    """The facts whose own words mention every word of the topic, when there are
    any; else all of them. The store matches a topic anywhere in the article, so
    one article about Tianjin would otherwise bring its Doha meeting along."""
    wanted = tokens(topic)
    focused = [fact for fact in facts if wanted <= tokens(text(fact))]
    return focused or facts


def _meeting_text(meeting: StoredMeeting) -> str:
    people = " ".join(f"{p.name} {p.role or ''}" for p in meeting.meeting.participants)
    return f"{people} {meeting.meeting.place or ''} " + " ".join(
        c.evidence.sentence for c in meeting.citations
    )


def _quote_text(quote: StoredQuote) -> str:
    speaker = quote.quote.speaker
    who = f"{speaker.name} {speaker.role or ''}" if speaker else ""
    return f"{quote.quote.text} {who} {quote.citation.evidence.sentence}"


def _standing(store: Store, quotes: Sequence[StoredQuote]) -> dict[int, Standing]:
    wanted = {q.speaker_id for q in quotes if q.speaker_id is not None}
    return store.speaker_standing(wanted) if wanted else {}


Numbered = tuple[tuple[MeetingItem, ...], tuple[QuoteItem, ...], tuple[QuestionItem, ...]]


def _number(
    sections: Sequence[Section],
    meetings: list[StoredMeeting],
    quotes: list[StoredQuote],
    questions: list[StoredQuestion],
    tz: str,
) -> Numbered:
    """Number items 1..n in the order the sections are shown."""
    counter = 0
    meeting_items: list[MeetingItem] = []
    quote_items: list[QuoteItem] = []
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
        else:
            for question in questions:
                counter += 1
                question_items.append(QuestionItem(counter, question))
    return tuple(meeting_items), tuple(quote_items), tuple(question_items)


def meeting_date(meeting: StoredMeeting, tz: str) -> str | None:
    """The meeting's own date when the text gave one, else "reported <date>" from
    its earliest source's publication time, in the channel's zone."""
    if meeting.meeting.date:
        return local_date(meeting.meeting.date, tz)
    published = [c.source.published for c in meeting.citations if c.source.published]
    if not published:
        return None
    return f"reported {local_date(min(published), tz)}"


def _sources(numbered: Numbered) -> tuple[Source, ...]:
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


__all__ = ["ALL_SECTIONS", "build_briefing", "meeting_date", "sources_reply"]
