"""Bodies of people and gatherings as the parties of a meeting.

Multilateral news names its parties as bodies ("union leaders", "Leaders of the
alliance's member states", "a delegation led by X") and as gatherings one is at
("the climate summit", "a virtual summit of the Bucharest Nine"); these helpers
turn such phrases into participants, and tell a definite "the call" that others
joined, a standing dialogue only talked about, and a building toured apart from
a meeting.

>>> gathering(noun)  # doctest: +SKIP
PersonRef('U.S.-ASEAN Summit', None, 'group')
"""

from __future__ import annotations

import logging
import re

from spacy.tokens import Span, Token

from briefings.extract.groups import people_group, people_noun, plural_people_noun
from briefings.extract.lexicon import (
    ADDRESSED_BODY_NOUNS,
    ATTENDED_NOUNS,
    COLLECTION_NOUNS,
    FACILITY_WORDS,
    GATHERING_NOUNS,
    JOURNEY_VERBS,
    MEETING_BODY_NOUNS,
    NAME_LINK_WORDS,
    PRESENCE_PREPS,
    PRESENCE_VERBS,
    RESTARTING_VERBS,
    TALKED_ABOUT_VERBS,
    TIME_PARTICIPLES,
    TRIP_FOR_VERBS,
)
from briefings.extract.parties import clean_name
from briefings.extract.trigger_cues import absent_from, delegation_to, gathering_name_end, speech_to
from briefings.extract.triggers import MEETING_NOUNS, Trigger
from briefings.model.facts import PersonRef

log = logging.getLogger(__name__)


def governing_verb(noun: Token) -> Token | None:
    """The verb of the clause a noun sits in. A participle of time serving as a preposition
    ("Following talks with Medvedev, Obama said ...") heads no clause of its own: the clause's verb
    is the one it hangs on, whose subject had the talks."""
    tok = noun
    while tok.head.i != tok.i and (tok.pos_ not in {"VERB", "AUX"} or _prepositional(tok)):
        tok = tok.head
    return tok if tok.pos_ in {"VERB", "AUX"} and not _prepositional(tok) else None


def _prepositional(tok: Token) -> bool:
    """ "Following talks with X": a participle of time the parser attached as a preposition ("including
    the call between A and B", "regarding the visit" keep their own clause: a topic, no time)."""
    return tok.dep_ == "prep" and tok.tag_ == "VBG" and tok.lower_ in TIME_PARTICIPLES


def people_groups(obj: Token) -> list[PersonRef]:
    """ "with union leaders and mayors", "with a group of labor leaders": bodies of people met."""
    if obj.lower_ in COLLECTION_NOUNS and _of_objects(obj):
        return [r for o in _of_objects(obj) for r in people_groups(o)]  # "key stakeholder groups": a body
    return [r for t in [obj, *obj.conjuncts] if t.i >= obj.i for r in people_group(t)]


def leaders(group: Token) -> list[Token]:
    """Who leads a body: "a delegation – led by Kurt Campbell and Daniel Kritenbrink – visited ..."."""
    return [
        o
        for c in group.children
        if c.dep_ == "acl" and c.lemma_.lower() in {"lead", "head"}
        for a in c.children
        if a.dep_ == "agent"
        for o in a.children
        if o.dep_ == "pobj"
    ]


def talked_about(noun: Token) -> bool:
    """A meeting noun that is the object of talk about it: "discussed the U.S.-Russia dialogue"."""
    if noun.dep_ == "pobj" and noun.head.lower_ in {"through", "via", "under"}:
        return True  # "cooperation through the newly launched U.S.-Oman Strategic Dialogue": a mechanism
    verb = governing_verb(noun)
    return noun.dep_ in {"dobj", "pobj"} and verb is not None and verb.lemma_.lower() in TALKED_ABOUT_VERBS


def the_one_before(noun: Token) -> bool:
    """ "participated in the call", "joined the meeting": a definite meeting noun with no parties or
    name of its own is the meeting the text has just reported."""
    today = [c for c in noun.children if c.dep_ == "poss" and c.lower_ == "today"]  # "today's meeting"
    return (
        noun.tag_ == "NN"
        and noun.lower_ in {"call", "meeting", "discussion", "conversation"}
        and (
            bool(today) or any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children)
        )
        and not any(
            c.dep_ in {"prep", "poss", "compound", "amod", "relcl", "acl"} and c not in today
            for c in noun.children
        )
    )


