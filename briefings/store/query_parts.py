"""Building blocks the store's read queries share: source columns, citations,
windows of identities and documents, and the people's current names.

Quotes and questions (:mod:`briefings.store.queries`) and merged meetings
(:mod:`briefings.store.meeting_queries`) cite their sources and narrow to a
person or a topic the same way; one home keeps the two from drifting apart.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import Connection, Row, Select
from sqlalchemy.sql.elements import ColumnElement

from briefings.model.facts import Citation, Evidence, PersonRef, Source
from briefings.store import fulltext, lookup
from briefings.store.people import person_identity_ids
from briefings.store.schema import documents

SOURCE_COLUMNS = (
    documents.c.id.label("doc_id"),
    documents.c.title.label("doc_title"),
    documents.c.source.label("doc_source"),
    documents.c.url.label("doc_url"),
    documents.c.published.label("doc_published"),
    documents.c.path.label("doc_path"),
)


def citation(row: Row[Any]) -> Citation:
    evidence = Evidence(
        document_id=row.doc_id,
        sentence=row.sentence,
        start=row.span_start,
        end=row.span_end,
        field=row.field,
    )
    source = Source(
        document_id=row.doc_id,
        title=row.doc_title,
        publisher=row.doc_source,
        url=row.doc_url,
        published=row.doc_published,
        path=row.doc_path,
    )
    return Citation(evidence=evidence, source=source)


def restricted_ids(
    conn: Connection, person: str | None, identity_ids: Collection[int] | None
) -> list[int] | None:
    """The identities a fact query is restricted to: given ones, else those ``person`` names."""
    if identity_ids is not None:
        return sorted(identity_ids)
    return person_identity_ids(conn, person) if person is not None else None


def topic_documents(conn: Connection, topic: str) -> ColumnElement[bool]:
    return documents.c.pk.in_(fulltext.document_pks(conn.dialect.name, topic))


def limited(query: Select[Any], limit: int | None) -> Select[Any]:
    return query.limit(limit) if limit is not None else query


Names = dict[int, tuple[str, str | None]]


def current_names_of(conn: Connection, rows: Sequence[Row[Any]], column: str, kind_column: str) -> Names:
    """Display name and current role of the people behind ``rows`` (one query per person)."""
    ids = {getattr(row, column) for row in rows if getattr(row, kind_column) == "person"}
    return lookup.current_roles(conn, {i for i in ids if i is not None})


def named(ref: PersonRef | None, identity_id: int | None, names: Names | None) -> PersonRef | None:
    """One name per person: the identity's display name and current role, so one
    briefing never calls one man "Biden (President)" and "Joseph R. Biden Jr".
    Asked for by briefings (``current_names``) and sources replies; a corpus listing
    keeps each report's own words."""
    if ref is None or identity_id is None or not names or identity_id not in names:
        return ref
    name, role = names[identity_id]
    return PersonRef(name=name, role=role or ref.role, kind=ref.kind)
