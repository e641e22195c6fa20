"""Whether a question is left open: the answer that follows it, and questions that only seem to ask.

In a press conference, a briefing or an interview nearly every question is
answered on the spot, so a reporter's question is open only when the answer
*declines, defers or cannot answer*: "I'm not going to get ahead of the
President", "I don't have anything on that", "we'll see", "I'd point you to
the Department". Those are first-person constructions leading a sentence of
the answer (past a "Well," a "Look," or a fronted topic: "In terms of the
size, I don't have a number"), listed in
:data:`briefings.extract.lexicon.DEFLECTIONS`.

Where the deflection sits decides whether the answer deflects or answers:

- it opens the answer (nothing of substance before it, past a "Sure." or
  "It's a great question."): the answer declines first, whatever context follows;
- it closes the answer (nothing of substance after it but a "Go ahead."): the
  answer gives context and ends by declining what was asked ("... But I
  don't have anything to preview on that front.");
- it closes the answer and declines only what goes "beyond that": the answer
  was given;
- substance before and after it: the answer answers and declines a detail of
  it ("Because we recognise ... We don't have an assessment of that. But he
  could decide at any point ..."); the question is answered.

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
from functools import lru_cache

from briefings.extract.lexicon import (
    AFFIRMATIONS,
    ANSWER_ANNOUNCED,
    ANSWER_FILLERS,
    BEYOND_THE_ANSWER,
    BEYOND_WHAT_WAS_SAID,
    DEFLECTIONS,
    DIRECT_ANSWERS,
    ECHO_MODALS,
    LEFT_UNANSWERED,
    NO_WITH_CLAUSE,
    NOT_DEFLECTIONS,
    PHATIC_ANSWER_OPENERS,
    PROCEDURAL,
    QUOTED_RHETORIC,
    RHETORICAL_ASSERTIONS,
    SELF_ANSWERS,
    SIGN_OFFS,
    TOPIC_LEADS,
    TURN_HANDOFFS,
)

_DEFLECTION = re.compile(r"\b(?:" + "|".join(DEFLECTIONS) + ")", re.IGNORECASE)
_RHETORICAL = re.compile("|".join(RHETORICAL_ASSERTIONS), re.IGNORECASE)
_QUOTED_RHETORIC = re.compile("|".join(QUOTED_RHETORIC), re.IGNORECASE)
_SELF_ANSWER = re.compile("|".join(SELF_ANSWERS), re.IGNORECASE)
_ECHO_ASKED = re.compile(
    rf"\b(?:what|who|how|why|where|when|which)\b[^?]*?\b({'|'.join(sorted(ECHO_MODALS))})\b\s+\w+"
)
# "What does this mean?", "What did they want?": a wh-question asked with "do" and its verb
_ECHO_DONE = re.compile(
    r"\b(?:what|who|how|why|where|when|which)\b[^?]*?\b(?:do|does|did)\s+(?:this|that|it|they|he|she|we|you)\s+(\w+)"
)
_ANNOUNCED = re.compile(ANSWER_ANNOUNCED, re.IGNORECASE)
_LEFT_UNANSWERED = re.compile("|".join(LEFT_UNANSWERED), re.IGNORECASE)
_PROCEDURAL = re.compile("|".join(PROCEDURAL), re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\b[A-Z])[.!?…]+[”\"’)]*(?=\s|$)")
# Words that may stand before the deflection in its sentence: "Well, again, I don't have ...".
_EMPTY_LEAD = re.compile(
    r"\s*(?:(?:well|look|so|and|but|again|honestly|frankly|listen|i mean|i think|i would say|i'd say|"
    r"at this point|at this time|right now|as of now|as you know)\b[\s,—–-]*)*",
    re.IGNORECASE,
)
# A deflection said without its subject ("Don't want to get ahead of any conversation about that.",
# "Can't speak to it."): a briefer's clipped first person.
_DROPPED_SUBJECT = re.compile(
    r"(?:don['’]t|do not|can['’]t|cannot|won['’]t|haven['’]t|not going to|have nothing|have no|"
    r"would have to|would refer|would point)\b",
    re.IGNORECASE,
)
_LEAD_WORDS = 2
_FRONTED_CHARS = 250  # how far a fronted topic of several commas may run
_COMMA = re.compile(r",\s*")
_SUBSTANCE_WORDS = 4
_DASH = re.compile(r"\s(?:—|–|--)\s")
_DASH_OPEN = re.compile(r"\s(?:—|–|--)\s*$")
_WORD = re.compile(r"[^\W\d_]+")
_PHATIC = re.compile(PHATIC_ANSWER_OPENERS, re.IGNORECASE)
_HANDOFF = re.compile(TURN_HANDOFFS, re.IGNORECASE)
_AFFIRMS = re.compile(AFFIRMATIONS, re.IGNORECASE)
_SIGN_OFF = re.compile(SIGN_OFFS, re.IGNORECASE)
_BEYOND_SAID = re.compile(BEYOND_WHAT_WAS_SAID, re.IGNORECASE)
# Transcripts are hard-wrapped: "I'm not going\nto speculate" reads as one run of words.
_BLANKS = re.compile(r"\s+")
_DIRECT = re.compile(DIRECT_ANSWERS, re.IGNORECASE)
_NO_WITH_CLAUSE = re.compile(NO_WITH_CLAUSE, re.IGNORECASE)
_NOT_DEFLECTION = re.compile(NOT_DEFLECTIONS, re.IGNORECASE)
_FILLERS = re.compile(ANSWER_FILLERS, re.IGNORECASE)
_BEYOND = re.compile(BEYOND_THE_ANSWER, re.IGNORECASE)
_TOPIC_LEAD = re.compile(r"(?:(?:but|and|so)[\s,]+)?" + TOPIC_LEADS + r"[^,.;:?!]{0,80},\s*", re.IGNORECASE)
# ... or lead a clause of its own: "As you know, it was discussed, but I don't have any updates".
_CLAUSE_LEAD = re.compile(
    r"(?:\bbut|,\s*(?:and|so)|;|:|—|–|--)[\s,—–-]*(?:(?:again|just|honestly|really)[\s,]+)?$", re.IGNORECASE
)


@lru_cache(maxsize=32)  # a reporter's turn of several questions shares one answer
def deflection(text: str, start: int = 0) -> tuple[int, int] | None:
    """The span (in the body, ``text`` sitting at ``start``) of the sentence by which an
    answer declines, defers or cannot answer; None when the answer answers.

    A deflection counts when no substance comes before it (it opens the answer: the
    span then runs from the answer's first character, so it reads as the opening) or
    none comes after it (it closes the answer: the span is its sentence). Substance is a
    sentence of the answer that neither deflects nor asks back, and says more than
    "Sure, thank you." or "It's a great question.". A deflection with substance on both
    sides declines a detail of an answer given, and an answer that opens with a yes or no
    ("No. I'd point you to the Department.") has answered.
    """
    spans = _sentence_spans(text)
    kinds = [_kind(text[lo:hi]) for lo, hi in spans]
    first = next((kind for kind in kinds if kind != "empty"), None)
    if first == "direct" or (first == "affirms" and "substance" in kinds):
        return None  # "No. I'd point you to the Department for the rest.": answered outright
    kinds = ["substance" if kind == "direct" else "empty" if kind == "affirms" else kind for kind in kinds]
    for number, (lo, hi) in enumerate(spans):
        if kinds[number] != "deflects":
            continue
        if "substance" not in kinds[:number]:
            if _BEYOND_SAID.search(text[lo:hi]) and "substance" in kinds[number + 1 :]:
                return None  # "Nothing beyond what the Secretary said. We sent ...": what there is, given
            return start + spans[0][0], start + hi
        if "substance" not in kinds[number + 1 :]:
            if _BEYOND.search(text[lo:hi]):
                return None  # "But beyond that, I don't have a prediction": the answer was given
            return start + lo, start + hi
    return None


def _kind(sentence: str) -> str:
    """ "deflects", "direct" (a yes or no), "substance" or "empty" (a question back, "Sure.",
    "It's a great question.")."""
    sentence = _BLANKS.sub(" ", sentence)
    plain = _FILLERS.sub("", sentence).strip()
    no = _NO_WITH_CLAUSE.match(plain)
    if no is not None and not _DEFLECTION.match(plain, plain.index(" ", 0, no.end()) + 1):
        return "direct"  # "No, I'm not suggesting that — that's up to them.": answered outright
    if deflects(sentence):
        return "deflects"
    if _DIRECT.match(plain):
        return "direct"  # "No.", "Yes, he will.", "It wasn't.": a yes or no answers
    if _AFFIRMS.match(plain):
        return "affirms"  # "Absolutely.", "Of course.": answered if substance follows
    if (
        plain.endswith("?")
        or _PHATIC.match(plain)
        or _SIGN_OFF.match(plain)
        or _HANDOFF.match(plain)
        or len(_WORD.findall(plain)) < _SUBSTANCE_WORDS
    ):
        return "empty"
    return "substance"


def deflects(sentence: str) -> bool:
    """One sentence that declines, defers or cannot answer, the construction leading it.

    >>> deflects("In terms of the size, I just don't have a number for you.")
    True
    >>> deflects("They asked whether we'd cut aid, and I don't know why.")
    False
    """
    plain = _FILLERS.sub("", _BLANKS.sub(" ", sentence))
    if _NOT_DEFLECTION.search(plain):
        return False
    lead = _EMPTY_LEAD.match(plain)
    begin = lead.end() if lead else 0
    begins = [begin]
    topic = _TOPIC_LEAD.match(plain, begin)
    if topic is not None:
        # a fronted topic may run over several commas ("Out of caution, as you can imagine, and for
        # their safety, we're not going to confirm ..."): the deflection may follow any of them
        stop = min(len(plain), begin + _FRONTED_CHARS)
        begins = [topic.end(), *(m.end() for m in _COMMA.finditer(plain, topic.end(), stop))]
    return any(_deflects_from(plain, at) for at in begins)


def _deflects_from(plain: str, begin: int) -> bool:
    """A deflection construction within the first words after ``begin`` (past a clause lead)."""
    if _DROPPED_SUBJECT.match(plain, begin):
        # "Don't have anything to add.": the spoken first person left out, read as said
        plain = plain[:begin] + "I " + plain[begin:]
    for found in _DEFLECTION.finditer(plain, begin):
        before = plain[: found.start()]
        if len(plain[begin : found.start()].split()) > _LEAD_WORDS and not _CLAUSE_LEAD.search(before):
            continue
        restart = _first_word(before[begin:]) == _first_word(plain[found.start() :])  # "I would — I don't"
        if _DASH_OPEN.search(before) and _DASH.search(plain, found.end()) and not restart:
            continue  # an aside between dashes: "as – I'm not sure if it's public yet – about ..."
        return True
    return False


def _first_word(text: str) -> str:
    """The first word, its contraction cut off: "we're" is "we"."""
    words = re.split(r"[\s'’]+", text.strip().lower(), maxsplit=1)
    return words[0] if words else ""


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` as (start, end) offsets, leading blanks skipped."""
    spans: list[tuple[int, int]] = []
    begin = len(text) - len(text.lstrip())
    for match in _SENTENCE_END.finditer(text, begin):
        spans.append((begin, match.end()))
        begin = match.end()
        while begin < len(text) and text[begin].isspace():
            begin += 1
    if text[begin:].strip():
        spans.append((begin, len(text.rstrip())))
    return spans


def asserts(question: str) -> bool:
    """A rhetorical question that asserts: "Who could argue with that?", "Can you imagine?"."""
    return _RHETORICAL.search(question.strip().lstrip("“\"‘'")) is not None


def quoted_rhetoric(question: str) -> bool:
    """A question a speaker quoted in prose puts to make a point: "How can Delhi sleep today …?",
    "Have we become so insensitive?", "Why is it that …?", "…, so what has it accomplished?"."""
    return _QUOTED_RHETORIC.search(question.strip().lstrip("“\"‘'")) is not None


def answered_by_itself(after: str) -> bool:
    """The words right after a question answer it in the speaker's voice: "... get? Nothing.\""""
    next_paragraph = after.lstrip(" ”\"’'\n\t\xa0").split("\n", 1)[0].strip()
    if _ANNOUNCED.match(next_paragraph):
        return True  # "And the answer is that I'm their First Lady too.", however long, wherever
    # a short self-answer must follow on the same line: "Nobody met." in the next paragraph is news
    following = after.lstrip(" ”\"’'").split("\n", 1)[0].strip()
    first = _SENTENCE_END.split(following, maxsplit=1)[0] if following else ""
    if not first or len(first.split()) > 6 or _LEFT_UNANSWERED.search(first):
        return False  # "Nobody wants to answer that." leaves it open
    return _SELF_ANSWER.match(first) is not None


def answered_in_echo(question: str, after: str) -> bool:
    """The speaker answers his own wh-question in its words: "What would they have to say? - They would
    say, 'Yankee go home.'" (also through a second question with the same verb: "What would the peoples
    tell him? What would they say? They would say ...")."""
    done = _ECHO_DONE.search(question.lower())
    if done is not None:
        # "What does this mean? It means we must remain calm.": the verb the question asks with,
        # said of the same thing in the next sentence
        following = after.lstrip(" ”\"’'").split("\n", 1)[0].lstrip(" -–—“\"‘'").lower()
        verb = done.group(1)
        if re.match(rf"(?:it|this|that|they|he|she|we|i)\s+{verb}(?:s|es|ed|d)?\b", following):
            return True
    asked = _ECHO_ASKED.search(question.lower())
    if asked is None:
        return False
    modal = asked.group(1)
    following = after.lstrip(" ”\"’'").split("\n", 1)[0]
    for begin, end in _sentence_spans(following)[:3]:
        sentence = following[begin:end].lstrip(" -–—“\"‘'").lower()
        if sentence.endswith("?") and re.search(rf"\b{modal}\b", sentence):
            continue  # the next question of the run, answered with it
        return re.match(rf"(?:they|he|she|we|i|you|it|people)\s+{modal}\b", sentence) is not None
    return False


def procedural(question: str) -> bool:
    """A question that runs the event rather than the story: microphones, turns, who is next."""
    return _PROCEDURAL.search(question) is not None


def left_unanswered(after: str) -> bool:
    """The sentence after a question says nobody answers it: "... have? Few would say."."""
    following = after.lstrip(" ”\"’'")
    first = _SENTENCE_END.split(following, maxsplit=1)[0] if following else ""
    return bool(first) and len(first.split()) <= 20 and _LEFT_UNANSWERED.search(first) is not None
