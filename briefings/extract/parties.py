"""When two references name one party, and which words are no name at all.

Meeting mentions are merged, and participants deduplicated, by these rules:
"Wang" is "Wang Yi", "the Taliban" is "Taliban" (and "Taliban delegation"
stands for it), "Abdullah II" is "King Abdullah"; "Deputy Prime Minister"
alone names an office, not a holder.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from itertools import pairwise

from briefings.extract.lexicon import (
    DEMONYMS,
    DOCUMENT_HEADS,
    FAITH_ADJECTIVES,
    FAMILY_NAME_TITLES,
    GATHERING_NAME_PREPS,
    GIVEN_NAME_FORMS,
    MEETING_NOUNS,
    NAME_PARTICLES,
    OCCURRING_GATHERING_NOUNS,
    PATRONYMIC_PARTICLES,
    ROLE_PREFIX_WORDS,
    TITLE_WORDS,
)
from briefings.extract.names import without_article
from briefings.model.facts import PersonRef

NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def clean_name(text: str) -> str:
    # "Intervention (CVI) Collaborative": an acronym in brackets is no part of the name; the tagger
    # may also start an entity inside the brackets ("EPW) Committee") or end it there
    text = re.sub(r"\s*\([^()]*\)", "", text)
    if ")" in text and "(" not in text:
        text = text.rsplit(")", 1)[1]
    if "(" in text and ")" not in text:
        text = text.split("(", 1)[0]
    text = re.sub(r"\s+(['’]s)\b", r"\1", text)  # "G20 's heads of state" joined from its tokens
    text = text.strip(" ,.;:")
    if text.lower().startswith("the "):
        text = text[4:]
    for tail in ("’s", "'s"):
        if text.endswith(tail):
            text = text[: -len(tail)]
    return text.strip()


def only_title_words(name: str) -> bool:
    """ "Deputy Prime Minister", "Foreign Ministers": an office without a holder."""
    words = [w.lower().strip(".,") for w in name.split()]
    return all(w in TITLE_WORDS or w.rstrip("s") in TITLE_WORDS or w in {"of", "the", "and"} for w in words)


def untitled(ref: PersonRef) -> PersonRef:
    """A person's name without the title words the tagger ran into it: "Chairperson Faki" -> "Faki",
    "Elect Gustavo Petro" -> "Gustavo Petro"; a name of title words only stays as it is."""
    words = ref.name.split()
    if ref.kind != "person" or len(words) < 2:
        return ref
    if words[-1].lower() in MEETING_NOUNS:  # "Biden Call" from "President Biden Call with ..."
        return untitled(PersonRef(" ".join(words[:-1]), ref.role, ref.kind))
    low = [w.lower().strip(".,") for w in words]
    cut = -1
    for i, w in enumerate(low[:-1]):  # a leading run of titles, or up to a role word ("Commission")
        acronym = words[i].isupper() and len(words[i]) > 1  # "FEMA Administrator Criswell"
        if w in ROLE_PREFIX_WORDS or ((w in TITLE_WORDS or acronym) and cut == i - 1):
            cut = i
    rest = words[cut + 1 :]
    if not any(w.lower() not in TITLE_WORDS | ROLE_PREFIX_WORDS for w in words[cut + 1 :]):
        return ref
    if cut < 0 or only_title_words(" ".join(rest)) or not rest[0][:1].isupper():
        return ref
    if low[cut] not in TITLE_WORDS | ROLE_PREFIX_WORDS:
        return ref  # an acronym alone opens no title: "NATO Allies"
    if rest[0].lower() in NAME_PARTICLES | PATRONYMIC_PARTICLES:
        return ref
    # the words cut are the role when none is known: "Editor Hakim Almasmari" is an editor
    role = ref.role or (" ".join(words[: cut + 1]) if low[cut] in ROLE_PREFIX_WORDS - {"elect"} else None)
    return PersonRef(" ".join(rest), role, ref.kind)


def no_name(ref: PersonRef) -> bool:
    """ "Chinese Communist Party Politburo Member": a person "named" by an office alone."""
    words = ref.name.split()
    return (
        ref.kind == "person"
        and len(words) > 1
        and words[-1].lower() in TITLE_WORDS | ROLE_PREFIX_WORDS
        and len(words[-1]) > 3  # "Hun Sen": a short title word ("sen", "gen") can end a name
        and not only_title_words(ref.name)  # "the Foreign Minister" is an office a speaker met
        and not family_name_title(words)
    )


def family_name_title(words: Sequence[str]) -> bool:
    """ "Julie Bishop", "John Major": a title word that is also a family name, after a given name,
    ends the name; "Politburo Member", "Saudi King" or "Anglican Bishop" stay offices."""
    if len(words) < 2 or words[-1].lower() not in FAMILY_NAME_TITLES:
        return False
    given = words[-2]
    low = given.lower().strip(".,")
    return (
        given[:1].isupper()
        and not given.isupper()
        and low not in TITLE_WORDS | ROLE_PREFIX_WORDS | FAITH_ADJECTIVES
        and low not in DEMONYMS
    )


def names_a_document(ref: PersonRef) -> bool:
    """ "the American Jobs Plan", "a Presidential Daily Brief": a programme, a law or a paper the
    parser hung on a party's phrase is what was talked about or received, never who was met; nor
    is a bare meeting noun ("Meeting") left of an occasion's name."""
    words = ref.name.split()
    if len(words) == 1 and ref.name.lower() in MEETING_NOUNS:
        return True  # "the APEC Leaders' Meeting" cut to its last word: an occasion, no one met
    if any(
        a.lower() in OCCURRING_GATHERING_NOUNS and b.lower() in GATHERING_NAME_PREPS
        for a, b in pairwise(words)
    ):
        return False  # "Review Conference on the Non-Proliferation Treaty": a gathering named by its topic
    return len(words) >= 2 and words[-1][:1].isupper() and words[-1].lower() in DOCUMENT_HEADS


