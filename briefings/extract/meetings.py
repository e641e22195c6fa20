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
[Meeting(participants=(PersonRef('Mullah Abdul Ghani Baradar', ...), ...), place='Tianjin', ...)]
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from briefings.extract.attendees import attendee_lists
from briefings.extract.cohosts import names_an_office, stranded, stranded_name
from briefings.extract.context import DocContext
from briefings.extract.gatherings import (
    at_gathering,
    attendees_of,
    body_of,
    facility,
    gathering,
    governing_verb,
    leaders,
    one_body,
    people_groups,
    talked_about,
    the_one_before,
)
from briefings.extract.headlines import headline_meetings, title_place
from briefings.extract.lexicon import (
    GATHERING_NOUNS_HOSTED,
    OBJECT_MEETING_VERBS,
    OPENING_VERBS,
    SEPARATE_WORDS,
    TITLE_WORDS,
    TRIP_NOUNS,
)
from briefings.extract.meeting_dates import clause_date
from briefings.extract.merging import Mention, merge
from briefings.extract.participants import (
    group_antecedent,
    modifies_a_noun,
    people_group,
    resolve_token,
    resolve_with_conjuncts,
)
from briefings.extract.parties import NAME_SUFFIXES, dedupe, no_name, same_party, untitled
from briefings.extract.places import (
    attached_place,
    bilateral_parties,
    dateline,
    here_place,
    host_country,
    visited_place,
)
from briefings.extract.readout_principal import home_principal, titled_label, unnamed_office
from briefings.extract.remarks import remarks_turns
from briefings.extract.series import series_meetings
from briefings.extract.speakers import Speakers, principals, speakers_at
from briefings.extract.triggers import (
    MEETING_NOUNS,
    Trigger,
    arrived_in,
    find_triggers,
    marked_with,
    prep_objects,
    status_of,
)
from briefings.extract.turns import Turn, find_turns, turn_at
from briefings.model.facts import Meeting, PersonRef

log = logging.getLogger(__name__)

_SUBJECT_CHAIN = frozenset({"xcomp", "conj", "advcl", "acomp", "pcomp", "ccomp"})
_PARTY_PREPS = frozenset({"with", "between", "among", "alongside"})
_RELATIVES = frozenset({"who", "that", "which", "whom"})
_TOPIC_VERBS = frozenset({"discuss", "negotiate"})  # their object is what was talked about
_HELD_VERBS = frozenset({"have", "hold"})
_SEPARATE_WORDS = frozenset({"separate", "another", "second", "further", "follow-up", "subsequent"})
_THANK_VERBS = frozenset({"thank", "welcome", "congratulate"})
# Verbs whose subject or object, a body of people with no name, is no party: "welcomed the refugees".
_NO_GROUP_VERBS = frozenset({"welcome", "receive", "discuss", "negotiate", "thank", "congratulate"})


def extract_meetings(ctx: DocContext) -> list[Meeting]:
    """Every meeting the document reports, merged within the document, in order of first mention."""
    body = ctx.text
    turns = find_turns(body)
    remarks = [] if turns else remarks_turns(body)  # a byline's first-person remarks: one long turn
    # the header (byline, dateline) ends at a transcript's first label, or where the remarks begin
    header_end = remarks[0].start if remarks else (turns[0].label_start if turns else 0)
    turns = turns or remarks
    header_place = (dateline(ctx.doc, header_end) or title_place(ctx)) if turns else None
    parties = principals(turns, ctx)
    found: list[Mention] = []
    thanked: list[PersonRef] = []  # whom the current turn's speaker has thanked or welcomed so far
    last_turn: Turn | None = None
    for sent in ctx.sentences:
        turn = turn_at(turns, sent.start_char) if turns else None
        if turn is not last_turn:
            thanked, last_turn = [], turn
        speakers = speakers_at(turn, ctx, parties)
        if speakers.speaker is not None:  # "THE PRESIDENT:" in "Remarks by President Biden"
            speakers = Speakers(
                titled_label(speakers.speaker, ctx), tuple(titled_label(o, ctx) for o in speakers.others)
            )
        if speakers.speaker is not None:
            thanked = dedupe(thanked + _thanked(sent, ctx, speakers))
            if not speakers.counterparts() and thanked:
                # "I want to thank President X for his hospitality. We just concluded a meeting."
                speakers = Speakers(speakers.speaker, tuple(thanked))
        found.extend(series_meetings(sent, ctx))
        found.extend(attendee_lists(sent, ctx, speakers))
        for trigger in find_triggers(sent):
            item = _read(trigger, ctx, speakers, header_place if turn is not None else None)
            if item is not None:
                found.extend(_separately(item, trigger))
    found.extend(
        Mention(list(h.participants), h.place, None, "held", h.evidence, 0) for h in headline_meetings(ctx)
    )
    # "Chairperson Faki", "Elect Gustavo Petro": a participant's name without the title run into it
    cleaned = [
        replace(m, participants=dedupe([untitled(p) for p in m.participants if not no_name(p)]))
        for m in found
    ]  # a mention left with fewer than two parties by the cleaning names too few to be a meeting
    found = [
        c for c, m in zip(cleaned, found, strict=True) if len(c.participants) >= min(2, len(m.participants))
    ]
    merged = merge(found)
    log.debug("%d meeting mentions, %d meetings in %s", len(found), len(merged), ctx.document.id)
    return [m.meeting() for m in merged]


