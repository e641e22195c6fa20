"""Build a :class:`~briefings.model.briefing.Briefing` from the store.

The window: explicit ``since``/``until`` filter on publication time; without
them, the briefing covers what was *ingested* since ``ingested_since`` (the
caller passes the time of the channel's last briefing), else during the 24 h
before ``now``; the header says which clock (:mod:`briefings.compose.headers`). A lookup
passes a resolved ``subject`` (:mod:`briefings.subjects`): facts by the identity
and its members, and quotes about it by others, in labelled sections. Items are
ranked (see :mod:`briefings.compose.ranking`) and numbered once across sections, so
"sources 3" means one item everywhere; a section cut at ``max_items_per_section``
says how many there were.

>>> # build_briefing(store, now=now, tz="Europe/Paris").is_empty
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence, Sized
from datetime import datetime, timedelta
from typing import Any, TypeVar

from briefings.compose.headers import (
    MoreHint,
    cut_notice,
    default_more,
    newest_note,
    subject_labels,
    subject_notes,
)
from briefings.compose.numbering import meeting_date, number_items, shown_sources
from briefings.compose.ranking import (
    NEAR_DUPLICATE,
    jaccard,
    rank_meetings,
    rank_questions,
    rank_quotes,
    tokens,
)
from briefings.compose.replies import sources_reply
from briefings.model.briefing import (
    Briefing,
    Section,
)
from briefings.model.clock import Clock, nothing_text, window_text
from briefings.model.facts import Standing, StoredMeeting, StoredQuestion, StoredQuote
from briefings.store.protocol import Store
from briefings.subjects import Subject, names_any
from briefings.time import resolve_zone

log = logging.getLogger(__name__)

DEFAULT_WINDOW = timedelta(hours=24)
DEFAULT_MAX_ITEMS = 10
ALL_SECTIONS: tuple[Section, ...] = ("meetings", "quotes", "questions")
# Ranking looks at more candidates than it shows, so diversity has room to act.
_CANDIDATE_FACTOR = 20
_ABOUT_FACTOR = 8
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
    subject: Subject | None = None,
    sections: Sequence[Section] = ALL_SECTIONS,
    max_items_per_section: int = DEFAULT_MAX_ITEMS,
    title: str = "Briefing",
    clock: Clock | None = None,
    more: MoreHint | None = None,
    strict_topic: bool = False,
) -> Briefing:
    """The briefing for one window and optional topic/person filters.

    With ``subject`` (a resolved lookup, see :mod:`briefings.subjects`) meetings,
    quotes and questions are those of the identity and its members, and quotes
    naming it by others come in a section of their own. ``clock`` says which
    clock the window is on (inferred when None); ``more`` words the hint of a cut
    section ("/quotes Sherman more"). With ``strict_topic`` a topic keeps only the
    facts whose own words name it, never the rest of an article that does.

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
        clock = clock or "ingested"
    if clock is None:
        clock = "published" if since is not None or ingested_since is None else "last_briefing"
    candidates = max_items_per_section * _CANDIDATE_FACTOR
    topic = topic.strip() or None if topic else None
    person = person.strip() or None if person else None
    window: dict[str, Any] = {
        "since": since,
        "until": until,
        "ingested_since": ingested_since,
        "limit": candidates,
    }
    ids = subject.member_ids if subject else None
    # "About X" reads the facts of articles naming X: fewer candidates than "by X",
    # whose index walk is cheap, since each is then checked sentence by sentence.
    about_limit = max_items_per_section * _ABOUT_FACTOR
    place = person
    if subject is not None:
        # a place is also where meetings were held ("/whomet Doha")
        place = subject.query if subject.identity.kind == "place" else None
    totals: dict[str, tuple[int, bool]] = {}

    def counted(section: str, found: Sequence[object], limit: int = candidates) -> None:
        totals[section] = (len(found), len(found) >= limit)

    meetings: list[StoredMeeting] = []
    quotes: list[StoredQuote] = []
    about: list[StoredQuote] = []
    questions: list[StoredQuestion] = []
    if "meetings" in sections:
        found = store.meetings(person=place, topic=topic, identity_ids=ids, **window)
        if topic:
            found = _focus(found, topic, _meeting_text, strict_topic)
        counted("meetings", found)
        meetings = rank_meetings(found, max_items_per_section)
    if "questions" in sections:
        found_questions = store.questions(
            topic=topic, person=None if ids else person, identity_ids=ids, **window
        )
        if subject is not None:
            mentioned = store.questions(mentioning=subject.terms, **{**window, "limit": about_limit})
            by = {q.id for q in found_questions}
            found_questions += [
                q
                for q in mentioned
                if q.id not in by
                and names_any(f"{q.question.text} {q.citation.evidence.sentence}", subject.terms)
            ]
        if topic:
            found_questions = _focus(
                found_questions,
                topic,
                lambda q: q.question.text + " " + q.citation.evidence.sentence,
                strict_topic,
            )
        counted("questions", found_questions)
        questions = rank_questions(found_questions, max_items_per_section)
    if "quotes" in sections:
        found_quotes = store.quotes(person=None if ids else person, topic=topic, identity_ids=ids, **window)
        if topic:
            found_quotes = _focus(found_quotes, topic, _quote_text, strict_topic)
        found_quotes = _not_asked(found_quotes, questions)
        counted("quotes", found_quotes)
        quotes = rank_quotes(found_quotes, _standing(store, found_quotes), max_items_per_section)
        if subject is not None:
            members = set(subject.member_ids)
            found_about = [
                q
                for q in store.quotes(mentioning=subject.terms, **{**window, "limit": about_limit})
                if q.speaker_id not in members and names_any(_said(q), subject.terms)
            ]
            found_about = _not_asked(found_about, questions)
            counted("about", found_about, about_limit)
            about = rank_quotes(found_about, _standing(store, found_about), max_items_per_section)

    # One name per person (identity name and current role), for the shown facts only:
    # naming every candidate's people cost more than the rest of the briefing.
    meetings, quotes, about, questions = (
        _renamed(store.get_meeting, meetings),
        _renamed(store.get_quote, quotes),
        _renamed(store.get_quote, about),
        _renamed(store.get_question, questions),
    )
    numbered = number_items(sections, meetings, quotes, about, questions, tz)
    filters = {k: v for k, v in (("topic", topic), ("person", person)) if v}
    if subject is not None:
        key = "person" if subject.is_person else "about"
        filters = {key: subject.query, **({"topic": topic} if topic else {})}
    shown_since = since or ingested_since
    shown: dict[str, Sized] = {"meetings": meetings, "quotes": quotes, "about": about, "questions": questions}
    cuts = {
        section: cut_notice(len(shown[section]), total, more_total, (more or default_more)(section, total))
        for section, (total, more_total) in totals.items()
        if total > len(shown[section])
    }
    briefing = Briefing(
        title=title,
        generated_at=now.astimezone(zone),
        since=shown_since.astimezone(zone) if shown_since else None,
        until=until.astimezone(zone) if until else None,
        tz=tz,
        filters=filters,
        meetings=numbered[0],
        quotes=numbered[1],
        questions=numbered[3],
        sources=shown_sources(numbered),
        quotes_about=numbered[2],
        clock=clock,
        window=window_text(clock, shown_since, until, now, tz),
        nothing=nothing_text(clock, shown_since, until, now, tz),
        labels=subject_labels(subject, sections) if subject else {},
        cuts=cuts,
        notes=subject_notes(subject, sections, quotes=bool(quotes), questions=bool(questions))
        if subject
        else (),
    )
    if briefing.is_empty and clock != "all":
        newest = store.newest_published()
        if newest is not None:
            briefing = dataclasses.replace(briefing, notes=(*briefing.notes, newest_note(newest, tz)))
    log.info(
        "built briefing: %d meetings, %d quotes (+%d about), %d questions, %d sources",
        len(briefing.meetings),
        len(briefing.quotes),
        len(briefing.quotes_about),
        len(briefing.questions),
        len(briefing.sources),
    )
    return briefing


