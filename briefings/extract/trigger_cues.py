"""Cues on one verb or noun that say it reports a meeting: the tests :func:`find_triggers` applies.

Kept apart from :mod:`briefings.extract.triggers` so that module reads as the one pass
over a sentence that decides what is a trigger, while these say why one word counts:
talking "with" a named person or a titled office, calling a person (not "calling for"
something), joining or seeing people, arriving in a country, holding a meeting noun.
The party finder (:mod:`briefings.extract.meeting_mentions`) reads the preposition
helpers here too.
"""

from __future__ import annotations

from spacy.tokens import Token

from briefings.extract.entity_spans import entity_span, stranded_name
from briefings.extract.lexicon import (
    ABSENCE_VERBS,
    ADDRESSED_BODY_NOUNS,
    ATTENDED_NOUNS,
    AUDIENCE_GRANTING_VERBS,
    BRING_TOGETHER,
    BROKERING_VERBS,
    CALL_NOUNS,
    CALL_PURPOSE_VERBS,
    CANCEL_VERBS,
    COLLECTION_NOUNS,
    DELEGATION_NOUNS,
    DELIVERING_VERBS,
    EXCHANGE_NOUNS,
    EXCHANGED_WORDS,
    FRONTED_PRESENCE_VERBS,
    GATHERED_PEOPLE_NOUNS,
    GATHERING_NOUNS,
    HABIT_BASIS_WORDS,
    HELD_WITH_NOUNS,
    INVITING_VERBS,
    LEADING_VERBS,
    MEETING_NOUNS,
    MEETING_VERBS,
    MEMBERSHIP_NOUNS,
    OPPORTUNITY_NOUNS,
    PARTAKING,
    PARTY_PREPS,
    PEOPLE_BODIES,
    PHONE_WORDS,
    PHRASAL_CANCEL,
    PHRASAL_POSTPONE,
    PLAN_VERBS,
    PRESENCE_PREPS,
    PRESENCE_VERBS,
    PRESS_AUDIENCE_NOUNS,
    PUT_THROUGH,
    RELATION_NOUNS,
    SERIES_NOUNS,
    SIGNED_NOUNS,
    SPEECH_NOUNS,
    TALK_VERBS,
    TITLE_WORDS,
    TOPIC_VERBS,
    TRIP_FOR_VERBS,
    TRIP_NOUNS,
    WITH_MEETING_NOUNS,
    WITHDRAWALS,
    Direction,
)
from briefings.extract.places import COUNTRIES


def direction_of(verb: Token) -> Direction:
    """A verb's direction; "convene" hosts only when it has guests ("convened 30 legislators")."""
    if verb.lemma_.lower() == "convene" and not any(c.dep_ == "dobj" for c in verb.children):
        return "mutual"
    return MEETING_VERBS[verb.lemma_.lower()]


def gathers_named_parties(verb: Token) -> bool:
    """ "Shoukry and his Greek counterpart, Dendias, gathered in Cairo": a verb of coming together
    meets when its subject coordinates two or more named people, bodies or countries and it takes no
    object ("protesters gathered outside", "they assembled" and "gathered evidence" meet no one)."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        phrase = list(subject.subtree)
        named = [t for t in phrase if t.ent_iob_ == "B" and t.ent_type_ in {"PERSON", "ORG", "GPE"}]
        if len(named) >= 2 and any(t.dep_ == "conj" for t in phrase):
            return True
        if _named_body_of_people(subject) and _at_a_named_place(verb):
            return True  # "APEC leaders will gather in Lima": one named group, met at a place
    return False


def _named_body_of_people(subject: Token) -> bool:
    """ "APEC leaders", "European Union foreign ministers": a plural noun for people whose modifier
    names the body or country they serve ("protesters", "supporters" serve none)."""
    return (
        subject.tag_ == "NNS"
        and subject.lower_.removesuffix("s") in TITLE_WORDS | GATHERED_PEOPLE_NOUNS
        and any(t.ent_type_ in {"ORG", "GPE", "NORP"} for t in subject.lefts)
    )


def _at_a_named_place(verb: Token) -> bool:
    """ "in Lima", "at the Palais des Nations": the verb says where, by a place's name."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"in", "at"}
        and any(o.dep_ == "pobj" and o.ent_type_ in {"GPE", "FAC", "LOC"} for o in c.children)
        for c in verb.children
    )


def has_phone(verb: Token) -> bool:
    """ "spoke by phone", "talked over the telephone" ("spoke by telephone" may parse "by" as an agent)."""
    return any(
        t.lower_ in PHONE_WORDS
        for c in verb.children
        if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "on", "over", "via"}
        for t in c.subtree
    )


def several_parties(verb: Token) -> bool:
    """ "X and Y discussed", "X discussed ... with Y", "we discussed": talk between parties."""
    if verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in verb.children):
        return False  # "Discussing his concern in a statement, ..."
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return (
        any(s.lower_ in {"we", "they"} or any(c.dep_ == "conj" for c in s.children) for s in subjects)
        or any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in verb.children)
        or bool(marked_with(verb))
    )


def phone_with(verb: Token) -> bool:
    return has_phone(verb) and (
        any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children) or bool(marked_with(verb))
    )


def _stranded_second_side(first: Token) -> Token | None:
    """The name after ", and" that ends an aside set off after the first side of a "between"."""
    doc = first.doc
    end = first.sent.end
    for i in range(first.right_edge.i + 1, min(end - 1, first.i + 16)):
        if doc[i].text == "," and doc[i + 1].lower_ == "and" and i + 2 < end:
            name = doc[i + 2]
            while name.dep_ == "compound" and name.head.i > name.i:
                name = name.head
            return name if name.ent_type_ == "PERSON" or name.pos_ == "PROPN" else None
        if doc[i].text in {";", ".", "—", "–"}:
            return None
    return None


def _stranded_last_conjunct(first: Token) -> Token | None:
    """ "Talks between China, Japan, Russia, South Korea, and North Korea are set to resume": the
    list's "and" hangs on its first item (or on the noun the phrase qualifies) while the parser made
    the last name a subject of the verb; that name is the list's last item."""
    last = max([first, *first.conjuncts], key=lambda t: t.i)
    holders = [first, first.head.head] if first.head.dep_ == "prep" else [first]
    cc = next(
        (
            c
            for h in holders
            for c in h.children
            if c.dep_ == "cc" and c.lower_ == "and" and c.i > last.right_edge.i
        ),
        None,
    )
    if cc is None or cc.i + 1 >= first.sent.end:
        return None
    name = first.doc[cc.i + 1]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    if name.dep_ not in {"nsubj", "nsubjpass"} or name.left_edge.i != cc.i + 1:
        return None
    return name if name.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} else None


