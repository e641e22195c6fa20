"""Open questions: what the article, its sources or its reporters ask, and what it leaves open.

A "?" sentence is only a candidate (README, "Open questions"): it is open when the
writer asks it, or a named person asks it and the text leaves it unanswered. In a
transcript (press conference, briefing, interview) a question put to the next
speaker is open only when the answer declines, defers or cannot answer
(:mod:`exchange`, :mod:`answers`); the deflecting sentence (with the opening before
it) is then carried as ``Question.answer``. Questions a speaker asks in the middle of
a turn and goes on talking (rhetorical, self-answered), a speech's own questions (one
speaker's continuous words), procedural and phatic ones, tags, fragments and the
tails of a question ("If not, why not?") are not open.

Explicit questions are sentences ending in "?": the headline's, the author's,
a speaker's inside a quote (asked by that speaker), or a turn of a transcript
(asked by the labelled speaker; a ``QUESTION:`` turn by a reporter). Implicit
ones are read from cue phrases (:mod:`question_cues`): "unclear whether",
"remains to be seen", "declined to say whether", "asked whether", "doubts
about". Reader-facing promos ("Dreaming of a career in the Asia-Pacific?")
never count, even when the ingest layer missed them.

>>> [q.text for q in extract_questions(ctx, quotes)][:1]  # doctest: +SKIP
['Can the Taliban Play China and Russia Off the United States?']
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from briefings.extract.answers import (
    answered_by_itself,
    answered_in_echo,
    asserts,
    deflects,
    left_unanswered,
    procedural,
    quoted_rhetoric,
)
from briefings.extract.context import DocContext
from briefings.extract.exchange import (
    asked_in_exchange,
    open_in_exchange,
    open_without_a_mark,
    said_in_the_room,
    sentence_turn,
)
from briefings.extract.lexicon import (
    ABBREVIATIONS,
    ASKING_WORDS,
    ELLIPTICAL_REQUESTS,
    LEANING_QUESTION_WORDS,
    MORE_ASKING,
    QUESTION_SHOWN_BEFORE,
    RECALLED_THOUGHT,
    WH_WORDS,
)
from briefings.extract.question_cues import implicit_questions
from briefings.extract.question_forms import is_promo, is_speech, next_line, only_a_tag
from briefings.extract.turns import Turn, find_turns, speaker_of, turn_at
from briefings.model.facts import Evidence, PersonRef, Question, Quote

log = logging.getLogger(__name__)

_OPENERS = '“"‘«'
_CLOSERS = '”"’»'
_BOUNDARY = re.compile(r"[.!?…][”\"’')\]]*\s+")
_LEAD_JUNK = re.compile(r"^(?:[\s>*#—–-]|``)+")
MIN_WORDS = 3
_LEANING_WORDS = frozenset(LEANING_QUESTION_WORDS.split())
_ELLIPTICAL = re.compile(ELLIPTICAL_REQUESTS, re.IGNORECASE)
_GOES_ON_WORDS = 4
_PARAGRAPH_READ = 400  # characters: enough to see whether the paragraph goes on
_BLANK_LINE = re.compile(r"\n[ \t\xa0]*\n")
# an interviewer's question told in prose, and an answer that opens in the first person
_ASKED_INTRO = re.compile(r"\basked\b[^.?!]{0,40}$", re.IGNORECASE)
_FIRST_PERSON_OPENING = re.compile(r"(?:I|We|Well|Yes|No|I['’]m|I['’]ve|I['’]d|We['’]re)\b")
_LINE_ENDS = frozenset('.!?:;"”’)]*…')
# A quotation shown as an example of questions: 'complicated questions, including: "Were you ...?"'
_RECALLED = re.compile(RECALLED_THOUGHT, re.IGNORECASE)
_SHOWN = re.compile(QUESTION_SHOWN_BEFORE, re.IGNORECASE)
_MENTIONED = re.compile(r"\bquestion(?:s|naires?)?\b[^.?!]*(?:including|such as|like|:)\s*$", re.IGNORECASE)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def extract_questions(ctx: DocContext, quotes: Sequence[Quote]) -> list[Question]:
    """The document's open questions, explicit first (in text order), then implicit ones."""
    out: list[Question] = []
    seen: set[str] = set()
    title = ctx.document.title.strip()
    if title.endswith("?") and not is_promo(title, title, None):
        out.append(Question(title, "explicit", None, _title_evidence(ctx)))
        seen.add(_norm(title))
    body = ctx.text
    # White House transcripts write "Q\xa0\xa0 Did you ...": a no-break space is a space to the
    # label grammar (one character for one, so the turns index the body as it is)
    turns = find_turns(body.replace("\xa0", " "))
    speech: bool | None = None  # read at the first "?": most documents ask nothing
    for match in re.finditer(r"\?+", body):
        question = _explicit_at(ctx, body, match.end(), turns, quotes)
        if question is not None and speech is None:
            speech = is_speech(ctx.document.title, body, turns)
        if question is not None and speech and not left_unanswered(body[match.end() : match.end() + 300]):
            continue
        if question is None or _norm(question.text) in seen:
            continue
        if turns:
            question = open_in_exchange(ctx, question, match.end(), turns)
            if question is None:
                continue
        seen.add(_norm(question.text))
        out.append(question)
    for question in implicit_questions(ctx):
        turn = sentence_turn(question, turns) if turns else None
        if turn is not None and turn.is_reporter and "?" not in body[turn.start : turn.end]:
            opened = open_without_a_mark(ctx, question, turn, turns)
            if opened is None:
                continue
            question = opened
        elif turns and asked_in_exchange(question, turns):
            continue
        if not turns and said_in_the_room(question.text):
            speech = is_speech(ctx.document.title, body, turns) if speech is None else speech
            if speech:
                continue  # a speech's "he asked me if ...", "you wonder whether ...": its own devices
        if _norm(question.text) not in seen:
            seen.add(_norm(question.text))
            out.append(question)
    log.debug("%d questions in %s", len(out), ctx.document.id)
    return out


