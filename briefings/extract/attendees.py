"""Attendee lists: "the meeting included: Prime Minister Ito of Japan, Prime Minister Rao of India, ...".

Readouts of convenings name their guests in a list after the meeting they
reported: "In addition to the Vice President, the meeting included: A, B and
C", "Officials speaking at the second convening included: A, B". The list is
the attendees of the meeting the text has just reported (its host said who
convened it), so the mention refers back and is merged into that meeting.

>>> attendee_lists(sent, ctx, speakers)  # doctest: +SKIP
[Mention([PersonRef('Fumio Kishida', ...), ...], None, None, 'held', ..., refers_back=True)]
"""

from __future__ import annotations

import logging

from spacy.tokens import Span, Token

from briefings.extract.attendee_lines import list_header, listed_lines
from briefings.extract.context import DocContext
from briefings.extract.groups import people_group
from briefings.extract.lexicon import ATTENDANCE_WORDS, ATTENDEE_VERBS
from briefings.extract.merging import Mention
from briefings.extract.participants import resolve_token
from briefings.extract.parties import dedupe, only_title_words
from briefings.extract.readout_principal import home_principal
from briefings.extract.speakers import Speakers
from briefings.extract.trigger_cues import phrase_objects, takes_part
from briefings.extract.triggers import MEETING_NOUNS
from briefings.model.facts import PersonRef

log = logging.getLogger(__name__)

# What attendees do at a meeting: "officials speaking at the convening", "those participating in the call".
_AT_VERBS = frozenset({"speak", "participate", "attend", "present", "join"})
_DEFINITE = frozenset({"the", "this", "that", "today", "today's", "today’s"})


def attendee_lists(sent: Span, ctx: DocContext, speakers: Speakers) -> list[Mention]:
    """The meeting a sentence lists the attendees of, as a mention of the meeting before it."""
    out: list[Mention] = []
    header = list_header(sent, ctx.text)
    for verb in sent:
        joined = _joined_by(verb, ctx, speakers)
        if len(joined) >= 2:
            out.append(
                Mention(
                    joined, None, None, "held", ctx.evidence_for(sent), 1, refers_back=True, accompanies=True
                )
            )
        also = _also_attending(verb, ctx, speakers)
        if len(also) >= 2:
            out.append(Mention(also, None, None, "held", ctx.evidence_for(sent), 1, refers_back=True))
            continue
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ATTENDEE_VERBS:
            continue
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
        if not subjects and verb.dep_ == "conj" and _attending_clause(verb.head):
            subjects = [verb.head]  # "officials taking part in the meetings included …" read as two clauses
        if len(subjects) != 1 or _meeting_of(subjects[0]) is None:
            continue
        listed = [r for o in verb.children if o.dep_ == "dobj" for r in listed_people(o, ctx, speakers)]
        listed = listed or (listed_lines(header, ctx) if header is not None else [])
        listed += [r for tok in _in_addition_to(verb) for r in _resolve(tok, ctx, speakers)]
        participants = dedupe(listed)
        if len(participants) < 2:
            continue
        log.debug("attendee list of %d in %r", len(participants), sent.text[:60])
        out.append(Mention(participants, None, None, "held", ctx.evidence_for(sent), 1, refers_back=True))
        header = None  # read once
    if header is not None and not out:
        # "Participants included:" and a list one a line, whatever the parse made of the header
        listed = listed_lines(header, ctx)
        if len(listed) >= 2:
            evidence = ctx.evidence_for(sent)
            out.append(Mention(listed, None, None, "held", evidence, 1, refers_back=True, closing=True))
    return out


