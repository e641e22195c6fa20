"""Who acts in a meeting clause: the subjects of a trigger verb or of the clause around a meeting noun.

The parser gives the subject to one verb of a chain ("agreed to meet"), to the
antecedent of a relative clause ("Rice, who met Abbas"), or to the clause a
meeting noun is the purpose of ("arrived in Cairo for talks with Mubarak");
these rules follow the chain back to it, and through the coordinations and
appositions a long list of titled names is parsed into.
"""

from __future__ import annotations

from spacy.tokens import Token

from briefings.extract.entity_spans import name_in_a_fronted_place, stranded_name
from briefings.extract.gatherings import governing_verb
from briefings.extract.lexicon import (
    ACCEPTING_VERBS,
    CALL_NOUNS,
    CALL_TAKING_VERBS,
    CARRIER_NOUNS,
    DECLINING_VERBS,
    FUTURE_AUX,
    INVITATION_NOUNS,
    ITINERARY_NOUNS,
    ITINERARY_VERBS,
    JOURNEY_VERBS,
    LISTING_PREPS,
    MEAL_NOUNS,
    MEAL_PREPS,
    MEDIATING_VERBS,
    MEETING_FRAME_NOUNS,
    MEETING_SPAN_NOUNS,
    MEETING_TIME_PREPS,
    OPENING_VERBS,
    OPPORTUNITY_NOUNS,
    ORDERING_VERBS,
    PLACING_VERBS,
    PROPOSING_VERBS,
    SENDING_VERBS,
    TITLE_WORDS,
    TRIP_NOUNS,
)
from briefings.extract.titled_names import listed_office, listed_past_title
from briefings.extract.trigger_cues import calls_off

_SUBJECT_CHAIN = frozenset({"xcomp", "conj", "advcl", "acomp", "pcomp", "ccomp"})
RELATIVES = frozenset({"who", "that", "which", "whom"})