def _title_evidence(ctx: DocContext) -> Evidence:
    if ctx.title_doc is not None:
        return ctx.evidence_for(ctx.title_doc[:])
    title = ctx.document.title
    return Evidence(ctx.document.id, title.strip(), 0, len(title), "title")


def _sentence_start(body: str, lower: int, end: int) -> int:
    """Start of the sentence ending at ``end``: after the last real sentence boundary before it."""
    start = lower
    for m in _BOUNDARY.finditer(body, lower, max(lower, end - 1)):
        before = body[lower : m.start()].split()
        word = before[-1].lower().rstrip(".") if before else ""
        if body[m.start()] == "." and (word in ABBREVIATIONS or len(word) == 1):
            continue
        start = m.end()
    return start


def _explicit_at(
    ctx: DocContext, body: str, end: int, turns: Sequence[Turn], quotes: Sequence[Quote]
) -> Question | None:
    """The question whose "?" ends at ``end``, with who asked it; None for promos and fragments."""
    line_start = _wrapped_line_start(body, end)
    turn = turn_at(turns, end - 1) if turns else None
    if turns and turn is None and any(t.label_start <= end - 1 < t.start for t in turns):
        return None  # a "?" inside a speaker label
    lower = max(line_start, turn.start if turn is not None else 0)
    start = _sentence_start(body, lower, end)
    opener = _open_quote(body, start, end)
    inside_quote = opener is not None
    if opener is not None:
        start = opener
    text = body[start:end]
    if only_a_tag(text):
        return None
    words = _norm(text).split()
    short = len(words) < MIN_WORDS or set(words) <= _LEANING_WORDS
    if short or (_points_back(text) and not (turn is not None and turn.is_reporter)):
        # "Why?" and "Are they any closer?" read only with the sentence before them; but a
        # briefing's unnamed reporter ("Q") strings topics in one turn, and his "Has he ever
        # spoken to ...?" is asked on its own (the sentence before it sets it up)
        previous = _sentence_start(body, lower, max(lower, start - 1))
        after_question = body[previous:start].rstrip().endswith("?")
        if short and after_question:
            return None  # "Will he sign it? If not, why not?": a tail of the question before
        if previous < start and (short or not after_question):
            start = previous
            text = body[start:end]
    lead = len(text) - len(_LEAD_JUNK.sub("", text))
    start += lead
    text = body[start:end].strip()
    if not text or len(_norm(text).split()) == 0:
        return None
    line_end = body.find("\n", end)
    line = body[line_start : line_end if line_end >= 0 else len(body)]
    on_own_line = turn is None or line_start >= turn.start  # not on a speaker label's line
    if on_own_line and is_promo(text, line, next_line(body, end)):
        return None
    if (
        _fragment(_last_sentence(text))
        or procedural(text)
        or asserts(_last_sentence(text))
        or answered_by_itself(body[end : end + 200])
        or answered_in_echo(_last_sentence(text), body[end : end + 300])
    ):
        return None
    if inside_quote and _MENTIONED.search(body[line_start : start - 1]):
        return None  # 'questions such as: "Were you ever ...?"': a question shown, not asked
    if _RECALLED.search(body[max(line_start, start - 300) : end - 1]):
        return None  # "And I thought, 'Oh God, what have I done now?'": a thought recalled
    asked_by: PersonRef | None = None
    # a quotation opened sentences before and still open: 'She added, "We cannot wait. Who will pay?"'
    earlier = None if inside_quote else _open_quote(body, lower, start)
    quoted_from = opener if opener is not None else earlier
    if quoted_from is not None and _interview_answers(body, line_start, quoted_from, end):
        return None  # 'Wikinews asked "... Which do you think is better?"' and the next paragraph answers
    if (
        quoted_from is not None
        and turn is None
        and _SHOWN.search(body[max(0, quoted_from - 200) : quoted_from].rstrip(" \"“‘'"))
    ):
        return None  # 'voted for the proposition "Should Scotland …?"', 'retorted "You want …?"'
    if quoted_from is not None and turn is None and quoted_rhetoric(_last_sentence(text)):
        return None  # a quoted speaker's point made as a question: "How can Delhi sleep today …?"
    if inside_quote:
        asked_by = _quote_speaker(text, start, quotes)
    elif earlier is not None:
        asked_by = _quote_speaker(text, earlier, quotes)
    if asked_by is None and not inside_quote and turn is not None:
        asked_by = speaker_of(turn, ctx.people)
    goes_on = not inside_quote and earlier is None and turn is None and _paragraph_goes_on(body, end)
    if goes_on and not left_unanswered(body[end : end + 300]):
        return None  # the writer's (or a speech's) question that the next sentences take up
    if not inside_quote and earlier is None and turn is None and _heads_a_section(text, line, body, end):
        return None  # "What are the summit's objectives?" over the paragraph that sets them out
    return Question(text, "explicit", asked_by, ctx.evidence_for((start, start + len(text))))


