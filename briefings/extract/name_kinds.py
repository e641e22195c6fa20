"""What a tagged name is by its grammar when it is no person's or body's name.

The small English model tags as an organisation (or a person) a title-cased headline's
clause ("... and Calls for Urgent Progress From ..."), a common noun brought in by "a"
("an Oath to this nation"), the field of an office written before the office ("Home
Secretary", "United States Trade Representative"), two countries joined by a hyphen
("the U.S.-India partnership"), a region ("the Indo-Pacific"), a body's common noun
standing alone ("the Administration's decision") and what a person is ("U.S. Lawful
Permanent Resident Ana Ruiz"). Each test here is one of those constructions, read from
the parse or the name's own words (in :mod:`briefings.extract.lexicon`), so `briefbot
people` lists only the persons and organisations a text names.

>>> a_pair_of_places("U.S.-India"), a_pair_of_places("AFL-CIO")
(True, False)
>>> names_a_region("Indo-Pacific"), names_a_region("Asia-Pacific Economic Cooperation")
(True, False)
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from briefings.extract.lexicon import (
    BODY_NAME_HEADS,
    COUNTRY_SHORT_NAMES,
    FIELD_NAMED_OFFICES,
    GENERIC_BODY_NOUNS,
    GERUND_OBJECTS,
    HEADLINE_LINKS,
    MEETING_NOUNS,
    NAMED_REGIONS,
    PRODUCT_NOUNS,
    REGION_NAME_ENDS,
    STATUS_NOUNS,
)
from briefings.extract.not_bodies import head_word
from briefings.extract.places import is_country

_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,4}$")  # "U.S.", "UK", "EU", "ROK"
_DOTTED = re.compile(r"^(?:[A-Z]\.){2,}$")
_INDEFINITE = frozenset({"a", "an"})


def a_clause(span: Span) -> bool:
    """ "Calls for Urgent Progress From South Sudan's" (a headline's second clause), "I. Thank"
    (of "So am I. Thank you."): a span whose head the parser reads as a verb is a clause, no name;
    a list's bullet ("Harbor Group •") that it calls a verb is no word of the name."""
    return span.root.pos_ == "VERB" and span.root.is_alpha


def a_kind_with_an_article(span: Span) -> bool:
    """ "an Oath to this nation", "a unique Pilot Training Program": a capitalised noun, or a
    made thing's name, brought in by "a"/"an" is one of a kind, not the name of a body (a name
    takes "the" or nothing; "a United States delegation" gives its article to "delegation"; in
    "a fully confirmed Federal Reserve Board" the speaker means the body itself)."""
    if len(span) > 1 and span.root.lower_ not in PRODUCT_NOUNS:
        return False
    return any(
        child.dep_ == "det" and child.lower_ in _INDEFINITE and child.i < span.start
        for child in span.root.children
    )


def field_before_an_office(span: Span) -> bool:
    """ "Shadow Home [Secretary]", "Commerce [Secretary]", "United States Trade [Representative]",
    "Press [Secretary]": capitalised words written straight before the capitalised noun of an
    office named after its field are that field, no body; a body's own name ("State Department
    Secretary"), an acronym ("NATO Secretary General") and a company before its officer
    ("Harbor Lines President") stay bodies."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    if not after.text[:1].isupper() or after.lower_ not in FIELD_NAMED_OFFICES:
        return False
    words = [t.text for t in span if t.lower_ != "the"]
    if not words or any(len(w) > 1 and w.replace(".", "").isupper() for w in words):
        return False
    return head_word(" ".join(words)) not in BODY_NAME_HEADS


def a_pair_of_places(name: str) -> bool:
    """ "U.S.-India", "U.S.-Japan": two countries joined by a hyphen name a relation between
    them (a partnership's, a dialogue's), no body; "AFL-CIO" is one union's name."""
    parts = name.split("-")
    if " " in name or len(parts) < 2:
        return False
    if not all(is_country(p) or _ABBREVIATION.match(p) for p in parts):
        return False
    return any(is_country(p) or _DOTTED.match(p) for p in parts)


def names_a_region(name: str) -> bool:
    """ "Indo-Pacific", "Pacific Northwest", "Western Hemisphere": a name ending in a region's
    word names a place; "Asia-Pacific Economic Cooperation" and "Pacific Islands Forum" end in
    a body's word."""
    words = name.lower().split()
    return bool(words) and head_word(name) == words[-1] and words[-1].split("-")[-1] in REGION_NAME_ENDS


def a_country_or_region(name: str, *, by_its_short_name: bool = False) -> bool:
    """ "the UAE", "DPRK", "Democratic People’s Republic of Korea", "Crimea", "the Sahel": a
    country's short or formal name, or a region that is no country, names a place however the
    tagger labels it (a state acting, "the UAE rebuffed the talks", is still the place's name,
    and the body that acts is its government). With ``by_its_short_name`` only those names
    and regions count, not a country named like a given name ("Jordan", "Georgia").

    >>> a_country_or_region("the UAE"), a_country_or_region("Crimea"), a_country_or_region("Jordan")
    (True, True, True)
    >>> a_country_or_region("Jordan", by_its_short_name=True), a_country_or_region("Arab League")
    (False, False)
    """
    low = " ".join(name.lower().replace("’", "'").split())
    low = low[4:] if low.startswith("the ") else low
    return low in COUNTRY_SHORT_NAMES or low in NAMED_REGIONS or (not by_its_short_name and is_country(low))


def a_body_or_person_noun(name: str) -> bool:
    """ "Administration", "Alliance", "Department" standing alone describe a body the text names
    elsewhere; "U.S. Lawful Permanent Resident" says what a person is. Neither names a body."""
    words = name.lower().split()
    return (len(words) == 1 and words[0] in GENERIC_BODY_NOUNS) or head_word(name) in STATUS_NOUNS


def no_named_body(span: Span, name: str) -> bool:
    """Whether an organisation the tagger found is one of the constructions above (a region is
    a place, and is kept as one: see :func:`names_a_region`)."""
    return (
        a_clause(span)
        or a_kind_with_an_article(span)
        or field_before_an_office(span)
        or a_pair_of_places(name)
        or a_body_or_person_noun(name)
    )


def before_headline_link(span: Span) -> Span:
    """ "Remarks by President Biden Before Marine One Departure", "Biden Honoring the Fallen",
    "Readout of Adviser Ana Ruiz Call with ...": a title-cased headline runs the word after a
    name into it; a name ends at a capitalised preposition or link word, at a meeting's noun
    ("Call", "Meeting") or at a gerund whose object follows ("Honoring the")."""
    for i, token in enumerate(span):
        if not i or not token.text[:1].isupper():
            continue
        if token.lower_ in HEADLINE_LINKS or token.lower_ in MEETING_NOUNS:
            return span[:i]
        after = span.doc[span.start + i + 1] if span.start + i + 1 < len(span.doc) else None
        if token.lower_.endswith("ing") and after is not None and after.lower_ in GERUND_OBJECTS:
            return span[:i]
    return span
