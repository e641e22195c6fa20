"""The rows a document's facts become: quotes, questions, meeting reports and their participants.

:func:`briefings.store.writes.save_document` calls these inside its transaction once the
document's mentions exist, so each fact row can carry its speaker's (or asker's,
participant's) mention and identity; :mod:`benchmarks.bulk` builds the same rows
to load synthetic stores.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, insert

from briefings.model.facts import Evidence, Extraction, PersonRef
from briefings.store import fulltext, merging
from briefings.store.mentions import DocumentMentions
from briefings.store.schema import meeting_participants, meeting_reports, questions, quotes


def evidence_row(evidence: Evidence) -> dict[str, object]:
    """The evidence columns of a fact row, as every fact table stores them."""
    return {
        "sentence": evidence.sentence,
        "span_start": evidence.start,
        "span_end": evidence.end,
        "field": evidence.field,
    }


def answer_row(answer: Evidence | None) -> dict[str, object]:
    """The answer columns of a question row: the opening of the answer that leaves it
    open (in the same document's body), or NULLs when the question carries none."""
    return {
        "answer_sentence": answer.sentence if answer else None,
        "answer_span_start": answer.start if answer else None,
        "answer_span_end": answer.end if answer else None,
    }


def person_row(prefix: str, ref: PersonRef | None, people: DocumentMentions) -> dict[str, object]:
    """The person columns of a fact row (``speaker_*``, ``asked_by_*``): the person as
    the fact names them, their mention in this document, and that mention's identity
    (a copy kept for person lookups, see the schema)."""
    return {
        f"{prefix}_name": ref.name if ref else None,
        f"{prefix}_role": ref.role if ref else None,
        f"{prefix}_kind": ref.kind if ref else None,
        f"{prefix}_mention_id": people.mention_id(ref),
        f"{prefix}_identity_id": people.identity_id(ref),
    }


def insert_quotes(
    conn: Connection, document_id: str, extraction: Extraction, people: DocumentMentions, sort_time: datetime
) -> None:
    rows = [
        {
            "document_id": document_id,
            "position": position,
            "text": quote.text,
            "kind": quote.kind,
            **person_row("speaker", quote.speaker, people),
            "sort_time": sort_time,
            **evidence_row(quote.evidence),
        }
        for position, quote in enumerate(extraction.quotes)
    ]
    if not rows:
        return
    # One multi-row INSERT; ids come back matched by position (RETURNING has no order).
    created = {
        row.position: row.id
        for row in conn.execute(insert(quotes).returning(quotes.c.position, quotes.c.id), rows)
    }
    fulltext.index_quotes(
        conn, [(int(created[position]), quote.text) for position, quote in enumerate(extraction.quotes)]
    )


def insert_questions(
    conn: Connection, document_id: str, extraction: Extraction, people: DocumentMentions, sort_time: datetime
) -> None:
    rows = [
        {
            "document_id": document_id,
            "position": position,
            "text": question.text,
            "kind": question.kind,
            **person_row("asked_by", question.asked_by, people),
            "sort_time": sort_time,
            **evidence_row(question.evidence),
            **answer_row(question.answer),
        }
        for position, question in enumerate(extraction.questions)
    ]
    if rows:
        conn.execute(insert(questions), rows)


def insert_meetings(
    conn: Connection, document_id: str, extraction: Extraction, people: DocumentMentions, sort_time: datetime
) -> list[int]:
    rows = [
        {
            "document_id": document_id,
            "position": position,
            "place": meeting.place,
            "date": meeting.date,
            "status": meeting.status,
            "anchor_date": merging.parse_date(meeting.date) or sort_time.date(),
            **evidence_row(meeting.evidence),
        }
        for position, meeting in enumerate(extraction.meetings)
    ]
    if not rows:
        return []
    returning = insert(meeting_reports).returning(meeting_reports.c.position, meeting_reports.c.id)
    created = {row.position: row.id for row in conn.execute(returning, rows)}
    report_ids = [int(created[position]) for position in range(len(rows))]
    participants = [
        {
            "report_id": report_id,
            "position": index,
            "name": ref.name,
            # The role the same document gives elsewhere ("Prime Minister Albin Kurti").
            "role": ref.role or people.role_of(ref),
            "kind": ref.kind,
            "mention_id": people.mention_id(ref),
        }
        for report_id, meeting in zip(report_ids, extraction.meetings, strict=True)
        for index, ref in enumerate(meeting.participants)
    ]
    if participants:
        conn.execute(insert(meeting_participants), participants)
    return report_ids