def _heads_a_section(text: str, line: str, body: str, end: int) -> bool:
    """A question that is its own paragraph, a heading over the paragraph after it that takes up its
    words ("Who will attend the summit?" over "The heads of state or government will attend."): the
    section answers it. A subheading the next paragraph does not take up ("What happens next?" over
    "Negotiators will return to Doha") stays open, as does one whose next paragraph says nobody can
    answer, or asks on."""
    if line.strip().strip("*_#> ") != text.strip():
        return False
    following = next_line(body, end)
    if following is None or following.rstrip().endswith("?") or left_unanswered(following):
        return False
    return bool(_content_stems(text) & _content_stems(following))


def _content_stems(text: str) -> set[str]:
    """The first five letters of the words of a text that carry its content (spaCy's English stop
    words and words under four letters left out): "objectives" and "objective" share "objec"."""
    return {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 4 and w not in STOP_WORDS}


def _interview_answers(body: str, line_start: int, start: int, end: int) -> bool:
    """An interview told in prose: 'Wikinews asked "… Which do you think is better?"', and the next
    paragraph, in the interviewee's first person, is the answer ("I think in 1997 …"). The quoted
    question a clause with "asked" introduces is answered there, not left open."""
    if not _ASKED_INTRO.search(body[line_start:start]):
        return False
    stop = _BLANK_LINE.search(body, end)
    if stop is None or body[end : stop.start()].count("?") > 1:
        return False
    following = body[stop.end() :].lstrip()
    first = re.split(r"(?<=[.!?])\s", following[:400], maxsplit=1)[0]
    # "I don't know," or "We'll see." opens no answer: the question stays open
    return _FIRST_PERSON_OPENING.match(following) is not None and not deflects(first)


