"""Reading merged meetings back, with their sources, newest first.

A merged meeting is in a window when any of its reports is (its cached time range
overlaps it); a person's meetings are found by one of two plans chosen by how
often the person is mentioned (:func:`_took_part`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, func, select
from sqlalchemy.sql.elements import ColumnElement

from briefings.identity import entity_key, fold
from briefings.model.facts import Meeting, PersonRef, StoredMeeting
from briefings.store import fulltext
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
    meeting_participants,
    meeting_reports,
    meetings,
    mentions,
)


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
            .where(topic_documents(conn, topic))
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
        found = conn.execute(limited(query, limit)).all()
    else:
        # With the person's meetings and those at a place of that name as two
        # queries, each planner can walk or probe an index; "A OR B" made
        # PostgreSQL build both sets whole.
        ids = restricted_ids(conn, person, identity_ids) or []
        alternatives = [_took_part(conn, ids)]
        if person is not None:
            alternatives.append(meetings.c.place_key == entity_key(person))
        rows = {
            row.id: row for where in alternatives for row in conn.execute(limited(query.where(where), limit))
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
        select(meeting_reports, *SOURCE_COLUMNS)
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
    names = current_names_of(conn, participants, "identity_id", "kind") if current_names else None
    by_meeting: dict[int, list[Row[Any]]] = {}
    for report in reports:
        by_meeting.setdefault(report.meeting_id, []).append(report)
    result: list[StoredMeeting] = []
    for meeting_id in meeting_ids:
        summary = summaries.get(meeting_id)
        cited = by_meeting.get(meeting_id)
        if summary is None or not cited:
            continue
        citations = tuple(citation(report) for report in cited)
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
            merged[row.identity_id] = named(PersonRef(row.name, row.role, row.kind), row.identity_id, names)  # type: ignore[assignment]
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