def repeated_preps(holder: Token) -> list[Token]:
    """ "met with President Cortizo and with Foreign Minister Mouynes": a party preposition said again
    after "and", which the parser hangs on the first as its conjunct, read as the holder's own (its
    object is a party; :func:`briefings.extract.rounds.with_each_apart` makes it a meeting of its own)."""
    said = {c.lower_ for c in holder.children if c.dep_ == "prep" and c.lower_ in PARTY_PREPS}
    # "has a meeting with Fischer and with members of the Bundestag committee": the first "with" hangs
    # on the verb's object, the second on the verb
    said_on_object = {
        c.lower_
        for d in holder.children
        if d.dep_ == "dobj"
        for c in d.children
        if c.dep_ == "prep" and c.lower_ in PARTY_PREPS
    }
    return [
        again
        for child in holder.children
        if child.dep_ == "prep"
        for again in child.children
        if again.dep_ == "conj"
        and again.lower_ in said
        # "met with A on Thursday and with B on Friday": the parser hangs it on the time phrase
        and (again.lower_ == child.lower_ or child.lower_ not in PARTY_PREPS)
    ] + [
        # "met with Jim Sutton and with Mark Vaile": the second hung on the verb as its conjunct
        c
        for c in holder.children
        if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ in said | said_on_object
    ]


def including_with(token: Token) -> list[Token]:
    """The "with" phrases an "including" hung on ``token`` sets among its meetings: "held a range of
    meetings, including with the leaders of A, B and C" names the parties there."""
    return [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "including"
        for g in c.children
        if g.dep_ == "prep" and g.lower_ == "with"
    ]


def prep_objects(prep: Token) -> list[Token]:
    """The objects of a party preposition; "met with Ruiz to discuss ...", where the parser made
    the name the subject of the purpose clause, gives that subject."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if (
        len(objects) == 1
        and prep.lower_ == "between"
        and not any(c.dep_ == "conj" for c in objects[0].children)
    ):
        # "a meeting between Giuliani, claiming to represent the State Department, and Andriy Yermak":
        # the second side, past an aside the parser closed the phrase at
        other = _stranded_second_side(objects[0])
        return objects if other is None else [objects[0], other]
    if len(objects) == 1 and prep.lower_ in {"between", "among", "with"}:
        last = _stranded_last_conjunct(objects[0])
        if last is not None:
            return [objects[0], last]
    if objects:
        return objects
    nxt = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    if nxt is None:
        return []
    if nxt.text == ",":
        # "will meet with, among others, Viktor Khristenko, …": past an aside set off by commas, the
        # phrase the parser hung on the preposition's head is its object
        doc = prep.doc
        close = next((t.i for t in doc[nxt.i + 1 : min(nxt.i + 6, len(doc))] if t.text == ","), None)
        if close is not None:
            return [
                c
                for c in prep.head.children
                if c.i > close and c.left_edge.i == close + 1 and c.pos_ in {"PROPN", "NOUN"}
            ][:1]
    for tok in prep.doc[prep.i + 1 : min(prep.i + 12, len(prep.doc))]:
        if (
            tok.dep_ == "nsubj"
            and tok.left_edge.i == prep.i + 1
            and tok.head.pos_ in {"VERB", "AUX"}
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.head.children)
        ):
            return [tok]
    return []


def marked_with(verb: Token) -> list[Token]:
    """ "spoke today with Crown Prince X to express ...", parsed as a clause "with X to express" under
    the verb: X is the verb's "with" object; so is X in "will engage by telephone with X", where the
    parser hangs "with X" on the phone word."""
    phoned = [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"by", "on", "over", "via"}
        for t in c.children
        if t.dep_ == "pobj" and t.lower_ in PHONE_WORDS
        for w in t.children
        if w.dep_ == "prep" and w.lower_ == "with"
        for o in w.children
        if o.dep_ == "pobj"
    ]
    # "discussed security issues with President Saleh", "discussed the bailouts with European Union
    # financial officials": the parser hangs "with X" on the topic; a named person or a named body's
    # people there is whom the topic was discussed with ("the problems with the plan", "his
    # relationship with Ames" name no one spoken with: a thing, or a tie the topic is about)
    topics = [
        o
        for c in verb.children
        if verb.lemma_.lower() in TOPIC_VERBS and c.dep_ == "dobj" and c.lower_ not in RELATION_NOUNS
        for w in c.children
        if w.dep_ == "prep" and w.lower_ == "with"
        for o in w.children
        if o.dep_ == "pobj" and (o.ent_type_ == "PERSON" or _named_people(o))
    ]
    return (
        phoned
        + topics
        + [
            s
            for c in verb.children
            if c.dep_ == "advcl"
            for m in c.children
            if m.dep_ == "mark" and m.lower_ == "with"
            for s in c.children
            if s.dep_ == "nsubj" and s.left_edge.i == m.i + 1
        ]
    )


def _named_people(obj: Token) -> bool:
    """ "NATO's eastern flank Allies", "leaders of the CARICOM states": a body of people whose name
    says whose; talking with it is a meeting ("spoke with reporters" is not)."""
    return (
        obj.tag_ in {"NNS", "NNPS"}
        and obj.lower_ in PEOPLE_BODIES
        and any(
            t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "NORP", "GPE"} for t in obj.subtree if t.i != obj.i
        )
    )


def arrived_in(verb: Token) -> list[Token]:
    """The country an arrival is in: "arrived in Israel" (a city or a building is no host country); or
    a journey's: "flew to Tanzania", "will travel to Japan" (a journey to a country visits it). A
    journey made for a gathering ("is going to Germany for the Munich Security Conference") meets the
    gathering, read from its noun, not the country."""
    if any(c.dep_ in {"acomp", "oprd"} for c in verb.children):
        return []  # "a journalist who went missing in Syria": a change of state, no journey
    preps = {"in", "to"} if verb.lemma_.lower() in TRIP_FOR_VERBS else {"in"}
    if "to" in preps and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(o.lower_ in GATHERING_NOUNS for o in c.children)
        for c in verb.children
    ):
        return []
    if to_attend_a_gathering(verb):
        return []  # "will visit South Korea to participate in the Nuclear Security Summit"
    # "arrived in Tokyo for a three-day state visit": an arrival for a visit visits the city too, and
    # so does a journey for talks ("traveled to Moscow on Monday for talks": the talks are held there)
    for_a_visit = any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(o.lower_ in TRIP_NOUNS or (o.lower_ in MEETING_NOUNS and o.tag_ == "NNS") for o in c.children)
        for c in verb.children
    )
    # "arrived in Kabul on an unannounced visit": one arrives on a visit as one arrives for it
    for_a_visit = for_a_visit or any(
        c.dep_ == "prep" and c.lower_ == "on" and any(o.lower_ in TRIP_NOUNS for o in c.children)
        for t in [
            verb,
            *(o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children),
        ]
        for c in t.children
    )
    for_a_visit = for_a_visit or _a_delegation(verb)
    destinations = [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in preps
        for p in c.children
        if p.dep_ == "pobj"
        for o in [p, *p.conjuncts]  # "traveled to Nigeria, Equatorial Guinea, and Mauritania"
    ]
    if destinations:
        # "will travel to Moscow, Russia; Baku, Azerbaijan; and Kiev, Ukraine": the list's last item,
        # after a semicolon, the parser may hang on the verb
        destinations += [c for c in verb.children if c.dep_ == "conj" and c.ent_type_ == "GPE"]
    visited = []
    for o in destinations:
        if o.ent_type_ == "GPE" and (o.text in COUNTRIES or for_a_visit):
            visited.append(o)
        elif o.ent_type_ == "GPE" and _a_person_goes(verb):
            # "travel to Baku, Azerbaijan": a person's journey to a city given with its country is a
            # journey to that country ("MH370, flying to Beijing, China" visits no one; "will travel
            # to Kuala Lumpur, Malaysia to attend the ASEAN Summit" meets the summit)
            visited += [
                a for a in o.children if a.dep_ == "appos" and a.ent_type_ == "GPE" and a.text in COUNTRIES
            ]
    return visited + en_route_to(verb)


def phrase_objects(head: Token, preps: set[str], noun: str, inner: str) -> list[Token]:
    """The objects of a fixed prepositional phrase on ``head``: "at the invitation of X" (``preps``
    {"at", …}, ``noun`` "invitation", ``inner`` "of") gives X."""
    return [
        o
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in preps
        for n in c.children
        if n.dep_ == "pobj" and n.lower_ == noun
        for p in n.children
        if p.dep_ == "prep" and p.lower_ == inner
        for o in p.children
        if o.dep_ == "pobj"
    ]


def invited_by(verb: Token) -> list[Token]:
    """ "will travel to China at the invitation of Defense Minister Liang": the inviters a journey's
    "at/on the invitation of" names."""
    return phrase_objects(verb, {"at", "on", "upon"}, "invitation", "of")


def _a_person_goes(verb: Token) -> bool:
    """The journey's subject (its own or its governing verb's) is a person: a name, a pronoun or a title."""
    for t in [verb, verb.head]:
        for c in t.children:
            if c.dep_ == "nsubj":
                return c.ent_type_ == "PERSON" or c.pos_ == "PRON" or c.lower_ in TITLE_WORDS
    return False


def to_attend_a_gathering(verb: Token) -> bool:
    """ "will travel to Kuala Lumpur, Malaysia to attend the 47th ASEAN Summit": a journey whose
    purpose clause names a gathering."""
    return any(
        c.dep_ in {"advcl", "xcomp"} and any(o.lower_ in GATHERING_NOUNS for o in c.subtree)
        for c in verb.children
    )


def _a_delegation(verb: Token) -> bool:
    """ "A delegation led by Foreign Minister Silva will travel to Tehran": a delegation is sent to
    someone, so the city it goes to is visited, as a country is (a minister "flew to Nairobi" may be
    going home)."""
    return any(c.dep_ == "nsubj" and c.lower_ in DELEGATION_NOUNS for c in verb.children)


def in_town_for(verb: Token) -> bool:
    """ "Chancellor Hahn is in Lima for talks on trade", "will be in Kabul on a two-day visit": being in
    a place for talks or on a visit is visiting it, as arriving there for them is. Talks with a named
    side ("was in Berlin for talks with Hahn") meet that side, read from the noun; "is in Lima for the
    holidays" visits no one."""
    if verb.lemma_.lower() != "be" or not any(
        c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in DELEGATION_NOUNS) for c in verb.children
    ):
        return False
    if en_route_to(verb):
        return True
    places = [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for o in c.children
        if o.dep_ == "pobj" and o.ent_type_ == "GPE"
    ]
    reasons = [
        o
        for t in [verb, *places]
        for c in t.children
        if c.dep_ == "prep" and c.lower_ in {"for", "on"}
        for o in c.children
        if o.dep_ == "pobj"
        and (
            o.lower_ in TRIP_NOUNS
            or (
                c.lower_ == "for"
                and o.lower_ in MEETING_NOUNS
                and (o.tag_ == "NNS" or o.lower_ in GATHERING_NOUNS)
            )
        )
    ]
    return (
        bool(places)
        and bool(reasons)
        and not any(p.dep_ == "prep" and p.lower_ in {"with", "between"} for o in reasons for p in o.children)
    )