def facility(obj: Token) -> bool:
    """ "FEMA's National Response Coordination Center", "the plant", "Camp Liya": a building or a
    base, not a host."""
    named = any(c.dep_ == "compound" and c.lower_ in FACILITY_WORDS for c in obj.children)  # "Camp Liya"
    # "Mahabodhi Temple": a building's name ends in its kind, whatever entity the tagger calls it
    titled = (
        obj.lower_ in FACILITY_WORDS
        and obj.text[:1].isupper()
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.children)
    )
    # "visited New Zealand memorials and other significant sites": the kind in the plural too
    kind = obj.lower_ in FACILITY_WORDS or (obj.tag_ == "NNS" and obj.lemma_.lower() in FACILITY_WORDS)
    return titled or ((kind or named) and obj.ent_type_ not in {"GPE", "LOC", "PERSON"})


_WEB_ADDRESS = re.compile(r"(?:^www\.|\.(?:gov|com|org|net|edu|int|info)(?:/\S*)?$)", re.IGNORECASE)


def web_address(obj: Token) -> bool:
    """ "visit Vaccines.gov", "visit www.example.org": a website, where nobody is met."""
    return _WEB_ADDRESS.search(obj.text) is not None


def at_gathering(trigger: Trigger) -> bool:
    """Whether the trigger is presence at a gathering: attending, joining, a clause set at it, or a
    trip made for it ("is going to Germany for the Munich Security Conference")."""
    lemma = trigger.token.lemma_.lower()
    noun = trigger.noun
    preps = {*PRESENCE_PREPS, "in", "for"} if lemma in TRIP_FOR_VERBS else {*PRESENCE_PREPS, "in"}
    return lemma in PRESENCE_VERBS or (
        noun is not None
        and noun.i != trigger.token.i
        and (
            noun.head.lower_ in preps
            or _spoken_at(noun, trigger.token)
            # "will skip the G20 summit" (due there, called off), "will lead the delegation to the talks"
            or noun.i
            in {t.i for t in (absent_from(trigger.token), delegation_to(trigger.token)) if t is not None}
        )
    )


def _spoken_at(noun: Token, verb: Token) -> bool:
    """ "In an address to the UN General Assembly, Bush criticized Iran": the speaker was there."""
    speech = speech_to(noun)
    return speech is not None and speech.i == verb.i


def addressed_body(noun: Token) -> PersonRef | None:
    """ "addressed the UN Security Council": the body addressed in session, by its whole name."""
    if noun.pos_ != "PROPN" or noun.lower_ not in ADDRESSED_BODY_NOUNS:
        return None
    words = [t.text for t in noun.doc[noun.left_edge.i : noun.i + 1] if t.dep_ != "det"]
    name = clean_name(" ".join(words))
    return PersonRef(name, None, "org") if name else None


