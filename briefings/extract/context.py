"""DocContext: one document parsed once, shared by every extractor.

Quotes, meetings and questions all need the same parse, the same people index
and the same way of turning a span into :class:`Evidence`; building these once
per document keeps extraction linear in the corpus size.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import datetime

from spacy.tokens import Doc, Span, Token

from briefings.extract.people import PeopleIndex
from briefings.extract.publishers import publisher_offices
from briefings.model.documents import Document
from briefings.model.facts import Evidence, PersonRef


@dataclass
class DocContext:
    """A document with its parses (``doc`` indexes ``document.body``; ``title_doc`` the title)."""

    document: Document
    doc: Doc
    title_doc: Doc | None
    people: PeopleIndex
    published: datetime | None
    # caches: spaCy rebuilds Doc.text and re-checks sentence annotation over the whole
    # document on every access, which turns per-token lookups quadratic
    text: str = field(default="", repr=False)  # doc.text, computed once (by build or here)
    # the publisher's office holders on the publication date ("president" -> the President of
    # a White House text): a fact of the metadata, read once (:mod:`publishers`)
    offices: dict[str, PersonRef] = field(default_factory=dict, repr=False)
    # what one extractor builds over the whole document and another may reuse (the pronoun
    # antecedents, :mod:`meeting_pronouns`), built on first use
    memo: dict[str, object] = field(default_factory=dict, repr=False)
    sentences: list[Span] = field(init=False, repr=False)
    _sentence_starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = self.text or self.doc.text
        self.sentences = list(self.doc.sents) if len(self.doc) else []
        self._sentence_starts = [s.start_char for s in self.sentences]

    @classmethod
    def build(cls, document: Document, doc: Doc, title_doc: Doc | None = None) -> DocContext:
        """Index the people of a parsed document."""
        text = doc.text
        offices = publisher_offices(document)
        ctx = cls(document, doc, title_doc, PeopleIndex(), document.published, text, offices)
        ctx.people = PeopleIndex.build(doc, title_doc, text, ctx._sentence_starts)
        return ctx

    def sentence_at(self, char: int) -> Span:
        """The body sentence holding character offset ``char`` (the one before, in a gap)."""
        if not self.sentences:
            return self.doc[0:0]
        at = bisect.bisect_right(self._sentence_starts, char) - 1
        return self.sentences[max(at, 0)]

    def sentence_of(self, token: Token) -> Span:
        """``token.sent`` without spaCy's whole-document check on every call."""
        return self.sentence_at(token.idx)

    def sentence_after(self, sentence: Span) -> Span | None:
        """The sentence following ``sentence``, if any."""
        at = bisect.bisect_right(self._sentence_starts, sentence.start_char)
        return self.sentences[at] if at < len(self.sentences) else None

    def sentence_before(self, sentence: Span) -> Span | None:
        """The sentence preceding ``sentence``, if any."""
        at = bisect.bisect_left(self._sentence_starts, sentence.start_char) - 1
        return self.sentences[at] if at >= 0 else None

    def evidence_for(self, span: Span | Token | tuple[int, int]) -> Evidence:
        """Evidence for a span, token or (start, end) char range: its whole sentence(s) and their span.

        Spans of ``title_doc`` give title evidence (``field="title"``). A range crossing
        sentences (a quote over several) takes every sentence it touches.
        """
        if isinstance(span, Token):
            span = span.doc[span.i : span.i + 1]
        if isinstance(span, tuple):
            start, end = span
        else:
            if self.title_doc is not None and span.doc is self.title_doc:
                text = self.document.title
                return Evidence(self.document.id, text.strip(), 0, len(text), "title")
            start, end = span.start_char, span.end_char
        first = self.sentence_at(start)
        last = self.sentence_at(max(start, end - 1))
        s, e = min(first.start_char, start), max(last.end_char, end)
        text = self.text[s:e]
        # trim whitespace so the evidence reads as the sentence and the span stays exact
        lead = len(text) - len(text.lstrip())
        trail = len(text) - len(text.rstrip())
        s, e = s + lead, e - trail
        return Evidence(self.document.id, self.text[s:e], s, e, "body")
