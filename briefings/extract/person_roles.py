"""Whether a role phrase is an office, and whose: the tests the people index applies to roles.

Kept apart from :mod:`briefings.extract.people_register` (which collects roles) and
:mod:`briefings.extract.people` (which looks people up by them) because both read these
tests and neither is about the words of an office alone: a rank must agree ("the French
president" is no vice president), a form of address is no part of an office, a title and
a name ("President Trump") is nobody's office, and a title before a bare surname belongs
to the full-named person only when the document gives them that office in full.
"""

from __future__ import annotations

from briefings.extract.lexicon import (
    LEADER_OFFICES,
    QUESTION_LABELS,
    STYLE_POSSESSIVES,
    STYLE_TITLES,
    STYLE_WORDS,
    TITLE_WORDS,
)
from briefings.extract.names import is_honorific, split_title
from briefings.extract.person_entry import Entry
from briefings.extract.places import country_of_demonym

RANKS = frozenset({"vice", "deputy", "former", "acting", "assistant", "under", "junior"})


def describes(nations: list[str], office: list[str], role: str) -> bool:
    """Whether a role ("French President", "Hungary's prime minister") is a nationality and office
    description's ("French"; "leader"). Ranks must agree: "the French president" is no vice president."""
    text = role.lower().replace("’s", "").replace("'s", "")
    words = text.replace("-", " ").split()
    if "prime" in words and "minister" in words:
        words.append("premier")
    for nation in nations:
        country = country_of_demonym(nation)
        if nation not in words and (country is None or country.lower() not in text):
            return False
    if any(rank in words and rank not in office for rank in RANKS):
        return False
    *modifiers, head = office
    held = head in words or (head == "leader" and bool(LEADER_OFFICES & set(words)))
    return held and all(m in words for m in modifiers)


def of_nations(nations: list[str], role: str) -> bool:
    """Whether a role ("Chinese Defense Minister", "China's defence minister") says every one of the
    nationalities ``nations`` ("chinese")."""
    text = role.lower().replace("’s", "").replace("'s", "")
    words = text.replace("-", " ").split()
    for nation in nations:
        country = country_of_demonym(nation)
        if nation not in words and (country is None or country.lower() not in text):
            return False
    return bool(nations)


def without_trailing_honorific(role: str | None) -> str | None:
    """ "Undersecretary for Trade Mr." (of "Undersecretary for Trade Mr. Rinaldi"): the form of
    address between an office and the name is no part of the office."""
    words = (role or "").split()
    while len(words) > 1 and is_honorific(words[-1]):
        words.pop()
    while len(words) > 1 and words[0].lower() in QUESTION_LABELS:
        words.pop(0)  # "Q President" of "Q President Biden, ...": a transcript's label, no office
    return " ".join(without_style_of_address(words)) or None


def without_style_of_address(words: list[str]) -> list[str]:
    """ "His Majesty King" (of "His Majesty King Abdullah II"), "Her Excellency President": a
    possessive and a style ("Majesty", "Royal Highness", "Excellency") say how the bearer is
    addressed, not what office they hold, so the role is the office after them ("King"); a
    style alone ("His Majesty", of "thanked His Majesty") is no role at all. A possessive
    before anything else ("Her Majesty's Ambassador") is left as written, and so is a word of a
    style that opens a body's name ("Royal Navy Commander"). The tagger may leave the
    possessive out of the name ("His [Majesty King Tobias]"): a style then opens the role."""
    if not words:
        return words
    at = 1 if words[0].lower() in STYLE_POSSESSIVES else 0
    if at == 0 and words[0].lower().strip(",") not in STYLE_TITLES:
        return words
    start = at
    while at < len(words) and words[at].lower().strip(",") in STYLE_WORDS:
        at += 1
    return words if at == start else words[at:]


def is_titled_name(role: str) -> bool:
    """ "President Trump": a title and somebody's name, which is no office of anyone."""
    title, name = split_title(role)
    words = name.split()
    return (
        bool(title)
        and 0 < len(words) <= 3
        and all(
            w.isalpha() and w[:1].isupper() and w[1:].islower() and w.lower() not in TITLE_WORDS
            for w in words
        )
    )


def holds_in_full(entry: Entry, office: str) -> bool:
    """Whether a title written before a bare surname ("President Biden") is the office of the
    full-named person that surname was linked to: only when the document gives that person the
    office by their full name too ("President Joe Biden", "Joe Biden, the president"). Two people
    sharing a family name ("Hunter Biden", "President Biden") stay two: the son never inherits
    the father's title."""
    head = office.split()[-1].lower()
    return any(head in role.lower().replace("-", " ").split() for role in entry.roles)
