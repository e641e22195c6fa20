"""Reading facts back: quotes, questions and merged meetings with their sources.

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

from sqlalchemy import Connection, Row, Select, Table, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from briefings.identity import entity_key, fold
from briefings.model.facts import (
    Citation,
    Evidence,
    Meeting,
    PersonRef,
    Question,
    Quote,
    Source,
    StoredMeeting,
    StoredQuestion,
    StoredQuote,
)
from briefings.store import fulltext, lookup
from briefings.store.people import person_identity_ids
from briefings.store.schema import (
    documents,
    identities,
    meeting_participants,
    meeting_reports,
    meetings,
    mentions,
    questions,
    quotes,
)

_SOURCE_COLUMNS = (
    documents.c.id.label("doc_id"),
    documents.c.title.label("doc_title"),
    documents.c.source.label("doc_source"),
    documents.c.url.label("doc_url"),
    documents.c.published.label("doc_published"),
    documents.c.path.label("doc_path"),
)


def _citation(row: Row[Any]) -> Citation:
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


def _ids(conn: Connection, person: str | None, identity_ids: Collection[int] | None) -> list[int] | None:
    """The identities a fact query is restricted to: given ones, else those ``person`` names."""
    if identity_ids is not None:
        return sorted(identity_ids)
    return person_identity_ids(conn, person) if person is not None else None


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


def _topic_documents(conn: Connection, topic: str) -> ColumnElement[bool]:
    return documents.c.pk.in_(fulltext.document_pks(conn.dialect.name, topic))


def _limited(query: Select[Any], limit: int | None) -> Select[Any]:
    return query.limit(limit) if limit is not None else query


# --- quotes ---------------------------------------------------------------------

_QUOTE_QUERY = (
    select(quotes, mentions.c.identity_id, *_SOURCE_COLUMNS)
    .join(documents, documents.c.id == quotes.c.document_id)
    .outerjoin(mentions, mentions.c.id == quotes.c.speaker_mention_id)
)


def _stored_quote(row: Row[Any], names: Names | None = None) -> StoredQuote:
    citation = _citation(row)
    quote = Quote(
        text=row.text,
        speaker=_named(_ref(row.speaker_name, row.speaker_role, row.speaker_kind), row.identity_id, names),
        kind=row.kind,
        evidence=citation.evidence,
    )
    return StoredQuote(id=row.id, quote=quote, citation=citation, speaker_id=row.identity_id)


Names = dict[int, tuple[str, str | None]]


def _names(conn: Connection, rows: Sequence[Row[Any]], column: str, kind_column: str) -> Names:
    """Display name and current role of the people behind ``rows`` (one query per person)."""
    ids = {getattr(row, column) for row in rows if getattr(row, kind_column) == "person"}
    return lookup.current_roles(conn, {i for i in ids if i is not None})


def _named(ref: PersonRef | None, identity_id: int | None, names: Names | None) -> PersonRef | None:
    """One name per person: the identity's display name and current role, so one
    briefing never calls one man "Biden (President)" and "Joseph R. Biden Jr".
    Asked for by briefings (``current_names``) and sources replies; a corpus listing
    keeps each report's own words."""
    if ref is None or identity_id is None or not names or identity_id not in names:
        return ref
    name, role = names[identity_id]
    return PersonRef(name=name, role=role or ref.role, kind=ref.kind)


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
    ids = _ids(conn, person, identity_ids)
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
                _topic_documents(conn, topic),
            )
        )
    query = query.order_by(newest.desc(), documents.c.pk.desc(), quotes.c.position)
    rows = conn.execute(_limited(query, limit)).all()
    names = _names(conn, rows, "identity_id", "speaker_kind") if current_names else None
    return [_stored_quote(row, names) for row in rows]


def get_quote(conn: Connection, quote_id: int) -> StoredQuote | None:
    row = conn.execute(_QUOTE_QUERY.where(quotes.c.id == quote_id)).first()
    return None if row is None else _stored_quote(row, _names(conn, [row], "identity_id", "speaker_kind"))


# --- questions ------------------------------------------------------------------

