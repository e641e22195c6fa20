"""SqlStore: the :class:`~briefings.store.protocol.Store` on SQLAlchemy Core.

Each public method is one transaction: reads on a plain connection, writes on a
connection marked for writing (``BEGIN IMMEDIATE`` on SQLite). The SQL itself
lives in the modules named after what they hold (writes, queries, people,
botstate); this class only opens transactions and delegates.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any, Literal

from sqlalchemy import Connection, Engine, Row, func, select
from sqlalchemy.exc import OperationalError

from briefings.model.documents import Document
from briefings.model.facts import (
    Delivery,
    Extraction,
    Identity,
    PostedBriefing,
    Standing,
    StoredMeeting,
    StoredQuestion,
    StoredQuote,
    Subscription,
)
from briefings.store import botstate, fulltext, lookup, meeting_queries, people, queries, standing, writes
from briefings.store.engine import WRITE
from briefings.store.protocol import SaveOutcome
from briefings.store.schema import documents
from briefings.subjects import Subject

_SAVE_ATTEMPTS = 3
_RETRYABLE = frozenset({"40P01", "40001"})  # deadlock detected, serialization failure


class SqlStore:
    """The corpus and bot state in one SQL database (see :func:`briefings.store.open_store`)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn.execution_options(**WRITE)
            with conn.begin():
                yield conn

    # --- documents and facts ---------------------------------------------------
    def document_status(self, document: Document) -> SaveOutcome:
        with self._read() as conn:
            return writes.document_status(conn, document)

    def save_document(self, document: Document, extraction: Extraction, *, now: datetime) -> SaveOutcome:
        # Writers lock the keys they resolve (``keylocks``); rows outside those keys (merged
        # meetings) can still meet in a deadlock, which PostgreSQL breaks by aborting one
        # transaction: that one is run again rather than failing the document.
        for attempt in range(1, _SAVE_ATTEMPTS + 1):
            try:
                with self._write() as conn:
                    return writes.save_document(conn, document, extraction, now=now)
            except OperationalError as exc:
                if attempt == _SAVE_ATTEMPTS or getattr(exc.orig, "sqlstate", None) not in _RETRYABLE:
                    raise
        raise AssertionError("unreachable: the last attempt returns or raises")

    def get_document(self, document_id: str) -> Document | None:
        with self._read() as conn:
            row = conn.execute(select(documents).where(documents.c.id == document_id)).first()
        return None if row is None else _document(row)

    def count_documents(self) -> int:
        with self._read() as conn:
            return int(conn.execute(select(func.count()).select_from(documents)).scalar_one())

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
        with self._read() as conn:
            return queries.find_quotes(
                conn,
                since=since,
                until=until,
                ingested_since=ingested_since,
                person=person,
                topic=topic,
                limit=limit,
                identity_ids=identity_ids,
                mentioning=mentioning,
                current_names=current_names,
            )

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
        with self._read() as conn:
            return meeting_queries.find_meetings(
                conn,
                since=since,
                until=until,
                ingested_since=ingested_since,
                person=person,
                topic=topic,
                include_planned=include_planned,
                limit=limit,
                identity_ids=identity_ids,
                current_names=current_names,
            )

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
        with self._read() as conn:
            return queries.find_questions(
                conn,
                since=since,
                until=until,
                ingested_since=ingested_since,
                topic=topic,
                limit=limit,
                person=person,
                identity_ids=identity_ids,
                mentioning=mentioning,
                current_names=current_names,
            )

    def get_quote(self, quote_id: int) -> StoredQuote | None:
        with self._read() as conn:
            return queries.get_quote(conn, quote_id)

    def get_meeting(self, meeting_id: int) -> StoredMeeting | None:
        with self._read() as conn:
            return meeting_queries.get_meeting(conn, meeting_id)

    def get_question(self, question_id: int) -> StoredQuestion | None:
        with self._read() as conn:
            return queries.get_question(conn, question_id)

    def search_documents(self, text: str, *, limit: int = 20) -> list[Document]:
        if not fulltext.has_words(text):
            return []
        with self._read() as conn:
            pks = list(conn.execute(fulltext.ranked_document_pks(conn.dialect.name, text, limit)).scalars())
            rows = {row.pk: row for row in conn.execute(select(documents).where(documents.c.pk.in_(pks)))}
        return [_document(rows[pk]) for pk in pks if pk in rows]

    def people(self, *, name: str | None = None, ids: Collection[int] | None = None) -> list[Identity]:
        with self._read() as conn:
            return people.list_identities(conn, name=name, ids=ids)

    def identity_kinds(self, name: str) -> set[str]:
        with self._read() as conn:
            return queries.identity_kinds(conn, name)

    def resolve_subject(self, name: str) -> Subject | None:
        with self._read() as conn:
            return lookup.resolve_subject(conn, name)

    def current_roles(self, ids: Collection[int]) -> dict[int, tuple[str, str | None]]:
        with self._read() as conn:
            return lookup.current_roles(conn, ids)

    def newest_published(self) -> datetime | None:
        with self._read() as conn:
            return lookup.newest_published(conn)

    def speaker_standing(self, ids: Collection[int]) -> dict[int, Standing]:
        with self._read() as conn:
            return standing.speaker_standing(conn, ids)

    def person_names(self, prefix: str = "", *, limit: int = 25) -> list[str]:
        with self._read() as conn:
            return people.names(conn, prefix, limit=limit)

    # --- bot state ---------------------------------------------------------------
    def add_subscription(
        self, platform: str, channel: str, time: str, tz: str, topic: str | None, *, now: datetime
    ) -> Subscription:
        with self._write() as conn:
            return botstate.add_subscription(conn, platform, channel, time, tz, topic, now)

    def update_subscription(
        self,
        subscription_id: int,
        *,
        time: str | None = None,
        tz: str | None = None,
        topic: str | None = None,
    ) -> Subscription | None:
        with self._write() as conn:
            return botstate.update_subscription(conn, subscription_id, time=time, tz=tz, topic=topic)

    def remove_subscription(self, subscription_id: int) -> bool:
        with self._write() as conn:
            return botstate.remove_subscription(conn, subscription_id)

    def subscriptions(self, *, platform: str | None = None, channel: str | None = None) -> list[Subscription]:
        with self._read() as conn:
            return botstate.list_subscriptions(conn, platform=platform, channel=channel)

    def get_subscription(self, subscription_id: int) -> Subscription | None:
        with self._read() as conn:
            return botstate.get_subscription(conn, subscription_id)

    def claim_delivery(
        self,
        subscription_id: int,
        scheduled_for: datetime,
        *,
        holder: str,
        now: datetime,
        claim_ttl: timedelta,
    ) -> bool:
        with self._write() as conn:
            return botstate.claim_delivery(conn, subscription_id, scheduled_for, holder, now, claim_ttl)

    def complete_delivery(
        self, subscription_id: int, scheduled_for: datetime, *, message_ref: str, now: datetime
    ) -> None:
        with self._write() as conn:
            botstate.complete_delivery(conn, subscription_id, scheduled_for, message_ref, now)

    def fail_delivery(
        self,
        subscription_id: int,
        scheduled_for: datetime,
        *,
        status: Literal["missed", "failed"],
        error: str,
        now: datetime,
    ) -> None:
        with self._write() as conn:
            botstate.fail_delivery(conn, subscription_id, scheduled_for, status, error, now)

    def deliveries(self, *, subscription_id: int | None = None, limit: int = 50) -> list[Delivery]:
        with self._read() as conn:
            return botstate.list_deliveries(conn, subscription_id=subscription_id, limit=limit)

    def last_briefing_time(self, platform: str, channel: str) -> datetime | None:
        with self._read() as conn:
            return botstate.last_briefing_time(conn, platform, channel)

    def acquire_lease(self, name: str, holder: str, *, now: datetime, ttl: timedelta) -> bool:
        with self._write() as conn:
            return botstate.acquire_lease(conn, name, holder, now, ttl)

    def release_lease(self, name: str, holder: str) -> None:
        with self._write() as conn:
            botstate.release_lease(conn, name, holder)

    def first_request(self, platform: str, key: str, *, now: datetime, ttl: timedelta) -> bool:
        with self._write() as conn:
            return botstate.first_request(conn, platform, key, now, ttl)

    def record_posted_briefing(self, posted: PostedBriefing) -> None:
        with self._write() as conn:
            botstate.record_posted_briefing(conn, posted)

    def find_posted_briefing(self, platform: str, channel: str, message_id: str) -> PostedBriefing | None:
        with self._read() as conn:
            return botstate.find_posted_briefing(conn, platform, channel, message_id)

    def close(self) -> None:
        self.engine.dispose()


def _document(row: Row[Any]) -> Document:
    return Document(
        id=row.id,
        title=row.title,
        body=row.body,
        published=row.published,
        source=row.source,
        url=row.url,
        path=row.path,
        license=row.license,
        meta=dict(row.meta or {}),
    )
