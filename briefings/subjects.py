"""What a lookup's name means: one identity, its members and officials, and the words that name it.

"/whomet Taliban", "/quotes Sherman", "/brief China" name an identity, not a
string. A country includes its officials as the text names them (Wang Yi, whose
role is "Chinese Foreign Minister"; a role saying "China's envoy"); an
organisation includes its delegations and representatives ("Taliban
delegation", "Afghan Taliban") and the people whose role names it ("the
Taliban's chief negotiator"). A person is just that person. When the name
matches several identities, the one used and the others are both kept, so the
answer can say which was used.

The rules here are pure text functions; :mod:`briefings.store.lookup` applies
them to the store.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from briefings.identity import fold

# Short forms a text uses for a country, beyond its demonym ("U.S. President").
COUNTRY_SHORT_FORMS: dict[str, frozenset[str]] = {
    "united states": frozenset({"u s", "us", "usa", "america", "american", "united states of america"}),
    "united kingdom": frozenset({"uk", "u k", "britain", "great britain", "british"}),
    "united nations": frozenset({"un", "u n"}),
    "european union": frozenset({"eu", "e u"}),
}
# Roles whose words name an organisation without being its member: "expert on the Taliban".
_PREPOSITIONS = frozenset({"for", "to", "on", "in", "about", "with", "at", "toward", "towards"})
_NOT_MEMBER_WORDS = frozenset(
    {"expert", "analyst", "critic", "scholar", "opponent", "researcher", "observer"}
)


@dataclass(frozen=True)
class SubjectRef:
    """One identity, as a lookup answer names it."""

    id: int
    name: str
    kind: str
    document_count: int = 0


@dataclass(frozen=True)
class Subject:
    """The identity a lookup resolved to, with everyone who counts as it.

    ``member_ids`` holds the identity itself and its members; ``members`` names
    the members (not the identity) for the answer's header; ``others`` are the
    other identities the query matched, not used; ``terms`` are the folded words
    that name it in a quote or question ("china", "chinese")."""

    query: str
    identity: SubjectRef
    member_ids: tuple[int, ...]
    members: tuple[SubjectRef, ...] = ()
    others: tuple[SubjectRef, ...] = ()
    terms: tuple[str, ...] = field(default=())

    @property
    def is_person(self) -> bool:
        return self.identity.kind == "person"

    @property
    def name(self) -> str:
        return self.identity.name


def name_forms(name: str) -> frozenset[str]:
    """Folded forms that name an organisation or country in running text: its name,
    short forms (U.S., UK) and its nationality adjective.

    >>> sorted(name_forms("United States"))[:3]
    ['america', 'american', 'u s']
    """
    key = fold(name)
    if key.startswith("the "):
        key = key[4:]
    forms = {key} | set(COUNTRY_SHORT_FORMS.get(key, ()))
    return frozenset(form for form in forms if form)


def demonym_words(forms: Iterable[str]) -> tuple[str, ...]:
    """Nationality adjectives of the countries among folded ``forms``.

    >>> demonym_words({"afghanistan"})
    ('afghan',)
    """
    wanted = set(forms)
    return tuple(word for word, country in _demonyms().items() if country in wanted)


@cache
def _demonyms() -> dict[str, str]:
    """Nationality adjective -> folded country: the extractor's closed class, read
    (never copied) so lookups and extraction agree. Imported late: the extractor
    module imports spaCy, which a lookup should not pay for."""
    from briefings.extract.lexicon import DEMONYMS

    return {word: fold(country) for word, country in DEMONYMS.items()}


def _phrase(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w]){re.escape(form)}(?![\w])")


def names_any(text: str, forms: Iterable[str]) -> bool:
    """Whether ``text`` names the entity of folded ``forms``: a form as whole words
    ("China's" counts), or a nationality adjective of it ("Chinese" for "china").

    >>> names_any("the Taliban's chief negotiator", {"taliban"})
    True
    >>> names_any("Chinese Foreign Minister", {"china"}), names_any("Talibanistan", {"taliban"})
    (True, False)
    """
    folded = fold(text).replace("'s ", " ").replace("'s", "")
    wanted = set(forms)
    if any(_phrase(form).search(folded) for form in wanted):
        return True
    demonyms = _demonyms()
    return any(demonyms.get(word, "") in wanted for word in folded.split())


def role_names_member(role: str, forms: Iterable[str]) -> bool:
    """Whether a role makes its holder a member or official of the entity ``forms`` name:
    "Chinese Foreign Minister" for China, "Taliban's chief negotiator" for the
    Taliban; "expert on the Taliban" does not.

    >>> role_names_member("Chinese Foreign Minister", {"china"})
    True
    >>> role_names_member("an expert on the Taliban", {"taliban"})
    False
    >>> role_names_member("UN Special Representative for Afghanistan", {"afghanistan"})
    False
    """
    words = fold(role).replace("'s ", " ").split()
    if set(words) & _NOT_MEMBER_WORDS:
        return False
    # The entity as its holder's own ("Chinese Foreign Minister", "Taliban's chief
    # negotiator"), not as a destination or portfolio ("Ambassador to China",
    # "Special Representative for Afghanistan"): only words before a preposition count.
    own: list[str] = []
    for word in words:
        if word in _PREPOSITIONS:
            break
        own.append(word)
    return names_any(" ".join(own), forms)


def entity_includes(name: str, forms: Iterable[str]) -> bool:
    """Whether an organisation or group named ``name`` belongs to the entity: its
    delegation, representatives, ministry ("Taliban delegation", "Chinese foreign
    ministry", "Afghan Taliban")."""
    return names_any(name, forms)
