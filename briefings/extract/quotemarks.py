"""Pairing quotation marks into quoted spans, robustly.

News copy mixes curly (“ ”) and straight (") double quotes, British copy
quotes with single curly marks (‘ ’) and nests doubles inside them, quotes
run over paragraphs by reopening each new paragraph and closing only the
last, and now and then a mark is dropped or doubled. The pairing here is a
small state machine per paragraph so one bad mark costs at most its own quote:

* a straight mark opens when it follows a space or paragraph start and is
  followed by a non-space, else it closes;
* an opening mark while a quote is already open mid-paragraph means the first
  opener was stray: it is dropped and the new one starts the quote, unless the
  next two double marks both close (``"The "United States" is not …."``: a quote
  nested in marks of its own family, skipped like one of the other family); a
  straight mark shaped as an opener with no mark after it in its paragraph
  that could close anything closes the open quote instead (a space typed
  before a closing mark: ``… administration. "President Trump has …``);
* marks of the other family inside an open quote are nested quotes and are
  skipped (‘He told me, “go”.’ and “He called it ‘absurd’.”);
* ’ is also the apostrophe: it closes a single quote only outside a word
  (never in don’t or Afghanistan’s), and a plural possessive (the
  residents’ homes) closes only when no later ’ in the paragraph can; a ‘
  opens only if a closing ’ (or a reopened next paragraph) is there to pair,
  and never as an elision (‘90s, 'em); a straight ' follows the same rules
  as both ‘ and ’ (British copy typed on a plain keyboard);
* a quote still open at a paragraph end continues when the next paragraph
  starts with an opening mark of the same kind (double or single: straight and
  curly doubles mix in real copy) and the open part is more than a word or
  three; a long one opened after a colon that ends its paragraph on a full stop
  is closed there (a dropped closing mark), as is a run of reopened paragraphs
  whose last one never closes (the run's one closing mark dropped), and any
  other is dropped, so no quote runs past its paragraph unless the marks run on;
* a line break with no blank line after it is no paragraph break: a quote open
  there goes on in the next line when that line closes it;
* a pull quote (an opening mark that never closes, over words the body
  repeats) neither continues nor is recovered;
* a closing mark with nothing open is ignored.

>>> [q.text for q in find_quotes('He said "yes, we will." Then “no.')]
['yes, we will.']
>>> [q.text for q in find_quotes('She said: ‘We don’t know.’ It’s late.')]
['We don’t know.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN = "“«„"
_CLOSE = "”»"
_STRAIGHT = '"'
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
_APOSTROPHE = "'"  # straight: opens like ‘, closes like ’, and is mostly an apostrophe
_SINGLE_OPENERS = _SINGLE_OPEN + _APOSTROPHE
_SINGLE_CLOSERS = _SINGLE_CLOSE + _APOSTROPHE
_DOUBLE = _OPEN + _CLOSE + _STRAIGHT
_MARKS = _DOUBLE + _SINGLE_OPEN + _SINGLE_CLOSE + _APOSTROPHE
# ‘90s, 'em, rock 'n' roll: elisions, not quotes
_ELISION = re.compile(r"[‘'](?:\d0s|em|n|cause|til|tis|twas|bout)\b", re.IGNORECASE)
RECOVER_WORDS = 6  # an unclosed quote after a colon this long is speech that lost its closing mark


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted passage: ``start``/``end`` bound its content (marks excluded) in the text;
    ``text`` is the content with paragraph breaks and reopening marks folded to spaces."""

    start: int
    end: int
    text: str
    open_mark: int  # offset of the opening mark (or where the content starts, when recovered)
    close_mark: int  # offset of the closing mark (the last character, when recovered)


# a paragraph break inside a quote that runs on: the line end and the next paragraph's reopening mark
_REOPENING = re.compile(r"\n\s*\n\s*[“\"‘']?|\n\s*[“\"‘']")