def _wrapped_line_start(body: str, end: int) -> int:
    """Start of the line holding ``end``, taken back over hard-wrapped lines: a transcript
    wrapped at 72 columns runs a question over two lines ("... expel the U.S.\nambassador?"),
    so a line that does not end a sentence continues onto the next."""
    start = body.rfind("\n", 0, end - 1) + 1
    while start > 0:
        before = body.rfind("\n", 0, start - 1) + 1
        previous = body[before : start - 1].rstrip(" \t\xa0")
        last = previous.split()[-1].lower().rstrip(".") if previous.strip() else ""
        abbreviation = last in ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)+[a-z]", last) is not None
        if not previous.strip() or (previous[-1] in _LINE_ENDS and not abbreviation):
            break
        start = before
    return start


def _paragraph_goes_on(body: str, end: int) -> bool:
    """More sentences follow the question in its paragraph: "Why does it matter? Because ...".
    A question the writer leaves open ends its paragraph (or is the headline)."""
    stop = _BLANK_LINE.search(body, end, end + _PARAGRAPH_READ)
    rest = body[end : stop.start() if stop else end + _PARAGRAPH_READ]
    return len(re.findall(r"[^\W\d_]+", rest)) >= _GOES_ON_WORDS


def _fragment(sentence: str) -> bool:
    """ "Same number of troops?", "A question about the funeral?": no verb that asks, no wh-word;
    but "Any update on the hostages?" asks for news in the briefing room's ellipsis."""
    words = set(_norm(sentence).split())
    return not words & (ASKING_WORDS | MORE_ASKING) and _ELLIPTICAL.match(sentence) is None


def _last_sentence(text: str) -> str:
    """The asking sentence of a question that carries its lead-in ("Why? Who could say?")."""
    text = text.strip()
    return text[_sentence_start(text, 0, len(text)) :]


def _points_back(question: str) -> bool:
    """ "Are they any closer to a ceasefire?": a yes/no question about a pronoun, whom the sentence
    before names. ("What are they fighting for?" asks its own question, whoever they are.)"""
    words = _norm(question).split()
    return len(words) >= 2 and words[0] in ASKING_WORDS - WH_WORDS and words[1] in {"they", "he", "she"}


def _open_quote(body: str, start: int, end: int) -> int | None:
    """Offset just after an opening quote mark left open between ``start`` and ``end``."""
    depth_at: int | None = None
    segment = body[start:end]
    i = 0
    while i < len(segment):
        ch = segment[i]
        if segment.startswith("``", i):
            depth_at = start + i + 2
            i += 2
            continue
        if ch in "“«" or (ch == '"' and depth_at is None):
            depth_at = start + i + 1
        elif ch in "”»" or (ch == '"' and depth_at is not None) or segment.startswith("''", i):
            depth_at = None
        i += 1
    if depth_at is not None and depth_at > start:
        return depth_at
    return None


def _quote_speaker(text: str, start: int, quotes: Sequence[Quote]) -> PersonRef | None:
    """The speaker of the quote that holds the question: by its words, else by where it stands."""
    key = _norm(text)
    for quote in quotes:
        quoted = _norm(quote.text)
        if key and (key in quoted or quoted in key) and quote.speaker is not None:
            return quote.speaker
    for quote in quotes:  # the quote extractor cut the quotation elsewhere, but it covers the question
        ev = quote.evidence
        if ev.field == "body" and ev.start <= start < ev.end and quote.speaker is not None:
            return quote.speaker
    return None