def en_route_to(verb: Token) -> list[Token]:
    """ "Gates is en route to Egypt and Saudi Arabia": a person on the way to countries travels to them,
    as one who "is flying to" them does; the countries are the places visited ("en route to Cairo" may
    only pass through a city)."""
    return [
        place
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "en"
        for r in c.children
        if r.lower_ == "route"
        for p in r.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for o in p.children
        if o.dep_ == "pobj" and o.ent_type_ == "GPE"
        for place in (o, *o.conjuncts)
        if place.ent_type_ == "GPE" and (place.text in COUNTRIES or entity_span(place).text in COUNTRIES)
    ]


def arrival_in_a_country(noun: Token) -> bool:
    """ "upon her arrival in Germany": an arrival noun is a visit when it is into a country, as the
    verb is ("arrived in Israel"); an arrival in a city or at a building ("upon arrival at the
    airport", "her arrival in Nairobi") tells where someone is, not whom they visit."""
    return any(
        o.ent_type_ == "GPE" and o.text in COUNTRIES
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in {"in", "to"}
        for o in c.children
        if o.dep_ == "pobj"
    )


def talks_to_someone_named(verb: Token) -> bool:
    """ "I spoke to President Zelenskyy", "I talked to Larry Summers", "I have spoken to the CEOs of
    a number of semiconductor companies": a "to" or "with" party named as a person, by a capitalised
    office or as a body of people by whose they are; "I've talked to our CDC partners" (the speaker's
    own circle) names no one."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"to", "with"}
        and any(
            _titled(o)
            or any(t.ent_type_ == "PERSON" for t in o.subtree if t.i > c.i)
            or (_named_people(o) and not any(d.dep_ == "poss" and d.tag_ == "PRP$" for d in o.children))
            for o in prep_objects(c)
        )
        for c in verb.children
    )


def _titled(obj: Token) -> bool:
    """ "spoke with President of Finland Sauli Niinistö": an office in capitals names its holder,
    even when the tagger took the name for an organisation."""
    if obj.pos_ != "PROPN":
        return False
    if obj.lower_ in TITLE_WORDS and obj.text[:1].isupper():
        return True
    # "with President Alejandro Giammattei", the name untagged: a capitalised title opens it
    return any(
        t.dep_ == "compound" and t.lower_ in TITLE_WORDS and t.text[:1].isupper() and t.i < obj.i
        for t in obj.subtree
    )


def _described_by_title(obj: Token) -> bool:
    """ "spoke with Akiba Takeo, Secretary General of Japan's National Security Secretariat": a
    proper name with an office as its appositive is a person's, whatever the tagger took it for."""
    return obj.pos_ == "PROPN" and any(
        c.dep_ == "appos" and c.text[:1].isupper() and any(t.lower_ in TITLE_WORDS for t in [c, *c.lefts])
        for c in obj.children
    )


