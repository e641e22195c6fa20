"""Name keys: how a name as printed becomes something identities can be matched on.

Articles name one person many ways: "Secretary of State Antony J. Blinken",
"Antony Blinken", "Secretary Blinken", "Blinken". Matching across documents
strips what varies (titles and honorifics in front, generational suffixes,
accents, case, punctuation) and keeps what identifies: the given names and the
surname. Given names are compared as sets, so "Irfaan Ali" fits "Mohamed Irfaan
Ali" (see :func:`given_names_fit`). Middle initials are kept as one given-name
token ("george h.w.") because they tell a father from a son ("George W." and
"George H. W." are two people), but a name written without them fits a name
with them. A name that is only a surname keeps ``first=None``; whether it may
join a full identity is decided by the store, which sees the corpus.

These are rules over the *shape* of names (a lexicon of titles, particles and
common English hypocorisms), never lists of particular people.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Words that precede a name as a title or honorific ("Prime Minister", "Dr.").
_TITLE_WORDS = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady sheikh sheik his her excellency hon honorable
    honourable rev reverend father imam rabbi president vice prime minister deputy secretary
    undersecretary under assistant state foreign defense defence interior finance affairs general
    attorney ambassador envoy special representative senator sen rep representative congressman
    congresswoman governor gov mayor chancellor premier king queen prince princess crown emir sultan
    pope cardinal archbishop bishop chairman chairwoman chair chief executive director spokesman
    spokeswoman spokesperson commissioner commander lieutenant lt colonel col major maj captain capt
    admiral adm sergeant sgt marshal justice judge leader speaker former acting then first lady
    ayatollah supreme national security adviser advisor high counselor counsellor officer official
    minister-president foreign-minister chief-of-staff chairperson secretary-general director-general
    coordinator surgeon delegate administrator taoiseach granddaughter grandson senators
    representatives reps congressmen congresswomen governors ministers secretaries ambassadors q madam
    whip majority minority pro tempore elder principal supervisor councilmember assemblymember
    comptroller treasurer
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
# What an anonymous source is called when a transcript capitalises the description
# ("SENIOR ADMINISTRATION OFFICIAL:"): the description names no one a corpus can hold.
_SOURCE_HEADS = frozenset({"official", "officials"})
# A transcript's labels for a role in the room, not a name ("AIDE:", "MODERATOR:", "AUDIENCE MEMBER:").
_ROOM_LABELS = frozenset(
    """aide aides moderator operator participant participants audience member members staff staffer
    interpreter translator narrator announcer crowd""".split()  # noqa: SIM905
)
# A named storm is weather, not a person or a body ("Hurricane Ian", "Tropical Storm Nicole").
_STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone", "superstorm", "tropical", "tornado"})
_CONNECTORS = frozenset({"of", "the", "for", "and", "to", "on"})
_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "bin", "ibn", "al", "el"}
)
# "son of" / "daughter of": what follows names the father, so the bare name after it is not the
# person's family name ("King Salman" is not "Mohammed bin Salman").
_PATRONYMICS = frozenset({"bin", "ibn", "bint", "ben"})
# A monarch's number after a single name ("Abdullah II", "Charles III").
_REGNAL_NUMBERS = frozenset({"ii", "iii", "iv", "vi", "vii", "viii"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"})
# Common English short forms of given names: "Joe Biden" is "Joseph R. Biden".
_HYPOCORISMS = {
    "joe": "joseph",
    "tony": "anthony",
    "bill": "william",
    "will": "william",
    "bob": "robert",
    "rob": "robert",
    "mike": "michael",
    "jim": "james",
    "jimmy": "james",
    "tom": "thomas",
    "dick": "richard",
    "rick": "richard",
    "dan": "daniel",
    "dave": "david",
    "steve": "stephen",
    "chris": "christopher",
    "nick": "nicholas",
    "ben": "benjamin",
    "sam": "samuel",
    "alex": "alexander",
    "andy": "andrew",
    "ted": "edward",
    "ed": "edward",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "kate": "katherine",
    "kathy": "katherine",
    "sue": "susan",
    "jen": "jennifer",
    "matt": "matthew",
    "pat": "patrick",
    "tim": "timothy",
    "greg": "gregory",
    "jeff": "jeffrey",
    "larry": "lawrence",
    "ron": "ronald",
    "don": "donald",
}
_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)


@dataclass(frozen=True)
class NameKey:
    """A person's name reduced for matching.

    ``display`` is the name without leading titles, as printed ("Antony J. Blinken");
    ``first`` (the given names, folded, space-separated, the middle initials as one
    last token: "antony j.") and ``last`` are the match keys; ``first`` is None for a
    bare surname.
    """

    display: str
    first: str | None
    last: str | None

    @property
    def key(self) -> str:
        """ "antony blinken" (initials left out), "blinken", or "" for a name made only of titles."""
        given = " ".join(w for w in (self.first or "").split() if not _is_initials(w))
        return " ".join(part for part in (given, self.last) if part)


def fold(text: str) -> str:
    """Lower case, accents and punctuation removed, spaces collapsed.

    >>> fold("  Élysée   Palace! ")
    'elysee palace'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(token.lower().replace("’", "'") for token in _TOKEN.findall(stripped))


