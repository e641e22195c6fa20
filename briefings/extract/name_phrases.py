"""Reading a name or a noun phrase off the parse, as the participant rules need it.

The rules for titles, groups and offices all start from the same few readings
of a head token: the named entity holding it, the run of proper nouns the
tagger may have missed, the modifiers and head of a group noun, and whether a
string looks like a person's written name. They live here so that each of
those rule modules reads them the same way.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefings.extract.lexicon import NAME_PARTICLES, TITLE_WORDS
from briefings.extract.parties import clean_name
from briefings.extract.places import entity_at
from briefings.model.facts import EntityKind

ENTITY_KINDS: dict[str, EntityKind] = {
    "ORG": "org",
    "GPE": "place",
    "NORP": "group",
    "LOC": "place",
    "FAC": "place",
}


def entity_span(token: Token) -> Span | None:
    """The named entity holding ``token``, if any."""
    return entity_at(token)


def noun_phrase(token: Token) -> str:
    """The modifiers and head of a group noun: "Taliban delegation", "Afghan government"."""
    left = [t for t in token.lefts if t.dep_ in {"compound", "amod", "nmod", "poss"}]
    start = min((t.left_edge.i for t in left), default=token.i)
    words = [
        t
        for t in token.doc[start : token.i + 1]
        if t.dep_ not in {"det", "case"} and not t.is_punct and t.pos_ != "PRON"
    ]
    return clean_name(" ".join(t.text for t in words))


def proper_phrase(token: Token) -> Span:
    """The run of compound proper nouns ending at ``token`` (NER sometimes misses "King Abdullah II")."""
    start = token.i
    while start > 0:
        prev = token.doc[start - 1]
        if prev.pos_ == "SPACE" and start > 1 and token.doc[start - 2].dep_ == "compound":
            start -= 1  # "Manasseh\u00a0Sogavare": a stray space token inside the name
            continue
        if prev.dep_ not in {"compound", "poss"} or prev.pos_ not in {"PROPN", "PRON"}:
            break
        start -= 1
    return token.doc[start : token.i + 1]


def written_name(text: str) -> bool:
    """Two to four capitalised words, hyphenated parts allowed: a name even when the index cannot split it."""
    words = clean_name(text).split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)


def particle_name(token: Token) -> str | None:
    """ "Ursula von der Leyen": a surname after lowercase particles, which the tagger splits off the
    given name it tags a person (and may tag a place), is one name with the given name before it."""
    doc = token.doc
    if token.ent_type_ == "PERSON" or not token.text[:1].isupper() or token.i == 0:
        return None
    start = token.i
    while start > 0 and doc[start - 1].lower_ in NAME_PARTICLES and doc[start - 1].text.islower():
        start -= 1
    if start == token.i or start == 0 or doc[start - 1].ent_type_ != "PERSON":
        return None
    first = start - 1
    while first > 0 and doc[first - 1].ent_type_ == "PERSON" and doc[first - 1].lower_ not in TITLE_WORDS:
        first -= 1
    return clean_name(doc[first : token.i + 1].text)
