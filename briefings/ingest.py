"""Ingest: sources → documents → facts → store, reporting what happened.

Each document is checked against the store first (``document_status``): an
unchanged one is counted and skipped without extraction, so re-ingesting the
same input does no work. The others are extracted in batches (spaCy is much
faster on batches) and saved one transaction per document; a failure on one
document is reported and the rest go on.

>>> report = IngestReport(new=2, failed=1)
>>> report.summary()
'new 2, unchanged 0, updated 0, failed 1'
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from os import PathLike
from typing import Literal, Protocol

from briefings.model.documents import Document
from briefings.model.facts import Extraction
from briefings.sources import Fetcher, LoadError, load_paths
from briefings.store.protocol import SaveOutcome, Store

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 16
DEFAULT_MAX_BYTES = 10_000_000
Outcome = Literal["new", "unchanged", "updated", "failed"]


class ExtractorUnavailable(Exception):
    """The extractor cannot work at all (its language pipeline is missing)."""


class BatchExtractor(Protocol):
    """What ingest needs of :class:`briefings.extract.Extractor`."""

    def extract_many(self, docs: Iterable[Document]) -> Iterator[Extraction]: ...


@dataclass(frozen=True)
class IngestEvent:
    """One item done: a document saved or skipped, or an item that failed."""

    outcome: Outcome
    item: str
    failure: LoadError | None = None


Progress = Callable[[IngestEvent], None]


@dataclass(frozen=True)
class IngestReport:
    """Counts of one ingest run and the failures, in the order they happened."""

    new: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: int = 0
    failures: tuple[LoadError, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def summary(self) -> str:
        return f"new {self.new}, unchanged {self.unchanged}, updated {self.updated}, failed {self.failed}"

    def __str__(self) -> str:
        return self.summary()


def ingest(
    paths: Iterable[str | PathLike[str]],
    store: Store,
    extractor: BatchExtractor,
    *,
    now: datetime,
    max_bytes: int = DEFAULT_MAX_BYTES,
    fetch: Fetcher | None = None,
    progress: Progress | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> IngestReport:
    """Load ``paths`` (files, folders, URLs), extract what is new or changed, store it.

    ``max_bytes`` caps each file or download (the CLI passes the
    ``BRIEFBOT_MAX_FILE_BYTES`` setting); ``progress`` is told about every item.
    An :class:`ExtractorUnavailable` from the extractor ends the run (it would
    fail every document the same way); any other failure costs one document.

    >>> ingest(["seeds/"], store=store, extractor=Extractor(), now=now,
    ...        max_bytes=10_000_000).summary()  # doctest: +SKIP
    'new 1, unchanged 0, updated 0, failed 0'
    """
    run = _Run(store=store, extractor=extractor, now=now, progress=progress)
    pending: list[Document] = []
    for loaded in load_paths([os.fspath(p) for p in paths], max_bytes=max_bytes, fetch=fetch):
        if isinstance(loaded, LoadError):
            run.fail(loaded)
        elif run.needs_work(loaded):
            pending.append(loaded)
            if len(pending) >= batch_size:
                run.process(pending)
                pending = []
    if pending:
        run.process(pending)
    return run.report()


class _Run:
    """The state of one ingest run: counts, failures, ids already handled."""

    def __init__(self, *, store: Store, extractor: BatchExtractor, now: datetime, progress: Progress | None):
        self.store = store
        self.extractor = extractor
        self.now = now
        self.progress = progress
        self.counts: dict[Outcome, int] = {"new": 0, "unchanged": 0, "updated": 0, "failed": 0}
        self.failures: list[LoadError] = []
        self.seen: set[str] = set()

    def report(self) -> IngestReport:
        return IngestReport(
            new=self.counts["new"],
            unchanged=self.counts["unchanged"],
            updated=self.counts["updated"],
            failed=self.counts["failed"],
            failures=tuple(self.failures),
        )

    def needs_work(self, document: Document) -> bool:
        """False (and counted as unchanged) when the store already holds this
        content, or the same content came earlier in this run."""
        if document.id in self.seen:
            self._count("unchanged", document.key)
            return False
        self.seen.add(document.id)
        try:
            status = self.store.document_status(document)
        except Exception as exc:
            self.fail(LoadError(document.key, f"could not be checked against the store ({_brief(exc)})"))
            log.debug("document_status failed for %s", document.key, exc_info=True)
            return False
        if status == "unchanged":
            self._count("unchanged", document.key)
            return False
        return True

    def process(self, batch: Sequence[Document]) -> None:
        for document, extraction in self._extract(batch):
            if extraction is not None:
                self._save(document, extraction)

    def _extract(self, batch: Sequence[Document]) -> Iterator[tuple[Document, Extraction | None]]:
        """Pairs of document and extraction; when the batch fails part-way, the rest
        are extracted one at a time so that only the document at fault is lost."""
        done = 0
        try:
            for extraction in self.extractor.extract_many(batch):
                yield batch[done], extraction
                done += 1
        except ExtractorUnavailable:
            raise
        except Exception:
            log.debug("batch extraction failed after %d documents; retrying one by one", done, exc_info=True)
        for document in batch[done:]:
            try:
                extraction = next(iter(self.extractor.extract_many([document])))
            except ExtractorUnavailable:
                raise
            except Exception as exc:
                log.debug("extraction failed for %s", document.key, exc_info=True)
                self.fail(LoadError(document.key, f"extraction failed ({_brief(exc)})"))
                continue
            yield document, extraction

    def _save(self, document: Document, extraction: Extraction) -> None:
        try:
            outcome: SaveOutcome = self.store.save_document(document, extraction, now=self.now)
        except Exception as exc:
            log.debug("saving %s failed", document.key, exc_info=True)
            self.fail(LoadError(document.key, f"could not be stored ({_brief(exc)})"))
            return
        self._count(outcome, document.key)

    def fail(self, failure: LoadError) -> None:
        self.failures.append(failure)
        self._count("failed", failure.item, failure)

    def _count(self, outcome: Outcome, item: str, failure: LoadError | None = None) -> None:
        self.counts[outcome] += 1
        if self.progress is not None:
            self.progress(IngestEvent(outcome, item, failure))


def _brief(exc: BaseException) -> str:
    """First line of an exception, for a one-line report."""
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__
