"""Where a meeting was: a visit's destination, the place of a "where" clause, a journey's end.

A visit names the place in its object ("visited Moscow"), in a "to" after a
trip noun, or loosely after the verb; a meeting in a "where" clause or at the
end of a journey takes its place from the clause it hangs on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from briefings.extract.gatherings import governing_verb
from briefings.extract.groups import modifies_a_noun
from briefings.extract.lexicon import WORLD_REGIONS
from briefings.extract.places import (
    COUNTRIES,
    attached_place,
    host_country,
    visited_place,
)
from briefings.model.facts import PersonRef


@dataclass
class Visit:
    """A visit's destination: the place, and its country as the host when the document tells."""

    place: str | None = None
    hosts: list[PersonRef] = field(default_factory=list)

    def read(self, obj: Token) -> bool:
        where, ent = visited_place(obj)
        if where is None:
            return False
        if where.lower().removeprefix("the ") in WORLD_REGIONS:
            return False  # "a five-nation trip to Africa": a continent hosts nobody; its countries do
        self.place = where
        host = host_country(ent) if ent is not None else None
        self.hosts.append(PersonRef(host or where, None, "place"))
        return True

    def read_list(self, obj: Token) -> bool:
        """ "visit Rwanda, Ghana, and Liberia": every country of a list is a host; the place stays
        the first (:func:`meetings.one_visit_each` makes one visit of each)."""
        if not self.read(obj):
            return False
        first = self.place
        for other in obj.conjuncts:
            if other.i > obj.i and other.text in COUNTRIES:
                self.read(other)
        self.place = first
        return True


def where_antecedent(verb: Token) -> Token | None:
    """What a "where" clause hangs from: "Nairobi" in "flew to Nairobi, where she met ..."."""
    if verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return verb.head
    return None


def where_place(antecedent: Token) -> str | None:
    """The place a "where" refers to: its antecedent, or, when the parser hung the clause on
    something else ("arrived in Lisbon on Monday, where ..."), the place of the clause before."""
    where, _ = visited_place(antecedent)
    if where is not None:
        return where
    governing = governing_verb(antecedent)
    if governing is None:
        return None
    return attached_place(governing) or journey_place(governing)


def journey_place(head: Token) -> str | None:
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


def loose_destination(verb: Token, sentence_end: int) -> Token | None:
    """A place right after "visited" that the parser hung elsewhere ("visited Moscow making promises")."""
    for tok in verb.doc[verb.i + 1 : min(verb.i + 4, sentence_end)]:
        if tok.ent_type_ in {"GPE", "LOC", "FAC"}:
            return None if modifies_a_noun(tok) else tok  # "visit the U.S. pavilion" visits no country
        if tok.pos_ in {"VERB", "AUX", "ADP"} or tok.is_punct:
            break
    return None