def gathering(noun: Token) -> PersonRef | None:
    """A named gathering as the party met: "the U.S.-ASEAN Summit", "the climate summit".

    An unnamed one ("the meeting") names no party.
    """
    ending = _name_ending_in_a_gathering(noun)
    if ending is not None:
        return ending
    if noun.lower_ not in GATHERING_NOUNS or any(c.lower_ in {"press", "news"} for c in noun.lefts):
        return None  # "at a press conference" speaks to reporters, meets no gathering
    # "during Monday's final session": a day names when, not which gathering
    left = [
        t
        for t in noun.lefts
        if t.dep_ in {"compound", "amod", "nmod", "poss"} and not t.is_punct and t.ent_type_ != "DATE"
    ]
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
    # "an OECD ministerial council meeting": the name may sit on a modifier of the modifier
    named_in_front = any(
        t.pos_ == "PROPN" or t.text[:1].isupper() for m in left for t in noun.doc[m.left_edge.i : m.i + 1]
    )
    if indefinite and not named_in_front and not _of_name(noun):
        # "participated in a security meeting": some meeting of a kind, none a briefing names ("a
        # virtual summit of the Bucharest Nine countries" is named by its members)
        return None
    if not any(
        t.pos_ == "PROPN" or t.text[:1].isupper() or (t.dep_ == "compound" and t.pos_ == "NOUN") for t in left
    ):
        titled = _titled_of(noun) if noun.text[:1].isupper() else None
        if titled:
            return PersonRef(f"{noun.text} of {titled}", None, "group")  # "the Summit of the Americas"
        owner = _of_name(noun)  # "a virtual summit of the Bucharest Nine countries"
        return PersonRef(f"{noun.lower_} of {owner}", None, "group") if owner else None
    body = meeting_body(noun)
    if body is not None and (body.name[:1].isupper() or not named_in_front):
        return body  # not "council" of "an OECD ministerial council meeting": the named gathering
    if _in_general(noun) and not any(t.text[:1].isupper() for t in left):
        return None  # "is expected to attend cabinet meetings": meetings in general, none in particular
    start = min(t.left_edge.i for t in left)
    while start < noun.i and (
        noun.doc[start].dep_ == "det"
        or (
            not noun.doc[start].text[:1].isupper()
            and (noun.doc[start].dep_ != "compound" or _hyphened_on(noun.doc[start]))
        )
    ):
        start += 1  # "the first-ever National Climate Task Force meeting": its name is the capitalised part
    skip = {"annual", "first"}
    # as written ("the APEC Leaders’ Meeting" keeps its possessive mark on "Leaders")
    words = "".join(
        t.text_with_ws for t in noun.doc[start : noun.i + 1] if t.dep_ != "det" and t.lower_ not in skip
    ).split()
    name = clean_name(" ".join(words).replace(" - ", "-").replace(" -", "-").replace("- ", "-"))
    owner = _titled_of(noun) if noun.text[:1].isupper() else None
    if name and owner:
        name = f"{name} of {owner}"  # "the Defense Ministerial of the Americas": its "of" is in the name
    return PersonRef(name, None, "group") if name else None


def _titled_of(noun: Token) -> str | None:
    """The title-case "of" phrase that goes on a capitalised gathering's name ("of the Americas", "of
    Heads of State and Government"), up to its first lower-case word; None when it opens with one."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        words = list(noun.doc[prep.i + 1 : prep.right_edge.i + 1])
        lead = 1 if words and words[0].lower_ == "the" else 0
        end = next(
            (k for k, t in enumerate(words) if k >= lead and not (t.text[:1].isupper() or _links_a_name(t))),
            len(words),
        )
        words = words[:end]  # "of the Americas in Uruguay": the name stops at its first lower-case word
        while len(words) > lead and words[-1].lower_ in NAME_LINK_WORDS:
            words = words[:-1]
        if len(words) > lead and words[lead].text[:1].isupper():
            return "".join(t.text_with_ws for t in words).strip()
    return None


def _links_a_name(tok: Token) -> bool:
    """A word or mark a name goes on past: "of", "and", the hyphen of "Inter-Parliamentary"."""
    glued = (
        tok.text in {"-", "–"} and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_
    )
    return tok.lower_ in NAME_LINK_WORDS or glued


def _hyphened_on(tok: Token) -> bool:
    """ "ever" in "first-ever": the second half of a hyphened word, the parser's compound of nothing."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_


def _name_ending_in_a_gathering(noun: Token) -> PersonRef | None:
    """ "the Commonwealth Heads of Government Meeting": a proper name the parser heads on its first
    noun ("Heads") that ends, past its own "of", in a capitalised gathering noun is the gathering."""
    end = gathering_name_end(noun) if noun.lower_ not in GATHERING_NOUNS else None
    if end is None:
        return None
    start = noun.left_edge.i
    while start < noun.i and noun.doc[start].dep_ == "det":
        start += 1
    name = clean_name(noun.doc[start : end.i + 1].text)
    return PersonRef(name, None, "group") if name else None


