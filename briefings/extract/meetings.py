"""Meetings: who met whom, where, when, and whether it happened.

Each sentence is searched for meeting triggers (:mod:`triggers`); the parties
are read from the trigger's subject, its ``with``/``between`` objects and its
direct object (:mod:`participants`), the place from the attached location or
the visited city (:mod:`places`), the date from the clause's date expressions
resolved against the publication date (:mod:`dates`). A headline that names a
meeting ("Secretary Blinken's Meeting with ...") is read too, and in
transcripts "I"/"we" are the labelled speaker. One meeting mentioned twice is
reported once: mentions whose parties agree are merged.

Participants are ordered visitors first, hosts last, where the text gives a
direction (visit, host, receive, welcome).

>>> extract_meetings(ctx)  # doctest: +SKIP
[Meeting(participants=(PersonRef('Mullah Abdul Ghani Baradar', ...), PersonRef('Wang Yi', ...)), place='Tianjin', ...)]
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from briefings.extract.context import DocContext
from briefings.extract.dates import resolve_date
from briefings.extract.participants import Speakers, dedupe, resolve_with_conjuncts, same_party
from briefings.extract.places import attached_place, dateline, host_country, visited_place
from briefings.extract.triggers import MEETING_NOUNS, Trigger, find_triggers, status_of
from briefings.extract.turns import Turn, find_turns, speaker_of, turn_at
from briefings.models import Evidence, Meeting, MeetingStatus, PersonRef

log = logging.getLogger(__name__)

_OBJECT_VERBS = frozenset({"meet", "host", "receive", "welcome", "call", "phone", "telephone", "visit"})
_SUBJECT_CHAIN = frozenset({"xcomp", "conj", "advcl", "acomp", "pcomp", "ccomp"})
_PARTY_PREPS = frozenset({"with", "between", "among", "alongside"})


@dataclass
class _Found:
    participants: list[PersonRef]
    place: str | None
    date: str | None
    status: MeetingStatus
    evidence: Evidence

    def meeting(self) -> Meeting:
        return Meeting(tuple(self.participants), self.place, self.date, self.evidence, self.status)


def extract_meetings(ctx: DocContext) -> list[Meeting]:
    """Every meeting the document reports, merged within the document, in order of first mention."""
    body = ctx.doc.text
    turns = find_turns(body)
    header_place = dateline(ctx.doc, turns[0].label_start) if turns else None
    parties = dedupe([speaker_of(t, ctx.people) for t in turns if not (t.is_reporter or t.is_moderator)])
    found: list[_Found] = []
    for sent in ctx.doc.sents:
        turn = turn_at(turns, sent.start_char) if turns else None
        speakers = _speakers(turn, ctx, parties)
        for trigger in find_triggers(sent):
            item = _read(trigger, ctx, speakers, header_place if turn is not None else None)
            if item is not None:
                found.append(item)
    found.extend(_title_meetings(ctx))
    merged = _merge(found)
    log.debug("%d meeting mentions, %d meetings in %s", len(found), len(merged), ctx.document.id)
    return [m.meeting() for m in merged]


def _speakers(turn: Turn | None, ctx: DocContext, parties: list[PersonRef]) -> Speakers:
    if turn is None or turn.is_reporter or turn.is_moderator:
        return Speakers()
    me = speaker_of(turn, ctx.people)
    return Speakers(me, tuple(p for p in parties if not same_party(p, me)))


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, inherited from the governing verb when it has none ("agreed to meet")."""
    tok = verb
    for _ in range(6):
        subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return subjects
        if tok.dep_ == "relcl":
            return [tok.head]
        if tok.dep_ not in _SUBJECT_CHAIN or tok.head.i == tok.i:
            break
        tok = tok.head
    return []


def _governing_subject(noun: Token) -> list[Token]:
    """For a meeting noun in a phrase ("days of meetings with NATO"), the subject of the clause holding it."""
    tok = noun
    while tok.head.i != tok.i and tok.pos_ not in {"VERB", "AUX"}:
        tok = tok.head
    if tok.pos_ in {"VERB", "AUX"}:
        return [s for s in _subjects(tok) if s.pos_ == "PRON"]
    return []


