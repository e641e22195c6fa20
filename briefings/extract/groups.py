"""Groups and bodies as parties: "the Houthi movement", "union leaders", "the delegation".

A meeting's party is often a body rather than a person: a common noun named
by a proper modifier, a plural noun for people met as a body, or a bare "the
delegation" that refers back to the one the text introduced. These rules name
such a body, and tell a noun for people from a noun for things.
"""

from __future__ import annotations

from spacy.tokens import Token

from briefings.extract.lexicon import (
    BARE_BODY_NOUNS,
    BARE_PEOPLE_NOUNS,
    CHARGE_ADJECTIVES,
    COLLECTIVE_LEAD_NOUNS,
    COUNTRY_GROUP_NOUNS,
    FAMILY_NOUNS,
    GROUP_NOUNS,
    MORE_PEOPLE_WORDS,
    NEWS_AGENCY_NOUNS,
    ORG_NOUNS,
    OUTLET_NOUNS,
    PEOPLE_WORDS,
    POSTPOSED_TITLE_WORDS,
    SIDE_NOUNS,
    STAFF_NOUNS,
    TITLE_WORDS,
    VAGUE_MODIFIERS,
)
from briefings.extract.name_phrases import ENTITY_KINDS, entity_span, noun_phrase
from briefings.extract.parties import clean_name
from briefings.model.facts import PersonRef

# How far back (tokens) "the delegation" looks for the delegation the text introduced.
_ANTECEDENT_REACH = 400
_PEOPLE_ENDINGS = ("ists", "ians")


def modifies_a_noun(token: Token) -> bool:
    """Whether a name is only a modifier of a common noun after it: "U.S." in "the U.S. pavilion".

    A country or organisation used that way says whose thing it is; it is no place
    visited and no party met.
    """
    ent = entity_span(token)
    last = token.doc[ent.end - 1] if ent is not None else token
    head = last.head
    inside = ent is not None and ent.start <= head.i < ent.end
    return (
        last.dep_ in {"compound", "amod", "nmod"} and head.i > last.i and not inside and head.pos_ == "NOUN"
    )


def named_body(token: Token) -> list[PersonRef]:
    """A common noun named by a proper modifier: "the Houthi movement", "the Afghan government".

    A plural noun that is no kind of people ("U.S. small businesses", "Kenyan
    cooperatives") is a class of things from somewhere, not a body that meets.
    """
    modifiers = [t for t in token.lefts if t.dep_ in {"compound", "amod", "nmod"}]
    if not any(t.pos_ == "PROPN" or t.ent_type_ in ENTITY_KINDS for t in modifiers):
        return []
    if token.tag_ == "NNS" and not people_noun(token):
        return []
    name = noun_phrase(token)
    return [PersonRef(name, None, "group")] if name else []


def plural_people_noun(token: Token) -> bool:
    """A plural noun for people, though the tagger read a capitalised plural office as a singular name:
    "APEC Ministers", "NATO Defence Ministers" ("Ministers" tagged NNP) are ministers, a group."""
    if token.tag_ in {"NNS", "NNPS"}:
        return True
    low = token.lower_
    return (
        token.tag_ == "NNP"
        and token.text[:1].isupper()
        and low.endswith("s")
        and low.removesuffix("s") in TITLE_WORDS
        and not token.is_sent_start
    )


def people_noun(token: Token) -> bool:
    """ "senators", "officials", "farmers": a noun for people, as opposed to things and firms."""
    low = token.lower_
    return (
        low in GROUP_NOUNS | PEOPLE_WORDS | MORE_PEOPLE_WORDS
        or low.removesuffix("s") in TITLE_WORDS | GROUP_NOUNS
        or low.endswith(_PEOPLE_ENDINGS)
    )


def _unbracketed(token: Token) -> list[str]:
    """The words of a phrase without its bracketed asides: "the Association of Southeast Asian
    Nations (ASEAN) member states" -> "the Association of Southeast Asian Nations member states"."""
    out: list[str] = []
    depth = 0
    for t in token.subtree:
        depth += t.text == "("
        if depth == 0 and (not t.is_punct or (t.text == "," and t.dep_ == "punct" and t.head.conjuncts)):
            out.append(t.text)  # a list keeps its commas: "from New York, Delaware, California and Illinois"
        depth -= t.text == ")" and depth > 0
    return out


def _led_body(token: Token) -> list[Token]:
    """ "the leadership of the Congressional Asian Pacific American Caucus": a singular noun for the
    people at a body's head, with the named body in its "of" phrase (a name, not "of the party")."""
    if token.lower_ not in COLLECTIVE_LEAD_NOUNS or token.tag_ != "NN":
        return []
    return [
        o
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj" and o.pos_ == "PROPN"
    ]


