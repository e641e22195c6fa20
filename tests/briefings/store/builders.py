"""Hand-built documents and extractions for store tests (no NLP involved).

``article`` writes a body from sentences and returns evidence for each, so
tests state facts the way the extractor would, spans and all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from briefings.model.documents import Document
from briefings.model.facts import Evidence, Meeting, PersonRef


@dataclass(frozen=True)
class Article:
    document: Document
    evidence: tuple[Evidence, ...]


def article(
    title: str,
    *sentences: str,
    published: datetime | None,
    url: str | None = None,
    path: str | None = None,
    source: str | None = "Example Wire",
) -> Article:
    body = " ".join(sentences)
    document = Document.create(title=title, body=body, published=published, url=url, path=path, source=source)
    spans: list[Evidence] = []
    offset = 0
    for sentence in sentences:
        start = body.index(sentence, offset)
        spans.append(Evidence(document.id, sentence, start, start + len(sentence)))
        offset = start + len(sentence)
    return Article(document, tuple(spans))


def person(name: str, role: str | None = None) -> PersonRef:
    return PersonRef(name=name, role=role)


def meeting(
    evidence: Evidence,
    *names: str,
    place: str | None = None,
    date: str | None = None,
    status: str = "held",
) -> Meeting:
    return Meeting(
        participants=tuple(person(name) for name in names),
        place=place,
        date=date,
        evidence=evidence,
        status=status,  # type: ignore[arg-type]
    )
