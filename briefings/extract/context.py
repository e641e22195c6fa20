"""DocContext: one document parsed once, shared by every extractor.

Quotes, meetings and questions all need the same parse, the same people index
and the same way of turning a span into :class:`Evidence`; building these once
per document keeps extraction linear in the corpus size.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from spacy.tokens import Doc, Span, Token

from briefings.documents import Document
from briefings.extract.people import PeopleIndex
from briefings.models import Evidence


@dataclass
class DocContext:
    """A document with its parses (``doc`` indexes ``document.body``; ``title_doc`` the title)."""

    document: Document
    doc: Doc
    title_doc: Doc | None
    people: PeopleIndex
    published: datetime | None

    @classmethod
    def build(cls, document: Document, doc: Doc, title_doc: Doc | None = None) -> DocContext:
        """Index the people of a parsed document."""
        return cls(document, doc, title_doc, PeopleIndex.build(doc, title_doc), document.published)

    def sentence_at(self, char: int) -> Span:
        """The body sentence holding character offset ``char``."""
        tok = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if tok is None or len(tok) == 0:
            return self.doc[-1:].sent if len(self.doc) else self.doc[0:0]
        return tok[0].sent

    def evidence_for(self, span: Span | Token | tuple[int, int]) -> Evidence:
        """Evidence for a span, token or (start, end) char range: its whole sentence(s) and their span.

        Spans of ``title_doc`` give title evidence (``field="title"``). A range crossing
        sentences (a quote over several) takes every sentence it touches.
        """
        if isinstance(span, Token):
            span = span.doc[span.i : span.i + 1]
        if isinstance(span, tuple):
            start, end = span
            doc = self.doc
        else:
            if self.title_doc is not None and span.doc is self.title_doc:
                text = self.document.title
                return Evidence(self.document.id, text.strip(), 0, len(text), "title")
            start, end = span.start_char, span.end_char
            doc = span.doc
        first = self.sentence_at(start)
        last = self.sentence_at(max(start, end - 1))
        s, e = min(first.start_char, start), max(last.end_char, end)
        text = doc.text[s:e]
        # trim whitespace so the evidence reads as the sentence and the span stays exact
        lead = len(text) - len(text.lstrip())
        trail = len(text) - len(text.rstrip())
        s, e = s + lead, e - trail
        return Evidence(self.document.id, doc.text[s:e], s, e, "body")
