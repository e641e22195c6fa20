"""The one storage interface every part of briefbot talks to.

SQLite by default and PostgreSQL through the same SQLAlchemy code (see
``briefings.store.sql``). Writes go through :meth:`Store.save_document`, the one
write path for facts, and are transactional: a crash mid-save leaves no half
document. Time arguments are time-zone-aware datetimes; "now" is always passed
in, never read from the clock, so tests can fix it.

Time windows: ``since``/``until`` filter on the document's publication time
(falling back to its ingest time when it has none); ``ingested_since`` filters on
when briefbot ingested it, which is what "new since the last briefing" means.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime, timedelta
from typing import Literal, Protocol

from briefings.model.documents import Document
from briefings.model.facts import (
    Delivery,
    Extraction,
    Identity,
    PostedBriefing,
    PostedItem,
    Standing,
    StoredMeeting,
    StoredQuestion,
    StoredQuote,
    Subscription,
)
from briefings.subjects import Subject

SaveOutcome = Literal["new", "unchanged", "updated"]


class Store(Protocol):
    # --- documents and facts -------------------------------------------------
    def document_status(self, document: Document) -> SaveOutcome:
        """What saving this document would do: "unchanged" when a document with its
        id is stored, "updated" when another version is stored under its key
        (URL or path), else "new". Cheap: lets ingest skip extraction."""

    def save_document(self, document: Document, extraction: Extraction, *, now: datetime) -> SaveOutcome:
        """Store a document and its facts in one transaction, replacing the facts of
        any earlier version stored under the same key; then update corpus-wide
        identities and meeting merges."""

    def get_document(self, document_id: str) -> Document | None: ...

    def count_documents(self) -> int: ...

    def quotes(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        ingested_since: datetime | None = None,
        person: str | None = None,
        topic: str | None = None,
        limit: int | None = None,
        identity_ids: Collection[int] | None = None,
        mentioning: Sequence[str] | None = None,
        current_names: bool = False,
    ) -> list[StoredQuote]:
        """Quotes, newest document first. ``person`` matches the speaker's identity by
        any alias (case-insensitive, "Blinken" finds "Antony J. Blinken");
        ``identity_ids`` gives the speakers' identities instead (a resolved lookup);
        ``topic`` is full-text search over the quote and its document; ``mentioning``
        keeps quotes of documents naming any of these terms. With ``current_names``
        people are named by their identity and current role (one name per person in
        a briefing), in every fact query alike."""

    def meetings(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        ingested_since: datetime | None = None,
        person: str | None = None,
        topic: str | None = None,
        include_planned: bool = True,
        limit: int | None = None,
        identity_ids: Collection[int] | None = None,
        current_names: bool = False,
    ) -> list[StoredMeeting]:
        """Meetings merged across documents (one item, several citations).
        ``person`` matches a participant by alias, or an organisation/country/place;
        ``identity_ids`` matches participants by identity (a resolved lookup)."""

    def questions(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        ingested_since: datetime | None = None,
        topic: str | None = None,
        limit: int | None = None,
        person: str | None = None,
        identity_ids: Collection[int] | None = None,
        mentioning: Sequence[str] | None = None,
        current_names: bool = False,
    ) -> list[StoredQuestion]:
        """Questions in the window; with ``person`` (or ``identity_ids``), only those
        that person asked; with ``mentioning``, those in documents naming a term."""

    def get_quote(self, quote_id: int) -> StoredQuote | None: ...
    def get_meeting(self, meeting_id: int) -> StoredMeeting | None: ...
    def get_question(self, question_id: int) -> StoredQuestion | None: ...

    def search_documents(self, text: str, *, limit: int = 20) -> list[Document]:
        """Full-text search over bodies (SQLite FTS5 / PostgreSQL tsvector)."""

    def people(self, *, name: str | None = None, ids: Collection[int] | None = None) -> list[Identity]:
        """Corpus-wide identities with every alias, role and document count, optionally
        those matching ``name`` by any alias and/or those with the given ``ids``. Reading
        an identity costs what the corpus holds of it: briefings use
        :meth:`speaker_standing` and :meth:`identity_kinds` instead."""

    def identity_kinds(self, name: str) -> set[str]:
        """Kinds of the identities ``name`` matches (as ``people(name=...)`` would find
        them), cheaply: "is this a person?" is asked before every named briefing."""

    def resolve_subject(self, name: str) -> Subject | None:
        """The identity a lookup's name means, with its members and officials and the
        other identities it matched (see :mod:`briefings.subjects`); None if none."""

    def current_roles(self, ids: Collection[int]) -> dict[int, tuple[str, str | None]]:
        """Display name and latest stated role of each identity: one name per person."""

    def newest_published(self) -> datetime | None:
        """Publication time of the corpus's newest article (None when empty)."""

    def speaker_standing(self, ids: Collection[int]) -> dict[int, Standing]:
        """Prominence of these identities for ranking, in time bounded per identity
        however often the corpus mentions them."""

    def person_names(self, prefix: str = "", *, limit: int = 25) -> list[str]:
        """Canonical names starting with (or containing) ``prefix``, for autocomplete."""

    # --- bot state ------------------------------------------------------------
    def add_subscription(
        self, platform: str, channel: str, time: str, tz: str, topic: str | None, *, now: datetime
    ) -> Subscription: ...
    def update_subscription(
        self,
        subscription_id: int,
        *,
        time: str | None = None,
        tz: str | None = None,
        topic: str | None = None,
    ) -> Subscription | None: ...
    def remove_subscription(self, subscription_id: int) -> bool: ...
    def subscriptions(
        self, *, platform: str | None = None, channel: str | None = None
    ) -> list[Subscription]: ...
    def get_subscription(self, subscription_id: int) -> Subscription | None: ...

    def claim_delivery(
        self,
        subscription_id: int,
        scheduled_for: datetime,
        *,
        holder: str,
        now: datetime,
        claim_ttl: timedelta,
    ) -> bool:
        """Claim the unique (subscription, scheduled time) delivery in one transaction.
        True when this caller may post: no row yet, or a claimed-but-unposted row
        whose claim is older than ``claim_ttl`` (its holder crashed)."""

    def complete_delivery(
        self, subscription_id: int, scheduled_for: datetime, *, message_ref: str, now: datetime
    ) -> None: ...
    def fail_delivery(
        self,
        subscription_id: int,
        scheduled_for: datetime,
        *,
        status: Literal["missed", "failed"],
        error: str,
        now: datetime,
    ) -> None: ...
    def deliveries(self, *, subscription_id: int | None = None, limit: int = 50) -> list[Delivery]: ...
    def last_briefing_time(self, platform: str, channel: str) -> datetime | None: ...

    def acquire_lease(self, name: str, holder: str, *, now: datetime, ttl: timedelta) -> bool:
        """Take or renew the named lease (e.g. "scheduler"): True when ``holder`` holds it
        after the call. A lease not renewed within ``ttl`` can be taken over."""

    def release_lease(self, name: str, holder: str) -> None: ...

    def first_request(self, platform: str, key: str, *, now: datetime, ttl: timedelta) -> bool:
        """Whether this is the first time ``key`` (an event id, a command's trigger id) is
        seen on ``platform`` within ``ttl``, across every process on the store."""
        ...

    def record_posted_briefing(self, posted: PostedBriefing) -> None: ...
    def find_posted_briefing(self, platform: str, channel: str, message_id: str) -> PostedBriefing | None: ...

    def close(self) -> None: ...


__all__ = ["PostedItem", "SaveOutcome", "Sequence", "Store"]