def placed_gathering(noun: Token) -> PersonRef | None:
    """An unnamed gathering or round of talks named by where it sits: "took part in the summit in
    Rome" (the Rome summit), "will lead the delegation to the talks in Geneva" (the Geneva talks).
    One with no place of its own is none, and so is one whose kind its words give without a name ("a
    schoolboard meeting in Tennessee", "a press conference in Lima"): a plain meeting or session, or a
    gathering of some kind, is not one a briefing can name; nor is an indefinite one ("a summit in
    Rome")."""
    if noun.lower_ not in ATTENDED_NOUNS - {"meeting", "meetings", "session"}:
        return None
    if any(c.dep_ in {"compound", "amod", "nmod", "poss"} for c in noun.children):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None  # "bishops attended a summit in Rome": some summit, not the one the news is about
    places = [
        o
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for o in c.children
        if o.dep_ == "pobj" and o.ent_type_ == "GPE"
    ]
    if not places:
        return None
    place = places[0]
    where = clean_name(place.doc[place.left_edge.i : place.i + 1].text.removeprefix("the "))
    return PersonRef(f"{where} {noun.lower_}", None, "group") if where else None


def meeting_body(noun: Token) -> PersonRef | None:
    """ "Mugabe led a cabinet meeting", "ministers attended the cabinet meeting": a body named, in
    lower case, before a meeting noun or in its "of" phrase ("chaired a meeting of the cabinet"), is
    who met there (the cabinet, the board)."""
    if _in_general(noun):
        return None  # "is expected to attend cabinet meetings": meetings in general
    for t in [*noun.lefts, *_of_objects(noun)]:
        if t.dep_ in {"compound", "pobj"} and t.pos_ == "NOUN" and t.lower_ in MEETING_BODY_NOUNS:
            return PersonRef(t.lower_, None, "group")
    return None


def _in_general(noun: Token) -> bool:
    """A bare plural meeting noun ("cabinet meetings"): meetings of a kind, no one meeting."""
    return noun.tag_ == "NNS" and not any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children)


def body_of(noun: Token) -> PersonRef | None:
    """The named body whose meeting a host convened: "the third national meeting of the CVIC"."""
    owner = _of_name(noun)
    return PersonRef(owner, None, "group") if owner else None


def attendees_of(noun: Token) -> list[PersonRef]:
    """ "a meeting of Latina state legislators": the people a meeting is of."""
    return [r for obj in _of_objects(noun) for r in people_group(obj)]


def _of_objects(tok: Token) -> list[Token]:
    """The objects of a noun's "of" phrases: "a group of [labor leaders]", "a meeting of [mayors]"."""
    return [
        o
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    ]


def _of_name(noun: Token) -> str | None:
    """The proper name in a gathering's "of" phrase, without asides and clauses after it."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            aside = _bracketed(
                obj.doc[obj.left_edge.i : obj.i + 1]
            )  # "(CVI)" in "Intervention (CVI) Collaborative"
            words = [
                t
                for t in obj.subtree
                if t.i <= obj.i and not t.is_punct and t.dep_ not in {"det", "appos"} and t.i not in aside
            ]
            if any(t.pos_ == "PROPN" for t in words):  # "the President’s Council", not "President ’s"
                listed = _office_holders_listed(obj)
                if listed is not None:
                    return listed
                return clean_name("".join(t.text_with_ws for t in words).strip())
            if obj.tag_ == "NNS" and people_noun(obj) and any(t.ent_type_ in {"NORP", "GPE"} for t in words):
                # "a meeting of Nordic foreign ministers": office-holders the nations they serve name
                return clean_name("".join(t.text_with_ws for t in words).strip())
    return None


def _office_holders_listed(obj: Token) -> str | None:
    """ "a meeting of EU, Latin American and Caribbean Foreign Ministers": the parser hangs the
    office-holders on the first name of the list as its appositive; the gathering is theirs, list and
    all."""
    holders = next(
        (a for a in obj.children if a.dep_ == "appos" and a.tag_ in {"NNS", "NNPS"} and people_noun(a)), None
    )
    if holders is None:
        return None
    return clean_name(obj.doc[obj.left_edge.i : holders.i + 1].text)


def one_body(verb: Token) -> list[PersonRef]:
    """ "Leaders of the alliance's member states met", "the parties resumed meeting": a group meeting
    among itself, named by its phrase."""
    holder = verb
    if (
        verb.dep_ == "xcomp"
        and verb.tag_ == "VBG"
        and verb.head.lemma_.lower() in RESTARTING_VERBS | {"continue"}
    ):
        holder = verb.head  # "Nepal's top three political parties resumed meeting after a hiatus"
    subjects = [c for c in holder.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or verb.lemma_.lower() not in {"meet", "confer", "convene", "gather"}:
        return []
    subject = subjects[0]
    if (
        not plural_people_noun(subject)
        or not people_group(subject)
        or any(c.dep_ == "conj" for c in subject.children)
    ):
        return []
    named = any(c.dep_ == "prep" and c.lower_ in {"of", "from"} for c in subject.children) or any(
        t.pos_ == "PROPN" or t.ent_type_ in {"NORP", "GPE", "ORG"} for t in subject.lefts
    )
    if not named:
        return []  # "the sides have met several times": which sides the sentence does not say
    sides = coordinated_sides(subject)
    if sides:
        return sides
    phrase = verb.doc[subject.left_edge.i : subject.right_edge.i + 1]
    if len(phrase) > 10:
        return []
    words = [t.text for t in phrase if not (t.i == phrase.start and t.dep_ == "det")]
    return [PersonRef(clean_name(" ".join(words)), None, "group")]


def traveller_to_where(verb: Token) -> Token | None:
    """ "Mr Groser then travels on to Sapporo, Japan, where APEC Ministers will meet": a group's meeting
    told in a "where" clause of the place a trip goes to has the traveller at it. The subject of the
    journey verb the place hangs on, through "to"/"in" (and an apposition: "Sapporo, Japan")."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return None
    place = verb.head
    if place.dep_ == "appos":
        place = place.head
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in {"to", "in", "for"}:
        return None
    journey = prep.head.head if prep.head.dep_ == "prep" else prep.head  # "travels on to"
    if journey.pos_ != "VERB" or journey.lemma_.lower() not in JOURNEY_VERBS:
        return None
    return next((c for c in journey.children if c.dep_ == "nsubj"), None)


