"""Transcripts: speaker labels ("**SECRETARY BLINKEN:**", "PRESIDENT BIDEN:") and their turns.

In a transcript the speaker's words are not in quotation marks: a labelled
turn *is* their speech. A turn yields at most one key quote, its first
substantive sentence (long enough, not a question, not a courtesy), and a
document yields a handful, from its longest turns, so that a 700-line
press conference does not flood a briefing. Reporters, moderators and
interpreters are not quoted, nor is an interviewer whose turns are questions; a
bare "A:" answers for the person the interview is about.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from briefings.extract.context import DocContext
from briefings.extract.turns import Turn, speaker_of
from briefings.model.facts import PersonRef, Quote

_COURTESY = re.compile(
    r"\b(thank|thanks|welcome|pleasure|good (morning|afternoon|evening)|hello|honou?red|delighted|"
    r"wonderful to|great to|nice to|glad to|happy to)\b",
    re.I,
)
# a promotion trailing the last turn ("Subscribe to The Review for weekly analysis")
_CALL_TO_ACTION = re.compile(
    r"^(subscribe|sign up|follow us|click|download|read more|share this|register|join us|support)\b", re.I
)
_NOT_SPEAKERS = frozenset({"interpreter", "translator", "narrator", "voice"})
_ANSWER_LABELS = frozenset({"a", "answer"})
MIN_WORDS = 10
MAX_QUOTES = 8


def transcript_quotes(ctx: DocContext, turns: list[Turn], limit: int = MAX_QUOTES) -> list[Quote]:
    """Key quotes from labelled turns: one substantive sentence from each of the ``limit`` longest turns."""
    by_label: dict[str, list[Turn]] = {}
    for turn in turns:
        by_label.setdefault(turn.label.lower(), []).append(turn)
    askers = {
        label
        for label, ts in by_label.items()
        if sum(ctx.text[t.start : t.end].rstrip().endswith("?") for t in ts) * 2 >= len(ts)
    }
    candidates: list[tuple[int, Quote]] = []
    for turn in turns:
        if turn.label.lower() in askers or turn.is_reporter or turn.is_moderator:
            continue
        if turn.label.strip(" .").lower() in _NOT_SPEAKERS:
            continue
        speaker = _answerer(ctx) if _is_answer(turn.label) else speaker_of(turn, ctx.people)
        if speaker is None or len(speaker.name.strip(" .")) < 2:
            continue  # an unnamed "A:" with nobody named in the document to be
        span = ctx.doc.char_span(turn.start, turn.end, alignment_mode="contract")
        if span is None:
            continue
        for sent in _sentences(ctx, span):
            text = sent.text.strip()
            words = text.split()
            if (
                len(words) < MIN_WORDS
                or text.endswith("?")
                or _COURTESY.search(text)
                or _CALL_TO_ACTION.search(text)
                or any(c in text for c in '“”"*')
                or not text[:1].isupper()
            ):
                continue
            evidence = ctx.evidence_for(sent)
            candidates.append((turn.end - turn.start, Quote(text, speaker, "direct", evidence)))
            break
    chosen = sorted(candidates, key=lambda c: -c[0])[:limit]
    return [q for _, q in sorted(chosen, key=lambda c: c[1].evidence.start)]


def _is_answer(label: str) -> bool:
    return label.strip(" .:*").lower() in _ANSWER_LABELS


def _answerer(ctx: DocContext) -> PersonRef | None:
    """Who answers under "A:" in a Q&A: the person the interview names most (its subject)."""
    return ctx.people.principal()


def _sentences(ctx: DocContext, span: Span) -> list[Span]:
    """The sentences of ``span``, clipped to it."""
    out, start = [], span.start
    while start < span.end:
        sent = ctx.sentence_of(span.doc[start])
        end = min(sent.end, span.end)
        out.append(span.doc[start:end])
        start = end
    return out