def group_antecedent(token: Token) -> list[PersonRef]:
    """ "The delegation met ...", "they met ..." after "a high-level U.S. delegation visited ...":
    the named body the text introduced before, for a bare definite group noun or an unresolved "they"."""
    bare = (
        token.lower_ in GROUP_NOUNS
        and token.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in token.children)
        and not any(c.dep_ in {"compound", "amod", "nmod", "poss", "prep"} for c in token.children)
    )
    if not bare and token.lower_ != "they":
        return []
    start = max(0, token.i - _ANTECEDENT_REACH)
    for prev in reversed(token.doc[start : token.i]):
        if prev.lower_ not in GROUP_NOUNS or prev.tag_ != "NN" or (bare and prev.lower_ != token.lower_):
            continue
        if any(t.pos_ == "PROPN" or t.ent_type_ in ENTITY_KINDS for t in prev.lefts):
            name = noun_phrase(prev)
            return [PersonRef(name, None, "group")] if name else []
    return []


def an_outlet(token: Token) -> bool:
    """ "magazine Ebony", "the newspaper Le Monde", "news agency Xinhua": a name the common noun of a
    publication or a broadcaster introduces is where words are published; whoever speaks with it gives
    an interview ("the Daily Ledger's editor" is a person, "a network of activists" no outlet)."""
    return token.pos_ == "PROPN" and any(
        c.dep_ in {"compound", "nmod"} and c.pos_ == "NOUN" and c.lower_ in OUTLET_NOUNS | NEWS_AGENCY_NOUNS
        for c in token.lefts
    )


