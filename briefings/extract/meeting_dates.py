"""The date of a meeting mention: the date expressions of its clause, resolved.

The trigger's own clause is searched (its children, a meeting noun's children and
its "had"/"held" relative clause), never a reported clause's saying date; a
purpose clause without a date takes its journey's ("will travel to Lima next week
to meet Ruiz").

>>> clause_date(verb, None, ctx, future=True)  # doctest: +SKIP
'2026-03-13'
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from briefings.extract.context import DocContext
from briefings.extract.dates import WEEKDAYS, resolve_date

log = logging.getLogger(__name__)

# dates even when NER misses them ("will meet Ruiz next Saturday" with "Saturday" untagged)
_DAY_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight", *WEEKDAYS})
_DAY_SHIFTS = frozenset({"next", "last", "this"})
_HELD_VERBS = frozenset({"have", "hold"})


def clause_date(verb: Token, noun: Token | None, ctx: DocContext, *, future: bool) -> str | None:
    """Resolve the date expressions of the trigger's clause against the publication date."""
    tokens: list[Token] = []
    stack = list(verb.children) + (list(noun.children) if noun is not None and noun.i != verb.i else [])
    if noun is not None:  # "the discussion I had with him earlier today"
        stack += [
            t
            for c in noun.children
            if c.dep_ == "relcl" and c.lemma_.lower() in _HELD_VERBS
            for t in c.children
        ]
    # "On April 29 she convened A and on June 9 he convened B": a date after the "and" that opens a
    # second clause with its own subject is that clause's, though the parser hangs it on the first verb
    opened = _second_clause_start(verb)
    if opened is not None:
        stack = [t for t in stack if t.i < opened]
    if verb.dep_ == "conj" and (start := _second_clause_start(verb.head)) is not None and start < verb.i:
        stack += [t for t in verb.head.children if start <= t.i < verb.i and t.dep_ in {"prep", "npadvmod"}]
    # a wire dateline parsed as the subject ("KYIV, March 11 (Wire) - X arrived ...") dates the story
    stack = [t for t in stack if t.dep_ not in {"nsubj", "nsubjpass"} or t.ent_type_ == "DATE"]
    subject_at = min((c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), default=None)
    if verb.dep_ == "ccomp" and subject_at is not None:
        # "said on Monday she will meet Ruiz": a date before the reported clause's subject is the saying's
        stack = [t for t in stack if t.i > subject_at]
    tokens += within_clause(stack)
    dated = sorted(
        (
            t
            for t in tokens
            if t.ent_type_ in {"DATE", "TIME"}
            or t.lower_ in _DAY_WORDS
            or (t.lower_ in _DAY_SHIFTS and t.head.lower_ in _DAY_WORDS)  # "next" of "next Saturday"
        ),
        key=lambda t: t.i,
    )
    if not dated:
        if verb.dep_ in {"advcl", "xcomp", "conj"} and verb.head.i != verb.i:
            head = verb.head
            if future and head.tag_ == "VBD":
                return None  # "agreed on Monday to meet again": the day of the agreement, not of the meeting
            if head.dep_ == "acomp" and head.head.i != head.i:
                head = head.head  # "on Friday she is due to see envoys": the date sits on "is"
            # "will travel to Washington next week to meet Biden": the journey carries the date
            return clause_date(head, None, ctx, future=future)
        return None
    runs: list[list[Token]] = []
    for tok in dated:  # contiguous runs keep their own spacing: "7-8 July, 2022"
        if runs and tok.i == runs[-1][-1].i + 1:
            runs[-1].append(tok)
        else:
            runs.append([tok])
    text = " ; ".join(ctx.text[run[0].idx : run[-1].idx + len(run[-1])] for run in runs)
    return resolve_date(text, ctx.published, future=future)


def _second_clause_start(verb: Token) -> int | None:
    """Where a coordinated clause with its own subject begins: the "and" before its subject."""
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        subjects = [c for c in conj.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects:
            continue
        edge = min(s.left_edge.i for s in subjects)
        links = [t.i for t in verb.doc[verb.i + 1 : edge] if t.dep_ == "cc" and t.lower_ in {"and", "while"}]
        if links:
            return links[-1]
    return None


def within_clause(heads: list[Token]) -> list[Token]:
    """The words under ``heads`` short of any clause of their own: a verb that is not an auxiliary
    heads another clause, whose dates and spans of time are not this one's."""
    out: list[Token] = []
    stack = list(heads)
    while stack:
        tok = stack.pop()
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"aux", "auxpass"}:
            continue
        out.append(tok)
        stack.extend(tok.children)
    return out
