"""Reading facts back: quotes and questions with their sources (merged meetings:
:mod:`briefings.store.meeting_queries`).

Windows use indexed columns only: ``documents.sort_time`` (publication time,
else ingest time) for ``since``/``until`` (``since`` inclusive, ``until``
exclusive) and ``documents.ingested_at`` for ``ingested_since``; a merged
meeting is in a window when any of its reports is (its cached time range
overlaps it). Results are newest first.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, Table, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from briefings.model.facts import (
    Evidence,
    PersonRef,
    Question,
    Quote,
    StoredQuestion,
    StoredQuote,
)
from briefings.store import fulltext
from briefings.store.people import person_identity_ids
from briefings.store.query_parts import (
    SOURCE_COLUMNS,
    Names,
    citation,
    current_names_of,
    limited,
    named,
    restricted_ids,
    topic_documents,
)
from briefings.store.schema import (
    documents,
    identities,
    mentions,
    questions,
    quotes,
)


def _ref(name: str | None, role: str | None, kind: str | None) -> PersonRef | None:
    if name is None:
        return None
    return PersonRef(name=name, role=role, kind=kind or "person")  # type: ignore[arg-type]


def _window(
    since: datetime | None, until: datetime | None, ingested_since: datetime | None
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if since is not None:
        conditions.append(documents.c.sort_time >= since)
    if until is not None:
        conditions.append(documents.c.sort_time < until)
    if ingested_since is not None:
        conditions.append(documents.c.ingested_at >= ingested_since)
    return conditions


def _fact_window(
    facts: Table,
    ids: Sequence[int] | None,
    since: datetime | None,
    until: datetime | None,
    ingested_since: datetime | None,
) -> tuple[list[ColumnElement[bool]], ColumnElement[Any]]:
    """Conditions and newest-first sort key for quotes or questions, optionally of
    the identities ``ids`` (who said the quote, who asked the question).

    For a person, the fact's own copies of the identity and of the document's
    sort_time are used: that person's newest facts are then the head of one
    index (``ix_<facts>_<person>_identity_sort``), however many the corpus holds.
    """
    if ids is None:
        return _window(since, until, ingested_since), documents.c.sort_time
    identity = facts.c.speaker_identity_id if facts is quotes else facts.c.asked_by_identity_id
    sort_time = facts.c.sort_time
    conditions = [identity.in_(ids), *_window(None, None, ingested_since)]
    if since is not None:
        conditions.append(sort_time >= since)
    if until is not None:
        conditions.append(sort_time < until)
    return conditions, sort_time


def _documents_naming(conn: Connection, mentioning: Sequence[str]) -> ColumnElement[bool] | None:
    """The documents naming any of the terms, or None when no term has words to search.

    Facts have no full-text index of their own (questions none at all), so a lookup
    narrows to the documents naming a term and the builder keeps the facts whose own
    sentence names it; quotes and questions share this narrowing."""
    terms = [term for term in mentioning if fulltext.has_words(term)]
    if not terms:
        return None
    return documents.c.pk.in_(fulltext.document_pks_any(conn.dialect.name, terms))


def _from_matches(sort_key: ColumnElement[Any]) -> ColumnElement[Any]:
    """The newest-first key as an expression, for queries restricted to the documents
    a full-text search matched: sorting the bare column makes SQLite walk its
    index over every document to find the few that match; an expression makes it
    start from the matches and sort those."""
    return func.coalesce(sort_key, sort_key)


# --- quotes ---------------------------------------------------------------------

_QUOTE_QUERY = (
    select(quotes, mentions.c.identity_id, *SOURCE_COLUMNS)
    .join(documents, documents.c.id == quotes.c.document_id)
    .outerjoin(mentions, mentions.c.id == quotes.c.speaker_mention_id)
)


def _stored_quote(row: Row[Any], names: Names | None = None) -> StoredQuote:
    cited = citation(row)
    quote = Quote(
        text=row.text,
        speaker=named(_ref(row.speaker_name, row.speaker_role, row.speaker_kind), row.identity_id, names),
        kind=row.kind,
        evidence=cited.evidence,
    )
    return StoredQuote(id=row.id, quote=quote, citation=cited, speaker_id=row.identity_id)


def find_quotes(
    conn: Connection,
    *,
    since: datetime | None,
    until: datetime | None,
    ingested_since: datetime | None,
    person: str | None,
    topic: str | None,
    limit: int | None,
    identity_ids: Collection[int] | None = None,
    mentioning: Sequence[str] | None = None,
    current_names: bool = False,
) -> list[StoredQuote]:
    ids = restricted_ids(conn, person, identity_ids)
    where, newest = _fact_window(quotes, ids, since, until, ingested_since)
    query = _QUOTE_QUERY.where(*where)
    if mentioning is not None:
        naming = _documents_naming(conn, mentioning)
        if naming is None:
            return []
        query = query.where(naming)
        newest = _from_matches(newest)
    if topic is not None:
        if not fulltext.has_words(topic):
            return []
        query = query.where(
            or_(
                quotes.c.id.in_(fulltext.quote_ids(conn.dialect.name, topic)),
                topic_documents(conn, topic),
            )
        )
    query = query.order_by(newest.desc(), documents.c.pk.desc(), quotes.c.position)
    rows = conn.execute(limited(query, limit)).all()
    names = current_names_of(conn, rows, "identity_id", "speaker_kind") if current_names else None
    return [_stored_quote(row, names) for row in rows]


def get_quote(conn: Connection, quote_id: int) -> StoredQuote | None:
    row = conn.execute(_QUOTE_QUERY.where(quotes.c.id == quote_id)).first()
    return (
        None
        if row is None
        else _stored_quote(row, current_names_of(conn, [row], "identity_id", "speaker_kind"))
    )


# --- questions ------------------------------------------------------------------

_QUESTION_QUERY = select(questions, *SOURCE_COLUMNS).join(
    documents, documents.c.id == questions.c.document_id
)


def _answer(row: Row[Any]) -> Evidence | None:
    """The opening of the answer that leaves a question open, if one was stored."""
    if row.answer_sentence is None:
        return None
    return Evidence(
        document_id=row.doc_id,
        sentence=row.answer_sentence,
        start=row.answer_span_start,
        end=row.answer_span_end,
    )


def _stored_question(row: Row[Any], names: Names | None = None) -> StoredQuestion:
    cited = citation(row)
    asked_by = _ref(row.asked_by_name, row.asked_by_role, row.asked_by_kind)
    question = Question(
        text=row.text,
        kind=row.kind,
        asked_by=named(asked_by, row.asked_by_identity_id, names),
        evidence=cited.evidence,
        answer=_answer(row),
    )
    return StoredQuestion(id=row.id, question=question, citation=cited)


def find_questions(
    conn: Connection,
    *,
    since: datetime | None,
    until: datetime | None,
    ingested_since: datetime | None,
    topic: str | None,
    limit: int | None,
    person: str | None = None,
    identity_ids: Collection[int] | None = None,
    mentioning: Sequence[str] | None = None,
    current_names: bool = False,
) -> list[StoredQuestion]:
    ids = restricted_ids(conn, person, identity_ids)
    where, newest = _fact_window(questions, ids, since, until, ingested_since)
    query = _QUESTION_QUERY.where(*where)
    if mentioning is not None:
        naming = _documents_naming(conn, mentioning)
        if naming is None:
            return []
        query = query.where(naming)
        newest = _from_matches(newest)
    if topic is not None:
        if not fulltext.has_words(topic):
            return []
        query = query.where(topic_documents(conn, topic))
    query = query.order_by(newest.desc(), documents.c.pk.desc(), questions.c.position)
    rows = conn.execute(limited(query, limit)).all()
    names = current_names_of(conn, rows, "asked_by_identity_id", "asked_by_kind") if current_names else None
    return [_stored_question(row, names) for row in rows]


def identity_kinds(conn: Connection, name: str) -> set[str]:
    """The kinds ("person", "org", ...) of the identities ``name`` means, without
    reading their aliases and roles (which grow with how often they are mentioned)."""
    ids = person_identity_ids(conn, name)
    if not ids:
        return set()
    return set(conn.execute(select(identities.c.kind).where(identities.c.id.in_(ids)).distinct()).scalars())


def get_question(conn: Connection, question_id: int) -> StoredQuestion | None:
    row = conn.execute(_QUESTION_QUERY.where(questions.c.id == question_id)).first()
    if row is None:
        return None
    return _stored_question(row, current_names_of(conn, [row], "asked_by_identity_id", "asked_by_kind"))