def _renamed(load: Callable[[int], F | None], facts: list[F]) -> list[F]:
    """The facts read again as a briefing shows them: people by their identity's name
    and current role (``get_*`` name them so); a fact gone meanwhile stays as read."""
    return [load(fact.id) or fact for fact in facts]


def _said(quote: StoredQuote) -> str:
    """A quote's words and the sentence around it: "about X" when either names X."""
    return f"{quote.quote.text} {quote.citation.evidence.sentence}"


def _not_asked(quotes: list[StoredQuote], questions: Sequence[StoredQuestion]) -> list[StoredQuote]:
    """A question already listed under "Open questions" is not repeated as a quote."""
    asked = [tokens(q.question.text) for q in questions]
    return [q for q in quotes if not any(jaccard(tokens(q.quote.text), a) >= NEAR_DUPLICATE for a in asked)]


def _focus(facts: list[F], topic: str, text: Callable[[F], str], strict: bool = False) -> list[F]:
    """The facts whose own words mention every word of the topic, when there are
    any (or when ``strict``); else all of them. The store matches a topic anywhere
    in the article, so one article about Tianjin would otherwise bring its Doha
    meeting along."""
    wanted = tokens(topic)
    focused = [fact for fact in facts if wanted <= tokens(text(fact))]
    return focused if focused or strict else facts


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


__all__ = ["ALL_SECTIONS", "build_briefing", "meeting_date", "sources_reply"]
