"""Hand-built articles with their facts, saved through the real store.

Briefing tests state facts the way the extractor would (evidence spans and
all) so they exercise the builder and renderer without the NLP pipeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from briefings.model.briefing import Briefing, MeetingItem, QuestionItem, QuoteItem
from briefings.model.documents import Document
from briefings.model.facts import (
    Citation,
    Evidence,
    Extraction,
    Meeting,
    MeetingStatus,
    PersonRef,
    Question,
    Quote,
    Source,
    StoredMeeting,
    StoredQuestion,
    StoredQuote,
)
from briefings.store.protocol import Store


@dataclass
class Draft:
    """An article being written: each fact adds its sentence to the body."""

    title: str
    published: datetime | None
    url: str | None = None
    source: str | None = "Example Wire"
    sentences: list[str] = field(default_factory=list)
    quotes: list[tuple[str, str, PersonRef | None]] = field(default_factory=list)
    meetings: list[tuple[str, tuple[PersonRef, ...], str | None, str | None, MeetingStatus]] = field(
        default_factory=list
    )
    questions: list[tuple[str, str, PersonRef | None, bool, str | None]] = field(default_factory=list)

    def quote(self, text: str, speaker: PersonRef | None) -> Draft:
        who = speaker.name if speaker else "Someone"
        sentence = f"“{text}” {who} said."
        self.sentences.append(sentence)
        self.quotes.append((sentence, text, speaker))
        return self

    def meeting(
        self,
        *people: PersonRef,
        place: str | None = None,
        date: str | None = None,
        status: MeetingStatus = "held",
    ) -> Draft:
        names = " and ".join(p.name for p in people)
        sentence = f"{names} met in {place or 'private'}."
        self.sentences.append(sentence)
        self.meetings.append((sentence, people, place, date, status))
        return self

    def question(
        self,
        text: str,
        asked_by: PersonRef | None = None,
        *,
        explicit: bool = True,
        answer: str | None = None,
    ) -> Draft:
        """A question; ``answer`` is the opening of the answer that leaves it open (issue 16)."""
        self.sentences.append(text)
        if answer is not None:
            self.sentences.append(answer)
        self.questions.append((text, text, asked_by, explicit, answer))
        return self

    def save(self, store: Store, *, now: datetime) -> Document:
        body = " ".join(self.sentences) or "Nothing happened."
        document = Document.create(
            title=self.title, body=body, published=self.published, url=self.url, source=self.source
        )

        def evidence(sentence: str) -> Evidence:
            start = body.index(sentence)
            return Evidence(document.id, sentence, start, start + len(sentence))

        extraction = Extraction(
            document_id=document.id,
            quotes=tuple(Quote(text, who, "direct", evidence(s)) for s, text, who in self.quotes),
            meetings=tuple(
                Meeting(people, place, date, evidence(s), status)
                for s, people, place, date, status in self.meetings
            ),
            questions=tuple(
                Question(
                    text,
                    "explicit" if explicit else "implicit",
                    who,
                    evidence(s),
                    answer=evidence(answer) if answer is not None else None,
                )
                for s, text, who, explicit, answer in self.questions
            ),
        )
        store.save_document(document, extraction, now=now)
        return document


def person(name: str, role: str | None = None) -> PersonRef:
    return PersonRef(name=name, role=role)


# --- briefings built directly (the renderer's input), for render and property tests ---


def citation(
    doc: str, sentence: str, *, title: str, url: str | None, publisher: str | None, published: datetime | None
) -> Citation:
    source = Source(document_id=doc, title=title, publisher=publisher, url=url, published=published)
    return Citation(Evidence(doc, sentence, 0, len(sentence)), source)


def briefing_of(
    *,
    quotes: Sequence[tuple[str, PersonRef | None]] = (),
    meetings: Sequence[tuple[tuple[PersonRef, ...], str | None]] = (),
    questions: Sequence[tuple[str, PersonRef | None]] = (),
    title: str = "Briefing",
    source_title: str = "An article",
    publisher: str | None = "Example Wire",
    url: str | None = "https://example.org/a?x=1&y=2",
    now: datetime,
    tz: str = "UTC",
    filters: dict[str, str] | None = None,
) -> Briefing:
    """A briefing whose every item cites its own document."""
    number = 0
    meeting_items: list[MeetingItem] = []
    quote_items: list[QuoteItem] = []
    question_items: list[QuestionItem] = []
    sources: list[Source] = []

    def cite(sentence: str) -> Citation:
        c = citation(
            f"doc{number}",
            sentence,
            title=source_title,
            url=url and f"{url}&n={number}",
            publisher=publisher,
            published=now,
        )
        sources.append(c.source)
        return c

    for people, place in meetings:
        number += 1
        c = cite(" and ".join(p.name for p in people) + " met.")
        meeting_items.append(
            MeetingItem(
                number, StoredMeeting(number, Meeting(people, place, None, c.evidence), (c,)), "28 Jul 2021"
            )
        )
    for text, speaker in quotes:
        number += 1
        c = cite(text)
        quote_items.append(
            QuoteItem(number, StoredQuote(number, Quote(text, speaker, "direct", c.evidence), c))
        )
    for text, asked in questions:
        number += 1
        c = cite(text)
        question_items.append(
            QuestionItem(number, StoredQuestion(number, Question(text, "explicit", asked, c.evidence), c))
        )
    return Briefing(
        title=title,
        generated_at=now,
        since=now,
        until=None,
        tz=tz,
        filters=filters or {},
        meetings=tuple(meeting_items),
        quotes=tuple(quote_items),
        questions=tuple(question_items),
        sources=tuple(sources),
    )