def paragraph_pieces(source: str, span: QuoteSpan) -> list[QuoteSpan]:
    """A quote that runs over paragraphs (each reopens, only the last closes) as one quote per
    paragraph: readers, and the reader's gold, take each paragraph of a speech as a quotation of
    its own; a quote within one paragraph, or one that goes on over a soft line break, stays one.

    >>> text = '“We met. We talked a lot.\\n\\n“We agreed,” she said.'
    >>> [piece.text for piece in paragraph_pieces(text, find_quotes(text)[0])]
    ['We met. We talked a lot.', 'We agreed,']
    """
    pieces: list[QuoteSpan] = []
    open_mark, start = span.open_mark, span.start
    for found in _REOPENING.finditer(source, span.start, span.end):
        end = start + len(source[start : found.start()].rstrip())
        if source[start:end].strip():
            pieces.append(QuoteSpan(start, end, _fold(source, start, end), open_mark, end - 1))
        open_mark, start = found.end() - 1, found.end()
    if not pieces:
        return [span]
    pieces.append(QuoteSpan(start, span.end, _fold(source, start, span.end), open_mark, span.close_mark))
    return [piece for piece in pieces if piece.text.strip()]


def _family(ch: str) -> str:
    if ch == _STRAIGHT:
        return "straight"
    return "single" if ch in _SINGLE_OPENERS + _SINGLE_CLOSERS else "curly"


def _is_opening(text: str, i: int) -> bool:
    """Whether the double mark at ``i`` opens a quote: by its shape, unless its spacing says
    otherwise (a typo'd “ closing ``decision.“ However`` or ” opening `` ”Hello``)."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    spaced_before = before.isspace() or before in "([—–-/:>"
    if ch in _OPEN:
        return not (not spaced_before and after.isspace())
    if ch in _CLOSE:
        return spaced_before and not after.isspace() and after not in ".,;:!?"
    if before.isspace() and after.isspace() and i >= 2 and text[i - 2] in ",:":
        return True  # ``He said, " We view this …. "``: a mark typed with spaces both sides after "said,"
    return spaced_before and not after.isspace()


def _glued_opener(text: str, i: int, p_end: int) -> bool:
    """``supported the stance." Any future agreement …," they said``: a straight mark typed right after
    a full stop, before a space and a capital, with nothing open, opens the next sentence's quotation
    when the marks after it in the paragraph are odd in number (one of them must close it); so does a
    curly closing mark glued to the capital after it."""
    if text[i] in _CLOSE and i > 0 and text[i - 1] in ".!?" and text[i + 1 : i + 2].isupper():
        # ``said President Juncker.”We agreed …”``: a closing shape typed as the next quotation's opener,
        # glued to the capital it opens, when the closing marks after it in the paragraph are odd in number
        return sum(text.count(mark, i + 1, p_end) for mark in _CLOSE) % 2 == 1
    if text[i] != _STRAIGHT or i == 0 or text[i - 1] not in ".!?":
        return False
    # ``talk."Having said that, …," Warner said``: the mark glued to both the full stop and the capital
    glued = text[i + 1 : i + 2].isupper()
    if not glued and not (text[i + 1 : i + 3].startswith(" ") and text[i + 2 : i + 3].isupper()):
        return False
    return text.count(_STRAIGHT, i + 1, p_end) % 2 == 1


def _single_opens(text: str, i: int) -> bool:
    """A ‘ opens where a word could start: after a space, bracket, dash or double mark."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace() or _ELISION.match(text, i):
        return False
    return before.isspace() or before in "([—–-/:>“\"'"