def _strip_titles(tokens: list[str]) -> list[str]:
    """Drop the leading run of title words, with "of X" inside it ("President of Kosovo")."""
    index = 0
    while index < len(tokens) - 1:
        word = fold(tokens[index])
        if word in _TITLE_WORDS or word.rstrip(".") in _TITLE_WORDS:
            index += 1
        elif word in _CONNECTORS and index > 0:
            index += 1
            # "Secretary of State", "President of Kosovo": the word after "of" belongs
            # to the title as long as a name still follows it.
            if word == "of" and index < len(tokens) - 1 and fold(tokens[index]) not in _TITLE_WORDS:
                index += 1
        else:
            break
    return tokens[index:]


def person_key(name: str) -> NameKey:
    """Reduce a person's name.

    >>> person_key("Secretary of State Antony J. Blinken")
    NameKey(display='Antony J. Blinken', first='antony j.', last='blinken')
    >>> person_key("Secretary Blinken")
    NameKey(display='Blinken', first=None, last='blinken')
    >>> person_key("Ursula von der Leyen").key
    'ursula leyen'
    >>> person_key("King Abdullah II").key, person_key("Abdullah Abdullah").key
    ('ii abdullah', 'abdullah abdullah')
    """
    raw = [token for token in name.replace(",", " ").split() if token]
    kept = _strip_titles(raw)
    display = " ".join(kept).strip(" .,;:")
    core: list[str] = []
    initials: list[str] = []
    patronymic = False
    regnal = next((fold(t) for t in kept[1:] if fold(t) in _REGNAL_NUMBERS), None)
    for token in kept:
        word = fold(token)
        if core and word in _PATRONYMICS:
            patronymic = True  # "Mohammed bin Salman": Salman is his father, not a family name
            continue
        if not word or word in _SUFFIXES or word in _PARTICLES:
            continue
        if patronymic and core:
            core.append(f"bin {word}")
            patronymic = False
            continue
        if all(len(part) == 1 for part in word.split()):  # initials ("J.", "H.W.")
            initials.extend(word.split())
            continue
        core.extend(word.split())
    if not core:
        return NameKey(display=display, first=None, last=None)
    if len(core) == 1 and regnal and not initials:
        # "King Abdullah II": a monarch's name and number are the whole name; the number tells
        # him from another Abdullah ("Abdullah Abdullah") as a given name would
        return NameKey(display=display, first=regnal, last=core[0])
    if len(core) == 1 and not initials:
        return NameKey(display=display, first=None, last=core[0])
    given = [_HYPOCORISMS.get(word, word) for word in core[:-1]]
    if initials:
        given.append("".join(f"{letter}." for letter in initials))
    return NameKey(display=display, first=" ".join(dict.fromkeys(given)), last=core[-1])


def _is_initials(word: str) -> bool:
    return word.endswith(".")


def given_names(first: str | None) -> frozenset[str]:
    """The given names of a ``first`` key as a set, the initials one member ("h.w.")."""
    return frozenset(first.split()) if first else frozenset()