def _read(trigger: Trigger, ctx: DocContext, speakers: Speakers, header_place: str | None) -> _Found | None:
    status = status_of(trigger)
    if status is None:
        return None
    verb, noun = trigger.token, trigger.noun
    is_noun = noun is not None and noun.i == verb.i
    resolve = lambda tok: resolve_with_conjuncts(tok, ctx.people, speakers)  # noqa: E731
    first: list[PersonRef] = []  # visitors / guests / the subject side
    second: list[PersonRef] = []  # hosts / the object side
    place: str | None = None
    visited = False
    if is_noun:
        assert noun is not None
        for child in noun.children:
            if child.dep_ == "poss":
                first += resolve(child)
        if not first:
            for subject in _governing_subject(noun):
                first += resolve(subject)
    else:
        subjects = _subjects(verb)
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        for subject in subjects:
            first += resolve(subject)
        if not subjects and speakers.speaker is not None:
            first.append(speakers.speaker)  # "(I am) pleased to welcome ...": the speaker's own act
        if passive and trigger.direction == "host":
            pass  # "was received by X": the subject is the guest, the agent below the host
    holders = [verb] + ([noun] if noun is not None and not is_noun else [])
    if is_noun:
        holders = [verb]
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in _PARTY_PREPS:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        second += resolve(obj)
            elif child.dep_ == "agent":
                for obj in child.children:
                    second += resolve(obj)
            elif child.dep_ == "dobj" and holder is verb and verb.lemma_.lower() in _OBJECT_VERBS:
                if trigger.direction == "visit":
                    where, ent = visited_place(child)
                    if where is not None:
                        place, visited = where, True
                        host = host_country(ent) if ent is not None else None
                        second.append(PersonRef(host or where, None, "place"))
                        continue
                second += resolve(child)
            elif child.dep_ == "prep" and child.lower_ == "to" and holder.lower_ == "visit":
                for obj in child.children:
                    where, ent = visited_place(obj)
                    if where is not None:
                        place, visited = where, True
                        second.append(PersonRef((host_country(ent) if ent else None) or where, None, "place"))
    if any(s.lower_ in {"we", "us"} for s in _subjects(verb)) and not second:
        second += list(speakers.others)  # "We had meaningful discussions": the speaker and the others present
    if trigger.direction == "host":
        first, second = second, first
    participants = dedupe(first + second)
    if len(participants) < 2:
        return None
    if place is None:
        place = attached_place(verb, noun)
    if place is None and header_place is not None and not visited:
        place = header_place
    return _Found(
        participants,
        place,
        _date(verb, noun, ctx, future=status == "planned"),
        status,
        ctx.evidence_for(verb.sent),
    )


def _date(verb: Token, noun: Token | None, ctx: DocContext, *, future: bool) -> str | None:
    """Resolve the date expressions of the trigger's clause against the publication date."""
    tokens: list[Token] = []
    stack = list(verb.children) + (list(noun.children) if noun is not None and noun.i != verb.i else [])
    while stack:
        tok = stack.pop()
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"aux", "auxpass"}:
            continue
        tokens.append(tok)
        stack.extend(tok.children)
    dated = sorted((t for t in tokens if t.ent_type_ == "DATE" or t.ent_type_ == "TIME"), key=lambda t: t.i)
    if not dated:
        return None
    text = " ".join(t.text for t in dated)
    return resolve_date(text, ctx.published, future=future)


def _title_meetings(ctx: DocContext) -> list[_Found]:
    """A headline naming a meeting or call: "Readout of President Biden's Meeting with President Herzog"."""
    title = ctx.title_doc
    if title is None or not any(t.lower_ in MEETING_NOUNS for t in title):
        return []
    if title.text.rstrip().endswith("?") or any(
        t.lower_ in {"will", "to", "plans", "cancels", "cancelled"} for t in title
    ):
        return []
    refs: list[PersonRef] = []
    for ent in title.ents:
        if ent.label_ == "PERSON":
            ref = ctx.people.resolve(ent.text)
            if ref is not None:
                refs.append(ref)
        elif ent.label_ in {"GPE", "ORG"} and not _qualifies_person(ent):
            refs.append(
                PersonRef(ent.text[4:] if ent.text.lower().startswith("the ") else ent.text, None, "place")
            )
    participants = dedupe(refs)
    if len(participants) < 2:
        return []
    place = next(
        (
            e.text
            for e in title.ents
            if e.label_ == "GPE" and e.start > 0 and title[e.start - 1].lower_ == "in"
        ),
        None,
    )
    return [_Found(participants, place, None, "held", ctx.evidence_for(title[:]))]


def _qualifies_person(ent: Span) -> bool:
    """ "President Herzog of Israel", "Kosovo President Vjosa Osmani": the place only qualifies a person."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ == "of":
        return True
    if (
        ent.end < len(doc)
        and (doc[ent.end].ent_type_ == "PERSON" or doc[ent.end].pos_ == "PROPN")
        and doc[ent.end].lower_ not in MEETING_NOUNS
    ):
        return any(t.ent_type_ == "PERSON" for t in doc[ent.end : ent.end + 5])
    return ent.root.dep_ in {"compound", "amod"} and ent.root.head.ent_type_ == "PERSON"


def _compatible(a: _Found, b: _Found) -> bool:
    """Two mentions of one meeting: the parties of one are all parties of the other, nothing contradicts."""
    if a.status != b.status and "cancelled" in {a.status, b.status}:
        return False
    if a.date and b.date and a.date[:7] != b.date[:7]:
        return False
    small, large = sorted((a.participants, b.participants), key=len)
    matched = sum(1 for p in small if any(same_party(p, q) for q in large))
    return matched == len(small) or matched >= 2


def _merge(found: list[_Found]) -> list[_Found]:
    """One meeting per set of agreeing mentions; body evidence wins over the headline's."""
    out: list[_Found] = []
    for item in found:
        for i, have in enumerate(out):
            if _compatible(have, item):
                body_first = have if have.evidence.field == "body" or item.evidence.field != "body" else item
                other = item if body_first is have else have
                out[i] = replace(
                    body_first,
                    participants=dedupe(body_first.participants + other.participants),
                    place=body_first.place or other.place,
                    date=body_first.date or other.date,
                    status=body_first.status if body_first.status == other.status else "held",
                )
                break
        else:
            out.append(item)
    return out
