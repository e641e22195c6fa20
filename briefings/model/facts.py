"""The facts briefbot extracts and stores: plain frozen dataclasses, no behaviour.

Every fact carries :class:`Evidence` (document id, the sentence, its character
span in the stored body) because a thread reply must be able to show exactly
where a briefing line came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

QuoteKind = Literal["direct", "partial"]
QuestionKind = Literal["explicit", "implicit"]
MeetingStatus = Literal["held", "planned", "postponed", "cancelled"]
EntityKind = Literal["person", "org", "group", "place", "anonymous"]
EvidenceField = Literal["body", "title"]


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: ``body[start:end]`` of the document is ``sentence``
    (for ``field == "title"`` the span indexes the title instead)."""

    document_id: str
    sentence: str
    start: int
    end: int
    field: EvidenceField = "body"


@dataclass(frozen=True)
class PersonRef:
    """A speaker or participant as resolved in one document: the fullest name the
    document gives ("Deborah Lyons" for "Lyons", "she") and the role it states."""

    name: str
    role: str | None = None
    kind: EntityKind = "person"


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: PersonRef | None
    kind: QuoteKind
    evidence: Evidence


@dataclass(frozen=True)
class Meeting:
    participants: tuple[PersonRef, ...]
    place: str | None
    date: str | None  # ISO date (YYYY-MM-DD) when resolvable, else None
    evidence: Evidence
    status: MeetingStatus = "held"


@dataclass(frozen=True)
class Question:
    text: str
    kind: QuestionKind
    asked_by: PersonRef | None
    evidence: Evidence
    # a reporter's question in an exchange: the opening of the answer that leaves it open
    answer: Evidence | None = None


@dataclass(frozen=True)
class Person:
    """A person (or organisation) as one document knows it: full name, every
    alias used, and the roles given."""

    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    kind: EntityKind = "person"


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    document_id: str
    quotes: tuple[Quote, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    questions: tuple[Question, ...] = ()
    people: tuple[Person, ...] = ()


# --- what the store hands back: facts joined to the documents they came from ---


@dataclass(frozen=True)
class Source:
    """The article behind a fact, as a reader needs it to check the fact."""

    document_id: str
    title: str
    publisher: str | None
    url: str | None
    published: datetime | None
    path: str | None = None


@dataclass(frozen=True)
class Citation:
    evidence: Evidence
    source: Source


@dataclass(frozen=True)
class StoredQuote:
    id: int
    quote: Quote
    citation: Citation
    speaker_id: int | None = None  # corpus-wide identity (see Identity)


@dataclass(frozen=True)
class StoredQuestion:
    id: int
    question: Question
    citation: Citation


@dataclass(frozen=True)
class StoredMeeting:
    """One meeting, possibly reported by several articles (merged across the corpus):
    ``citations`` holds one entry per reporting sentence, newest source first."""

    id: int
    meeting: Meeting
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class Identity:
    """One person or organisation across the whole corpus."""

    id: int
    name: str
    kind: EntityKind
    aliases: tuple[str, ...] = ()
    roles: tuple[tuple[str, datetime | None], ...] = ()  # role and when it was stated
    document_count: int = 0


@dataclass(frozen=True)
class Standing:
    """What quote ranking knows of a speaker: in how many documents the corpus
    mentions them (counted up to a cap, see ``briefings.store.standing``) and
    whether any document gave them a role."""

    document_count: int
    has_role: bool


@dataclass(frozen=True)
class Subscription:
    id: int
    platform: str
    channel: str
    time: str  # "HH:MM"
    tz: str  # IANA zone
    topic: str | None = None
    created_at: datetime | None = None
    active: bool = True


@dataclass(frozen=True)
class Delivery:
    subscription_id: int
    scheduled_for: datetime
    status: Literal["claimed", "posted", "missed", "failed"]
    claimed_at: datetime | None = None
    claimed_by: str | None = None
    message_ref: str | None = None
    posted_at: datetime | None = None
    error: str | None = None


@dataclass(frozen=True)
class PostedItem:
    """One numbered item of a posted briefing, remembered so a thread reply
    ("sources 2") can be answered with its evidence."""

    number: int
    section: Literal["meetings", "quotes", "questions"]
    fact_id: int
    label: str  # short text of the item, for fuzzy matching replies


@dataclass(frozen=True)
class PostedBriefing:
    platform: str
    channel: str
    message_id: str  # the thread anchor
    posted_at: datetime
    items: tuple[PostedItem, ...] = field(default=())