def finite_talk(verb: Token) -> bool:
    """A verb of talking that tells an occasion: a finite past ("spoke to", "has spoken to"), a
    progressive with its auxiliary ("has been talking to", "was talking to": talks under way) or a
    future ("will talk to"); a bare participle ("Speaking to news site Dublin Live, …") frames an
    interview."""
    return (
        verb.tag_ == "VBD"
        or (
            verb.tag_ in {"VBG", "VB", "VBN"}
            and any(c.dep_ == "aux" and c.tag_ != "TO" for c in verb.children)
        )
        or _had_the_chance(verb)
    )  # "to talk to" alone tells no occasion; "have spoken to the Security Council" (a perfect) tells one


def _had_the_chance(verb: Token) -> bool:
    """ "I had the opportunity to speak to Cherelle Griner", "he will have the chance to talk to
    Prime Minister Kishida": an infinitive that fills an opportunity someone had or will have tells
    the occasion as a finite verb does; "a chance to talk to leaders" with no one having it, "did not
    have the chance" and a wished "have a chance to" tell none."""
    noun = verb.head
    if not (
        verb.dep_ == "acl" and verb.tag_ == "VB" and noun.lower_ in OPPORTUNITY_NOUNS and noun.dep_ == "dobj"
    ):
        return False
    having = noun.head
    if having.lemma_.lower() != "have" or any(c.dep_ == "neg" for c in having.children):
        return False
    return having.tag_ in {"VBD", "VBZ", "VBP"} or any(
        c.dep_ == "aux" and c.tag_ != "TO" for c in having.children
    )


def talks_to_an_office(verb: Token) -> bool:
    """ "Cameron intervened, speaking to Thai Prime Minister Prayut": a bare participle of talking to
    an office-holder named with the title is a conversation with him, where "Speaking to news site
    Dublin Live" or "speaking to reporters" frames an interview or a statement."""
    return (
        verb.tag_ == "VBG"
        and verb.lemma_.lower() in TALK_VERBS
        and verb.dep_ in {"advcl", "xcomp", "conj"}
        and any(
            c.dep_ == "prep"
            and c.lower_ == "to"
            and any(_titled(o) and any(t.ent_type_ == "PERSON" for t in o.subtree) for o in prep_objects(c))
            for c in verb.children
        )
    )


def with_person(verb: Token) -> bool:
    """ "spoke with King Salman", "recently spoke to China's Foreign Minister Wang": talking with or
    to a named person is a conversation; "with reporters", "to the nation" are not."""
    return (
        any(
            c.dep_ == "prep"
            and (c.lower_ == "with" or (c.lower_ == "to" and (finite_talk(verb) or talks_to_an_office(verb))))
            and any(
                o.ent_type_ == "PERSON"
                or any(t.ent_type_ == "PERSON" for t in o.subtree if t.i > c.i)
                or _named_people(o)
                or _titled(o)
                or _described_by_title(o)
                for o in prep_objects(c)
            )  # "spoke with Indonesian Minister for Foreign Affairs Dewi Sari": the name ends a long title
            for c in verb.children
        )
        or any(o.ent_type_ == "PERSON" or _titled(o) or _named_people(o) for o in marked_with(verb))
        or _with_a_list(verb)
    )


def _with_a_list(verb: Token) -> bool:
    """ "spoke individually with: Prime Minister Kaja Kallas of Estonia; Prime Minister …": a "with"
    that a colon opens into a list of named people (the parser leaves the "with" bare)."""
    doc = verb.doc
    return any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and not any(o.dep_ == "pobj" for o in c.children)
        and c.i + 2 < c.sent.end
        and doc[c.i + 1].text == ":"
        and any(t.ent_type_ == "PERSON" for t in doc[c.i + 2 : c.sent.end])
        for c in verb.children
    )


def named_pair(verb: Token) -> bool:
    """ "President Ruiz and Prime Minister Vega spoke to reaffirm ...": two named people as the
    subject of a talk verb talked with each other; "X and Y spoke at the rally" each gave a speech,
    and "spoke to the imperative of ..." is about a topic."""
    if any(c.dep_ == "prep" and c.lower_ in {"at", "in", "before", "during", "to"} for c in verb.children):
        return False
    return any(
        c.dep_ == "nsubj"
        and c.ent_type_ == "PERSON"
        and any(k.dep_ == "conj" and k.ent_type_ == "PERSON" for k in c.children)
        for c in verb.children
    )


# Verbs whose object, a gathering, is attended: "attended the United Nations (UN) General Assembly".
_ATTENDING_LEMMAS = frozenset({"attend", "address"}) | PRESENCE_VERBS


def _gathering_past_a_bracket(obj: Token) -> Token | None:
    """ "the United Nations (UN) General Assembly", "the Association of Southeast Asian Nations (ASEAN)
    summit": a bracketed acronym splits a gathering's name, and the parser hangs the gathering on the
    body's name as its apposition; the gathering is the meeting held."""
    # (or as the object of the body's "of": "the Association of Southeast Asian Nations (ASEAN) summit")
    for appos in (c for c in obj.subtree if c.dep_ in {"appos", "pobj"} and c.i > obj.i):
        between = obj.doc[obj.i + 1 : appos.i]
        closes = [t.i for t in between if t.text == ")"]
        if not any(t.text == "(" for t in between) or not closes:
            continue
        # the gathering's name resumes right after the bracket: "(UN) General Assembly", not a list
        # going on past it ("the People's Republic of China (PRC), India … at the East Asia Summit")
        if any(t.head.i != appos.i for t in obj.doc[closes[-1] + 1 : appos.i]):
            continue
        if appos.lower_ in MEETING_NOUNS or _named_gathering(appos):
            return appos
    return None