def coordinated_sides(subject: Token) -> list[PersonRef]:
    """ "The Rwandan and Burundian governments met", "Hamas and Fatah officials met", "Israeli and
    Hamas negotiators held talks": nationalities or named bodies coordinated before a plural noun
    are one party each ("the Rwandan government"; Hamas, Fatah), not one body."""
    first = next(
        (
            c
            for c in subject.children
            if (c.dep_ == "amod" and c.ent_type_ in {"NORP", "GPE"})
            or (c.dep_ in {"nmod", "compound"} and c.pos_ == "PROPN" and c.ent_type_ in {"ORG", "GPE"})
        ),
        None,
    )
    if first is None:
        return []
    others = [c for c in first.children if c.dep_ == "conj" and c.ent_type_ in {"NORP", "GPE", "ORG"}]
    if not others:
        return []
    head = subject.lemma_.lower()
    return [_side(named, head) for named in [first, *others]]


def _side(named: Token, head: str) -> PersonRef:
    """One coordinated side: a body's name is the party itself (Hamas, not "Hamas official"); a
    nationality qualifies the plural noun ("the Rwandan government")."""
    if named.pos_ == "PROPN" and named.ent_type_ in {"ORG", "GPE"}:
        words = [t.text for t in named.doc[named.left_edge.i : named.i + 1] if t.dep_ != "det"]
        return PersonRef(clean_name(" ".join(words)), None, "org" if named.ent_type_ == "ORG" else "place")
    return PersonRef(f"{named.text} {head}", None, "group")


def _bracketed(span: Span) -> set[int]:
    """Indices of the tokens inside parentheses in ``span``: an acronym or aside, no part of a name."""
    inside: set[int] = set()
    depth = 0
    for t in span:
        depth += t.text == "("
        if depth:
            inside.add(t.i)
        depth -= t.text == ")" and depth > 0
    return inside


def present_at_the_one_before(verb: Token) -> bool:
    """ "Joining President Biden on the call were A, B and C": the ones present at the call reported
    before, not another call."""
    return verb.lemma_.lower() in PRESENCE_VERBS and any(
        p.dep_ == "prep"
        and p.lower_ in {"on", "in", "at"}
        and o.lower_ in MEETING_NOUNS
        and the_one_before(o)
        for p in verb.subtree  # "on the call" on the verb, or on its object ("Joining Ruiz on the call")
        if p.head.i in {verb.i, *(c.i for c in verb.children if c.dep_ == "dobj")}
        for o in p.children
    )