def _single_closes(text: str, i: int) -> bool:
    """A ’ that can end a quote: after a non-space and not inside a word (don’t, Kabul’s)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _possessive(text: str, i: int) -> bool:
    """``residents’ homes``: a plural possessive, which looks like a closing ’."""
    return text[i - 1 : i] in {"s", "S"} and re.match(r"[’'] [a-z]", text[i : i + 3]) is not None


def _single_close_at(text: str, i: int, p_end: int) -> bool:
    """Whether the ’ at ``i`` closes the open single quote (a possessive only as a last resort)."""
    if not _single_closes(text, i):
        return False
    if not _possessive(text, i):
        return True
    later = (j for j in range(i + 1, p_end) if text[j] in _SINGLE_CLOSERS)
    return not any(_single_closes(text, j) for j in later)


def _double(ch: str) -> bool:
    return _family(ch) != "single"


def _double_closer_after(text: str, i: int, p_end: int) -> bool:
    """Whether any double mark after ``i`` in its paragraph could close a quote."""
    return any(text[j] in _DOUBLE and not _is_opening(text, j) for j in range(i + 1, p_end))


def _nested_close(text: str, i: int, p_end: int) -> int | None:
    """Where a double opener at ``i``, met while a double quote is open, closes when it opens a
    quote nested in the open one: the next two double marks in the paragraph both close (the
    inner quote's and the outer's); otherwise (a stray earlier opener) None."""
    closers: list[int] = []
    for j in range(i + 1, p_end):
        if text[j] not in _DOUBLE:
            continue
        if _is_opening(text, j):
            return None
        closers.append(j)
        if len(closers) == 2:
            return closers[0]
    return None


def _continues(text: str, open_at: int, paragraph_end: int, next_first: str) -> bool:
    """Whether a quote left open at a paragraph end goes on in the next paragraph (the English
    convention: each paragraph of the speech opens, only the last closes): it must reopen with
    a mark of the same kind (double or single; straight and curly doubles are one kind, as
    copy mixes them), what is open must read as speech, not a stray mark before one word
    (``called it “historic.``), and it must not be a pull quote (words the body repeats)."""
    if not next_first or next_first not in _OPEN + _STRAIGHT + _SINGLE_OPENERS:
        return False
    same_kind = _double(text[open_at]) == _double(next_first)
    return (
        same_kind
        and len(text[open_at + 1 : paragraph_end].split()) >= 4
        and not _repeated(text, open_at + 1, paragraph_end)
    )


CLOSED_LATER_PARAGRAPHS = 3  # unmarked paragraphs a quote opened after a colon may run over


def _closed_later(text: str, open_at: int, paragraphs: list[tuple[int, int]], number: int) -> bool:
    """Whether a quote left open at a paragraph end runs on, unreopened, to a closing mark that ends
    a later paragraph (``said:⏎⏎“It was a pleasure to host her. …⏎⏎Our discussion covered trade.⏎⏎
    He will visit Mexico in the autumn.”``: releases that mark only the speech's first and last
    characters): opened after a colon or at its paragraph's start, each paragraph a whole sentence,
    the paragraphs between unmarked, and the last one's only mark the closing one at its end."""
    if not _double(text[open_at]):
        return False
    first = next(k for k, (s, e) in enumerate(paragraphs) if s <= open_at < e)
    lead = text[paragraphs[first][0] : open_at].rstrip()
    if lead and not lead.endswith(":"):
        return False
    if len(text[open_at + 1 : paragraphs[first][1]].split()) < RECOVER_WORDS:
        return False
    for k in range(number, min(number + 1 + CLOSED_LATER_PARAGRAPHS, len(paragraphs))):
        body = text[slice(*paragraphs[k])].rstrip()
        marks = [ch for ch in body if ch in _DOUBLE]
        if k == number:
            if body[-1:] not in ".!?":
                return False
            continue
        if not marks:
            if body[-1:] not in ".!?" or not body[:1].isupper():
                return False
            continue
        closing = body[-1] in _CLOSE + _STRAIGHT and body[-2:-1] in ".!?"
        return len(marks) == 1 and closing and body[:1].isupper()
    return False