def invited_to_a_meeting(verb: Token) -> Token | None:
    """ "invited David Sassoli, Angela Merkel and Charles Michel to a meeting on 8 July": the meeting
    an inviting verb asks its guests (an object) to; "invited comments to the meeting's agenda" asks
    for no one."""
    if verb.lemma_.lower() not in INVITING_VERBS:
        return None
    guests = [c for c in verb.children if c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")]
    if not guests:
        return None
    return next(
        (
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for o in c.children
            if o.dep_ == "pobj" and o.lower_ in MEETING_NOUNS
        ),
        None,
    )


def held_noun(verb: Token) -> Token | None:
    """The meeting a holding verb holds: "held talks", "joined the leaders' meeting",
    "participated in the call", "joined Ruiz for the annual summit"."""
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"} and child.lower_ in MEETING_NOUNS:
            return child
        if child.dep_ in {"dobj", "nsubjpass"} and child.lower_ in SERIES_NOUNS:
            # "will hold a second round of talks with Olmert": the talks of the round held
            talks = [
                o
                for p in child.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                if o.dep_ == "pobj" and o.lower_ in MEETING_NOUNS
            ]
            if talks:
                return talks[0]
        if child.dep_ == "dobj" and child.lower_ in EXCHANGE_NOUNS:
            # "had an exchange of views with Prime Minister Spiric": the views exchanged carry the "with"
            views = [
                o
                for p in child.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                if o.dep_ == "pobj" and o.lower_ in EXCHANGED_WORDS
            ]
            if views and (with_named_party(views[0]) or with_named_party(child)):
                return views[0]
        if child.dep_ == "dobj" and verb.lemma_.lower() in {"attend", "address"} and _named_gathering(child):
            return child  # "to attend (address) the United Nations General Assembly": a gathering by its name
        bracketed = _gathering_past_a_bracket(child) if child.dep_ == "dobj" else None
        if bracketed is not None and verb.lemma_.lower() in _ATTENDING_LEMMAS:
            return bracketed  # "attended the United Nations (UN) General Assembly", "the … (ASEAN) summit"
        if child.dep_ == "dobj" and verb.lemma_.lower() == "address" and _a_sitting_body(child):
            return child  # "will address the UN Security Council": the body in session
        if (
            child.dep_ == "dobj"
            and child.lower_ in HELD_WITH_NOUNS
            and (with_named_party(child) or with_named_party(verb))
        ):
            return child  # "had a long conversation with Kerr", "held a briefing with Members of Congress"
        if (
            child.dep_ == "dobj"
            and child.lower_ in WITH_MEETING_NOUNS
            and verb.lemma_.lower() in AUDIENCE_GRANTING_VERBS
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in [*verb.children, *child.children])
        ):
            return child  # "granted an audience to the judges": the judges were received
        if child.dep_ == "prep" and child.lower_ == "into" and verb.lemma_.lower() == "enter":
            # "entered into negotiations with Chancellor Hahn"
            talks = [o for o in child.children if o.dep_ == "pobj" and o.lower_ in MEETING_NOUNS]
            if talks:
                return talks[0]
        if child.dep_ == "dobj" and child.text.endswith("-"):
            # "held a secure video conf- — conference": the word said again after a cut-off one
            # takes its place; the parser hangs it on the cut-off word as an apposition
            again = [c for c in child.children if c.dep_ == "appos" and c.lower_ in MEETING_NOUNS]
            if again:
                return again[0]
    # "addressing themes at the summit": topics
    partaking = verb.lemma_.lower() in PRESENCE_VERBS - {"address"} or takes_part(verb)
    if partaking:
        # "took part in the summit": the parser may hang the "in" on "part"
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "part")]
        for child in (c for h in heads for c in h.children):
            if child.dep_ == "prep" and child.lower_ in {"in", "at", "for", "on"}:
                for obj in child.children:
                    if (
                        obj.dep_ == "pobj"
                        and (obj.lower_ in MEETING_NOUNS or _named_gathering(obj))
                        and (child.lower_ != "on" or _the_call(obj))
                    ):
                        return obj
    return delegation_to(verb)


def takes_part(verb: Token) -> bool:
    """ "took part in the G20 summit": a verb and its object that say "participate"."""
    return any(c.dep_ == "dobj" and (verb.lemma_.lower(), c.lower_) in PARTAKING for c in verb.children)


def delegation_to(verb: Token) -> Token | None:
    """ "will lead the Peruvian delegation to the talks in Geneva": who leads a delegation to a gathering
    or to talks is there (the verb holds the gathering, its leader one of its parties, not its host)."""
    if verb.lemma_.lower() not in LEADING_VERBS:
        return None
    delegations = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in DELEGATION_NOUNS]
    return next(
        (
            o
            for t in [verb, *delegations]
            if delegations
            for c in t.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for o in c.children
            if o.dep_ == "pobj" and o.lower_ in ATTENDED_NOUNS
        ),
        None,
    )


def absent_from(verb: Token) -> Token | None:
    """The gathering a verb of staying away leaves: "will skip the G20 summit", "boycotted the
    conference", "pulled out of the summit in Lima", "withdrew its delegation from the peace talks".
    The subject was due there and will not be: a meeting with the gathering, called off. Only
    gatherings and talks count ("pulled out of the deal", "withdrew from the race" meet no one)."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"] if lemma in ABSENCE_VERBS else []
    for word, particle, prep in WITHDRAWALS:
        if word != lemma:
            continue
        # "pulled out of": the parser hangs "of" on the particle "out" or on the verb
        particles = [c for c in verb.children if particle and c.lower_ == particle]
        if particle and not particles:
            continue
        # "withdrew its delegation from the talks": the parser may hang "from" on the delegation
        sent = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in DELEGATION_NOUNS]
        heads = [verb, *particles, *sent]
        objects += [
            o
            for h in heads
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == prep
            for o in c.children
            if o.dep_ == "pobj"
        ]
    return next((o for o in objects if o.lower_ in ATTENDED_NOUNS), None)


def broker_of(noun: Token) -> Token | None:
    """Who brokers talks sits at them: "African Union-brokered peace talks", "talks mediated by Qatar"."""
    for c in noun.children:
        if c.dep_ == "acl" and c.lemma_.lower() in BROKERING_VERBS:
            agents = [o for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            if agents:
                return agents[0]
        if c.dep_ == "amod" and c.lemma_.lower() in BROKERING_VERBS and c.tag_ == "VBN":
            # "African Union-brokered": the broker runs into the participle before the hyphen
            named = [t for t in noun.doc[noun.left_edge.i : c.i] if t.ent_type_ in {"ORG", "GPE", "NORP"}]
            if named:
                return named[-1]
    return None


def _named_gathering(noun: Token) -> bool:
    """ "the United Nations General Assembly", "the World Health Assembly": a gathering noun its
    proper name begins (a bare "the assembly" is no gathering named), or a proper name ending in
    one ("the Commonwealth Heads of Government Meeting")."""
    if noun.lower_ in GATHERING_NOUNS and any(t.dep_ == "compound" and t.pos_ == "PROPN" for t in noun.lefts):
        return True
    return gathering_name_end(noun) is not None


def gathering_name_end(noun: Token) -> Token | None:
    """The capitalised gathering noun that ends a proper name the parser heads on its first noun,
    past the name's own "of": "Meeting" of "the Commonwealth Heads of Government Meeting"."""
    if noun.pos_ != "PROPN":
        return None
    return next(
        (
            o
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj" and o.lower_ in GATHERING_NOUNS and o.text[:1].isupper()
        ),
        None,
    )


