"""A visitor's round of calls: one meeting told of several hosts that is one meeting with each.

Readers write "Trudeau also met with the President of Vietnam, …, the Chair of the National
Assembly, … and the General Secretary, …" as a meeting with each host, and "will meet with the
commander of U.S. Pacific Command as well as with South Korean Defense Minister Song" as two. At home
the same list is one meeting convened ("Sullivan met with Secretary Haaland, Secretary Vilsack and
Secretary Raimondo"), and a list of leaders of several states met together is a summit. The callers
are :func:`briefings.extract.meetings._separately`'s.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from briefings.extract.context import DocContext
from briefings.extract.lexicon import COUNTRY_ABBREVIATIONS, TRIP_CUES
from briefings.extract.merging import Mention
from briefings.extract.places import country_of_demonym, is_country
from briefings.extract.trigger_cues import prep_objects
from briefings.extract.triggers import Trigger

LISTED_PEOPLE = 2  # people listed as whom one "met" on a trip that are one meeting each
_NATION_LABELS = frozenset({"GPE", "NORP"})


_TRIP = re.compile(TRIP_CUES, re.IGNORECASE)
_TRIP_SENTENCES = 2  # sentences before the meeting that may set it on a trip


def _on_a_trip(verb: Token, ctx: DocContext) -> bool:
    """Whether the meeting is told on a trip: its sentence, one of the two before, the title or the
    lead sentence speaks of travel, a visit or an arrival ("traveled to Colombia and met with …";
    "Minister Sutton is to visit the Netherlands, France, Belgium, and Germany. … Mr Sutton will
    meet French Trade Minister Huwart and French Agriculture Minister Glavany": a release about a trip
    tells its meetings as its stops)."""
    sentence = ctx.sentence_of(verb)
    start = sentence.start
    for _ in range(_TRIP_SENTENCES):
        if start == 0:
            break
        start = verb.doc[start - 1].sent.start
    window = verb.doc[start : sentence.end].text
    lead = ctx.sentences[0].text if ctx.sentences else ""
    return bool(_TRIP.search(window) or _TRIP.search(ctx.document.title) or _TRIP.search(lead))


def one_by_one(item: Mention, trigger: Trigger, ctx: DocContext) -> list[Mention]:
    """ "Trudeau also met with the President of Vietnam, Trần Đại Quang, the Chair of the National
    Assembly, Nguyễn Thị Kim Ngân, and the General Secretary, Nguyễn Phú Trọng", "will travel to Athens,
    where he will meet with Prime Minister Tsipras and Finance Minister Tsakalotos": the verb "meet"
    with two or more people named as whom the subject met, all of one state, on a trip
    (:func:`_on_a_trip`), is a visitor's round of calls, one meeting with each of them (and with each
    group the list names); readers write them so. It stays one meeting at home ("Sullivan met with
    Secretary Haaland, Secretary Vilsack and Secretary Raimondo", "Trump met with Lavrov and Kislyak
    in the Oval Office": one convened), when the people are of several states ("is to meet President
    Chávez, the President of Colombia and Spain's prime minister": a summit), when a noun carries it
    ("a meeting with A, B and C"), when they are counted among a group ("met A and B among other
    officials"), and when a "for" purpose names the gathering ("for the Quad summit"). The people an
    "including" names on a trip are calls of their own ("met with other Chinese officials, including
    Yang Jiechi and Song Tao": a meeting with each, and with the group), as readers write them."""
    verb = trigger.token
    if trigger.noun is not None or verb.lemma_.lower() != "meet" or trigger.direction != "mutual":
        return []
    if not _on_a_trip(verb, ctx):
        return []  # "Sullivan met with Secretary Haaland, Secretary Vilsack, …": a meeting at home, convened
    heads = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for o in prep_objects(c)
    ]
    listed = sorted({t for h in heads for t in h.subtree}, key=lambda t: t.i)
    if not listed:
        return []
    # whom the verb names as met, apart from who came with the subject ("Finer, joined by Acting
    # Assistant Secretary Joey Hood, … met today with President Kais Saied": Hood is at each meeting)
    words = {t.text.strip(".") for t in listed}
    lead, *rest = item.participants
    others = [p for p in rest if p.kind != "place" and words & set(re.split(r"[\s.-]+", p.name))]
    companions = [p for p in rest if p.kind != "place" and p not in others]
    if sum(p.kind == "person" for p in others) < LISTED_PEOPLE:
        return []
    if any(t.lower_ == "among" for t in listed) or any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.pos_ == "NOUN" for g in c.subtree)
        for c in verb.children
    ):
        return []
    nations = {
        country_of_demonym(e.text) or e.text
        for e in verb.doc[listed[0].i : listed[-1].i + 1].ents
        if e.label_ in _NATION_LABELS
    }
    # a country the tagger ran into a name ("the President of Colombia Alvaro Uribe")
    nations |= {t.text for t in listed if is_country(t.text)} | {
        c for t in listed if (c := country_of_demonym(t.text)) is not None
    }
    if len(nations) > 1:
        return []
    home = _nations_of(lead.role)
    if home and any(home & _nations_of(p.role) for p in others):
        # "Zoellick will be meeting with U.S. Agriculture Secretary Veneman and European Union Farm
        # Commissioner Fischler": a compatriot at the table makes it one meeting, no round of calls
        return []
    return [replace(item, participants=[lead, *companions, other], separate=True) for other in others]


def _nations_of(role: str | None) -> set[str]:
    """The states a role names, by name or adjective ("U.S. Trade Representative": the U.S.)."""
    words = re.findall(r"[A-Z][\w.]*", role or "")
    return {COUNTRY_ABBREVIATIONS.get(w, w) for w in words if is_country(w) or w in COUNTRY_ABBREVIATIONS} | {
        c for w in words if (c := country_of_demonym(w)) is not None
    }


def with_each_apart(item: Mention, trigger: Trigger, ctx: DocContext) -> list[Mention]:
    """ "will meet with the commander of U.S. Pacific Command as well as with South Korean Defense
    Minister Song Young-moo": a second "with" after "as well as" or "and" is a meeting of its own,
    with whom that "with" names (the parser hangs it on the first party)."""
    verb = trigger.token
    noun = trigger.noun
    # "has a meeting with Fischer and with members of the committee": the held noun takes the first
    # "with", and the parser hangs the second on the verb
    held = noun is not None and noun.dep_ == "dobj" and noun.head.i == verb.i
    if (noun is not None and not held) or len(item.participants) < 3:
        return []
    sentence = ctx.sentence_of(verb)
    second = next(
        (
            t
            for t in sentence
            if t.i > verb.i + 1
            and t.lower_ == "with"
            and t.dep_ in {"prep", "conj"}  # "met with A and with B": the second "with" a conjunct
            and (t.head.i != verb.i or (held and t.dep_ == "conj"))
            and t.doc[t.i - 1].lower_ in {"as", "and"}
            and verb.i in {a.i for a in t.ancestors}
        ),
        None,
    )
    if second is None:
        return []
    lead, *others = item.participants
    after = ctx.text[second.idx : sentence.end_char]
    later = [p for p in others if p.name in after]
    earlier = [p for p in others if p not in later]
    if not later or not earlier:
        return []
    return [
        replace(item, participants=[lead, *earlier]),
        replace(item, participants=[lead, *later], separate=True),
    ]
