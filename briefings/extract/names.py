"""Name surface rules: which leading words are titles, how a mention is cleaned.

Kept apart from :mod:`briefings.extract.people` because quote attribution and
transcript labels ("SECRETARY BLINKEN:") need the same cleaning without an
index. The title lexicon is generic English (offices and honorifics), never a
list of particular people.
"""

from __future__ import annotations

import re

from briefings.extract.lexicon import (
    FAMILY_NAME_ARTICLES,
    HONORIFIC_GENDER,
    INNER_TITLE_NOUNS,
    NAME_PARTICLES,
    NAMED_BUILDING_HEADS,
    OFFICE_FIELD_NOUNS,
    OFFICE_TO_BE_WORDS,
    OTHER_OFFICE_WORDS,
    PLURAL_TITLES,
    QUESTION_LABELS,
    STATUS_NOUNS,
    TITLE_WORDS,
)

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_SPACES = re.compile(r"\s+")
_WORD_PART = re.compile(r"[^\W\d_]+")
_TITLE_ENDS = INNER_TITLE_NOUNS | OFFICE_FIELD_NOUNS | STATUS_NOUNS  # see _after_inner_title


def strip_possessive(text: str) -> str:
    """``"Lyons’"`` and ``"Baradar's"`` -> the bare name."""
    return _POSSESSIVE.sub("", text.strip())


def _capitalise(part: re.Match[str]) -> str:
    elided = part.start() > 0 and part.string[part.start() - 1] in "'’" and len(part[0]) == 1
    return part[0].lower() if elided else part[0][:1] + part[0][1:].lower()  # BLINKEN'S -> Blinken's


_REGNAL = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")


def _regnal(words: list[str], i: int) -> bool:
    """ "FELIPE VI": a numeral after a name; "PRESIDENT XI" is a surname after a title."""
    word = words[i].rstrip(".,:")
    return (
        i > 0 and len(word) > 1 and bool(_REGNAL.fullmatch(word)) and words[i - 1].lower() not in TITLE_WORDS
    )


def normalise_case(text: str) -> str:
    """Transcript labels shout ("SECRETARY BLINKEN"); names are compared title-cased.

    >>> normalise_case("SECRETARY BLINKEN"), normalise_case("MS. JEAN-PIERRE")
    ('Secretary Blinken', 'Ms. Jean-Pierre')
    >>> normalise_case("KING FELIPE VI"), normalise_case("PRESIDENT XI")
    ('King Felipe VI', 'President Xi')
    """
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 3:
        # each part of a hyphenated or elided name keeps its capital: Jean-Pierre, O'Brien; a regnal
        # number after a name stays a numeral ("Felipe VI", "Charles III")
        words = text.split()
        return " ".join(
            w if _regnal(words, i) else _WORD_PART.sub(_capitalise, w) for i, w in enumerate(words)
        )
    return text


def split_title(text: str) -> tuple[str, str]:
    """Split a mention into (leading title, name).

    >>> split_title("Secretary of State Antony J. Blinken")
    ('Secretary of State', 'Antony J. Blinken')
    >>> split_title("Wang Yi")
    ('', 'Wang Yi')
    """
    words = (
        _SPACES.sub(" ", strip_possessive(normalise_case(text.strip(" *_#:;,").lstrip("-–—"))))
        .strip(" ,.:;*")
        .split(" ")
    )
    if len(words) > 1 and words[0].lower() in QUESTION_LABELS:
        words = words[1:]  # "Q Madam Vice President": a transcript's question label, no name word
    cut = 0
    while cut < len(words):
        low = words[cut].lower()
        # "Elect Xiomara Castro": the tail of "President-Elect" the tokenizer cut off the office
        if (
            low in TITLE_WORDS
            or low in _TITLE_ENDS
            or low in OFFICE_TO_BE_WORDS
            or (cut and low in {"general"})
        ):
            cut += 1
        elif cut and low in {"of", "for"} and cut + 2 < len(words):
            cut += 2  # "Secretary of State ...", "Minister for Foreign ..."
        else:
            break
    cut += _after_inner_title(words[cut:])  # "National [Climate Advisor] Gina McCarthy"
    if cut >= len(words):
        return " ".join(words), ""
    return " ".join(words[:cut]), " ".join(words[cut:])