def subjects_of(verb: Token) -> list[Token]:
    """The verb's subjects, inherited from the governing verb when it has none ("agreed to meet")."""
    tok = verb
    for _ in range(6):
        subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if _first_to(tok) and not subjects:
            # "Hahn became the first German chancellor to visit Peru": the one the copula describes
            tok = tok.head.head
            continue
        if (
            subjects
            and all(s.ent_type_ in {"GPE", "LOC"} for s in subjects)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            and tok.head.i != tok.i
            and tok.head.lemma_.lower() in JOURNEY_VERBS
        ):
            # "is visiting Japan to take part in the conference": the place the parser made the
            # purpose clause's subject is where the visitor goes; the visitor takes part
            tok = tok.head
            continue
        if (
            not subjects
            and tok.dep_ in {"acl", "relcl"}
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            and tok.head.lower_ in TRIP_NOUNS
            and tok.head.dep_ == "pobj"
            and tok.head.head.head.pos_ in {"VERB", "AUX"}
        ):
            # "arrived in Singapore on a three-day state visit to attend the summit": the one on the
            # visit attends
            tok = tok.head.head.head
            continue
        if subjects and tok.dep_ == "relcl" and all(s.lower_ in RELATIVES for s in subjects):
            described = tok.head
            if (
                tok is verb
                and described.dep_ == "appos"
                and described.head.ent_type_ == "PERSON"
                and described.ent_type_ != "PERSON"
            ):
                # "U Lwin, a senior party member who also met with Gambari": the member is U Lwin (the
                # meeting's own clause only: "a popstar who abandoned music after joining a movement"
                # tells no meeting of his)
                return [described.head]
            return [described]  # "Rice, who met Abbas": the relative pronoun stands for Rice
        if subjects:
            return subjects
        if tok.dep_ == "relcl":
            return [tok.head]
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in {"NOUN", "PROPN"}:
            return [tok.head]  # "the President speaking with Prime Minister Trudeau": the noun acts
        if tok.dep_ == "acl" and (
            carrier := [
                o for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children
            ]
        ):
            return carrier  # "an invitation for Prime Minister Vega to meet with him": Vega meets
        if tok.dep_ == "acl" and tok.head.lower_ in OPPORTUNITY_NOUNS and tok.head.dep_ == "dobj":
            # "he had the opportunity to meet with ...": the one who had it met ("did not have the
            # chance to meet" names no one who met)
            tok = tok.head.head
            if any(c.dep_ == "neg" for c in tok.children):
                return []
            if tok.tag_ == "VB" and not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children):
                return []  # "I hope you come out and have a chance to meet the team": wished, not had
            continue
        if (
            tok.dep_ == "acl"
            and tok.head.lower_ in INVITATION_NOUNS
            and tok.head.dep_ == "dobj"
            and tok.head.head.lemma_.lower() in ACCEPTING_VERBS | DECLINING_VERBS
        ):
            # "accepted an invitation to visit Lima", "declined an invitation to meet Kerr": the one
            # invited, who took it up or turned it down
            tok = tok.head.head
            continue
        travellers = [
            p
            for c in tok.head.children
            if c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in TRIP_NOUNS and c.i < tok.i
            for p in c.children
            if p.dep_ == "poss" and p.lower_ != "whose"
        ]
        if tok.dep_ == "advcl" and tok.tag_ == "VB" and travellers:
            # "discussed President Biden's June trip to the United Kingdom to attend the G7 Summit and
            # meet with Prime Minister Johnson": the purpose of a trip is its traveller's
            return travellers
        sent_ones = [c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i]
        sending = tok.head.lemma_.lower() in SENDING_VERBS | ORDERING_VERBS
        if tok.dep_ in {"xcomp", "advcl"} and sending and sent_ones:
            # "he has sent Secretary Rice to visit Kenya": the one sent visits; "ordered Amr to summon
            # the ambassador": the one ordered summons
            return sent_ones
        if (
            tok.dep_ == "pcomp"
            and tok.head.dep_ == "prep"
            and tok.head.lower_ in MEETING_TIME_PREPS
            and tok.head.head.pos_ in {"VERB", "AUX", "NOUN"}
        ):
            # "He did so hours after speaking with X": a gerund under a preposition of time has the
            # subject of the clause the phrase modifies (through "hours", a measure the parser made a
            # noun); "looked forward to meeting" is left to the clause chain
            tok = tok.head.head
            if tok.dep_ == "npadvmod" and tok.pos_ == "NOUN":
                tok = tok.head
            if tok.dep_ == "acl" and tok.head.dep_ in {"dobj", "pobj"} and _a_thing_said(tok.head):
                # "She issued a statement containing instructions after meeting with X": the parser
                # hung the time phrase on the text's participle; the one who issued it met X
                tok = tok.head.head
            continue
        if _looked_forward_to(tok):
            # "I look forward to meeting with President Ruto": the one looking forward meets
            tok = tok.head.head if tok.head.head.lower_ != "forward" else tok.head.head.head
            continue
        if _listed_doing(tok):
            # "Thunberg has met world leaders, including meeting with Pope Francis": a listed doing
            # is the subject's, whether the list hangs on the verb or on its object
            tok = tok.head.head
            if tok.dep_ in {"dobj", "attr"} and tok.pos_ in {"NOUN", "PROPN"}:
                tok = tok.head
            continue
        if tok.dep_ not in _SUBJECT_CHAIN or tok.head.i == tok.i:
            break
        tok = tok.head
    stranded = (stranded_name(tok) or name_in_a_fronted_place(tok)) if tok.dep_ == "ROOT" else None
    return [stranded.root] if stranded is not None else []


def _looked_forward_to(tok: Token) -> bool:
    """A gerund after "look(ing) forward to", hung on the verb or on its "forward"."""
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or tok.head.lower_ != "to" or tok.head.dep_ != "prep":
        return False
    looked = tok.head.head
    if looked.lower_ == "forward":
        looked = looked.head
    return looked.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in looked.children)


def _listed_doing(tok: Token) -> bool:
    """A gerund an "including" lists: "…, including meeting with Pope Francis"."""
    return (
        tok.dep_ == "pcomp"
        and tok.tag_ == "VBG"
        and tok.head.dep_ == "prep"
        and tok.head.lower_ in LISTING_PREPS
        and tok.head.head.pos_ in {"VERB", "AUX", "NOUN", "PROPN"}
    )


def _a_thing_said(noun: Token) -> bool:
    """A text put out ("a statement", "a letter"), which acts for no one in a clause of its own."""
    return noun.pos_ == "NOUN" and noun.lower_ in CARRIER_NOUNS


def coordinated(subject: Token) -> list[Token]:
    """A subject and every head coordinated after it, through the appositions the parser makes of
    a long list of titled names ("Macron of France, Merkel of Germany, ..., and Biden")."""
    out, stack = [], [subject]
    while stack:
        tok = stack.pop(0)
        if not _title_before_its_holder(tok):
            out.append(tok)
        stack += [
            c
            for c in tok.children
            if c.i > tok.i
            and (
                c.dep_ == "conj"
                or (c.dep_ == "appos" and c.ent_type_ == tok.ent_type_ == "PERSON")
                or (c.dep_ == "appos" and listed_office(tok, c))  # "the President, Speaker Pelosi, and ..."
            )
        ]
        stack += listed_past_title(tok)  # "A, Policy Director, B, Counsel, and C, Deputy Counsel, met ..."
    return out