def _a_sitting_body(noun: Token) -> bool:
    """ "the UN Security Council", "the European Parliament", "Congress": a deliberative body by its
    proper name, which one addresses only in session ("the United Nations security council", the
    tagger's organisation, is one too)."""
    return noun.lower_ in ADDRESSED_BODY_NOUNS and (
        (noun.pos_ == "PROPN" and noun.text[:1].isupper()) or noun.ent_type_ == "ORG"
    )


def speaks_to_a_body(verb: Token) -> bool:
    """ "Djibouti and Eritrea have spoken to the United Nations Security Council": speaking to a
    sitting body by its name is addressing it in session ("spoke to the nation" is not)."""
    return (
        verb.lemma_.lower() in TALK_VERBS
        and finite_talk(verb)
        and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(_a_sitting_body(o) for o in prep_objects(c))
            for c in verb.children
        )
    )


def with_named_party(noun: Token, preps: frozenset[str] = frozenset({"with"})) -> bool:
    """ "a briefing with Members of Congress", "a conversation with Senator Manchin": the noun (or
    the verb holding it) has a named "with" party (not the press: "a briefing with reporters" is a
    press briefing); ``preps`` widens "with" ("a dinner for Chancellor Hahn")."""
    withs = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps]
    # a named party ("with Senator Manchin", "with Members of Congress"), not "conversations with
    # Congress" kept up as a habit of government nor "with those senators"
    objects = [o for c in withs for o in c.children if o.dep_ == "pobj"]
    return any(_named_party(o) for o in objects)


def _named_party(obj: Token) -> bool:
    """A person's name, a proper noun that is no place or body ("Members of Congress" is), or a
    collection of such ("a bipartisan group of Members of Congress")."""
    if any(t.ent_type_ == "PERSON" for t in obj.subtree):
        return True
    if _named_body_of_people(obj):
        return True  # "hosted a dinner for NATO leaders"
    if obj.pos_ == "PROPN" and obj.lower_ not in PRESS_AUDIENCE_NOUNS:
        return obj.ent_type_ not in {"ORG", "GPE"} or obj.lower_ in PEOPLE_BODIES
    members = [o for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
    return obj.lower_ in COLLECTION_NOUNS and any(_named_party(m) for m in members)


def _the_call(noun: Token) -> bool:
    """ "FEMA's head joined them on the call": one is "on" a call, the definite one just told; "joined
    him on his trip" or "on the sidelines of the summit" is company or a place, held elsewhere."""
    return noun.lower_ == "call" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def gathering_of(verb: Token) -> Token | None:
    """The gathering a meeting verb happens at or in: "spoke with the Allies in a virtual summit"."""
    # the parser may hang the place on the party: "with the Allies in a virtual summit"
    objects = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for o in prep_objects(c)]
    return next(
        (
            o
            for c in [*verb.children, *(p for obj in objects for p in obj.children)]
            if c.dep_ == "prep" and c.lower_ in {"at", "in"}
            for o in c.children
            if o.dep_ == "pobj" and o.lower_ in GATHERING_NOUNS and o.lower_ not in {"meeting", "meetings"}
        ),
        None,
    )


def present_at(noun: Token) -> Token | None:
    """The verb of a clause set at or during a gathering: "At the climate summit, the Chancellor laid
    out ...", "During an AU summit, Ali Jangeli, Somali Foreign Minister, requested ..." (the name the
    parser left on the fronted phrase is the subject);
    or of a trip made for a named one: "is going to Germany for the Munich Security Conference"."""
    prep = noun.head
    if (
        noun.dep_ == "pobj"
        and prep.lower_ == "for"
        and noun.lower_ in GATHERING_NOUNS
        and prep.head.pos_ == "VERB"
        and prep.head.lemma_.lower() in TRIP_FOR_VERBS
        and any(t.dep_ == "compound" and t.pos_ == "PROPN" for t in noun.lefts)  # a named gathering
        and any(c.dep_ == "nsubj" for c in prep.head.children)
    ):
        return prep.head
    speech = speech_to(noun)
    if speech is not None:
        return speech
    held = _where_clause(noun)
    if held is not None:
        return held
    if noun.dep_ != "pobj" or prep.lower_ not in PRESENCE_PREPS or noun.lower_ not in GATHERING_NOUNS:
        return None
    if prep.lower_ == "during" and not any(t.text[:1].isupper() for t in noun.lefts if t.dep_ != "det"):
        return None  # "During the meeting, the Presidents discussed ...": the meeting just told, no new one
    verb = prep.head
    if verb.pos_ != "VERB" and _named_gathering(noun):
        verb = _clause_verb_above(verb)
    if verb.pos_ != "VERB":
        return None
    fronted = fronted_participle(verb)
    if fronted is not None:
        return fronted
    if not any(c.dep_ == "nsubj" for c in verb.children) and stranded_name(verb) is None:
        return None
    return verb


def _where_clause(noun: Token) -> Token | None:
    """ "last February's Bratislava Summit, where Presidents Bush and Putin committed to …": a named
    gathering's "where" clause sets its subjects at the gathering; its verb (with a subject)."""
    if not _named_gathering(noun):
        return None
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "relcl"
            and c.pos_ in {"VERB", "AUX"}
            and any(w.dep_ == "advmod" and w.lower_ == "where" for w in c.children)
            and any(w.dep_ == "nsubj" for w in c.children)
        ),
        None,
    )


def _clause_verb_above(token: Token) -> Token:
    """ "The EU and Ukraine reaffirmed their commitment to a reform agenda at the 18th EU-Ukraine
    Summit in Brussels": the parser hangs a named gathering's "at" on a noun of the object; the verb
    whose object (or object's phrase) holds that noun is the clause the gathering sets. ``token``
    itself when no verb is reached through objects and their phrases."""
    at = token
    for _ in range(6):
        if at.pos_ == "VERB":
            return at
        if at.dep_ not in {"dobj", "pobj", "prep", "conj", "compound", "amod"} or at.head is at:
            return token
        at = at.head
    return token