def given_names_fit(short: str | None, long: str | None) -> bool:
    """Whether the given names ``short`` can name the same person as ``long``.

    Every given name written out in ``short`` must be in ``long``. Initials must agree
    when both have them ("George W." is not "George H. W."); when ``long`` writes its
    middle names out instead, they must start with the initials ("Franklin D." fits
    "Franklin Delano", "George H. W." does not fit "George Walker"); a name without
    initials says nothing about them either way.

    >>> given_names_fit("irfaan", "mohamed irfaan")
    True
    >>> given_names_fit("melania", "donald")
    False
    >>> given_names_fit("george w.", "george h.w."), given_names_fit("antony j.", "antony")
    (False, True)
    """
    short_words, long_words = (first.split() if first else [] for first in (short, long))
    short_full = [w for w in short_words if not _is_initials(w)]
    long_full = [w for w in long_words if not _is_initials(w)]
    if not set(short_full) <= set(long_full):
        return False
    short_initials = "".join(w for w in short_words if _is_initials(w)).replace(".", "")
    long_initials = "".join(w for w in long_words if _is_initials(w)).replace(".", "")
    if short_initials and long_initials:
        return short_initials == long_initials
    if short_initials:
        middle = "".join(w[0] for w in long_full if w not in short_full)
        return not middle or middle == short_initials
    return True


# Words after which a role names where or whom the office is of ("Secretary of State",
# "officer at Fort Pitt"): the office's head word comes before them.
_ROLE_LINKS = frozenset({"of", "for", "at", "to", "in", "on", "with", "from"})


def title_key(role: str | None) -> str | None:
    """The head word of a role, which tells offices apart whatever their qualifiers: "U.S.
    President" and "President of the United States" are both a "president", "Secretary of
    State" a "secretary", "First Lady" a "lady"; None for no role.

    >>> title_key("U.S. President"), title_key("foreign minister of Ukraine"), title_key(None)
    ('president', 'minister', None)
    """
    words: list[str] = []
    for word in fold(role or "").split():
        if words and word in _ROLE_LINKS:
            break
        words.append(word)
    return words[-1] if words and words[-1].isalpha() else None


def entity_key(name: str) -> str:
    """Key of an organisation, group or place: folded, without a leading article.

    >>> entity_key("the State Department")
    'state department'
    """
    folded = fold(name)
    for article in ("the ", "a ", "an "):
        if folded.startswith(article):
            return folded[len(article) :]
    return folded


def is_a_name(name: str) -> bool:
    """Whether a mention is written as a name, not a description: "an adviser to the team" and
    "the joint statement" speak in their quotes, but name no one a corpus-wide list could hold.

    >>> is_a_name("Ned Price"), is_a_name("an adviser to the team"), is_a_name("Minister")
    (True, False, False)
    >>> is_a_name("The Vice President")  # a transcript's label for whoever holds the office
    False
    >>> is_a_name("Joe")  # a short given name alone: which Joe, the corpus cannot tell
    False
    >>> is_a_name("Senior Administration Official")  # an anonymous source, as a transcript labels it
    False
    >>> is_a_name("Aide"), is_a_name("Hurricane Ian"), is_a_name("Tropical Storm Nicole")
    (False, False, False)
    """
    if not (name[:1].isupper() or name[:1].isdigit()):
        return False
    words = name.split()
    if len(words) > 1 and fold(words[0]) in {"the", "a", "an"}:
        words = words[1:]
    if len(words) == 1 and fold(words[0]) in _HYPOCORISMS:
        return False
    if len(words) > 1 and fold(words[-1]) in _SOURCE_HEADS:
        return False  # "Senior Administration Official": a transcript's label for an unnamed source
    if all(fold(word) in _ROOM_LABELS for word in words):
        return False  # "Aide", "Audience Member": a role in the room, as a transcript labels it
    if len(words) > 1 and fold(words[0]) in _STORM_WORDS:
        return False  # "Hurricane Ian": a storm
    return not all(fold(word) in _TITLE_WORDS for word in words)  # "Minister", "Madam"
