"""Bulk loading of synthetic documents into the store's own tables.

The write path (``save_document``) saves 50-90 documents a second (see
``benchmarks/write_path.py``), so 100k documents through it would take half an
hour per store and size. The synthetic corpus knows who is who, so this loader
fills the same tables directly, in large ``executemany`` batches: the rows are those the write path
writes (mentions folded by :class:`~briefings.store.mentions.DocumentMentions`
with the same match keys, full-text entries on SQLite, the identity copies on
aliases, quotes and questions), identities are one per distinct (kind, name
key), the per-identity name counts are rebuilt at the end (as the migration
backfills them), and each meeting report is its own meeting (no cross-document
merge, which only changes how many citations a meeting shows).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, text

from benchmarks.synthetic import Generator
from briefings.identity import entity_key
from briefings.model.documents import Document
from briefings.model.facts import Extraction
from briefings.store import identities as resolution
from briefings.store import merging
from briefings.store.engine import WRITE
from briefings.store.fact_rows import answer_row, evidence_row, person_row
from briefings.store.mentions import DocumentMentions, mention_keys
from briefings.store.schema import (
    documents,
    identities,
    meeting_participants,
    meeting_reports,
    meetings,
    mention_aliases,
    mention_roles,
    mentions,
    questions,
    quotes,
)
from briefings.store.sql import SqlStore

_TABLES = (
    documents,
    identities,
    mentions,
    mention_aliases,
    mention_roles,
    quotes,
    questions,
    meetings,
    meeting_reports,
    meeting_participants,
)


class BulkLoader:
    """Keeps the id counters and the identity index between batches."""

    def __init__(self, store: SqlStore) -> None:
        self.store = store
        self.next_id: dict[str, int] = {}
        self.identity_ids: dict[tuple[str, str], int] = {}
        with store.engine.connect() as conn:
            for table in _TABLES:
                column = table.c.pk if table is documents else table.c.id
                self.next_id[table.name] = (
                    int(conn.execute(select(func.coalesce(func.max(column), 0))).scalar_one()) + 1
                )
            for row in conn.execute(select(identities.c.id, identities.c.kind, identities.c.name_key)):
                self.identity_ids[(row.kind, row.name_key)] = row.id

    def _take(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value

    def load(self, items: Sequence[tuple[Document, Extraction, datetime]]) -> None:
        rows: dict[str, list[dict[str, Any]]] = {t.name: [] for t in _TABLES}
        fts_documents: list[dict[str, Any]] = []
        fts_quotes: list[dict[str, Any]] = []
        for document, extraction, ingested in items:
            sort_time = document.published or ingested
            pk = self._take("documents")
            rows["documents"].append(
                {
                    "pk": pk,
                    "id": document.id,
                    "key": document.key,
                    "title": document.title,
                    "body": document.body,
                    "published": document.published,
                    "source": document.source,
                    "url": document.url,
                    "path": document.path,
                    "license": document.license,
                    "meta": dict(document.meta),
                    "ingested_at": ingested,
                    "sort_time": sort_time,
                }
            )
            fts_documents.append({"pk": pk, "title": document.title, "body": document.body})
            people = DocumentMentions(extraction)
            for draft in people.drafts:
                keys = mention_keys(draft.name, draft.kind)
                identity = self.identity_ids.get((draft.kind, keys.name_key))
                if identity is None and draft.kind != "anonymous":
                    identity = self._take("identities")
                    self.identity_ids[(draft.kind, keys.name_key)] = identity
                    rows["identities"].append(
                        {
                            "id": identity,
                            "name": draft.name,
                            "kind": draft.kind,
                            "first_key": keys.first_key,
                            "last_key": keys.last_key,
                            "name_key": keys.name_key,
                        }
                    )
                draft.id = self._take("mentions")
                draft.identity_id = identity
                rows["mentions"].append(
                    {
                        "id": draft.id,
                        "document_id": document.id,
                        "identity_id": identity,
                        "name": draft.name,
                        "kind": draft.kind,
                        "first_key": keys.first_key,
                        "last_key": keys.last_key,
                        "name_key": keys.name_key,
                    }
                )
                for alias in draft.aliases:
                    rows["mention_aliases"].append(
                        {
                            "id": self._take("mention_aliases"),
                            "mention_id": draft.id,
                            "alias": alias,
                            "alias_key": _fold(alias),
                            "identity_id": identity,
                        }
                    )
                for role in draft.roles:
                    rows["mention_roles"].append(
                        {
                            "id": self._take("mention_roles"),
                            "mention_id": draft.id,
                            "role": role,
                            "stated_at": sort_time,
                        }
                    )
            for position, quote in enumerate(extraction.quotes):
                quote_id = self._take("quotes")
                speaker = quote.speaker
                rows["quotes"].append(
                    {
                        "id": quote_id,
                        "document_id": document.id,
                        "position": position,
                        "text": quote.text,
                        "kind": quote.kind,
                        **person_row("speaker", speaker, people),
                        "sort_time": sort_time,
                        **evidence_row(quote.evidence),
                    }
                )
                fts_quotes.append({"id": quote_id, "text": quote.text})
            for position, question in enumerate(extraction.questions):
                asked = question.asked_by
                rows["questions"].append(
                    {
                        "id": self._take("questions"),
                        "document_id": document.id,
                        "position": position,
                        "text": question.text,
                        "kind": question.kind,
                        **person_row("asked_by", asked, people),
                        "sort_time": sort_time,
                        **evidence_row(question.evidence),
                        **answer_row(question.answer),
                    }
                )
            for position, meeting in enumerate(extraction.meetings):
                anchor = merging.parse_date(meeting.date) or sort_time.date()
                meeting_id = self._take("meetings")
                rows["meetings"].append(
                    {
                        "id": meeting_id,
                        "place": meeting.place,
                        "place_key": entity_key(meeting.place) if meeting.place else None,
                        "date": meeting.date,
                        "status": meeting.status,
                        "anchor_date": anchor,
                        "first_time": sort_time,
                        "last_time": sort_time,
                        "last_ingested_at": ingested,
                    }
                )
                report_id = self._take("meeting_reports")
                rows["meeting_reports"].append(
                    {
                        "id": report_id,
                        "meeting_id": meeting_id,
                        "document_id": document.id,
                        "position": position,
                        "place": meeting.place,
                        "date": meeting.date,
                        "status": meeting.status,
                        "anchor_date": anchor,
                        **evidence_row(meeting.evidence),
                    }
                )
                for index, ref in enumerate(meeting.participants):
                    rows["meeting_participants"].append(
                        {
                            "id": self._take("meeting_participants"),
                            "report_id": report_id,
                            "position": index,
                            "name": ref.name,
                            "role": ref.role,
                            "kind": ref.kind,
                            "mention_id": people.mention_id(ref),
                        }
                    )
        with self.store.engine.connect() as conn:
            conn.execution_options(**WRITE)
            with conn.begin():
                for table in _TABLES:
                    if rows[table.name]:
                        conn.execute(insert(table), rows[table.name])
                if conn.dialect.name == "sqlite":
                    conn.execute(
                        text("INSERT INTO documents_fts(rowid, title, body) VALUES (:pk, :title, :body)"),
                        fts_documents,
                    )
                    if fts_quotes:
                        conn.execute(
                            text("INSERT INTO quotes_fts(rowid, text) VALUES (:id, :text)"), fts_quotes
                        )

    def finish(self) -> None:
        """Name counts rebuilt and PostgreSQL sequences moved past the explicit ids,
        so the write path keeps working on the loaded store."""
        with self.store.engine.connect() as conn:
            conn.execution_options(**WRITE)
            with conn.begin():
                resolution.recount_names(conn)
        with self.store.engine.connect() as conn:
            if conn.dialect.name != "postgresql":
                return
            for table in _TABLES:
                column = "pk" if table is documents else "id"
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column}'), "
                        f"(SELECT coalesce(max({column}), 0) + 1 FROM {table.name}), false)"
                    )
                )
            conn.commit()


def _fold(alias: str) -> str:
    from briefings.identity import fold

    return fold(alias) or alias


def bulk_fill(store: SqlStore, generator: Generator, start: int, stop: int, *, batch: int = 1000) -> float:
    """Load documents ``start..stop-1``; returns the seconds taken."""
    began = time.perf_counter()
    loader = BulkLoader(store)
    for first in range(start, stop, batch):
        loader.load([generator.document(n) for n in range(first, min(first + batch, stop))])
    loader.finish()
    return time.perf_counter() - began
