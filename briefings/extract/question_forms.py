"""Shapes of a "?" that ask nobody about the story, and documents whose questions are devices.

A reader-facing promo ("Dreaming of a career in the Asia-Pacific?" before "Try The
Diplomat's jobs board.") and a tag that asks only for agreement ("..., right?", "It's
a big country, isn't it?") are no open questions wherever they stand. In a speech
(one speaker's label opening the body, remarks under a byline, or a document titled
as remarks) the speaker's questions are devices (rhetorical, answered by the speech
itself) and so are the questions he reports being asked ("he asked me if I could
define America"); only what the text says is open stays open.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefings.extract.lexicon import ASKING_WORDS, PROMO_VERBS, READER_OPENERS, SPEECH_TITLES
from briefings.extract.remarks import remarks_turns
from briefings.extract.turns import Turn, monologue

_OPENERS = '“"‘«'
_CLOSERS = '”"’»'
_PROMO_WORDS = re.compile(
    r"\b(career|jobs?|newsletter|subscri\w+|sign up|advertis\w+|tips?|podcast|webinar)\b", re.I
)
# Tags that ask the listener to agree ("..., right?", "Okay?", "It's big, isn't it?"): no open question.
_TAG = re.compile(
    r"(?:^|[,;:—–-]\s*)(?:right|okay|ok|yeah|yes|no|eh|huh|correct|true|you know|you see|"
    r"(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|wo|ca)n['’]?t"
    r" (?:it|he|she|they|we|you|i|there|that|this)(?: think| say)?)\W*$",
    re.IGNORECASE,
)
_SPEECH_TITLE = re.compile(SPEECH_TITLES, re.IGNORECASE)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def is_speech(title: str, body: str, turns: Sequence[Turn]) -> bool:
    """One speaker's continuous speech (a single label opening the body, remarks under a
    byline, or a body without labels under a title such as "Remarks as Prepared for Delivery
    by ..."): his questions are his own devices (rhetorical, answered by himself, a series),
    open only when the next words say nobody answers them."""
    if turns:
        return False
    titled = _SPEECH_TITLE.search(title.replace("\xa0", " ")) is not None
    return titled or monologue(body.replace("\xa0", " ")) or bool(remarks_turns(body))


def only_a_tag(sentence: str) -> bool:
    """ "Okay?", "And he is going to be our chief, right?", "It's a big country, isn't it?": a
    statement with a tag asks for agreement; "What will happen, right?" still asks what."""
    text = sentence.strip().strip(_OPENERS + _CLOSERS).rstrip("?").strip()
    tag = _TAG.search(text)
    if tag is None:
        return False
    before = _norm(text[: tag.start()]).split()
    while before and before[0] in {"and", "but", "so", "or", "well", "now", "then"}:
        before = before[1:]
    return not before or before[0] not in ASKING_WORDS


def next_line(body: str, end: int) -> str | None:
    rest = body[end:].split("\n")
    for line in rest[1:]:
        if line.strip():
            return line.strip()
    return None


def is_promo(text: str, line: str, next_line: str | None) -> bool:
    """A reader-facing promo: a short standalone question to the reader, often before a call to action.

    "Dreaming of a career in the Asia-Pacific?" followed by "Try The Diplomat's jobs board."
    """
    whole, asked = line.strip().strip("*_#> "), text.strip().strip("*_#> ")
    if whole != asked:
        # "Enjoying this interview? Subscribe to ...": the call to action may share the line
        rest = whole[len(asked) :].strip() if whole.startswith(asked) else ""
        lead = re.sub(r"[^\w]", "", rest.split()[0]).lower() if rest.split() else ""
        if lead not in PROMO_VERBS or len(rest.split()) > 20:
            return False  # part of running text
        next_line = rest
    words = text.split()
    if len(words) > 14:
        return False
    first = re.sub(r"[^\w]", "", words[0]).lower() if words else ""
    if first in READER_OPENERS or (first.endswith("ing") and first not in {"during", "nothing", "something"}):
        return True
    if _PROMO_WORDS.search(text) and re.search(r"\byou(r)?\b", text, re.I):
        return True
    if next_line is not None:
        lead = re.sub(r"[^\w]", "", next_line.split()[0]).lower() if next_line.split() else ""
        if lead in PROMO_VERBS and len(next_line.split()) <= 12:
            return True
    return False
