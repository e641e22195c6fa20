"""Planned series of meetings in previews: "talks open in Vienna on the 4th, followed by a council
session on the 6th and a ministers' meeting on the 8th".

A preview or press call lists a programme: one gathering after another, each
with its own day. Each is a meeting of its own, named by its noun phrase (the
gathering is the party; the programme names no one else), dated by its own
"on the 6th", placed by its own "in Geneva" or the series' place. A day after the
publication date, or a verb in the present or future tense, makes it planned.

>>> series_meetings(ctx)  # doctest: +SKIP
[Mention([PersonRef('talks on arms control', None, 'group')], 'Vienna', '2026-04-04', 'planned', ...)]
"""

from __future__ import annotations

import logging

from spacy.tokens import Span, Token

from briefings.extract.context import DocContext
from briefings.extract.dates import resolve_date
from briefings.extract.lexicon import PERIOD_NOUNS, SERIES_NOUNS, SPAN_WORDS
from briefings.extract.meeting_dates import within_clause
from briefings.extract.merging import Mention
from briefings.extract.parties import clean_name
from briefings.extract.places import visited_place
from briefings.extract.triggers import MEETING_NOUNS
from briefings.model.facts import MeetingStatus, PersonRef

log = logging.getLogger(__name__)

_SEQUENCE_VERBS = frozenset({"follow", "precede"})


def series_meetings(sent: Span, ctx: DocContext) -> list[Mention]:
    """The meetings of one sentence that lists gatherings in sequence, each with its own date."""
    for tok in sent:
        if tok.lemma_.lower() not in _SEQUENCE_VERBS or tok.dep_ not in {"acl", "advcl", "conj"}:
            continue
        agent = next((c for c in tok.children if c.dep_ in {"agent", "prep"} and c.lower_ == "by"), None)
        if agent is None:
            continue
        first = _event_of(tok.head)
        if first is None:
            continue
        listed = [o for o in agent.children if o.dep_ == "pobj" and o.lower_ in MEETING_NOUNS]
        events = [first, *listed, *(c for o in listed for c in o.conjuncts if c.lower_ in MEETING_NOUNS)]
        if len(events) < 2:
            continue
        series_place = _own_place(first)
        out = [m for e in events if (m := _mention(e, sent, ctx, series_place)) is not None]
        log.debug("series of %d meetings in %r", len(out), sent.text[:60])
        return out
    return []


def _event_of(head: Token) -> Token | None:
    """The first gathering of the series: the noun "followed by" hangs from, or that verb's subject."""
    if head.lower_ in MEETING_NOUNS:
        return head
    return next((c for c in head.children if c.dep_ == "nsubj" and c.lower_ in MEETING_NOUNS), None)


def _own(event: Token) -> list[Token]:
    """The event's own words: its subtree without the gatherings coordinated with it or listed after it."""
    out: list[Token] = []
    stack = list(event.children)
    while stack:
        tok = stack.pop()
        if tok.dep_ in {"conj", "cc", "acl", "relcl", "punct"} or tok.lemma_.lower() in _SEQUENCE_VERBS:
            continue
        out.append(tok)
        stack.extend(tok.children)
    return sorted(out, key=lambda t: t.i)


def _own_place(event: Token) -> str | None:
    for tok in _own(event):
        if tok.dep_ == "pobj" and tok.head.lower_ in {"in", "at"}:
            where, _ = visited_place(tok)
            if where is not None:
                return where
    return None


def _name(event: Token) -> str:
    """ "council session", "ministers' meeting", "talks on arms control": the gathering as written."""
    words = [t for t in _own(event) if t.i < event.i and t.dep_ not in {"det"} and t.ent_type_ != "DATE"]
    topic = [  # "talks on arms control": the preposition, its object and the object's modifiers
        t
        for c in event.children
        if c.dep_ == "prep" and c.lower_ in {"on", "about"} and not _is_date(c)
        for o in c.children
        if o.dep_ == "pobj"
        for t in [c, *(m for m in o.lefts if m.dep_ in {"compound", "amod", "nmod"}), o]
    ]
    tokens = sorted([*words, event, *topic], key=lambda t: t.i)
    text = "".join(t.text_with_ws for t in tokens).strip()
    return clean_name(text)


def _is_date(prep: Token) -> bool:
    return any(t.ent_type_ in {"DATE", "ORDINAL", "TIME"} for t in prep.subtree)


def _mention(event: Token, sent: Span, ctx: DocContext, series_place: str | None) -> Mention | None:
    dated = [c for c in event.children if c.dep_ == "prep" and _is_date(c)] + [
        c for c in event.head.children if event.dep_ == "nsubj" and c.dep_ == "prep" and _is_date(c)
    ]
    text = " ; ".join(ctx.text[d.idx : d.right_edge.idx + len(d.right_edge)] for d in dated)
    published = ctx.published
    day = resolve_date(text, published, future=True) if text else None
    status: MeetingStatus = "planned"
    if day is not None and published is not None and len(day) == 10 and day < published.date().isoformat():
        status = "held"
    if day is None and not _ahead(sent):
        return None  # an undated, past programme is background, not a meeting
    name = _name(event)
    if not name:
        return None
    return Mention(
        [PersonRef(name, None, "group")],
        _own_place(event) or series_place,
        day,
        status,
        ctx.evidence_for(sent),
        2,
        separate=True,
    )


def _ahead(sent: Span) -> bool:
    """Present or future tense: a programme being announced."""
    return any(
        (t.dep_ == "aux" and t.lower_ in {"will", "shall", "'ll", "’ll"}) or t.tag_ in {"VBZ", "VBP"}
        for t in sent
    )


def summarises(verb: Token, noun: Token | None) -> bool:
    """A clause that sums up several past meetings, not one: "she has convened providers, experts and
    advocates over the last three months", "recent meetings that the Vice President has convened
    with legislators in Indianapolis; Richmond; ...". Each party was met on its own occasion."""
    recent = any(c.dep_ == "amod" and c.lower_ in SPAN_WORDS for c in verb.head.children)
    if verb.dep_ == "relcl" and verb.head.tag_ == "NNS" and verb.head.lower_ in MEETING_NOUNS and recent:
        return True  # "recent meetings that she has convened with ..."
    heads = [verb] + ([noun] if noun is not None and noun.i != verb.i else [])
    return any(
        t.lemma_.lower() in PERIOD_NOUNS
        # "over the past year", "in recent months"; "met last month" is one day
        and (
            t.head.lower_ in {"over", "throughout"} or (t.tag_ == "NNS" and t.head.lower_ in {"in", "during"})
        )
        and any(c.dep_ == "amod" and c.lower_ in SPAN_WORDS for c in t.children)
        for h in heads
        for t in _own_clause(h)
    )


def _own_clause(head: Token) -> list[Token]:
    """The words of ``head``'s own clause: "progress that has been made over the last few months" is
    a clause of its own, whose span of time is not the meeting's."""
    return within_clause(list(head.children))


def series_holders(verb: Token) -> list[Token]:
    """ "will host a series of listening sessions with key stakeholder groups": the words of the
    series' meetings, whose "with" names the parties."""
    return [
        o
        for c in verb.children
        if c.dep_ == "dobj" and c.lower_ in SERIES_NOUNS
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ in {"pobj", "pcomp"}
    ]