def fronted_participle(verb: Token) -> Token | None:
    """ "Speaking at the climate summit in Nairobi, Chancellor Hahn said ...": a participle of speaking
    fronted before its main clause, with no subject of its own, takes the main clause's; that subject
    spoke at the gathering, was there, and the main verb is the trigger."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i > verb.head.i:
        return None
    if verb.lemma_.lower() not in FRONTED_PRESENCE_VERBS:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children):
        return None  # "After he spoke at the summit, ...": a clause of its own
    main = verb.head
    if main.pos_ not in {"VERB", "AUX"} or not any(c.dep_ == "nsubj" for c in main.children):
        return None
    return main


def speech_to(noun: Token) -> Token | None:
    """ "In an address to the UN General Assembly, Chávez criticized ...", "Merkel gave the opening
    address to the meeting of the World Economic Forum": a speech to a gathering named by its name
    (or by its body's: "the 42nd meeting of the WEF") sets its clause at the gathering; the verb
    (with a subject) is the speaker's presence."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to" or not (_named_gathering(noun) or _a_bodys_gathering(noun)):
        return None
    speech = prep.head
    delivered = [c for c in speech.children if c.dep_ == "dobj" and c.lower_ in SPEECH_NOUNS]
    if speech.lemma_.lower() in DELIVERING_VERBS and delivered:
        speech = delivered[0]  # "gave the opening address to the meeting": the parser hangs "to" on the verb
    if speech.lower_ not in SPEECH_NOUNS:
        return None
    if speech.dep_ == "dobj" and speech.head.lemma_.lower() in DELIVERING_VERBS:
        verb = speech.head  # "gave yesterday's opening address to the meeting of the WEF"
    elif (
        speech.dep_ == "pobj"
        and speech.head.lower_ in {"in", "during"}
        and not any(c.dep_ == "poss" and c.lower_ in {"my", "our"} for c in speech.children)
    ):
        verb = speech.head.head  # "In an address to the Assembly, X said" ("as I said in my address to
        # the joint session in April" recalls a speech, it reports none)
    else:
        return None
    if verb.pos_ != "VERB" or not (any(c.dep_ == "nsubj" for c in verb.children) or stranded_name(verb)):
        return None
    return verb


def _a_bodys_gathering(noun: Token) -> bool:
    """ "the 42nd meeting of the World Economic Forum": a gathering noun whose "of" names an organisation."""
    return noun.lower_ in GATHERING_NOUNS and any(
        o.ent_type_ == "ORG"
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
    )


def phrasal(verb: Token, pairs: frozenset[tuple[str, str]]) -> bool:
    """ "put off", "pushed back" (the parser gives the particle as ``prt`` or ``advmod``)."""
    return any((verb.lemma_.lower(), c.lower_) in pairs for c in verb.children if c.dep_ in {"prt", "advmod"})


def brings_together(verb: Token) -> bool:
    """ "The summit brought together Putin and Bush": bringing together two or more named people or
    bodies is their meeting ("a promise to bring Americans together", "brought together teams from
    46 cities" name no one in particular)."""
    if not phrasal(verb, BRING_TOGETHER):
        return False
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in [c, *c.conjuncts]]
    named = [o for o in objects if o.ent_type_ in {"PERSON", "ORG", "GPE"} and o.pos_ == "PROPN"]
    return len(named) >= 2


def signs_together(verb: Token) -> bool:
    """ "Mugabe and Tsvangirai signed a power-sharing deal", "Mugabe signed the deal with Tsvangirai",
    "the agreement was signed by A and B": two or more named people signing one agreement met to
    sign it (states signing a deal, or one person signing a bill, tell of no meeting)."""
    if verb.lemma_.lower() != "sign" or verb.pos_ != "VERB":
        return False
    signed = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not any(c.lemma_.lower() in SIGNED_NOUNS for c in signed):
        return False

    def people(tok: Token) -> int:
        # a name coordinated with a person's is a person's, whatever the tagger made of it
        return sum(
            t.ent_type_ == "PERSON" or (t is not tok and tok.ent_type_ == "PERSON" and t.pos_ == "PROPN")
            for t in [tok, *tok.conjuncts]
            if t.i >= tok.i and t.ent_type_ not in {"GPE", "NORP"}
        )

    clause = verb
    while clause.dep_ in {"xcomp", "acomp"} and not any(c.dep_ == "nsubj" for c in clause.children):
        clause = clause.head  # "Mugabe and Tsvangirai are due to sign the deal": the subject of "are"
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    lead = sum(people(t) for t in subjects)
    objects = [
        o
        for c in [*verb.children, *(k for d in signed for k in d.children)]
        if c.dep_ in {"prep", "agent"} and c.lower_ in {"with", "by"}
        for o in c.children
        if o.dep_ == "pobj"
    ]
    # "signed the deal with the MDC": a body signing with a named person was at the table too
    met = sum(people(t) or (lead > 0 and t.ent_type_ == "ORG" and t.head.lower_ == "with") for t in objects)
    return lead + met >= 2


def cancels(verb: Token) -> bool:
    """ "cancelled", "scrapped", "called off", "broke off": a verb that calls a meeting off."""
    return verb.lemma_.lower() in CANCEL_VERBS or phrasal(verb, PHRASAL_CANCEL)


def calls_off(verb: Token) -> bool:
    """ "cancelled", "postponed", "called off", "put off": a verb that says a meeting will not be
    held, or not when it was to be."""
    return cancels(verb) or phrasal(verb, PHRASAL_POSTPONE)


def joins_people(verb: Token) -> bool:
    """ "joined the other heads of government", "joined Ruiz at the table": joining people is meeting them."""
    return (
        verb.lemma_.lower() == "join"
        and any(
            c.dep_ == "dobj"
            # "to join 27 other Ministers responsible for trade": a capitalised plural too
            and (c.ent_type_ == "PERSON" or (c.tag_ in {"NNS", "NNPS"} and c.lower_ not in MEETING_NOUNS))
            and c.ent_type_ not in {"ORG", "GPE", "NORP"}
            and c.lemma_.lower()
            not in MEMBERSHIP_NOUNS  # "had not joined any radical organisations": a member
            for c in verb.children
        )
        and not _joined_in_an_act(verb)
    )


def on_a_regular_basis(verb: Token) -> bool:
    """ "speaks with Speaker Pelosi on a regular basis": a habit, told in the prepositional phrase."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "on"
        and any(
            o.lower_ == "basis" and any(a.lower_ in HABIT_BASIS_WORDS for a in o.children) for o in p.children
        )
        for p in verb.children
    )


def _joined_in_an_act(verb: Token) -> bool:
    """ "joined Ambassador Greenfield in describing Putin's actions as war crimes", "joined Hahn in
    condemning the attack": joining someone in doing something is saying or doing it too, no meeting."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(
        p.dep_ == "prep"
        and p.lower_ == "in"
        and any(o.dep_ in {"pcomp", "pobj"} and o.tag_ == "VBG" for o in p.children)
        for h in holders
        for p in h.children
    )


def journey_visits(verb: Token) -> bool:
    """ "flew to Tanzania", "plans to travel to Japan": a journey told as made or planned visits the
    country. One denied or only weighed ("didn't go to Kenya", "does not need to go to Kenya", "asked
    why he didn't go") is no visit, nor a cancelled one: none was set."""
    if verb.lemma_.lower() not in TRIP_FOR_VERBS or not arrived_in(verb):
        return False
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in {"was", "were"} for c in verb.children):
        return False  # "and then we were going to China": an intention once held, no visit made or set
    chain = [verb]
    while chain[-1].dep_ in {"xcomp", "ccomp", "conj"} and chain[-1].head.i != chain[-1].i and len(chain) < 4:
        link, head = chain[-1], chain[-1].head
        if link.dep_ == "xcomp" and head.lemma_.lower() not in PLAN_VERBS:
            return False  # "needs to go to Kenya", "was asked to travel to Chad"
        if link.dep_ == "ccomp":
            return False  # "asked why he didn't go to Kenya": a clause reported or asked about
        chain.append(head)
    return not any(c.dep_ == "neg" for t in chain for c in t.children)


