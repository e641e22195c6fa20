"""The ``briefbot extract --json`` contract: one JSON object per document.

Shape (README "Extraction contract"; scored by ``shared/eval/score.py``)::

    {"document": {"id", "path", "title", "published", "url"},
     "quotes": [{"text", "speaker": {"name", "role"} | null, "kind",
                 "evidence": {"sentence", "start", "end"}}],
     "meetings": [{"participants": [{"name", "role"}], "place", "date", "status", "evidence"}],
     "questions": [{"text", "kind", "asked_by": {"name", "role"} | null, "evidence",
                    "answer": {"sentence", "start", "end"} | null}]}
"""

from __future__ import annotations

import json
from typing import Any

from briefings.model.documents import Document
from briefings.model.facts import Evidence, Extraction, PersonRef


def _person(ref: PersonRef | None) -> dict[str, Any] | None:
    return None if ref is None else {"name": ref.name, "role": ref.role}


def _evidence(evidence: Evidence) -> dict[str, Any]:
    out: dict[str, Any] = {"sentence": evidence.sentence, "start": evidence.start, "end": evidence.end}
    if evidence.field != "body":
        out["field"] = evidence.field
    return out


def extraction_record(document: Document, extraction: Extraction) -> dict[str, Any]:
    """The contract object for one document."""
    return {
        "document": {
            "id": document.id,
            "path": document.path,
            "title": document.title,
            "published": document.published.isoformat() if document.published else None,
            "url": document.url,
        },
        "quotes": [
            {"text": q.text, "speaker": _person(q.speaker), "kind": q.kind, "evidence": _evidence(q.evidence)}
            for q in extraction.quotes
        ],
        "meetings": [
            {
                "participants": [_person(p) for p in m.participants],
                "place": m.place,
                "date": m.date,
                "status": m.status,
                "evidence": _evidence(m.evidence),
            }
            for m in extraction.meetings
        ],
        "questions": [
            {
                "text": q.text,
                "kind": q.kind,
                "asked_by": _person(q.asked_by),
                "evidence": _evidence(q.evidence),
                "answer": None if q.answer is None else _evidence(q.answer),
            }
            for q in extraction.questions
        ],
    }


def to_json_line(document: Document, extraction: Extraction) -> str:
    """One line of JSON Lines output (non-ASCII kept as is)."""
    return json.dumps(extraction_record(document, extraction), ensure_ascii=False)
