"""The one write path for documents and facts.

``save_document`` runs inside the caller's transaction: the document row, its
full-text entry, mentions, quotes, questions and meeting reports, then identity
resolution and meeting merges. Any failure rolls all of it back, so a crash
mid-ingest never leaves half a document; an earlier version under the same key
is removed in the same transaction, so readers see either the old version with
its facts or the new one with its facts.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, ScalarSelect, delete, insert, or_, select, update
from sqlalchemy.sql.elements import ColumnElement

from briefings.model.documents import Document
from briefings.model.facts import Extraction
from briefings.store import fulltext, identities, keylocks, merging
from briefings.store.fact_rows import insert_meetings, insert_questions, insert_quotes
from briefings.store.mentions import DocumentMentions, MentionKeys, mention_keys
from briefings.store.protocol import SaveOutcome
from briefings.store.schema import (
    documents,
    meeting_participants,
    meeting_reports,
    mention_aliases,
    mentions,
    questions,
    quotes,
)

log = logging.getLogger(__name__)


def document_status(conn: Connection, document: Document) -> SaveOutcome:
    rows = conn.execute(
        select(documents.c.id).where(or_(documents.c.id == document.id, documents.c.key == document.key))
    ).scalars()
    found = set(rows) | set(_keyed_by_path(conn, document))
    if document.id in found and _same_metadata(conn, document, found):
        return "unchanged"
    return "updated" if found else "new"


def _keys_to_lock(conn: Connection, document: Document, extraction: Extraction) -> list[str]:
    """What saving ``document`` may resolve or create (``briefings.store.keylocks``): the
    document itself, and the identity keys of its mentions and of the mentions of the
    version it replaces (their identities are re-resolved)."""
    keys = [f"document:{document.key}", f"document:{document.id}"]
    names = [
        (draft.kind, mention_keys(draft.name, draft.kind)) for draft in DocumentMentions(extraction).drafts
    ]
    if conn.dialect.name == "postgresql":
        replaced = conn.execute(
            select(mentions.c.kind, mentions.c.first_key, mentions.c.last_key, mentions.c.name_key)
            .join(documents, documents.c.id == mentions.c.document_id)
            .where(documents.c.key == document.key)
        )
        names += [(row.kind, MentionKeys(row.first_key, row.last_key, row.name_key)) for row in replaced]
    for kind, found in names:
        if kind == "person" and found.last_key:
            keys.append(f"surname:{found.last_key}")
        elif kind != "anonymous":
            keys.append(f"name:{found.name_key}")
    return keys


def _delete_document(conn: Connection, document_id: str) -> tuple[set[int], set[int]]:
    """Remove a stored version and its facts; returns (identities, meetings) it touched."""
    doc = conn.execute(
        select(documents.c.pk, documents.c.title, documents.c.body).where(documents.c.id == document_id)
    ).one()
    old_quotes = [
        (row.id, row.text)
        for row in conn.execute(select(quotes.c.id, quotes.c.text).where(quotes.c.document_id == document_id))
    ]
    fulltext.unindex_quotes(conn, old_quotes)
    fulltext.unindex_document(conn, doc.pk, doc.title, doc.body)
    stale_identities = identities.forget_document(conn, document_id)
    old_meetings = {
        m
        for m in conn.execute(
            select(meeting_reports.c.meeting_id)
            .where(meeting_reports.c.document_id == document_id)
            .distinct()
        ).scalars()
        if m is not None
    }
    # Children first: correct even where the database does not cascade.
    conn.execute(
        delete(meeting_participants).where(
            meeting_participants.c.report_id.in_(
                select(meeting_reports.c.id).where(meeting_reports.c.document_id == document_id)
            )
        )
    )
    for table in (meeting_reports, quotes, questions):
        conn.execute(delete(table).where(table.c.document_id == document_id))
    conn.execute(delete(mentions).where(mentions.c.document_id == document_id))
    conn.execute(delete(documents).where(documents.c.id == document_id))
    return stale_identities, old_meetings


def _keyed_by_path(conn: Connection, document: Document) -> list[str]:
    """A stored document keyed by this document's path: a corpus file stored before its
    metadata named its URL. Re-ingesting it moves it to the URL key, not a second copy."""
    if not document.path or document.path == document.key:
        return []
    return list(conn.execute(select(documents.c.id).where(documents.c.key == document.path)).scalars())


# What a document says besides its title and body (which its id hashes). When it changes with
# the same body (a re-ingest now reads the URL, the offset, the publisher), the stored version is
# replaced and its facts extracted again: dates in facts resolve against the publication time.
_METADATA = ("key", "published", "source", "url", "path", "license", "meta")


def _same_metadata(conn: Connection, document: Document, stored: Collection[str]) -> bool:
    """Whether the one stored version of ``document`` says the same about it."""
    if set(stored) != {document.id}:
        return False
    row: Row[Any] = conn.execute(
        select(*(documents.c[name] for name in _METADATA)).where(documents.c.id == document.id)
    ).one()
    was = (row.key, row.published, row.source, row.url, row.path, row.license, dict(row.meta or {}))
    now = (document.key, document.published, document.source, document.url, document.path, document.license)
    return was == (*now, dict(document.meta))


def save_document(
    conn: Connection, document: Document, extraction: Extraction, *, now: datetime
) -> SaveOutcome:
    """Store ``document`` with ``extraction`` (see module docstring)."""
    keylocks.lock_keys(conn, _keys_to_lock(conn, document, extraction))
    existing = (
        conn.execute(
            select(documents.c.id).where(or_(documents.c.id == document.id, documents.c.key == document.key))
        )
        .scalars()
        .all()
    )
    existing = list(dict.fromkeys([*existing, *_keyed_by_path(conn, document)]))
    if document.id in existing and _same_metadata(conn, document, existing):
        return "unchanged"
    outcome: SaveOutcome = "updated" if existing else "new"
    stale_identities: set[int] = set()
    emptied_meetings: set[int] = set()
    for old_id in existing:
        touched_identities, touched_meetings = _delete_document(conn, old_id)
        stale_identities |= touched_identities
        emptied_meetings |= touched_meetings

    sort_time = document.published or now
    result = conn.execute(
        insert(documents).values(
            id=document.id,
            key=document.key,
            title=document.title,
            body=document.body,
            published=document.published,
            source=document.source,
            url=document.url,
            path=document.path,
            license=document.license,
            meta=dict(document.meta),
            ingested_at=now,
            sort_time=sort_time,
        )
    )
    pk = result.inserted_primary_key
    assert pk is not None
    fulltext.index_document(conn, int(pk[0]), document.title, document.body)

    people = DocumentMentions(extraction)
    drafts = [
        identities.NewMention(draft.name, draft.kind, keys)
        for draft, keys in zip(people.drafts, people.keys(), strict=True)
    ]
    resolution = identities.resolve(conn, drafts, stale_identities)
    people.insert(conn, document.id, sort_time, resolution.identity_of)
    _copy_identities(conn, resolution.moved_mentions)
    insert_quotes(conn, document.id, extraction, people, sort_time)
    insert_questions(conn, document.id, extraction, people, sort_time)
    report_ids = insert_meetings(conn, document.id, extraction, people, sort_time)

    moved_reports: list[int] = []
    if resolution.moved_mentions:
        moved_reports = list(
            conn.execute(
                select(meeting_participants.c.report_id)
                .where(meeting_participants.c.mention_id.in_(sorted(resolution.moved_mentions)))
                .distinct()
            ).scalars()
        )
    merging.reassign(conn, sorted(set(report_ids) | set(moved_reports)), emptied_meetings, new=report_ids)
    log.debug(
        "saved %s (%s): %d quotes, %d meetings",
        document.key,
        outcome,
        len(extraction.quotes),
        len(extraction.meetings),
    )
    return outcome


def _copy_identities(conn: Connection, moved_mentions: set[int]) -> None:
    """Bring the copies of ``mentions.identity_id`` (on aliases, quotes and questions,
    see the schema) in line for mentions that resolution moved to another identity."""
    if not moved_mentions:
        return
    moved = sorted(moved_mentions)
    conn.execute(
        update(mention_aliases)
        .where(mention_aliases.c.mention_id.in_(moved))
        .values(identity_id=_identity_of(mention_aliases.c.mention_id))
    )
    conn.execute(
        update(quotes)
        .where(quotes.c.speaker_mention_id.in_(moved))
        .values(speaker_identity_id=_identity_of(quotes.c.speaker_mention_id))
    )
    conn.execute(
        update(questions)
        .where(questions.c.asked_by_mention_id.in_(moved))
        .values(asked_by_identity_id=_identity_of(questions.c.asked_by_mention_id))
    )


def _identity_of(mention_id: ColumnElement[int | None]) -> ScalarSelect[int | None]:
    return select(mentions.c.identity_id).where(mentions.c.id == mention_id).scalar_subquery()