def _repeated(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` recur elsewhere in the text: a pull quote, set apart in
    its own marks that never close, repeats a passage of the body."""
    words = text[start:end].split()[:8]
    if len(words) < 4:
        return False
    pattern = r"\W+".join(re.escape(w.strip("“”\"‘’'.,;:!?")) for w in words if w.strip("“”\"‘’'.,;:!?"))
    return len(re.findall(pattern, text, re.IGNORECASE)) > 1


def _soft_break(text: str, open_at: int, p_end: int, nxt: tuple[int, int], next_first: str) -> bool:
    """A quote open at a line break that is no paragraph break (no blank line) goes on in the
    next line when that line does not open a quote of its own and closes this one
    (``said, “I want to be clear with you:⏎I’m a union guy.”``)."""
    if "\n" in text[p_end + 1 : nxt[0]] or next_first in _OPEN + _STRAIGHT + _SINGLE_OPENERS:
        return False
    closers = _CLOSE + _STRAIGHT if _double(text[open_at]) else _SINGLE_CLOSERS
    return any(ch in closers for ch in text[nxt[0] : nxt[1]])


def _recoverable(text: str, open_at: int, p_start: int, p_end: int, *, run_on: bool = False) -> bool:
    """An unclosed quote that is still speech: opened right after a colon ("said: “…") or at
    the paragraph start, long, and ending its paragraph on a full stop. A quote that ran on
    over paragraphs (``run_on``: each reopened) and whose last paragraph never closes lost its
    one closing mark the same way; its last paragraph, from its reopening mark, is read so."""
    if run_on:
        reopened = text[p_start:p_end].lstrip()
        open_at = p_start + len(text[p_start:p_end]) - len(reopened)
        if reopened[:1] not in _OPEN + _STRAIGHT + _SINGLE_OPENERS:
            return False
    lead = text[p_start:open_at].rstrip()
    content = text[open_at + 1 : p_end].rstrip()
    return (
        (not lead or lead.endswith(":"))
        and len(content.split()) >= RECOVER_WORDS
        and content[-1:] in ".!?"
        and not any(ch in _MARKS for ch in content if _double(ch) == _double(text[open_at]))
        and not _repeated(text, open_at + 1, p_end)
    )


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _fold(text: str, start: int, end: int) -> str:
    body = text[start:end]
    body = re.sub(r"\s*\n\s*[“\"‘']?", " ", body)
    return " ".join(body.split())


def _single_has_partner(text: str, i: int, p_end: int, next_first: str) -> bool:
    """A ‘ with no ’ after it in its paragraph that could close it is an apostrophe or a stray,
    unless the quote goes on in the next paragraph."""
    if any(text[j] in _SINGLE_CLOSERS and _single_closes(text, j) for j in range(i + 1, p_end)):
        return True
    return next_first in _SINGLE_OPENERS and len(text[i + 1 : p_end].split()) >= 4


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
        nested_until = -1  # the closing mark of a quote nested in the open one
        nxt = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
        next_first = text[nxt[0] : nxt[1]].lstrip()[:1] if nxt is not None else ""
        for i in range(p_start, p_end):
            ch = text[i]
            if ch not in _MARKS or i <= nested_until:
                continue
            single = _family(ch) == "single"
            if open_at is not None and single != (_family(text[open_at]) == "single"):
                continue  # a nested quote of the other family
            if single:
                closes = open_at is not None and ch in _SINGLE_CLOSERS and _single_close_at(text, i, p_end)
                if not closes and ch in _SINGLE_OPENERS:
                    if continuing and not text[p_start:i].strip():
                        continuing = False  # the reopening mark of a continued quote
                    elif (
                        open_at is None
                        and _single_opens(text, i)
                        and _single_has_partner(text, i, p_end, next_first)
                    ):
                        open_at = i
                    continue
                if not closes:
                    continue
            elif _is_opening(text, i) or (open_at is None and _glued_opener(text, i, p_end)):
                if continuing and not text[p_start:i].strip():
                    continuing = False  # the reopening mark of a continued quote
                    continue
                inner = _nested_close(text, i, p_end) if open_at is not None else None
                if inner is not None:
                    nested_until = inner
                    continue
                if open_at is None or ch != _STRAIGHT or _double_closer_after(text, i, p_end):
                    open_at = i  # a new opener replaces a stray earlier one
                    continuing = False
                    continue
                # ``administration. "President Trump …`` with no mark after it: a closing mark typed
                # with a space before it closes the open quote (it could open none)
            if open_at is not None:
                content_start = open_at + 1
                quotes.append(QuoteSpan(content_start, i, _fold(source, content_start, i), open_at, i))
                open_at = None
                continuing = False
        if open_at is not None:
            if _continues(text, open_at, p_end, next_first):
                continue
            if _closed_later(text, open_at, paragraphs, number):
                continue
            if nxt is not None and _soft_break(text, open_at, p_end, nxt, next_first):
                continue
            if _recoverable(text, open_at, p_start, p_end, run_on=open_at < p_start):
                end = p_start + len(text[p_start:p_end].rstrip())
                quotes.append(QuoteSpan(open_at + 1, end, _fold(source, open_at + 1, end), open_at, end - 1))
            open_at = None  # unclosed at paragraph end: drop it, keep the rest
    return [q for q in quotes if q.text.strip()]