def _joined_by(verb: Token, ctx: DocContext, speakers: Speakers) -> list[PersonRef]:
    """ "She was joined by Governor Charlie Baker": whoever joined the host was at the meeting
    just reported. Only a clause of its own (the root), where the joining is the news."""
    if (
        verb.lemma_.lower() != "join"
        or verb.dep_ != "ROOT"
        or not any(c.dep_ == "auxpass" for c in verb.children)
    ):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if len(subjects) != 1 or not agents or speakers.speaker is not None:
        return []  # "we are joined by our National Security Advisor": a briefing, no meeting
    host = [r for r in resolve_token(subjects[0], ctx.people, speakers) if r.kind == "person"]
    guests = [r for a in agents for r in listed_people(a, ctx, speakers) if r.kind == "person"]
    return dedupe(host + guests) if host and guests else []


def _also_attending(verb: Token, ctx: DocContext, speakers: Speakers) -> list[PersonRef]:
    """ "Also attending the meeting were Representatives Gallagher, Matsui and Bera": the inverted
    clause of attending the definite meeting just reported, its attendees after the "were"."""
    if verb.lemma_.lower() != "attend" or verb.tag_ != "VBG":
        return []
    meetings = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not meetings or meetings[0].lower_ not in MEETING_NOUNS or not _definite(meetings[0]):
        return []
    # "were" as the participle's auxiliary, or as the head the participle is the subject of
    be = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() == "be"]
    if not be and verb.dep_ == "csubj" and verb.head.lemma_.lower() == "be":
        be = [verb.head]
    if not be:
        return []
    holder = verb if be[0].head is verb else be[0]
    listed = [c for c in holder.children if c.dep_ in {"dobj", "nsubj", "attr"} and c.i > be[0].i]
    return dedupe([r for o in listed for r in listed_people(o, ctx, speakers)])


def _attending_clause(clause: Token) -> bool:
    """A participle of attending that the parser made a clause of its own ("taking part in the
    meetings", "participating in the call")."""
    return clause.tag_ == "VBG" and (clause.lemma_.lower() in _AT_VERBS or takes_part(clause))


def _meeting_of(subject: Token) -> Token | None:
    """The definite meeting a subject is, or is at: "the meeting", "officials speaking at the convening"."""
    if subject.lower_ in MEETING_NOUNS and _definite(subject):
        return subject
    # "Participants in the call included …", "Attendees at the meeting included …"
    holders = [subject] if subject.lower_ in ATTENDANCE_WORDS else []
    holders += [
        c for c in subject.children if c.dep_ == "acl" and (c.lemma_.lower() in _AT_VERBS or takes_part(c))
    ]
    # "Administration officials taking part in the meetings included …": the parser makes the
    # participle the subject clause
    if _attending_clause(subject):
        holders.append(subject)
    for clause in holders:
        for prep in (p for p in clause.children if p.dep_ == "prep" and p.lower_ in {"at", "in", "on"}):
            for noun in (o for o in prep.children if o.dep_ == "pobj"):
                if noun.lower_ in MEETING_NOUNS and _definite(noun):
                    return noun
    return None


def _definite(noun: Token) -> bool:
    """ "the meeting", "today's convening": the one the text reports, not "a meeting"."""
    return any(
        c.dep_ in {"det", "poss"} and (c.lower_ in _DEFINITE or c.lower_.startswith("today"))
        for c in noun.children
    )


def listed_people(head: Token, ctx: DocContext, speakers: Speakers) -> list[PersonRef]:
    """Every item of a list the parser chained as appositions and conjuncts of its first item."""
    out: list[PersonRef] = []
    stack = [head]
    while stack:
        tok = stack.pop(0)
        out += _resolve(tok, ctx, speakers)
        stack += [c for c in tok.children if c.dep_ in {"appos", "conj"} and c.i > tok.i]
    return out


def _resolve(tok: Token, ctx: DocContext, speakers: Speakers) -> list[PersonRef]:
    home = home_principal(tok, ctx)
    if home is not None:
        return [home]
    found = [r for r in resolve_token(tok, ctx.people, speakers) if not only_title_words(r.name)]
    return found or people_group(tok)


def _in_addition_to(verb: Token) -> list[Token]:
    """ "In addition to the Vice President, the meeting included ...": she was there too."""
    return phrase_objects(verb, {"in", "besides"}, "addition", "to")