def _thanked(sent: Span, ctx: DocContext, speakers: Speakers) -> list[PersonRef]:
    """People a speaker thanks or welcomes by name: the hosts or guests of the meeting the turn is about."""
    out: list[PersonRef] = []
    for tok in sent:
        if tok.lemma_.lower() not in _THANK_VERBS or tok.pos_ != "VERB":
            continue
        for obj in tok.children:
            if obj.dep_ == "dobj":
                out += [
                    r
                    for r in resolve_with_conjuncts(obj, ctx.people, speakers)
                    if r.kind == "person" and not same_party(r, speakers.speaker or r)
                ]
    return out


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, inherited from the governing verb when it has none ("agreed to meet")."""
    tok = verb
    for _ in range(6):
        subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects and tok.dep_ == "relcl" and all(s.lower_ in _RELATIVES for s in subjects):
            return [tok.head]  # "Rice, who met Abbas": the relative pronoun stands for Rice
        if subjects:
            return subjects
        if tok.dep_ == "relcl":
            return [tok.head]
        if tok.dep_ == "acl" and (
            carrier := [
                o for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children
            ]
        ):
            return carrier  # "an invitation for Prime Minister Vega to meet with him": Vega meets
        if tok.dep_ not in _SUBJECT_CHAIN or tok.head.i == tok.i:
            break
        tok = tok.head
    return []


def _coordinated(subject: Token) -> list[Token]:
    """A subject and every head coordinated after it, through the appositions the parser makes of
    a long list of titled names ("Macron of France, Merkel of Germany, ..., and Biden")."""
    out, stack = [], [subject]
    while stack:
        tok = stack.pop(0)
        out.append(tok)
        stack += [
            c
            for c in tok.children
            if c.i > tok.i
            and (c.dep_ == "conj" or (c.dep_ == "appos" and c.ent_type_ == tok.ent_type_ == "PERSON"))
        ]
    return out


def _governing_subject(noun: Token) -> list[Token]:
    """For a meeting noun in a phrase, the subject of the clause holding it.

    "We've come from several days of meetings with NATO" (a speaker's "we"), and
    "Rice arrived in Cairo for talks with Mubarak" (talks are what she came for).
    """
    verb = governing_verb(noun)
    if verb is None:
        return []
    purpose = noun.head.dep_ == "prep" and noun.head.lower_ == "for" and noun.head.head.i == verb.i
    # "wasted no time ... launching talks", the parser reading "launching" as the noun's adjective
    held = any(
        c.dep_ == "amod" and c.tag_ == "VBG" and c.lemma_.lower() in OPENING_VERBS for c in noun.children
    )
    return [s for s in _subjects(verb) if s.pos_ == "PRON" or purpose or held]


def _separately(item: Mention, trigger: Trigger) -> list[Mention]:
    """ "I met General Hassan and General Idris separately", "held separate calls with A, B and C",
    "spoke individually with A and B": one meeting with each of them."""
    marks = [*trigger.token.children, *(trigger.noun.children if trigger.noun is not None else [])]
    if len(item.participants) < 3 or not any(
        c.lower_ in {"separately", "individually"} or (c.dep_ == "amod" and c.lower_ in SEPARATE_WORDS)
        for c in marks
    ):
        return [item]
    lead, *others = item.participants
    return [replace(item, participants=[lead, other]) for other in others]


def _read(trigger: Trigger, ctx: DocContext, speakers: Speakers, header_place: str | None) -> Mention | None:
    status = status_of(trigger)
    if status is None:
        return None
    verb, noun = trigger.token, trigger.noun
    is_noun = noun is not None and noun.i == verb.i

    def resolve(tok: Token) -> list[PersonRef]:
        home = home_principal(tok, ctx)  # "the President" in a government's readout is its president
        return [home] if home is not None else resolve_with_conjuncts(tok, ctx.people, speakers)

    # "welcomed the refugees", "the leaders discussed ...": a body of people is a party only to a meeting verb
    groups_meet = is_noun or verb.lemma_.lower() not in _NO_GROUP_VERBS

    def _with_groups(subject: Token) -> list[PersonRef]:
        """A subject and its conjuncts; a plural noun for people is a group ("Delegations from Fiji")."""
        out: list[PersonRef] = []
        heads = _coordinated(subject)
        hung = [t for h in heads for t in stranded(h)]
        for tok in [*heads, *hung]:
            if names_an_office(tok):
                continue  # "Department of Housing ... Secretary Marcia L. Fudge": her department
            home = home_principal(tok, ctx)
            found = [home] if home is not None else resolve_token(tok, ctx.people, speakers)
            if tok in hung and not any(r.kind == "person" for r in found):
                found = [r for r in [stranded_name(tok)] if r is not None]
            office = None if found else unnamed_office(tok, ctx)
            found = [office] if office is not None else found
            out += (
                [r for r in found if r.name.rstrip(".").lower() not in NAME_SUFFIXES]
                or group_antecedent(tok)
                or (people_group(tok) if groups_meet else [])
            )
            out += [r for lead in leaders(tok) for r in resolve(lead)]  # "a delegation led by X and Y"
        return dedupe(out)

    def party(obj: Token) -> list[PersonRef]:
        # "welcome the decision of Germany, and Japan": an object that names nobody brings no conjuncts
        if obj.lower_ in {"him", "her"} and speakers.speaker is not None:
            antecedent = _object_before(obj, ctx)
            if (
                antecedent is not None
            ):  # "thank the Foreign Minister, continuing the discussion I had with him"
                return party(antecedent)
        # "with actress and activist Nazanin Boniadi": a common noun before the named conjunct
        itself = resolve_token(obj, ctx.people, speakers)
        named = itself or any(c.ent_type_ == "PERSON" for c in obj.conjuncts)
        refs = resolve(obj) if named else []
        if refs and not itself and groups_meet:
            refs = people_groups(obj) + refs  # "a number of his European counterparts, as well as X"
        unnamed = None if refs else unnamed_office(obj, ctx)
        refs = [unnamed] if unnamed is not None else refs
        office = _office(obj) if not refs and speakers.speaker is not None else None
        if office is not None:
            return [office]  # "the discussion I had with the Foreign Minister"
        return refs or (people_groups(obj) if groups_meet else [])

    first: list[PersonRef] = []  # visitors / guests / the subject side
    second: list[PersonRef] = []  # hosts / the object side
    visit = _Visit()
    if noun is not None and is_noun:
        first += [r for c in noun.children if c.dep_ == "poss" for r in resolve(c)]
        if not first:
            first += [r for s in _governing_subject(noun) for r in resolve(s)]
    else:
        # "It's a pleasure to welcome ...": an expletive "it" is no subject; the speaker acts
        subjects = [s for s in _subjects(verb) if s.lower_ != "it"]
        # "Delegations from 40 countries, the Prime Minister of Fiji ... will attend": a list's first
        # item the parser left hanging as a noun adverbial
        hanging = [c for c in verb.children if c.dep_ == "npadvmod" and c.tag_ == "NNS" and people_group(c)]
        first += [r for s in [*hanging, *subjects] for r in _with_groups(s)]
        if not subjects and speakers.speaker is not None:
            first.append(speakers.speaker)  # "(I am) pleased to welcome ...": the speaker's own act
    holders = [verb] if is_noun or noun is None else [verb, noun]
    if (
        noun is not None and not is_noun
    ):  # "a virtual summit hosted by Presidents X and Y": the hosts are there
        holders += [
            c
            for t in [noun, *(o for p in noun.children if p.lower_ == "of" for o in p.children)]
            for c in t.children
            if c.dep_ == "acl" and c.lemma_.lower() in {"host", "convene"}
        ]
    if noun is not None:
        # "the discussion I also had with the Foreign Minister": the relative clause holds the parties
        for clause in (c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in _HELD_VERBS):
            holders.append(clause)
            if not first:
                first += [r for s in _subjects(clause) if s.lower_ not in _RELATIVES for r in resolve(s)]
    for holder in holders:
        for child in holder.children:
            if (child.dep_ == "prep" and child.lower_ in _PARTY_PREPS) or child.dep_ == "agent":
                second += [r for obj in prep_objects(child) for r in party(obj)]
            elif child.dep_ == "dobj" and holder is verb and verb.lemma_.lower() in OBJECT_MEETING_VERBS:
                if trigger.direction == "visit" and visit.read(child):
                    continue
                if trigger.direction == "visit" and facility(child):
                    continue  # "visited the Response Coordination Center": a building toured
                second += party(child)
            elif (
                child.dep_ == "conj"
                and child.ent_type_ == "PERSON"
                and any(t.lower_ in TITLE_WORDS for t in child.lefts)
                and any(c.dep_ == "prep" and c.lower_ == "with" and c.i < child.i for c in holder.children)
            ):
                second += party(child)  # "met with A of Latvia, B of Lithuania, and C": C hung on the verb
            elif child.dep_ == "prep" and child.lower_ == "to" and holder.lower_ in TRIP_NOUNS:
                for obj in child.children:
                    visit.read(obj)
    if trigger.direction == "host" and noun is not None and not is_noun and not second:
        # "convened the third national meeting of the CVIC", "convened the National Climate Task
        # Force meeting": the body met
        named = gathering(noun)  # "the first principal-level meeting" has a kind, no name
        named = named if named is not None and any(w[:1].isupper() for w in named.name.split()) else None
        body = body_of(noun) or named or next(iter(attendees_of(noun)), None)
        second += [body] if body is not None else []
    if not is_noun:
        second += [r for obj in marked_with(verb) for r in party(obj)]
    for obj in arrived_in(verb) if trigger.direction == "visit" and not is_noun else []:
        visit.read(obj)  # "has arrived in Israel"
    if trigger.direction == "visit" and not is_noun and visit.place is None:
        loose = _loose_destination(verb, ctx.sentence_of(verb).end)
        if loose is not None:
            visit.read(loose)
    second += visit.hosts
    if noun is not None:
        # "the U.S.-China talks", not "discussion of key issues in U.S.-China relations": the pair
        # names the meeting from in front or as the body met; after it, it is the topic
        phrase = (
            noun.doc[noun.left_edge.i : noun.i + 1].text
            + "".join(
                f" {o.doc[o.left_edge.i : o.right_edge.i + 1].text}"  # "meeting of the India-U.S. Group"
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for o in c.children
                if o.dep_ == "pobj" and any(t.pos_ == "PROPN" for t in o.doc[o.left_edge.i : o.i + 1])
            )
        )
        paired = bilateral_parties(phrase, ctx.doc)
        if paired and not first and not second and talked_about(noun):
            return None  # "discussed the U.S.-Russia dialogue on strategic stability": a standing topic
        second += [PersonRef(name, None, "place") for name in paired]
    place = visit.place
    visited = place is not None
    topic_only = all(
        c.dep_ != "dobj" or c.lower_ in MEETING_NOUNS or verb.lemma_.lower() in _TOPIC_VERBS
        for c in verb.children
    )
    if (
        trigger.direction == "mutual"
        and topic_only
        and not second
        and any(s.lower_ in {"we", "us"} for s in _subjects(verb))
    ):
        # "We had meaningful discussions": the speaker and the others present
        second += speakers.counterparts()
    if noun is not None and not is_noun and at_gathering(trigger):
        met = gathering(noun)  # "joined the leaders for the U.S.-ASEAN Summit": the summit is met
        second += [met] if met is not None else []
    second_named = bool(second)
    if trigger.direction == "host":
        first, second = second, first
    participants = dedupe(first + second)
    alone = (
        trigger.direction == "mutual"
        and noun is None
        and not second
        and len(first) <= 1
        and all(p.kind == "group" for p in first)
    )
    if alone:
        participants = one_body(verb)  # "Leaders of the alliance's member states met in Cardiff"
    # "the White House hosted a second convening": a host alone, whose guests a later list names
    lone = trigger.direction == "host" and noun is not None and noun.lower_ in GATHERING_NOUNS_HOSTED
    if len(participants) < (1 if alone or lone else 2):
        return None
    if place is None and verb.lemma_.lower() not in _TOPIC_VERBS:
        # "discussed freedom of navigation in the South China Sea": where a topic is, not the meeting
        place = attached_place(verb, noun)
    if place is None and is_noun and (governing := governing_verb(verb)) is not None:
        place = attached_place(governing)  # "arrived in Cairo for talks with Mubarak"
    if place is None and not is_noun and verb.dep_ in {"advcl", "xcomp"}:
        place = _journey_place(verb.head)  # "led a delegation to Doha, Qatar this week to meet with ..."
    where = _where_antecedent(verb)
    if place is None and where is not None:
        place = _where_place(where)  # "flew to Nairobi, where she held talks with ..."
    if place is None and header_place is not None and not visited:
        place = header_place
    present = [speakers.speaker, *speakers.others] if speakers.speaker is not None else []
    among_present = bool(present) and all(any(same_party(p, q) for q in present) for p in participants)
    if place is None and among_present:
        place = here_place(ctx.text)
    date = clause_date(verb, noun, ctx, future=status == "planned")
    if date is None and is_noun and (governing := governing_verb(verb)) is not None:
        date = clause_date(governing, None, ctx, future=status == "planned")
    if date is None and where is not None and (governing := governing_verb(where)) is not None:
        date = clause_date(governing, None, ctx, future=status == "planned")  # "arrived on Monday, where ..."
    if date is None and among_present and status == "held" and ctx.published is not None:
        date = (
            ctx.published.date().isoformat()
        )  # remarks about the meeting the speakers are in, made that day
    return Mention(
        participants,
        place,
        date,
        status,
        ctx.evidence_for(ctx.sentence_of(verb)),
        1 if is_noun else 2,
        separate=noun is not None and any(c.lower_ in _SEPARATE_WORDS for c in noun.children),
        refers_back=noun is not None and not is_noun and the_one_before(noun) and not second_named,
        lone=lone and not alone and len(participants) < 2,
    )


@dataclass
class _Visit:
    """A visit's destination: the place, and its country as the host when the document tells."""

    place: str | None = None
    hosts: list[PersonRef] = field(default_factory=list)

    def read(self, obj: Token) -> bool:
        where, ent = visited_place(obj)
        if where is None:
            return False
        self.place = where
        host = host_country(ent) if ent is not None else None
        self.hosts.append(PersonRef(host or where, None, "place"))
        return True


def _where_antecedent(verb: Token) -> Token | None:
    """What a "where" clause hangs from: "Nairobi" in "flew to Nairobi, where she met ..."."""
    if verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return verb.head
    return None


def _where_place(antecedent: Token) -> str | None:
    """The place a "where" refers to: its antecedent, or, when the parser hung the clause on
    something else ("arrived in Lisbon on Monday, where ..."), the place of the clause before."""
    where, _ = visited_place(antecedent)
    if where is not None:
        return where
    governing = governing_verb(antecedent)
    if governing is None:
        return None
    return attached_place(governing) or _journey_place(governing)


def _journey_place(head: Token) -> str | None:
    """Where the journey a meeting is the purpose of goes: "travel to Manila", "led a delegation to Doha"."""
    preps = [c for c in head.children if c.dep_ == "prep"]
    preps += [p for c in head.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep"]
    for child in preps:  # "travel to Manila", "led a delegation to Doha"
        if child.lower_ in {"to", "in"}:
            for obj in child.children:
                where, _ = visited_place(obj)
                if obj.dep_ == "pobj" and where is not None:
                    return where
    return None


def _object_before(pronoun: Token, ctx: DocContext) -> Token | None:
    """The nearest object before a "him"/"her" in its sentence: whom a speaker just thanked or greeted."""
    sentence = ctx.sentence_of(pronoun)
    for tok in reversed(sentence.doc[sentence.start : pronoun.i]):
        if tok.dep_ == "dobj" and (tok.pos_ == "PROPN" or tok.lower_ in TITLE_WORDS):
            return tok
    return None


def _office(obj: Token) -> PersonRef | None:
    """ "the Foreign Minister" as a speaker's counterpart: an office named without a name, in capitals."""
    if obj.lower_ not in TITLE_WORDS or not obj.text[:1].isupper():
        return None
    words = [t for t in obj.lefts if t.dep_ in {"compound", "amod"} and t.text[:1].isupper()] + [obj]
    return PersonRef(" ".join(t.text for t in words), None, "person")


def _loose_destination(verb: Token, sentence_end: int) -> Token | None:
    """A place right after "visited" that the parser hung elsewhere ("visited Moscow making promises")."""
    for tok in verb.doc[verb.i + 1 : min(verb.i + 4, sentence_end)]:
        if tok.ent_type_ in {"GPE", "LOC", "FAC"}:
            return None if modifies_a_noun(tok) else tok  # "visit the U.S. pavilion" visits no country
        if tok.pos_ in {"VERB", "AUX", "ADP"} or tok.is_punct:
            break
    return None