def _title_before_its_holder(title: Token) -> bool:
    """ "the Prime Minister of Turkey, Recep Tayyip Erdoğan paid a visit": a title whose holder's name
    follows after a comma, with no "and" anywhere in the chain, is parsed as a coordination; the name
    is the title's holder, not a second party."""
    if title.lower_ not in TITLE_WORDS or title.ent_type_ == "PERSON":
        return False
    names = [c for c in title.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
    if len(names) != 1 or title.doc[names[0].left_edge.i - 1].text != ",":
        return False
    chain = [title, names[0]]
    return not any(c.dep_ in {"cc", "preconj"} for t in chain for c in t.children) and not any(
        c.dep_ == "conj" for c in names[0].children
    )


def _first_to(verb: Token) -> bool:
    """ "became the first German chancellor to visit Peru", "will be the first leader to meet him": an
    infinitive on the complement of "be" or "become", which describes the copula's subject."""
    return (
        verb.dep_ in {"acl", "relcl"}
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.dep_ == "attr"
        and verb.head.head.lemma_.lower() in {"be", "become"}
    )


def governing_subject(noun: Token) -> list[Token]:
    """For a meeting noun in a phrase, the subject of the clause holding it.

    "We've come from several days of meetings with NATO" (a speaker's "we"), and
    "Rice arrived in Cairo for talks with Mubarak" (talks are what she came for).
    """
    if noun.text.endswith("ing") and noun.is_lower and not any(c.dep_ == "det" for c in noun.children):
        # "Ban Ki-moon, who is in Doha, Qatar meeting with ...": a participle the parser read as a noun,
        # in apposition to the person or with the person as its subject
        doers = [c for c in noun.children if c.dep_ == "nsubj" and c.ent_type_ == "PERSON"]
        doers += [noun.head] if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON" else []
        if doers:
            return doers
    prep = noun.head
    if (
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and prep.head.ent_type_ == "PERSON"
        and prep.head.pos_ == "PROPN"
    ):
        # "Chancellor Hahn, in Washington for talks with President Vega, said …": an aside on the person
        # says what they came for
        return [prep.head]
    verb = governing_verb(noun)
    if verb is None:
        return []
    purpose = noun.head.dep_ == "prep" and noun.head.lower_ == "for" and noun.head.head.i == verb.i
    # "wasted no time ... launching talks", the parser reading "launching" as the noun's adjective
    held = any(
        c.dep_ == "amod" and c.tag_ == "VBG" and c.lemma_.lower() in OPENING_VERBS for c in noun.children
    )
    # "Ban Ki-moon, who is in Doha meeting with the Emir": a person in a meeting with someone has it
    # ("the Secretaries were in South Korea meeting with officials" leaves offices unnamed)
    being_in = (
        noun.head.lower_ == "in" and noun.head.head.i == verb.i and verb.lemma_ == "be" and with_someone(noun)
    )
    # "Tsvangirai is on a ten-day tour of the region", "left on a visit to Ghana": the traveller's trip
    on_trip = noun.lower_ in TRIP_NOUNS and noun.head.lower_ == "on" and noun.head.head.i == verb.i
    # "Trump made a phone call to Zelensky": who places a call is on it
    placed = noun.lower_ in CALL_NOUNS and noun.dep_ == "dobj" and noun.head.i == verb.i
    placed = placed and verb.lemma_.lower() in PLACING_VERBS
    # "Vega received a phone call from Chancellor Hahn": who takes a call from someone is on it
    taken = noun.lower_ in CALL_NOUNS and noun.dep_ == "dobj" and noun.head.i == verb.i
    taken = (
        taken and verb.lemma_.lower() in CALL_TAKING_VERBS and any(c.lower_ == "from" for c in noun.children)
    )
    # "Transport for London announced a meeting with the RMT", "requested talks with the union": who
    # puts forward a meeting with someone is its other side ("proposed talks between A and B" names both)
    put_forward = noun.dep_ == "dobj" and noun.head.i == verb.i and verb.lemma_.lower() in PROPOSING_VERBS
    put_forward = put_forward and with_someone(noun)
    # "Vega cancelled a meeting with Hahn", "called off talks with the union": who calls off a meeting
    # with someone was its other side ("cancelled the talks between A and B" names both)
    called_off = noun.dep_ == "dobj" and noun.head.i == verb.i and calls_off(verb) and with_someone(noun)
    # "Mbeki mediated talks between Mugabe and Tsvangirai": the mediator sat in the talks
    mediated = noun.dep_ == "dobj" and noun.head.i == verb.i and verb.lemma_.lower() in MEDIATING_VERBS
    # "discussed trade over dinner with Chancellor Hahn": who does something at a meal shares it
    at_meal = noun.lower_ in MEAL_NOUNS and noun.head.lower_ in MEAL_PREPS and noun.head.head.i == verb.i
    return [
        s
        for s in subjects_of(verb)
        if not _inside_a_list(noun, s)
        and (
            s.pos_ == "PRON"
            or purpose
            or (on_trip and (verb.lemma_ == "be" or s.ent_type_ == "PERSON"))
            or held
            or placed
            or taken
            or put_forward
            or called_off
            or mediated
            or at_meal
            or (_timed_by(noun, verb) and (with_someone(noun) or s.ent_type_ == "PERSON"))
            or (being_in and s.ent_type_ == "PERSON")
        )
    ]


def _inside_a_list(noun: Token, subject: Token) -> bool:
    """ "In separate calls with A of X; Governor B of Y; …, Julie had …": a subject the parser took
    from inside the noun's own list, which runs on past semicolons, is one of the parties listed."""
    start, end = sorted((noun.i, subject.i))
    return any(t.text == ";" for t in noun.doc[start:end])


def with_someone(noun: Token) -> bool:
    """A meeting noun with a "with" phrase: "a meeting with the Emir"."""
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)


