"""Site furniture out, article text in: the body facts are extracted from.

News pages carry section labels ("Flashpoints"), navigation ("World | Asia |
Opinion"), the headline repeated above the photo, photo credits, "Recent
Features" and promos ("Dreaming of a career in …? Try our jobs board.").
None of it is article text, and some of it looks like facts to an extractor
(a promo's question is not an open question). The rules here are general:
what a line looks like and where it sits, never a list of known strings.

A line is furniture when it is
- the headline again (equal to the title), or repeated in the document and not
  a sentence;
- short and title-like without ending like a sentence (section labels, bylines,
  datelines, room names);
- navigation: several short segments separated by ``|``, ``›`` or ``»``;
- a photo/image credit ("Credit: …", "Photo by …");
- without a word: an end mark ("###") or a section break ("* * *");
- a promo: a call to action ("Subscribe …", "Sign up …", "Find your … job"),
  and the short reader-directed question that leads into one;
- part of a trailing share/related block ("Related", "Share this", …).

Sentences survive: standfirsts, paragraphs, transcript speaker labels
("SECRETARY BLINKEN: Thank you."), lines ending in a dash (interrupted speech).
So does the header of official remarks and statements: a byline naming the
speaker and office ("Maria Fontaine, Under Secretary for Economic Growth") and
the dateline under it ("Nairobi, Kenya"), each kept as its own paragraph: they
say who speaks the first-person text below and where.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from briefings.sources.line_kinds import (
    SHORT_WORDS,
    ends_like_sentence,
    is_credit,
    is_navigation,
    is_promo,
    is_quotation,
    is_quote_credit,
    is_title_case,
    norm,
    strip_closers,
    words_of,
)
from briefings.sources.wrapping import is_turn_start, normalise_spaces, wrap_width, wraps

_SPEAKER_LABEL = re.compile(r"^[A-Z][A-Za-z .'’-]{0,60}:\s")
# "Name, Office": two to five capitalised name words, a comma, then an office.
_BYLINE = re.compile(
    r"^(?:[A-Z][\w'’-]*\.?)(?: (?:[A-Z][\w'’-]*\.?|de|da|van|von|bin|al)){1,4}, "
    r"(?=[^\n]*\b(?:Secretary|Minister|Spokes(?:person|man|woman)|President|Ambassador|Advis[eo]r|"
    r"Director|Administrator|Envoy|Representative|Chair(?:man|woman|person)?|Counselor|Coordinator|"
    r"Commissioner|Governor|Senator|Chief|Officer|Deputy|Assistant|Under ?secretary)\b)"
    r"[A-Z][\w.'’&-]*(?: (?:[A-Z][\w.'’&-]*|of|for|and|the|on|to|at|in|de|du))*$"
)
# "City, Country" / "City, State, Country" under a byline.
_DATELINE = re.compile(r"^[A-Z][\w.'’ -]{1,40}(?:, [A-Z][\w.'’ -]{1,40}){1,2}$")
_HEADER_LINES = 6
_DATELINE_WORDS = 6
# a transcript's speaker label: its turns say who speaks, so its header stays furniture
_TURN_LABEL = re.compile(r"^(?:\*\*[^*\n]{1,60}(?::\*\*|\*\*:)|[A-Z][A-Z.'’ -]{1,50}:\s)")
# Headers that open a trailing block of links: everything after them is furniture.
_TAIL_HEADER = re.compile(
    r"^(?:related(?: (?:articles|stories|content|posts|coverage|reading))?|recommended(?: for you)?|"
    r"more (?:from|on|stories|in)\b.*|read (?:more|next|also)|see also|"
    r"share(?: this)?(?: (?:article|story|page))?|"
    r"you (?:may|might) also like|most (?:read|popular|viewed)|popular(?: now)?|tags?|topics?|filed under|"
    r"trending(?: now)?|latest(?: news)?)\s*:?$",
    re.IGNORECASE,
)
_HEADLINE_WORDS = 25
_LONG_PARAGRAPH_WORDS = 25
_TAIL_LINE_WORDS = 20
_UNWRAP_MIN_CHARS = 40
# A comma then a lowercase word: a clause under way, which no heading or dateline holds
# ("Washington, DC" and "Flashpoints, Asia" capitalise after their commas).
_CLAUSE_UNDER_WAY = re.compile(r",\s+(?:the|a|an|[a-z]+ly|he|she|they|we|it)\s")
_TAIL_MAX_LINES = 20


@dataclass(frozen=True)
class _Line:
    block: int
    text: str


def clean_body(text: str, *, title: str | None = None) -> str:
    """``text`` without site furniture; paragraphs separated by one blank line.

    >>> clean_body("World | Asia | Opinion\\n\\nTalks Resume\\n\\nThe talks resumed.", title="Talks Resume")
    'The talks resumed.'
    """
    lines = _lines(text)
    if not lines:
        return ""
    header = _byline_header(lines) | _quote_credits(lines)
    drop = _furniture(lines, title) - header
    blocks: dict[tuple[int, int], list[str]] = {}
    for index, line in enumerate(lines):
        if index not in drop:
            # a kept byline or dateline is a paragraph of its own, never glued to the prose
            key = (line.block, index if index in header else -1)
            blocks.setdefault(key, []).append(line.text)
    return "\n\n".join("\n".join(block) for block in blocks.values())


def _byline_header(lines: Sequence[_Line]) -> set[int]:
    """A byline ("Name, Office") among the opening lines, and the dateline right after it.

    Only before the first paragraph of prose: further down, such a line is a caption or a
    signature, not the header of the text. A transcript (speaker labels) needs no byline.
    """
    if any(_TURN_LABEL.match(line.text) for line in lines):
        return set()
    for index, line in enumerate(lines[:_HEADER_LINES]):
        if len(words_of(line.text)) >= _LONG_PARAGRAPH_WORDS or ends_like_sentence(line.text):
            return set()
        if _BYLINE.match(line.text) and len(words_of(line.text)) <= SHORT_WORDS + 4:
            kept = {index}
            following = index + 1
            if (
                following < len(lines)
                and _DATELINE.match(lines[following].text)
                and len(words_of(lines[following].text)) <= _DATELINE_WORDS
            ):
                kept.add(following)
            return kept
    return set()


def _quote_credits(lines: Sequence[_Line]) -> set[int]:
    """The line under a paragraph that is one quotation, saying whose words they are ("Remarks by
    President Donald Tusk after the EU-China summit"): kept as a paragraph of its own, the only
    place the page names the speaker."""
    return {
        index
        for index in range(1, len(lines))
        if is_quote_credit(lines[index].text)
        and lines[index - 1].block != lines[index].block
        and is_quotation(lines[index - 1].text)
    }


def find_title(text: str) -> str | None:
    """The headline of an untitled text: a headline-like line before the first long
    paragraph, preferring one the page repeats (sites print the headline several
    times); None when the text opens straight into prose.

    >>> find_title("News\\n\\nTalks Resume in Doha\\n\\nThe talks resumed on Monday after a long pause.")
    'Talks Resume in Doha'
    """
    candidates: list[str] = []
    lines = _lines(text)
    counts = Counter(norm(line.text) for line in lines)
    for line in lines:
        words = words_of(line.text)
        if len(words) >= _LONG_PARAGRAPH_WORDS:
            break
        if _is_headline_candidate(line.text, words):
            candidates.append(line.text)
    repeated = [c for c in candidates if counts[norm(c)] > 1]
    chosen = repeated or candidates
    return chosen[0] if chosen else None


def _is_headline_candidate(text: str, words: Sequence[str]) -> bool:
    if not 2 <= len(words) <= _HEADLINE_WORDS or text.startswith("- "):
        return False
    if strip_closers(text).endswith((".", ":", ";", ",")):
        return False
    return not (is_navigation(text) or is_credit(text) or is_promo(text) or _SPEAKER_LABEL.match(text))


def _lines(text: str) -> list[_Line]:
    """Non-empty lines with their paragraph number, spaces normalised, hard-wrapped
    prose re-joined (a line broken at the text's wrap column, see
    :mod:`briefings.sources.wrapping`, or a long line that does not end like a
    sentence, goes on in the next) and every transcript turn a paragraph of its own."""
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    width = wrap_width(raw_lines)
    lines: list[_Line] = []
    block = 0
    previous_raw = ""
    for raw in raw_lines:
        line = normalise_spaces(raw)
        if not line:
            block += 1
            continue
        previous = lines[-1] if lines else None
        if previous is not None and previous.block == block:
            if wraps(previous_raw, raw, width=width) or _continues(previous.text, line):
                lines[-1] = _Line(block, f"{previous.text} {line}")
                previous_raw = raw
                continue
            if is_turn_start(line):
                block += 1
        lines.append(_Line(block, line))
        previous_raw = raw
    return lines


def _continues(previous: str, line: str) -> bool:
    """Whether ``line`` is the rest of a hard-wrapped sentence begun on ``previous``."""
    if ends_like_sentence(previous):
        return False
    if len(previous) < _UNWRAP_MIN_CHARS and not _CLAUSE_UNDER_WAY.search(previous):
        return False  # a short line is its own unless a clause is under way ("On Thursday, the Vice")
    # a byline is a line of its own, never the start of a wrapped sentence
    return not (
        line.startswith("- ") or _SPEAKER_LABEL.match(line) or is_turn_start(line) or _BYLINE.match(previous)
    )


def _furniture(lines: Sequence[_Line], title: str | None) -> set[int]:
    counts = Counter(norm(line.text) for line in lines)
    title_key = norm(title) if title else None
    drop: set[int] = set()
    for index, line in enumerate(lines):
        text = line.text
        words = words_of(text)
        repeated = counts[norm(text)] > 1
        if (
            not words  # "###" or "* * *": an end mark or a section break, no text
            or (title_key is not None and norm(text) == title_key)
            or (repeated and _is_repeated_furniture(text, words))
            or _is_label(text, words)
            or is_navigation(text)
            or is_credit(text)
            or is_promo(text)
        ):
            drop.add(index)
    drop |= _promo_leads(lines, drop)
    drop |= _trailing_block(lines)
    return drop


def _promo_leads(lines: Sequence[_Line], drop: set[int]) -> set[int]:
    """Short questions to the reader that lead into a dropped call to action in the
    same paragraph ("Dreaming of a career in …?" before "Try our jobs board."), or that
    stand alone between two pieces of furniture: a reader poll ("HAVE YOUR SAY" / "Should
    people be prosecuted …? If so, who?" / "Add or view comments")."""
    leads: set[int] = set()
    for index in range(len(lines) - 2, -1, -1):
        line, following = lines[index], index + 1
        boxed = index > 0 and index - 1 in drop and lines[index - 1].block != line.block
        if lines[following].block != line.block and not boxed:
            continue
        if not (following in leads or (following in drop and is_promo(lines[following].text))):
            continue
        if strip_closers(line.text).endswith("?") and len(words_of(line.text)) <= SHORT_WORDS:
            leads.add(index)
        elif boxed and _only_questions(line.text):
            # "HAVE YOUR SAY" / "Are you in the area? Did you feel it?" / "Add or view comments"
            leads.add(index)
    return leads


def _only_questions(text: str) -> bool:
    """A line of nothing but short questions (a reader poll asks two or three at once)."""
    parts = [p for p in re.split(r"(?<=\?)\s+", strip_closers(text).strip()) if p]
    return bool(parts) and all(p.endswith("?") and len(words_of(p)) <= SHORT_WORDS for p in parts)


def _trailing_block(lines: Sequence[_Line]) -> set[int]:
    """A share/related header after the article and the short lines (link titles) after it."""
    start = max(1, len(lines) - _TAIL_MAX_LINES)
    for index in range(start, len(lines)):
        if _TAIL_HEADER.match(lines[index].text):
            rest = range(index, len(lines))
            if all(len(words_of(lines[i].text)) <= _TAIL_LINE_WORDS for i in rest):
                return set(rest)
    return set()


def _is_repeated_furniture(text: str, words: Sequence[str]) -> bool:
    """A repeated line that is not speech: a label, or a headline printed again
    (title case, several words, not ending in a full stop). Transcripts repeat
    "PRESIDENT: Yeah." and "Thank you." legitimately, so those stay."""
    if len(words) > _HEADLINE_WORDS or _SPEAKER_LABEL.match(text):
        return False
    if not ends_like_sentence(text):
        return True
    ending = strip_closers(text)[-1]
    return ending in "?!" and len(words) >= 4 and is_title_case(words)


def _is_label(text: str, words: Sequence[str]) -> bool:
    """A short title-like line that is not a sentence: section label, byline,
    dateline, room name, heading ("Flashpoints", "Washington, DC", "2:36 P.M. JST")."""
    if not words or len(words) > SHORT_WORDS or text.startswith("- "):
        return False
    if ends_like_sentence(text) or any(mark in text for mark in '"“”'):
        return False
    if _CLAUSE_UNDER_WAY.search(text):
        return False  # "On Thursday, the Vice": a sentence a link cut short at the wrap, not a heading
    return is_title_case(words)
