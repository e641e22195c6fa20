"""Whether a question is left open: the answer that follows it, and questions that only seem to ask.

In a press conference, a briefing or an interview nearly every question is
answered on the spot, so a reporter's question is open only when the answer
*declines, defers or cannot answer*: "I'm not going to get ahead of the
President", "I don't have anything on that", "we'll see", "I'd point you to
the Department". Those are first-person constructions at the answer's
opening (its first sentences, past a "Sure." or "Thank you."), listed in
:data:`briefings.extract.lexicon.DEFLECTIONS`; an answer that opens any other
way answers.

Outside an exchange, a question can still fail to ask: a rhetorical one that
asserts ("Who could argue with that?") or that its speaker answers at once
("And what did we get? Nothing."), and a procedural or phatic one that runs the
event ("Is this microphone on?", "Shall we take the next one?").

>>> deflection("I'm not going to get ahead of the President. He'll decide.", 0)
(0, 44)
>>> deflection("Yes. We've sent 600 Stingers.", 0) is None
True
"""

from __future__ import annotations

import re

from briefings.extract.lexicon import (
    ANSWER_OPENING_SENTENCES,
    DEFLECTIONS,
    LEFT_UNANSWERED,
    PROCEDURAL,
    RHETORICAL_ASSERTIONS,
    SELF_ANSWERS,
)

_DEFLECTION = re.compile(r"\b(?:" + "|".join(DEFLECTIONS) + ")", re.IGNORECASE)
_RHETORICAL = re.compile("|".join(RHETORICAL_ASSERTIONS), re.IGNORECASE)
_SELF_ANSWER = re.compile("|".join(SELF_ANSWERS), re.IGNORECASE)
_LEFT_UNANSWERED = re.compile("|".join(LEFT_UNANSWERED), re.IGNORECASE)
_PROCEDURAL = re.compile("|".join(PROCEDURAL), re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\b[A-Z])[.!?…]+[”\"’)]*(?=\s|$)")
# Words that open an answer without answering yet ("Sure.", "Thank you, Jen.", "Well, look,").
_EMPTY_OPENING = re.compile(
    r"^(?:(?:sure|yes|yeah|no|well|look|so|okay|ok|thanks?|thank you|great|good|again|listen|"
    r"absolutely|of course|right|oh|um|uh|and)\b[\s,.!—–-]*)+(?:[\w ,'’]{0,25}\.)?",
    re.IGNORECASE,
)

# Words that may stand before the deflection in its sentence: "Well, again, I don't have ...".
_EMPTY_LEAD = re.compile(
    r"\s*(?:(?:well|look|so|and|but|again|honestly|frankly|listen|i mean|i think|i would say|i'd say|"
    r"at this point|at this time|right now|as of now|as you know)\b[\s,—–-]*)*",
    re.IGNORECASE,
)
_LEAD_WORDS = 2
# ... or lead a clause of its own: "As you know, it was discussed, but I don't have any updates".
_CLAUSE_LEAD = re.compile(
    r"(?:\bbut|;|:|—|–|--)[\s,—–-]*(?:(?:again|just|honestly|really)[\s,]+)?$", re.IGNORECASE
)


def answer_opening(text: str, start: int = 0) -> tuple[int, int]:
    """The span of the first sentences of an answer (``start`` is where ``text`` sits in the body)."""
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    end = 0
    wanted = ANSWER_OPENING_SENTENCES + (1 if _EMPTY_OPENING.match(stripped) else 0)
    for count, match in enumerate(_SENTENCE_END.finditer(stripped), start=1):
        end = match.end()
        if count >= wanted:
            break
    else:
        end = len(stripped.rstrip())
    return start + offset, start + offset + end


def deflection(text: str, start: int = 0) -> tuple[int, int] | None:
    """The span (in the body, ``text`` sitting at ``start``) of an answer's opening that
    declines, defers or cannot answer; None when the opening answers.

    The construction must lead its sentence (past a "Well," or "Look,"): "Well, I
    don't know." deflects, "... if they have any meaning, or I don't know." does
    not. The span runs from the answer's first character to the end of that
    sentence, so it reads as the answer's opening.
    """
    lo, hi = answer_opening(text, start)
    opening = text[lo - start : hi - start]
    begin = 0
    for match in [*_SENTENCE_END.finditer(opening), None]:
        stop = match.end() if match is not None else len(opening)
        sentence = opening[begin:stop]
        lead = _EMPTY_LEAD.match(sentence)
        found = _DEFLECTION.search(sentence, lead.end() if lead else 0)
        if found is not None and (
            len(sentence[: found.start()].split()) <= _LEAD_WORDS
            or _CLAUSE_LEAD.search(sentence[: found.start()])
        ):
            return lo, lo + stop
        begin = stop
        if begin >= len(opening):
            break
    return None


def asserts(question: str) -> bool:
    """A rhetorical question that asserts: "Who could argue with that?", "Can you imagine?"."""
    return _RHETORICAL.search(question.strip().lstrip("“\"‘'")) is not None


def answered_by_itself(after: str) -> bool:
    """The words right after a question answer it in the speaker's voice: "... get? Nothing.\""""
    following = after.lstrip(" ”\"’'").split("\n", 1)[0].strip()
    first = _SENTENCE_END.split(following, maxsplit=1)[0] if following else ""
    if not first or len(first.split()) > 6 or _LEFT_UNANSWERED.search(first):
        return False  # "Nobody wants to answer that." leaves it open
    return _SELF_ANSWER.match(first) is not None


def procedural(question: str) -> bool:
    """A question that runs the event rather than the story: microphones, turns, who is next."""
    return _PROCEDURAL.search(question) is not None


def left_unanswered(after: str) -> bool:
    """The sentence after a question says nobody answers it: "... have? Few would say."."""
    following = after.lstrip(" ”\"’'")
    first = _SENTENCE_END.split(following, maxsplit=1)[0] if following else ""
    return bool(first) and len(first.split()) <= 20 and _LEFT_UNANSWERED.search(first) is not None