def put_through_to(verb: Token) -> Token | None:
    """ "was put through to a Scientology attorney": a caller connected to someone speaks with him on
    the phone; the "to" phrase is the other end of the call ("put the plan through to a vote" has no
    one at that end, and the parties read from it decide)."""
    if not phrasal(verb, PUT_THROUGH):
        return None
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)


def meets_the_press(verb: Token) -> bool:
    """ "when meeting the press with ten Senators", "met reporters at the airport": the press is an
    audience; a press appearance meets no one, and who stands beside the speaker at it appears with
    him, meets him no more than the reporters do."""
    return any(c.dep_ == "dobj" and c.lower_ in PRESS_AUDIENCE_NOUNS for c in verb.children)


def sees_someone(verb: Token) -> bool:
    """ "is due to see envoys", "will see the President": seeing people, ahead, is meeting them."""
    if verb.tag_ != "VB":
        return False  # "saw him on television" reports no meeting
    return any(
        c.dep_ == "dobj"
        and (
            c.ent_type_ == "PERSON"
            or (c.tag_ == "NNS" and c.lower_ not in MEETING_NOUNS)
            or c.text[:1].isupper()
        )
        and c.ent_type_ not in {"DATE", "TIME", "CARDINAL", "WORK_OF_ART", "EVENT"}
        for c in verb.children
    )


def calls_in_someone(verb: Token) -> bool:
    """ "Netanyahu consulted cabinet ministers about a response", "consulted with Chancellor Hahn":
    consulting a named person or an office-holder is a meeting with them; "consulted the records" is
    not, nor a passive."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return all(o.ent_type_ == "PERSON" or o.lower_ in TITLE_WORDS for o in objects)
    # "consulted with Chancellor Hahn": one occasion told in the past, with a person named; "intends to
    # consult with her", "looks forward to consulting with", "have people consult with their doctors"
    # are a press room's ongoing business
    with_objects = [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return verb.tag_ == "VBD" and bool(with_objects) and all(o.ent_type_ == "PERSON" for o in with_objects)


def briefs_someone(verb: Token) -> bool:
    """ "CIA Director Hayden briefed President Bush", "he was briefed by CIA Director Hayden": a
    briefing between a named person or office-holder and another is a meeting with them;
    "briefed reporters" is a press briefing and "was briefed on the storm" names no one who briefed."""
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive:
        agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        return bool(agents) and all(_someone_named(o) for o in agents)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    named = all(_someone_named(s) or s.pos_ == "PRON" for s in subjects)  # "Officials briefed X": no one
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "briefed leaders on his call with Putin": whom a briefing reaches must be named
    return bool(subjects) and named and bool(objects) and all(o.ent_type_ == "PERSON" for o in objects)


def _someone_named(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.lower_ in TITLE_WORDS


def contacts_someone(verb: Token) -> bool:
    """ "Bush contacted the leaders of Russia, China and Japan": contacting a named person or an
    office-holder is a call. "Wikinews has contacted the WBC for a statement" asks a body for comment,
    "Black Lotus contacted Anonymous" reaches a group, and "contact us" is an address."""
    if any(c.dep_ == "prep" and c.lower_ in {"for", "about", "at", "via", "through"} for c in verb.children):
        return False
    return calls_in_someone(verb)  # the same object test: a named person or an office-holder


def calls_on_someone(verb: Token) -> bool:
    """ "called on Prime Minister Hun Sen at his residence": "call on" a named person, with no
    infinitive of what they are asked to do, is the diplomat's visit ("called on the government to
    resign", "called on Vega to step down" urge; "called on Monday" is a date)."""
    if verb.lemma_.lower() != "call" or any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        return False
    preps = [
        c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"} and c.i == verb.i + 1
    ]
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "PERSON"]
    objects = objects or called_on_object(verb)
    if any(c.dep_ == "dobj" and c not in objects for c in verb.children):
        return False
    if not objects:
        return False
    # "called on Vega yesterday to free the activists": an infinitive anywhere after the person
    return not any(t.dep_ == "aux" and t.lower_ == "to" for t in verb.subtree if t.i > objects[0].i)


def called_on_object(verb: Token) -> list[Token]:
    """ "will call on Prime Minister Narendra Modi", the parser leaving "on" bare and taking the person
    for the verb's direct object: the person called on."""
    bare_on = any(
        c.dep_ == "prep" and c.lower_ in {"on", "upon"} and c.i == verb.i + 1 and not list(c.children)
        for c in verb.children
    )
    if not bare_on:
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON" and c.i > verb.i + 1]


def paid_call_on(noun: Token) -> bool:
    """ "paid a courtesy call on the Prime Minister", "a courtesy call on Hun Sen": a call one pays or
    a courtesy call is a visit, its "on" party the one visited."""
    return noun.lower_ in CALL_NOUNS and (
        noun.head.lemma_.lower() == "pay" or any(c.lower_ == "courtesy" for c in noun.lefts)
    )


def is_phone_call(verb: Token) -> bool:
    """ "Biden called Netanyahu" is a call, and so is "called Netanyahu to congratulate him" (a call's
    purpose); "called the mission a failure", "called for/on", "called him to testify" and "called
    Eluana “Italy's Terri Schiavo”" are not."""
    # "called President Vega to congratulate him": a purpose a call serves is no complement
    deps = {
        c.dep_
        for c in verb.children
        if not (c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in CALL_PURPOSE_VERBS)
    }
    if deps & {"oprd", "xcomp", "ccomp", "attr", "prt", "acomp"}:
        return False
    # "called for talks", "called on leaders", "called off": a preposition right after the verb; "called
    # Prime Minister Johnson on Monday" has its object between them
    if any(
        c.dep_ == "prep" and (c.lower_ == "off" or (c.lower_ in {"for", "on", "upon"} and c.i == verb.i + 1))
        for c in verb.children
    ):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if (
        objects
        and all(o.ent_type_ == "GPE" for o in objects)
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    ):
        return False  # "the AP called Nevada for Biden": a race called for a candidate, no phone call
    after = max((o.right_edge.i for o in objects), default=verb.i) + 1
    if after < len(verb.doc) and verb.doc[after].text in {'"', "“", "‘", "'"}:
        return False  # "have called Eluana “Italy's Terri Schiavo”": a name given, no call
    return bool(objects) and all(
        o.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or o.pos_ == "PRON" for o in objects
    )