_QUESTION_QUERY = select(questions, *_SOURCE_COLUMNS).join(
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
    citation = _citation(row)
    asked_by = _ref(row.asked_by_name, row.asked_by_role, row.asked_by_kind)
    question = Question(
        text=row.text,
        kind=row.kind,
        asked_by=_named(asked_by, row.asked_by_identity_id, names),
        evidence=citation.evidence,
        answer=_answer(row),
    )
    return StoredQuestion(id=row.id, question=question, citation=citation)


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
    ids = _ids(conn, person, identity_ids)
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
        query = query.where(_topic_documents(conn, topic))
    query = query.order_by(newest.desc(), documents.c.pk.desc(), questions.c.position)
    rows = conn.execute(_limited(query, limit)).all()
    names = _names(conn, rows, "asked_by_identity_id", "asked_by_kind") if current_names else None
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
    return _stored_question(row, _names(conn, [row], "asked_by_identity_id", "asked_by_kind"))


# --- meetings -------------------------------------------------------------------


def find_meetings(
    conn: Connection,
    *,
    since: datetime | None,
    until: datetime | None,
    ingested_since: datetime | None,
    person: str | None,
    topic: str | None,
    include_planned: bool,
    limit: int | None,
    identity_ids: Collection[int] | None = None,
    current_names: bool = False,
) -> list[StoredMeeting]:
    query = select(meetings.c.id, meetings.c.last_time)
    if since is not None:
        query = query.where(meetings.c.last_time >= since)
    if until is not None:
        query = query.where(meetings.c.first_time < until)
    if ingested_since is not None:
        query = query.where(meetings.c.last_ingested_at >= ingested_since)
    if not include_planned:
        query = query.where(meetings.c.status == "held")
    if topic is not None:
        if not fulltext.has_words(topic):
            return []
        in_documents = (
            select(meeting_reports.c.meeting_id)
            .join(documents, documents.c.id == meeting_reports.c.document_id)
            .where(_topic_documents(conn, topic))
        )
        query = query.where(meetings.c.id.in_(in_documents))
    newest_first: ColumnElement[Any] = meetings.c.last_time
    if ingested_since is not None:
        # "New since the last briefing" matches a few dozen meetings; walking the
        # last_time index to find them reads every meeting of the corpus when fewer
        # than ``limit`` match (SQLite picks that plan for the ORDER BY). Sorting an
        # expression makes the planner take the last_ingested_at index instead.
        newest_first = func.coalesce(meetings.c.last_time, meetings.c.first_time)
    query = query.order_by(newest_first.desc(), meetings.c.id.desc())
    if person is None and identity_ids is None:
        found = conn.execute(_limited(query, limit)).all()
    else:
        # With the person's meetings and those at a place of that name as two
        # queries, each planner can walk or probe an index; "A OR B" made
        # PostgreSQL build both sets whole.
        ids = _ids(conn, person, identity_ids) or []
        alternatives = [_took_part(conn, ids)]
        if person is not None:
            alternatives.append(meetings.c.place_key == entity_key(person))
        rows = {
            row.id: row for where in alternatives for row in conn.execute(_limited(query.where(where), limit))
        }
        found = sorted(rows.values(), key=lambda row: (row.last_time, row.id), reverse=True)[:limit]
    return load_meetings(conn, [row.id for row in found], current_names=current_names)


# A person named in at least this many documents is found faster by walking
# meetings newest first than by collecting all of their meetings and sorting.
FREQUENT_PERSON = 2000


def _took_part(conn: Connection, ids: Sequence[int]) -> ColumnElement[bool]:
    """Meetings with one of the identities ``ids`` among their participants.

    Two plans, chosen by counting the person's mentions (an index range that
    stops at :data:`FREQUENT_PERSON`): a person in few documents has their
    meetings collected and sorted (cost: their meetings); a frequent one is
    checked meeting by meeting, newest first, until the limit is reached (cost:
    about limit / their share of meetings). Collecting costs the most frequent
    person more with every article; walking would cost a rare one the whole table.
    """
    mentioned = select(mentions.c.id).where(mentions.c.identity_id.in_(ids)).limit(FREQUENT_PERSON)
    counted = conn.execute(select(func.count()).select_from(mentioned.subquery())).scalar_one()
    if counted < FREQUENT_PERSON:
        with_person = (
            select(meeting_reports.c.meeting_id)
            .join(meeting_participants, meeting_participants.c.report_id == meeting_reports.c.id)
            .join(mentions, mentions.c.id == meeting_participants.c.mention_id)
            .where(mentions.c.identity_id.in_(ids))
        )
        return meetings.c.id.in_(with_person)
    return (
        select(meeting_reports.c.id)
        .join(meeting_participants, meeting_participants.c.report_id == meeting_reports.c.id)
        .join(mentions, mentions.c.id == meeting_participants.c.mention_id)
        # "+ 0" keeps the planner from starting at the person's mentions (all of
        # them, for every meeting walked): start at the meeting's reports instead.
        .where(meeting_reports.c.meeting_id == meetings.c.id, (mentions.c.identity_id + 0).in_(ids))
        .exists()
    )


def get_meeting(conn: Connection, meeting_id: int) -> StoredMeeting | None:
    found = load_meetings(conn, [meeting_id], current_names=True)
    return found[0] if found else None


def load_meetings(
    conn: Connection, meeting_ids: Sequence[int], *, current_names: bool = False
) -> list[StoredMeeting]:
    """Merged meetings in the given order, each with its citations (newest source first);
    with ``current_names``, people by their identity's name and current role (as a
    briefing shows them) rather than the role their reports stated."""
    if not meeting_ids:
        return []
    summaries = {row.id: row for row in conn.execute(select(meetings).where(meetings.c.id.in_(meeting_ids)))}
    reports = conn.execute(
        select(meeting_reports, *_SOURCE_COLUMNS)
        .join(documents, documents.c.id == meeting_reports.c.document_id)
        .where(meeting_reports.c.meeting_id.in_(meeting_ids))
        .order_by(documents.c.sort_time.desc(), documents.c.pk.desc(), meeting_reports.c.position)
    ).all()
    participants = conn.execute(
        select(
            meeting_participants,
            mentions.c.identity_id,
            identities.c.name.label("identity_name"),
            identities.c.first_key.label("identity_first_key"),
        )
        .outerjoin(mentions, mentions.c.id == meeting_participants.c.mention_id)
        .outerjoin(identities, identities.c.id == mentions.c.identity_id)
        .where(meeting_participants.c.report_id.in_([r.id for r in reports]))
        .order_by(meeting_participants.c.report_id, meeting_participants.c.position)
    ).all()
    by_report: dict[int, list[Row[Any]]] = {}
    for participant in participants:
        by_report.setdefault(participant.report_id, []).append(participant)
    names = _names(conn, participants, "identity_id", "kind") if current_names else None
    by_meeting: dict[int, list[Row[Any]]] = {}
    for report in reports:
        by_meeting.setdefault(report.meeting_id, []).append(report)
    result: list[StoredMeeting] = []
    for meeting_id in meeting_ids:
        summary = summaries.get(meeting_id)
        cited = by_meeting.get(meeting_id)
        if summary is None or not cited:
            continue
        citations = tuple(_citation(report) for report in cited)
        # Participants in the order the earliest report names them, one per identity.
        chronological = sorted(cited, key=lambda r: r.id)
        people = _merge_participants([p for r in chronological for p in by_report.get(r.id, [])], names)
        meeting = Meeting(
            participants=people,
            place=summary.place,
            date=summary.date,
            evidence=citations[0].evidence,
            status=summary.status,
        )
        result.append(StoredMeeting(id=meeting_id, meeting=meeting, citations=citations))
    return result


def _merge_participants(rows: list[Row[Any]], names: Names | None = None) -> tuple[PersonRef, ...]:
    """One PersonRef per identity, named as the corpus knows them: a person with an
    identity by its display name and current role ("Blinken" -> "Antony J. Blinken
    (Secretary of State)"), anyone else by the fullest name a report gave."""
    merged: dict[object, PersonRef] = {}
    for row in rows:
        if row.kind == "person" and names and row.identity_id in names:
            merged[row.identity_id] = _named(PersonRef(row.name, row.role, row.kind), row.identity_id, names)  # type: ignore[assignment]
            continue
        key: object = row.identity_id if row.identity_id is not None else ("name", fold(row.name))
        name = row.name
        if row.kind == "person" and row.identity_first_key and row.identity_name:
            name = row.identity_name
        known = merged.get(key)
        if known is None:
            merged[key] = PersonRef(name=name, role=row.role, kind=row.kind)
            continue
        fuller = name if len(name.split()) > len(known.name.split()) else known.name
        merged[key] = PersonRef(name=fuller, role=known.role or row.role, kind=known.kind)
    return tuple(merged.values())
