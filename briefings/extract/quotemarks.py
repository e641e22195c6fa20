"""Pairing quotation marks into quoted spans, robustly.

News copy mixes curly (“ ”) and straight (") double quotes, continues a quote
over paragraphs by reopening each new paragraph and closing only the last,
and now and then drops or doubles a mark. The pairing here is a small state
machine per paragraph so one bad mark costs at most its own quote:

* a straight mark opens when it follows a space or paragraph start and is
  followed by a non-space, else it closes;
* an opening mark while a quote is already open mid-paragraph means the first
  opener was stray: it is dropped and the new one starts the quote;
* a quote still open at a paragraph end continues when the next paragraph
  starts with an opening mark of the same family (and the open part is more
  than a word or three), and is dropped otherwise;
* a closing mark with nothing open is ignored.

>>> [q.text for q in find_quotes('He said "yes, we will." Then “no.')]
['yes, we will.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN = "“«„"
_CLOSE = "”»"
_STRAIGHT = '"'


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted passage: ``start``/``end`` bound its content (marks excluded) in the text;
    ``text`` is the content with paragraph breaks and reopening marks folded to spaces."""

    start: int
    end: int
    text: str
    open_mark: int  # offset of the opening mark
    close_mark: int  # offset of the closing mark


def _is_opening(text: str, i: int) -> bool:
    """Whether the mark at ``i`` opens a quote: by its shape, unless its spacing says otherwise
    (a typo'd “ closing ``decision.“ However`` or ” opening `` ”Hello``)."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    spaced_before = before.isspace() or before in "([—–-/:>"
    if ch in _OPEN:
        return not (not spaced_before and after.isspace())
    if ch in _CLOSE:
        return spaced_before and not after.isspace() and after not in ".,;:!?"
    return spaced_before and not after.isspace()


def _continues(text: str, open_at: int, paragraph_end: int, next_first: str) -> bool:
    """Whether a quote left open at a paragraph end goes on in the next paragraph: it must
    reopen with a mark of the same family, and what is open must read as speech, not a stray
    mark before one word (``called it “historic.``)."""
    if not next_first or next_first not in _OPEN + _STRAIGHT:
        return False
    same_family = (text[open_at] == _STRAIGHT) == (next_first == _STRAIGHT)
    return same_family and len(text[open_at + 1 : paragraph_end].split()) >= 4


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _fold(text: str, start: int, end: int) -> str:
    body = text[start:end]
    body = re.sub(r"\s*\n\s*[“\"]?", " ", body)
    return " ".join(body.split())


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every paired quotation in ``text``, in order (see the module docstring for the rules)."""
    quotes: list[QuoteSpan] = []
    open_at: int | None = None
    source = text
    # treebank-style ``…'' (text rebuilt from tokens) as curly marks, keeping every offset
    text = text.replace("``", " “").replace("''", "” ")
    paragraphs = _paragraphs(text)
    for number, (p_start, p_end) in enumerate(paragraphs):
        continuing = open_at is not None
        for i in range(p_start, p_end):
            ch = text[i]
            if ch not in _OPEN and ch not in _CLOSE and ch != _STRAIGHT:
                continue
            if _is_opening(text, i):
                if continuing and not text[p_start:i].strip():
                    continuing = False  # the reopening mark of a continued quote
                    continue
                open_at = i  # a new opener replaces a stray earlier one
                continuing = False
            elif open_at is not None:
                content_start = open_at + 1
                quotes.append(QuoteSpan(content_start, i, _fold(source, content_start, i), open_at, i))
                open_at = None
                continuing = False
        if open_at is not None:
            nxt = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
            reopens = nxt is not None and _continues(text, open_at, p_end, text[nxt[0] : nxt[1]].lstrip()[:1])
            if not reopens:
                open_at = None  # unclosed at paragraph end: drop it, keep the rest
    return [q for q in quotes if q.text.strip()]
