"""How much of its metadata a corpus gives: per field, how many documents got it.

``briefbot doctor --corpus PATH`` prints this, so a user sees at once what their
corpus lacks (no links in thread replies, times without their zone) before
ingesting it; ``benchmarks/corpus_fields.py`` measures a pool with it.

>>> from briefings.model.documents import Document
>>> report = measure([Document.create(title="T", body="b", url="https://a.example/x", source="a.example")])
>>> report.count("url"), report.count("zone"), report.documents
(1, 0, 1)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from briefings.model.documents import Document
from briefings.sources.build import stem_title
from briefings.sources.errors import LoadError

# Field, and what having it means, in the order doctor prints them.
FIELDS: dict[str, str] = {
    "url": "a link (thread replies show it)",
    "published": "a publication time",
    "zone": "a publication time with its offset",
    "source": "a publisher",
    "title": "a title of their own (not the file name)",
}


@dataclass
class Coverage:
    """Counts over one corpus: documents loaded, items that failed, documents per field."""

    documents: int = 0
    failures: list[LoadError] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))

    def count(self, name: str) -> int:
        return self.counts[name]

    def share(self, name: str) -> float:
        return self.counts[name] / self.documents if self.documents else 0.0

    def add(self, document: Document) -> None:
        self.documents += 1
        for name, present in _present(document).items():
            self.counts[name] += present


def measure(items: Iterable[Document | LoadError]) -> Coverage:
    """Field counts over loaded documents; load errors are kept for the report."""
    coverage = Coverage()
    for item in items:
        if isinstance(item, LoadError):
            coverage.failures.append(item)
        else:
            coverage.add(item)
    return coverage


def _present(document: Document) -> dict[str, bool]:
    fallback = stem_title(Path(document.path.split("#")[0]).name) if document.path else None
    return {
        "url": bool(document.url),
        "published": document.published is not None,
        "zone": document.published is not None and document.meta.get("published_precision") == "zone",
        "source": bool(document.source),
        "title": bool(document.title) and document.title != fallback,
    }