def _after_inner_title(words: list[str]) -> int:
    """Where the name starts after a title run the tagger took into it whole, the office or its
    field or what the person is last ("NSC Spokesperson Adrienne Watson", "Human Rights Activist
    Masih Alinejad", "Lawful Permanent Resident Omar Haddad",
    "[for] Economic Policy Brian Deese"); the whole run when nothing but titles follows
    ("Caucus Co-Chair", "EU President", "NATO Secretary General", "Human Services"); 0 when no
    office ends a capitalised run inside the words."""
    for at in range(len(words) - 1, 0, -1):
        if words[at].lower() not in _TITLE_ENDS:
            continue
        if not all(w[:1].isupper() for w in words[: at + 1]):
            return 0
        rest = words[at + 1 :]
        if all(w.lower().strip(".") in TITLE_WORDS for w in rest):
            return len(words)
        if len(rest) <= 3 and not any(w.lower().strip(".") in TITLE_WORDS for w in rest):
            return at + 1
        return 0
    return 0


def singular_title(title: str) -> str:
    """The office of a plural title: "Senators" (of "Senators Rubio and Cruz") -> "Senator".

    >>> singular_title("Senators"), singular_title("Foreign Minister")
    ('Senator', 'Foreign Minister')
    """
    return " ".join(PLURAL_TITLES.get(word.lower(), word) for word in title.split())


HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame madam madame mister his her".split()  # noqa: SIM905
)


def is_honorific(title: str) -> bool:
    """ "Mr.", "Dr." and the like: a form of address, not a role.

    >>> is_honorific("Dr."), is_honorific("Foreign Minister")
    (True, False)
    """
    words = title.lower().split()
    return bool(words) and all(w in HONORIFICS for w in words)


def gender_of_title(title: str) -> str | None:
    """ "Mr." says male, "Mrs." female; offices say nothing."""
    for word in title.lower().split():
        if word in HONORIFIC_GENDER:
            return HONORIFIC_GENDER[word]
    return None


def _name_word(word: str) -> bool:
    bare = word.replace("-", "").replace("'", "").replace("’", "").replace(".", "")
    if not bare.isalpha():
        return False
    last_part = word.split("-")[-1]
    return word[:1].isupper() or last_part[:1].isupper() or word.lower() in NAME_PARTICLES


def looks_like_name(text: str) -> bool:
    """Capitalised words ("Suleiman al-Amr", "Wang Yi"), no sentence punctuation, not ending in
    what names a building or an institution ("Thomas Jefferson Room", "Nelson Mandela Square").

    >>> looks_like_name("Suleiman al-Amr"), looks_like_name("the minister")
    (True, False)
    >>> looks_like_name("Thomas Jefferson Room")
    False
    """
    words = text.split()
    if not words or len(words) > 6 or (len(words) > 1 and words[-1].lower() in NAMED_BUILDING_HEADS):
        return False
    last = words[-1].split("-")[-1]
    return all(_name_word(w) for w in words) and last[:1].isupper()


_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]{2,5}")


def hyphenated_given_name(text: str) -> bool:
    """A Korean-style name whose given name is hyphenated with its second syllable in lowercase:
    "Ban Ki-moon", "Kim Jong-un" (the recogniser labels it a person; the capital test of
    :func:`looks_like_name` reads the lowercase tail as no name).

    >>> hyphenated_given_name("Ban Ki-moon"), hyphenated_given_name("Secre-"), hyphenated_given_name("Ban")
    (True, False, False)
    """
    words = text.split()
    return (
        2 <= len(words) <= 3
        and all(_name_word(w) for w in words[:-1])
        and _HYPHENATED_GIVEN.fullmatch(words[-1]) is not None
    )


def holds_office(words: list[str], role: str) -> bool:
    """Whether a role is the office "the <words>" names: "the President" is no "Vice President" and
    no "Assistant to the President", unless the words say so themselves."""
    low = role.lower().split()
    head = words[-1]
    for i, w in enumerate(low):
        if w != head:
            continue
        before = low[i - 1] if i else ""
        if before in OTHER_OFFICE_WORDS and before not in words:
            continue  # "the President" is not the Vice President
        if before == "the":
            continue  # "Assistant to the President": the office served, not held
        return True
    return False


def without_article(family_name: str) -> str:
    """A family name without its glued Arabic article: "al-Shaer" -> "Shaer" (others unchanged)."""
    low = family_name.lower()
    for article in FAMILY_NAME_ARTICLES:
        if low.startswith(article) and len(family_name) > len(article) + 1:
            return family_name[len(article) :]
    return family_name
