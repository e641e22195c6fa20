"""A state's or an organisation's own body sitting: the one party of a meeting told by its noun.

"An emergency meeting of Congo's cabinet was held", "A Turkish cabinet meeting is due
today", "a regular conference of European Union foreign ministers in Luxembourg", "It was
agreed at a NATO summit in Warsaw": a gathering noun whose one party is a body the text
names through its owner (a state's cabinet, an organisation's ministers) or an
organisation's summit held in a named place. Such a meeting has no second party; it is the
body's own sitting, as "The Security Council met" is. A gathering with anyone else at it
("a cabinet meeting with the unions"), someone's own ("its weekly meeting"), or one with no
owner named ("a cabinet meeting") is not read here.
"""

from __future__ import annotations

from spacy.tokens import Token

from briefings.extract.lexicon import (
    BODY_SITTING_NOUNS,
    MEETING_BODY_NOUNS,
    PARTY_PREPS,
    SITTING_MEMBER_NOUNS,
    SITTING_VERBS,
    STATE_BODY_NOUNS,
    SUMMIT_NOUNS,
)
from briefings.model.facts import PersonRef

_OWNER_LABELS = frozenset({"GPE", "NORP", "ORG"})
_PLACE_PREPS = frozenset({"in", "at"})


def body_sitting(noun: Token) -> PersonRef | None:
    """The body a gathering noun is the sitting of, or None (see the module's docstring)."""
    if noun.lower_ not in BODY_SITTING_NOUNS or any(c.dep_ == "poss" for c in noun.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between", "among", "by"} for c in noun.children):
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            owned = owned_body(obj)
            if owned is not None:
                return owned
    for part in (c for c in noun.children if c.dep_ == "compound" and c.i < noun.i):
        # "a Turkish cabinet meeting"; "the Earth Day Leaders Summit" is an event's name, no members
        owned = owned_body(part, [c for c in noun.children if c.i < part.i], members_too=False)
        if owned is not None:
            return owned
        if noun.lower_ in SUMMIT_NOUNS and part.ent_type_ == "ORG" and _held_in_a_place(noun):
            return PersonRef(_phrase(part, part), None, "org")
    return None


def body_met(verb: Token) -> PersonRef | None:
    """ "When the royal council met, they chose …", "The cabinet met on Sunday": a body named by its
    common noun, told as one ("the", someone's, or an adjective of its kind), the lone subject of a
    sitting verb with no one and nothing met, sat on its own. "The council met with the unions" has its
    other side (read elsewhere); "councils meet monthly" are any; "a committee met" is some committee."""
    if verb.lemma_.lower() not in SITTING_VERBS or verb.tag_ in {"VBP", "VBZ"}:
        return None  # "the council meets every month": a habit
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or any(
        c.dep_ in {"dobj", "dative", "attr", "agent"} or (c.dep_ == "prep" and c.lower_ in PARTY_PREPS)
        for c in verb.children
    ):
        return None
    body = subjects[0]
    if body.pos_ != "NOUN" or body.tag_ != "NN" or body.lower_ not in MEETING_BODY_NOUNS:
        return None
    if any(c.dep_ == "conj" for c in body.children):
        return None
    told = [c for c in body.lefts if c.dep_ in {"det", "poss"}]
    if not any(c.dep_ == "poss" or c.lower_ in {"the", "its", "their"} for c in told):
        return None
    words = [t for t in body.doc[body.left_edge.i : body.i + 1] if t.dep_ not in {"det", "poss", "case"}]
    return PersonRef(" ".join(t.text for t in words), None, "group")


def owned_body(
    body: Token, before: list[Token] | None = None, *, members_too: bool = True
) -> PersonRef | None:
    """ "Congo's cabinet", "the Turkish cabinet", "European Union foreign ministers": a body or its
    members, named by the state or organisation they belong to (``before``: the words before a
    body noun that modifies the gathering, "a Turkish cabinet meeting", which may name the owner)."""
    members = members_too and body.tag_ == "NNS" and body.lower_ in SITTING_MEMBER_NOUNS
    if body.lower_ not in STATE_BODY_NOUNS and not members:
        return None
    owners = [
        c
        for c in [*body.children, *(before or [])]
        if c.ent_type_ in _OWNER_LABELS
        and (c.dep_ == "poss" or (c.dep_ in {"amod", "compound", "nmod"} and c.i < body.i))
    ]
    if not owners:
        return None
    first = min(owners, key=lambda t: t.left_edge.i)
    return PersonRef(_phrase(first, body), None, "group")


def _phrase(first: Token, last: Token) -> str:
    words = [t for t in first.doc[first.left_edge.i : last.i + 1] if t.dep_ != "det"]
    return "".join(t.text_with_ws for t in words).strip()


def _held_in_a_place(noun: Token) -> bool:
    """ "a NATO summit in Warsaw": an organisation's summit told with where it met."""
    return any(
        o.ent_type_ in {"GPE", "LOC", "FAC"}
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS
        for o in c.children
        if o.dep_ == "pobj"
    )
