"""The evidence behind one briefing item, as a thread reply shows it.

>>> # sources_reply(briefing.item(3), 3).citations[0].evidence.sentence
"""

from __future__ import annotations

from briefings.model.briefing import Item, MeetingItem, QuestionItem, QuoteItem, Section, SourcesReply
from briefings.model.facts import Citation, Evidence, PersonRef, StoredMeeting, StoredQuestion, StoredQuote
from briefings.time import local_date

Fact = StoredMeeting | StoredQuote | StoredQuestion


def _person(ref: PersonRef) -> str:
    return f"{ref.name} ({ref.role})" if ref.role else ref.name


def meeting_summary(meeting: StoredMeeting) -> str:
    """One line: "A met B in Tianjin (28 Jul 2021)", planned/postponed/cancelled marked; the
    date as the briefing says it ("week of 19 Jul 2021", never "2021-W29")."""
    people = [_person(p) for p in meeting.meeting.participants]
    if len(people) > 1:
        who = f"{', '.join(people[:-1])} and {people[-1]}"
    else:
        who = people[0] if people else "Unnamed parties"
    verb = {
        "held": "met",
        "planned": "are to meet",
        "postponed": "put off a meeting",
        "cancelled": "cancelled a meeting",
    }[meeting.meeting.status]
    line = f"{who} {verb}"
    if meeting.meeting.place:
        line += f" in {meeting.meeting.place}"
    if meeting.meeting.date:
        line += f" ({local_date(meeting.meeting.date, 'UTC')})"  # a calendar date: no zone shift
    return line


def _unwrap(item_or_fact: Item | Fact) -> Fact:
    if isinstance(item_or_fact, MeetingItem | QuoteItem | QuestionItem):
        return item_or_fact.fact
    return item_or_fact


def sources_reply(item_or_fact: Item | Fact, number: int, *, tz: str = "UTC") -> SourcesReply:
    """The reply to "sources <number>": a summary line and every citation.

    Accepts a briefing item or a stored fact (e.g. loaded back from a posted
    briefing's ledger with ``store.get_quote``)."""
    fact = _unwrap(item_or_fact)
    section: Section
    citations: tuple[Citation, ...]
    answer: Evidence | None = None
    if isinstance(fact, StoredMeeting):
        section, summary, speaker, citations = "meetings", meeting_summary(fact), None, fact.citations
    elif isinstance(fact, StoredQuote):
        who = fact.quote.speaker
        section, summary, citations = "quotes", fact.quote.text, (fact.citation,)
        speaker = _person(who) if who else None
    else:
        asked = fact.question.asked_by
        section, summary, citations = "questions", fact.question.text, (fact.citation,)
        speaker = _person(asked) if asked else None
        answer = fact.question.answer  # why it is open: the reader sees the answer's opening
    return SourcesReply(
        number=number,
        section=section,
        summary=summary,
        speaker=speaker,
        citations=citations,
        tz=tz,
        answer=answer,
    )
