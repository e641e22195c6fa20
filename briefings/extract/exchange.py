"""A question in an exchange: put to the next speaker, and open only when the answer deflects.

In a transcript (press conference, briefing, interview) a reporter's turn puts
all its questions to the next speaker; anyone else puts only the questions that
close the turn (a question in the middle of a turn is answered, or meant
rhetorically, by the speaker who goes on; a run of questions opening alike,
"Are we going to be ...? Are we going to be ...?", is a speaker's anaphora). The
answer is the next turn by someone else, run on past interjections from the
floor that ask nothing; :func:`briefings.extract.answers.deflection` decides
whether it leaves the question open, and its deflecting sentence becomes
``Question.answer``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefings.extract.answers import deflection, left_unanswered, procedural
from briefings.extract.context import DocContext
from briefings.extract.lexicon import (
    CLARIFYING_QUESTIONS,
    FIRST_PERSON_DOUBT,
    SETTLED_ELSEWHERE_CUES,
    SPEAKERS_OWN_REFUSAL_OR_RECOLLECTION,
)
from briefings.extract.open_points import OPEN_POINT
from briefings.extract.turns import Turn, speaker_of, turn_at
from briefings.model.facts import Evidence, Question

# "I wonder if you can ...", "to ask him if ...": a speaker putting a question to someone present
_PUT_TO_SOMEONE = re.compile(
    r"\b(?:i|we)\s+(?:\w+\s+)?(?:wonder|wondered|ask|was wondering|were wondering)\b|\bto ask\b",
    re.IGNORECASE,
)
# "I'm wondering if ...", "we'd like to know whether ...": a question put in a statement
_WONDERING = re.compile(
    r"\b(?:i|we)(?:['’]m| am|['’]re| are|['’]d| would)\s+(?:\w+\s+)?"
    r"(?:wondering|curious|like to (?:ask|know))\b",
    re.IGNORECASE,
)
_ASKED_BACK_WORDS = 12
_SERIES_TAIL = re.compile(r"(?:^|[.!?]\s+)(?P<q>[^.!?]+\?)\s+$")
_SERIES_HEAD = re.compile(r"\s+(?P<q>[^.!?]+\?)")
_SERIES_READ = 400  # characters before a question where the question it repeats would stand
_INTERJECTIONS = 2  # remarks from the floor that an answer may run past
_INTERJECTION_WORDS = 12  # "I know, we gave you a year." - longer turns put a new question
_SETTLED_ELSEWHERE = re.compile(SETTLED_ELSEWHERE_CUES, re.IGNORECASE)
_FIRST_PERSON_DOUBT = re.compile(FIRST_PERSON_DOUBT, re.IGNORECASE)
_OWN_REFUSAL = re.compile(SPEAKERS_OWN_REFUSAL_OR_RECOLLECTION, re.IGNORECASE)
_CLARIFYING = re.compile(CLARIFYING_QUESTIONS, re.IGNORECASE)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def open_in_exchange(ctx: DocContext, question: Question, end: int, turns: Sequence[Turn]) -> Question | None:
    """In a transcript, the question if it is put to the next speaker and the answer deflects.

    A reporter's turn puts all its questions to the next speaker; anyone else
    puts only the questions that close the turn (a question in the middle of a
    turn is answered, or meant rhetorically, by the speaker who goes on). The
    answer is the next turn by someone else (not another reporter, for a
    reporter's question); it must decline, defer or not know, the deflection opening or
    closing it (:func:`briefings.extract.answers.deflection`).
    """
    turn = turn_at(turns, end - 1)
    if turn is None:
        return question  # the preamble before the first label reads as prose
    body = ctx.text
    if not turn.is_reporter and not _closes_turn(body[end : turn.end]):
        # the speaker goes on: a device, unless the next words say nobody answers it
        return question if left_unanswered(body[end : turn.end]) else None
    if not turn.is_reporter and _in_series(body, question.evidence.start, end, turn):
        return None  # "Are we going to be ...? Are we going to be ...?": a speaker's anaphora
    answer = _answer_turn(body, turns, turn)
    if answer is None:
        return None
    span = deflection(answer[1], answer[0])
    if span is None:
        return None
    lo, hi = span
    return replace(question, answer=Evidence(ctx.document.id, body[lo:hi], lo, hi, "body"))


def asked_in_exchange(question: Question, turns: Sequence[Turn]) -> bool:
    """An implicit question of a transcript that is a question put in the room ("I wonder if you
    can talk about ...", a reporter's "whether" clause, "there have been questions about that")
    or a speaker's own doubt ("I'm not sure if ..."): the exchange, not the cue, decides those.
    Only the cues that say a point is open ("unclear whether", "remains to be seen", "no decisions
    have been taken", "we await the results") stand."""
    turn = sentence_turn(question, turns)
    if turn is None:
        return False
    return turn.is_reporter or said_in_the_room(question.text)


def sentence_turn(question: Question, turns: Sequence[Turn]) -> Turn | None:
    """The turn where the question's sentence starts (a sentence the parser runs on past the next
    speaker's label belongs to the turn that began it)."""
    start = question.evidence.start
    return next((t for t in turns if t.label_start <= start < t.end), None)


def open_without_a_mark(
    ctx: DocContext, question: Question, turn: Turn, turns: Sequence[Turn]
) -> Question | None:
    """A reporter's turn with no "?" that puts its question as a statement ("I wonder if you could
    say when the envoy leaves.", "So nothing on whether the staff must report."): like any question
    put to the next speaker, open only when the answer deflects."""
    puts = _PUT_TO_SOMEONE.search(question.text) or _WONDERING.search(question.text)
    if puts is None or procedural(question.text):
        return None  # "it's still an open question here", "I wonder if we could change topics"
    answer = _answer_turn(ctx.text, turns, turn)
    span = None if answer is None else deflection(answer[1], answer[0])
    if span is None:
        return None
    lo, hi = span
    asked_by = speaker_of(turn, ctx.people)
    return replace(
        question, asked_by=asked_by, answer=Evidence(ctx.document.id, ctx.text[lo:hi], lo, hi, "body")
    )


def said_in_the_room(text: str) -> bool:
    """An implicit question of a speaker's words that is how people put or recall questions
    ("I wonder if ...", "he asked me if I could ...", "there are questions about ...") or his
    own doubt ("I'm not sure if ..."), refusal ("I won't give you more details") or recollection
    ("it was unclear how we could ..."), not a point the text says is open ("it remains to be seen
    whether ...", "no decision has been made ...")."""
    return (
        _PUT_TO_SOMEONE.search(text) is not None
        or _FIRST_PERSON_DOUBT.search(text) is not None
        or _OWN_REFUSAL.search(text) is not None
        or (_SETTLED_ELSEWHERE.search(text) is None and OPEN_POINT.search(text) is None)
    )


def _in_series(body: str, start: int, end: int, turn: Turn) -> bool:
    """The question is one of a run of questions opening with the same two words (a reporter's
    run is not: "Does the President support ...? Does the President support that deal?" asks twice).
    """
    opening = _norm(body[start:end]).split()[:2]
    before = _SERIES_TAIL.search(body, max(turn.start, start - _SERIES_READ), start)
    after = _SERIES_HEAD.match(body, end, turn.end)
    return len(opening) == 2 and any(
        m is not None and _norm(m.group("q")).split()[:2] == opening for m in (before, after)
    )


def _closes_turn(rest: str) -> bool:
    """Nothing but further questions (or a "Thank you.") follows in the turn."""
    for sentence in re.split(r"(?<=[.!?])\s+", rest.strip()):
        if sentence and not sentence.endswith("?") and len(_norm(sentence).split()) > 3:
            return False
    return True


def _answer_turn(body: str, turns: Sequence[Turn], asked: Turn) -> tuple[int, str] | None:
    """Where the answer to ``asked`` starts and its text: the next turn by a different,
    non-reporter speaker.

    A short question back ("In terms of the exercises?" - "Mm-hm.") is not the answer:
    the answer is that speaker's next turn. The answer runs on past an interjection from
    the floor that asks nothing ("I know, we gave you a year."), to the next question;
    the interjection is blanked out of the text (offsets kept).
    """
    index = turns.index(asked)
    asked_back = follow_up = False
    for number in range(index + 1, min(index + 4, len(turns))):
        turn = turns[number]
        if turn.label == asked.label or turn.is_reporter:
            if asked.is_reporter and not follow_up:
                follow_up = True
                continue  # a follow-up from the floor (or a reply to a question back) before the answer
            return None
        reply = body[turn.start : turn.end].strip()
        short = len(reply.split()) <= _ASKED_BACK_WORDS
        if not asked_back and reply.endswith("?") and (short or _clarifies(reply)):
            asked_back = True
            continue
        return turn.start, _answer_text(body, turns, number)
    return None


def _clarifies(reply: str) -> bool:
    """A one-sentence question back that asks what was asked: "You mean for people who ...?"."""
    return _CLARIFYING.match(reply) is not None and not re.search(r"[.!?]\s", reply)


def _answer_text(body: str, turns: Sequence[Turn], number: int) -> str:
    """The text of the answer begun by ``turns[number]``, to the next turn that asks something."""
    answer = turns[number]
    text = body[answer.start : answer.end]
    for step in range(number + 1, min(number + 1 + 2 * _INTERJECTIONS, len(turns) - 1), 2):
        between, resumed = turns[step], turns[step + 1]
        said = body[between.start : between.end]
        asks = "?" in said or len(said.split()) > _INTERJECTION_WORDS  # a question put without a "?"
        if asks or not between.is_reporter or resumed.label != answer.label:
            break
        text += " " * (resumed.start - between.label_start) + body[resumed.start : resumed.end]
    return text