def _timed_by(noun: Token, verb: Token) -> bool:
    """ "met the premier after a six-hour meeting with the commanders", "arrived ahead of talks with
    X": a clause set in time against a meeting with someone names who had it, its subject."""
    prep = noun.head
    if prep.dep_ != "prep":
        return False
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":  # "ahead of talks"
        prep = prep.head
    framed = False
    while prep.lower_ == "of" and prep.head.lower_ in MEETING_FRAME_NOUNS and prep.head.head.dep_ == "prep":
        # "told reporters at the end of two days of discussions with Saran", "after hours of talks
        # with X": the phrase's time is the meeting's end, its length or its margins
        framed = framed or prep.head.lower_ not in MEETING_SPAN_NOUNS
        prep = prep.head.head
    return (
        # "In a meeting with Lula, Rumsfeld discussed ...", "reiterated in the meeting with the Prime
        # Minister", "In talks with X, Y said", "In separate calls with A and B, Y said" (one call
        # with each, :func:`meetings._separately`): a clause set in or at a meeting with someone is
        # its subject's; "on" only for a frame ("on the sidelines")
        (
            prep.lower_ in MEETING_TIME_PREPS
            or (
                prep.lower_ in {"in", "at"}
                # "In talks with X", not "were in South Korea meeting with officials" (a participle)
                and (any(c.dep_ in {"det", "poss"} for c in noun.children) or noun.tag_ == "NNS")
            )
            or (framed and prep.lower_ in {"at", "on", "in"})
        )
        # "reiterated that commitment in the meeting with X": the parser may hang it on the object
        and (prep.head.i == verb.i or (prep.head.dep_ == "dobj" and prep.head.head.i == verb.i))
        # "hours before a state visit to Queen Elizabeth II": a visit to someone is with them
        and (with_someone(noun) or _visit_to(noun))
    )


def _visit_to(noun: Token) -> bool:
    """ "a state visit to Queen Elizabeth II": a trip noun with its destination."""
    return noun.lower_ in TRIP_NOUNS and any(c.lower_ == "to" for c in noun.children)


def itinerary_owner(noun: Token) -> Token | None:
    """ "Zuma, whose state trip includes meetings with Gordon Brown, …", "Ito's schedule features
    talks with Rao": a meeting noun that a traveller's trip or schedule includes is the traveller's.
    The owner is the trip's possessor; a relative "whose" stands for the noun its clause modifies."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in ITINERARY_VERBS:
        return None
    for trip in (s for s in verb.children if s.dep_ == "nsubj" and s.lower_ in ITINERARY_NOUNS):
        for poss in (c for c in trip.children if c.dep_ == "poss"):
            if poss.lower_ == "whose":
                return verb.head if verb.dep_ == "relcl" else None
            return poss
    return None


def fronted_owner(poss: Token) -> list[Token]:
    """ "In his meeting with Pope Francis, President Ruiz thanked ...": a possessive pronoun in a
    phrase set before its clause's subject is that subject (it is named just after)."""
    noun = poss.head
    if poss.pos_ != "PRON" or noun.head.dep_ != "prep":
        return []
    verb = governing_verb(noun)
    if verb is not None and verb.i == noun.head.i and verb.dep_ == "prep":
        verb = verb.head  # "Following his visit to Chad, Kouchner traveled …": the preposition a participle
    if verb is None or noun.head.head.i != verb.i or verb.pos_ not in {"VERB", "AUX"}:
        return []
    return [s for s in subjects_of(verb) if s.i > noun.i and s.pos_ != "PRON"]