def _leading_words(short: str, long_: str) -> bool:
    """ "Hassan Sheikh" and "Hassan Sheikh Mohamud", "Lee Hsien" and "Lee Hsien Loong": a name cut short;
    "Moon Jae" and "Moon Jae-in": cut at the hyphen of a given name."""
    a, b = short.split(), long_.split()
    if len(a) >= 2 and len(b) == len(a) and b[:-1] == a[:-1] and b[-1].startswith(a[-1] + "-"):
        return True
    return len(a) >= 2 and len(b) > len(a) and b[: len(a)] == a


def _other_given_names(x: str, y: str) -> bool:
    """Two full names that open with different given names are two people, whatever family name
    they share ("Hillary Clinton" and "Bill Clinton"); a title or an initial in front ("Mr Clinton",
    "H. Clinton") gives no given name to compare, and a familiar form is its full one ("Joe", "Joseph")."""
    xs, ys = _unaccented(x).split(), _unaccented(y).split()  # "João" and "Joao" are one name
    if len(xs) < 2 or len(ys) < 2:
        return False
    a, b = xs[0].strip(".,"), ys[0].strip(".,")
    if a == b or len(a) < 2 or len(b) < 2 or a in TITLE_WORDS or b in TITLE_WORDS:
        return False
    if set(xs) <= set(ys) or set(ys) <= set(xs):
        # "Ayatollah Ali Khamenei" and "Ali Khamenei": one name with a word in front; "Kishida
        # Fumio" and "Fumio Kishida": one name in either order
        return False
    if GIVEN_NAME_FORMS.get(a, a) == GIVEN_NAME_FORMS.get(b, b):
        return False  # "Joe Biden" and "Joseph R. Biden": one given name, familiar and full
    return not (a.startswith(b) or b.startswith(a))


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def unsuffixed_words(name: str) -> list[str]:
    """A name's words without a generational suffix ("Lloyd J. Austin III" -> "Lloyd J. Austin"); all of
    them when nothing else is left."""
    return [w for w in name.split() if w.strip(".,") not in NAME_SUFFIXES] or name.split()


def _surname(name: str) -> str:
    """The last word of a name that is not a generational suffix ("Abdullah II" -> "abdullah"), its glued
    article dropped ("al-shaer" -> "shaer")."""
    return without_article(unsuffixed_words(name)[-1])


def same_party(a: PersonRef, b: PersonRef) -> bool:
    """Whether two references name one participant ("Wang" and "Wang Yi", "Taliban" and "the Taliban")."""
    x, y = clean_name(a.name).lower(), clean_name(b.name).lower()
    if x == y:
        return True
    if a.kind == "person" and b.kind == "person":
        if only_title_words(x) and only_title_words(y):
            return False  # "the President" and "the Vice President": two offices, however alike
        if sorted(x.split()) == sorted(y.split()):
            return True  # "Kishida Fumio" and "Fumio Kishida": the family name first or last
        if _other_given_names(x, y):
            return False  # "Salman bin Abd al-Aziz Al Saud", "Mohammad bin Salman Al Saud": king, prince
        if _surname(x) == _surname(y) or _leading_words(x, y) or _leading_words(y, x):
            return True
        # family name first ("Minister Kim" and "Kim Jae-won"): a lone word that opens the full name
        short, full = sorted((x.split(), y.split()), key=len)
        return len(short) == 1 and 2 <= len(full) <= 3 and "-" in full[-1] and full[0] == short[0]
    xs, ys = x.split(), y.split()
    short, long_ = (xs, ys) if len(xs) <= len(ys) else (ys, xs)
    return any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def dedupe(refs: Sequence[PersonRef]) -> list[PersonRef]:
    """Keep the first of each participant, preferring the longer (fuller) name."""
    out: list[PersonRef] = []
    for ref in refs:
        for i, have in enumerate(out):
            if same_party(have, ref):
                if len(ref.name) > len(have.name) and ref.kind == have.kind:
                    out[i] = ref
                break
        else:
            out.append(ref)
    return out
