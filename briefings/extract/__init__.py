"""Extraction: one spaCy parse per document, then quotes, meetings, questions and people.

>>> extractor = Extractor()  # doctest: +SKIP
>>> extraction = extractor.extract(document)  # doctest: +SKIP
>>> [q.speaker.name for q in extraction.quotes][:1]  # doctest: +SKIP
['Deborah Lyons']

The pipeline is loaded once per process (:func:`load_pipeline`); many documents
go through ``nlp.pipe`` in batches (:meth:`Extractor.extract_many`), which is
what keeps corpus ingest near the speed of bare spaCy. A long body is parsed in
pieces of at most ``PIECE_CHARS`` characters (``briefings.pieces``), one
at a time, so memory per document stays bounded: a million characters in one
spaCy Doc took over 4 GB.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from spacy.language import Language

from briefings.extract.context import DocContext
from briefings.extract.pipeline import DEFAULT_MODEL, PipelineError, load_pipeline
from briefings.extract.quotes import extract_quotes
from briefings.extract.selection import PARSE_MODES, ParseMode, SelectionStats, parse_selectively
from briefings.model.documents import Document
from briefings.model.facts import Extraction, Meeting, Question, Quote
from briefings.pieces import PIECE_CHARS, extract_in_pieces

__all__ = ["PARSE_MODES", "DocContext", "Extractor", "ParseMode", "PipelineError", "load_pipeline"]

log = logging.getLogger(__name__)

BATCH_SIZE = 16

T = TypeVar("T")


class Extractor:
    """Turns documents into :class:`Extraction` facts with evidence.

    ``parse="full"`` runs the whole pipeline over every body; ``"selective"`` runs NER
    over every body and the tagger and parser only where a fact, a name or a role can
    be read (:mod:`briefings.extract.selection`), for the same facts in less time.
    ``stats`` counts how much of the bodies the selective mode parsed.
    """

    def __init__(self, model_name: str = DEFAULT_MODEL, parse: ParseMode = "selective") -> None:
        if parse not in PARSE_MODES:
            raise ValueError(f"parse mode {parse!r}: expected one of {', '.join(PARSE_MODES)}")
        self.model_name = model_name
        self.parse: ParseMode = parse
        self.stats = SelectionStats()
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded on first use (so building an Extractor is cheap)."""
        if self._nlp is None:
            self._nlp = load_pipeline(self.model_name)
        return self._nlp

    def extract(self, doc: Document) -> Extraction:
        """Extract the facts of one document."""
        return next(self.extract_many([doc]))

    def extract_many(self, docs: Iterable[Document]) -> Iterator[Extraction]:
        """Extract documents lazily, parsing bodies and titles in batches with ``nlp.pipe``
        (a batch holds at most ``BATCH_SIZE`` documents and about ``PIECE_CHARS`` characters;
        a longer document is parsed alone, piece by piece)."""
        pending: list[Document] = []
        size = 0
        for document in docs:
            if len(document.body) > PIECE_CHARS:
                if pending:
                    yield from self._batch(pending)
                    pending, size = [], 0
                yield self._extract_long(document)
                continue
            pending.append(document)
            size += len(document.body)
            if len(pending) >= BATCH_SIZE or size >= PIECE_CHARS:
                yield from self._batch(pending)
                pending, size = [], 0
        if pending:
            yield from self._batch(pending)

    def _extract_long(self, document: Document) -> Extraction:
        limit = self.nlp.max_length
        if len(document.body) > limit:
            log.warning(
                "%s: body of %d characters, extracting from the first %d",
                document.key,
                len(document.body),
                limit,
            )
        return extract_in_pieces(
            document, limit, lambda piece: extract_from_context(next(self._contexts([piece])))
        )

    def context(self, document: Document) -> DocContext:
        """Parse one document into the context every extractor reads."""
        return next(self._contexts([document]))

    def _contexts(self, batch: list[Document]) -> Iterator[DocContext]:
        limit = self.nlp.max_length
        for document in batch:
            if len(document.body) > limit:
                log.warning(
                    "%s: body of %d characters, extracting from the first %d",
                    document.key,
                    len(document.body),
                    limit,
                )
        # a prefix keeps every evidence offset valid for the part that is read
        bodies = [d.body[:limit] for d in batch]
        titles = [(d.title or "")[:limit] for d in batch]
        if self.parse == "selective":
            parsed = parse_selectively(self.nlp, bodies, BATCH_SIZE, self.stats)
            parsed += self.nlp.pipe(titles, batch_size=BATCH_SIZE)
        else:
            parsed = list(self.nlp.pipe(bodies + titles, batch_size=BATCH_SIZE))
        for n, document in enumerate(batch):
            title_doc = parsed[len(batch) + n] if document.title else None
            yield DocContext.build(document, parsed[n], title_doc)

    def _batch(self, batch: list[Document]) -> Iterator[Extraction]:
        for ctx in self._contexts(batch):
            yield extract_from_context(ctx)


def extract_from_context(ctx: DocContext) -> Extraction:
    """Run every extractor over one parsed document.

    One extractor failing on an odd document costs that document those facts (logged
    with the document), never the rest of a batch.
    """
    # imported here so the package (and its people/context API) loads on its own
    from briefings.extract.meetings import extract_meetings
    from briefings.extract.questions import extract_questions

    quotes: list[Quote] = _guarded(ctx, "quotes", lambda: extract_quotes(ctx))
    meetings: list[Meeting] = _guarded(ctx, "meetings", lambda: extract_meetings(ctx, quotes))
    questions: list[Question] = _guarded(ctx, "questions", lambda: extract_questions(ctx, quotes))
    return Extraction(
        document_id=ctx.document.id,
        quotes=tuple(quotes),
        meetings=tuple(meetings),
        questions=tuple(questions),
        people=ctx.people.people(),
    )


def _guarded(ctx: DocContext, what: str, run: Callable[[], list[T]]) -> list[T]:
    try:
        return run()
    except Exception:
        log.exception("%s: %s extraction failed; the document keeps its other facts", ctx.document.key, what)
        return []