def _staff_of(token: Token) -> list[PersonRef]:
    """ "Qantas senior management", "the airline's management": the people who run a body, one side
    of a meeting when the phrase says whose they are (a name before the noun, or "the airline's"
    taking up the nearest organisation named before that is not the clause's own subject); a bare
    "senior management" keeps its words; a bare "the management" or "their management" names no one
    new."""
    owner = next((c for c in token.lefts if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ == "PRON":
        return []  # "the owners and their management": whose, the sentence has said; no one new
    modifiers = [t for t in token.lefts if t.dep_ in {"amod", "compound", "nmod"}]
    if owner is not None and owner.pos_ == "NOUN" and owner.lower_ in ORG_NOUNS:
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children):
            return []
        subjects = {t.i for v in [token.head, token.head.head] for t in v.children if t.dep_ == "nsubj"}
        bodies = [
            e
            for e in token.doc.ents
            if e.label_ == "ORG"
            and e.end <= owner.i
            and e.root.i not in subjects
            and owner.i - e.end <= _ANTECEDENT_REACH
        ]
        if not bodies:
            return []
        name = " ".join(t.text for t in bodies[-1] if t.dep_ != "det")
        return [PersonRef(clean_name(f"{name} {token.lower_}"), None, "group")]
    if owner is None and not modifiers:
        return []
    start = min(t.left_edge.i for t in [*modifiers, *([owner] if owner is not None else [])])
    words = [
        t.text for t in token.doc[start : token.i + 1] if t.dep_ not in {"det", "case"} and not t.is_punct
    ]
    name = clean_name(" ".join(words))
    return [PersonRef(name, None, "group")] if name else []


def named_countries(token: Token) -> list[PersonRef]:
    """ "a tour of Southern African Development Community countries", "a trip to the Gulf states":
    countries a proper name gathers, visited as one group ("a five-nation trip" names none)."""
    if token.lower_ not in COUNTRY_GROUP_NOUNS:
        return []
    left = [t for t in token.lefts if t.dep_ in {"compound", "amod", "nmod"}]
    if not left or not any(t.pos_ == "PROPN" for t in left):
        return []
    start = min(t.left_edge.i for t in left)
    words = [t.text for t in token.doc[start : token.i + 1] if t.dep_ != "det"]
    return [PersonRef(clean_name(" ".join(words)), None, "group")]


def _a_side(token: Token) -> bool:
    """ "the government and the opposition resumed talks", "talks between the junta and the rebels":
    a side of a dispute, named by a common noun, coordinated with the other side (alone, "the
    government" may be anyone's)."""
    if token.lower_ not in SIDE_NOUNS or token.pos_ != "NOUN":
        return False
    sides = [token, *token.conjuncts]
    if token.dep_ == "nsubj":  # the parser may give a verb two subjects with no conjunction between
        sides += [c for c in token.head.children if c.dep_ == "nsubj" and c.i != token.i]
    return len(sides) >= 2 and all(t.lower_ in SIDE_NOUNS for t in sides)


def _shared_modifiers_start(token: Token) -> int:
    """Where a list of modifiers the parser read as conjuncts of the noun begins: in "with over 70
    veteran, military family, caregiver and survivor organizations" the singular nouns before the
    plural one modify it ("veteran organizations", "caregiver organizations"), so the group is the
    whole phrase; conjuncts with their own determiner or plural ("mayors and governors") are
    groups of their own."""
    start = token.i
    first = token
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.i == token.i:
        return start
    members = [first, *[c for c in first.conjuncts if c.i < token.i]]
    if all(m.tag_ == "NN" and not any(c.dep_ in {"det", "poss"} for c in m.children) for m in members):
        before = [
            t.i for t in first.subtree if t.dep_ not in {"quantmod", "nummod", "prep"} and t.i <= first.i
        ]
        start = min(before)
        while token.doc[start].dep_ in {"quantmod", "nummod"} or token.doc[start].like_num:
            start += 1
    return start


def _charge_after(token: Token) -> list[str]:
    """The words of a charge set right after a plural for people: "Ministers [responsible for trade]",
    "officials [responsible for security]"; none when no such adjective follows."""
    adjective = next(
        (
            c
            for c in token.rights
            if c.i == token.i + 1 and c.dep_ == "amod" and c.lower_ in CHARGE_ADJECTIVES
        ),
        None,
    )
    field = (
        next((c for c in adjective.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        if adjective
        else None
    )
    charge = next((o for o in field.children if o.dep_ == "pobj"), None) if field is not None else None
    if adjective is None or field is None or charge is None or charge.i - field.i > 6:
        return []
    return [adjective.text, *(t.text for t in token.doc[field.i : charge.i + 1])]  # not "… in Oslo"


def people_group(token: Token) -> list[PersonRef]:
    """A plural noun for people met as a body: "union leaders", "mayors", "grassroots worker organizers".

    As the party of a meeting ("hosted a roundtable with union leaders") such a
    noun is the other side even with no name in front of it; the noun phrase,
    modifiers included, names the group. Things ("small businesses") and single
    people ("the official") are no group.
    """
    named_family = token.lower_ in FAMILY_NOUNS and any(
        t.dep_ in {"poss", "compound"} and t.pos_ == "PROPN" for t in token.lefts
    )  # "Reed's family": a household a name owns; "his family", "a family" name no one
    if _led_body(token):
        body = _led_body(token)[0]
        end = body.i  # "the Call to Action", not "the Caucus (CAPAC) in the Oval Office"
        for c in body.rights:
            if c.dep_ == "prep" and c.lower_ in {"of", "for", "to"} and c.i == end + 1:
                end = c.right_edge.i
        words = [t.text for t in token.doc[body.left_edge.i : end + 1] if t.dep_ != "det"]
        return [PersonRef(clean_name(" ".join([token.lower_, "of", *words])), None, "group")]
    if token.lower_ in STAFF_NOUNS and token.tag_ == "NN":
        return _staff_of(token)
    if _a_side(token):
        words = [t.text for t in token.lefts if t.dep_ in {"amod", "compound"} and t.pos_ in {"ADJ", "PROPN"}]
        return [PersonRef(clean_name(" ".join([*words, token.lower_])), None, "group")]
    if not named_family and (not plural_people_noun(token) or not people_noun(token)):
        return []
    left = [
        t
        for t in token.lefts
        if t.dep_ in {"compound", "amod", "nmod", "poss"} and t.lower_ not in VAGUE_MODIFIERS
    ]
    start = min((t.left_edge.i for t in left), default=token.i)
    start = min(start, _shared_modifiers_start(token))
    words = [
        t.text
        for t in token.doc[start : token.i + 1]
        if t.dep_ not in {"det", "case"}
        and (not t.is_punct or (t.text == "," and t.i > start))
        and t.pos_ != "PRON"
        and t.lower_ not in VAGUE_MODIFIERS
    ]
    after = [c for c in token.rights if c.i == token.i + 1 and c.lower_ in POSTPOSED_TITLE_WORDS]
    words += [t.text for t in after]  # "attorneys general", not "attorneys"
    of = [
        o
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in {"of", "from"}
        for o in c.children
        if o.dep_ == "pobj" and len(list(o.subtree)) <= 12
    ]
    charge = _charge_after(token)
    if of:  # "heads of government", "leaders of the ASEAN member states", "delegations from 40 countries"
        words += [of[0].head.lower_, *_unbracketed(of[0])]
    elif charge:  # "Ministers responsible for trade": the charge names the body, not the bare title
        words += charge
    elif words == [token.text] and token.lower_ in BARE_PEOPLE_NOUNS | BARE_BODY_NOUNS:
        return []  # "in talks with people": human beings, no one in particular
    name = clean_name(" ".join(words).replace(" ,", ","))
    return [PersonRef(name, None, "group")] if name else []
