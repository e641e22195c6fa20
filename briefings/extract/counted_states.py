"""Counted states and people: "the two countries", "both nations" as the countries the text has
just named; "the two leaders", "both presidents" as the people it has just named.

"Turkey and Greece had earlier had poor relations …, but the leaders of the two
countries spoke by telephone": a plural noun for states under a count ("the two
nations", "both countries", "the three states"), where a meeting's sides stand (after
"of", "between", "among", or the subject of a meeting verb), is a reference back to
that many countries named together before it: the nearest sentence (its own, or one
of the two before it; quoted sentences that name no country in between do not count)
that names exactly that many countries. One that names more is
ambiguous, and the phrase names no one.

>>> counted_states(token)  # doctest: +SKIP
[PersonRef('Turkey', None, 'place'), PersonRef('Greece', None, 'place')]
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from briefings.extract.lexicon import (
    COUNTED_PARTY_PREPS,
    COUNTED_PERSON_NOUNS,
    COUNTING_WORDS,
    HOLDING_VERBS,
    MEETING_VERBS,
    STATE_NOUNS,
)
from briefings.extract.parties import clean_name
from briefings.extract.places import is_country
from briefings.model.facts import PersonRef

if TYPE_CHECKING:
    from briefings.extract.people import PeopleIndex

_SENTENCES_BACK = 2  # the reference's own sentence and the two before it
# A quoted sentence that names none ("“His visit is an opportunity …”") uses up none of the reach
# (any other sentence does), but the look back stops this many sentences before the reference.
_SENTENCES_MAX = 8
_OPENING_MARKS = "“\"‘'"


def _a_party_slot(token: Token) -> bool:
    """Where a counted reference names a meeting's sides: "the leaders of the two countries", "a
    summit between the two nations", "the two nations met"; as the subject of any other verb ("In
    my meetings with the presidents of France and Mexico, both nations have indicated …") it is what
    the clause tells of, not who met."""
    if token.dep_ == "pobj":
        return token.head.lower_ in COUNTED_PARTY_PREPS
    head = token.head.lemma_.lower()
    return token.dep_ in {"nsubj", "nsubjpass"} and (head in MEETING_VERBS or head in HOLDING_VERBS)


def _count(token: Token) -> int | None:
    """How many the noun's one counting word says ("the two", "both", "the three"), else None."""
    counts = [
        COUNTING_WORDS[c.lower_]
        for c in token.children
        if c.dep_ in {"nummod", "det", "predet"} and c.lower_ in COUNTING_WORDS
    ]
    return counts[0] if len(counts) == 1 else None


def counted_states(token: Token) -> list[PersonRef]:
    """The countries a counted plural state noun refers back to, in the order named; [] when it is no such
    noun or the text before does not name exactly that many countries most recently."""
    if token.lower_ not in STATE_NOUNS or not _a_party_slot(token):
        return []
    wanted = _count(token)
    if wanted is None:
        return []
    for sentence in _sentences_back(token, "GPE"):
        names: list[str] = []
        for ent in sentence.ents:
            name = clean_name(ent.text).removeprefix("the ").removeprefix("The ")
            if ent.end <= token.i and ent.label_ == "GPE" and is_country(name) and name not in names:
                names.append(name)
        if len(names) > wanted:
            return []  # "France, Germany and Spain … the two countries": which two, the text does not say
        if len(names) == wanted:
            return [PersonRef(name, None, "place") for name in names]
    return []


def _sentences_back(token: Token, label: str) -> Iterator[Span]:
    """The reference's sentence, then the ones before it, until ``_SENTENCES_BACK`` earlier
    sentences have passed that are not quotations naming no entity of ``label`` (or
    ``_SENTENCES_MAX`` in all)."""
    doc = token.doc
    sentence = token.sent
    naming = 0
    for _ in range(_SENTENCES_MAX):
        yield sentence
        quoted = sentence.text.lstrip()[:1] in _OPENING_MARKS
        if sentence.start != token.sent.start and (
            not quoted or any(e.label_ == label for e in sentence.ents)
        ):
            naming += 1
        if naming >= _SENTENCES_BACK or sentence.start == 0:
            return
        sentence = doc[sentence.start - 1].sent


def counted_people(token: Token, people: PeopleIndex) -> list[PersonRef]:
    """ "Vega arrived in Berlin on Monday. Hahn greeted him at the airport. The two leaders met for
    two hours": a counted plural noun for people, where a meeting's sides stand, refers back to that
    many people named most recently: the distinct people of its own sentence before it and of the
    sentences before, gathered back until there are that many. More at the sentence that completes
    the count ("… greeted by Hahn and Foreign Minister Silva. The two leaders met") leaves it
    ambiguous, and the phrase names no one."""
    if token.lower_ not in COUNTED_PERSON_NOUNS or not _a_party_slot(token):
        return []
    wanted = _count(token)
    if wanted is None or any(c.dep_ == "prep" for c in token.children):
        return []  # "the two leaders of the opposition": a description, not a reference back
    found: list[PersonRef] = []
    for sentence in _sentences_back(token, "PERSON"):
        here: list[PersonRef] = []
        for ent in sentence.ents:
            if ent.end > token.i or ent.label_ != "PERSON":
                continue
            ref = people.resolve(ent)
            if ref is not None and ref.kind == "person" and all(r.name != ref.name for r in found + here):
                here.append(ref)
        found = here + found
        if len(found) > wanted:
            return []
        if len(found) == wanted:
            return found
    return []
