"""Names the tagger calls organisations (or persons) that a reader would not list as either.

An identity is a person or an organisation the text names. The small English model
tags as ORG an event ("the Annapolis Conference"), a document ("the UN Charter"), a
facility ("Wright-Patterson Air Force Base"), a list of places ("St. Kitts & Nevis,
Suriname"), the field of an office ("Secretary of [Defense Lloyd Austin]"), a
transcript's speaker label ("NEUBERGER:") and a common noun capitalised at a
sentence's start ("Defense said", "Fentanyl is killing people"). Each rule here is a
construction around the name, with its words in :mod:`briefings.extract.lexicon`.

>>> head_word("Compact of Free Association"), head_word("Annapolis Conference")
('compact', 'conference')
"""

from __future__ import annotations

import re

from spacy.attrs import IS_LOWER, ORTH
from spacy.tokens import Doc, Span

from briefings.extract.lexicon import (
    BODY_NAME_HEADS,
    DETERMINER_WORDS,
    DISEASE_NAMES,
    DOCUMENT_HEADS,
    EVENT_HEADS,
    FACILITY_HEADS,
    FIELD_OFFICES,
    HEADLINE_TIME_LINKS,
    LAW_HEADS,
    NAME_LIST_LINKS,
    PAIRED_UNDERTAKING_HEADS,
    PLACE_HEADS,
    PLACE_PREPOSITIONS,
    PLURAL_TITLES,
    PRODUCT_NOUNS,
    RELIGION_NAMES,
    ROUTE_ENDS,
    SETTLEMENT_NOUNS,
    TITLE_WORDS,
    TOPIC_HEADS,
    VERSIONED_PRODUCT_NOUNS,
)
from briefings.extract.names import looks_like_name, split_title
from briefings.extract.places import is_country, is_demonym

_NOT_BODY_HEADS = EVENT_HEADS | DOCUMENT_HEADS | FACILITY_HEADS | PLACE_HEADS
_OF_WORDS = frozenset({"of", "for"})
# Words inside an office's field: "Secretary of [Housing and Urban Development]", "Under Secretary of
# [Energy for Science and Innovation]"
_FIELD_LINKS = frozenset({"and", "&", "for", "of"})


def head_word(name: str) -> str:
    """The noun a name is of: the word before its first "of"/"for" ("Medal of Honor"), else its
    last word ("Annapolis Conference")."""
    words = name.lower().split()
    for i, word in enumerate(words):
        if i and word in _OF_WORDS:
            return words[i - 1]
    return words[-1] if words else ""


def names_no_body(name: str) -> bool:
    """ "Annapolis Conference", "UN Charter", "Medal of Honor", "Wright-Patterson Air Force Base",
    "Indo-Pacific region", "St. Kitts & Nevis, Suriname", "Islam": an event, a document or an
    award, a facility, a place, a list of names or a faith, which no one can be or speak for."""
    return (
        _a_list(name)
        or head_word(name) in _NOT_BODY_HEADS
        or _paired_undertaking(name)
        or names_a_disease(name)
        or name.lower().removeprefix("the ") in RELIGION_NAMES
    )


def _paired_undertaking(name: str) -> bool:
    """ "U.S.-India Initiative on Critical and Emerging Technology": a partnership or initiative of
    two countries named by their hyphenated pair is what they undertake, no body one speaks for."""
    first = name.split()[0] if name.split() else ""
    words = name.lower().split()
    if "-" not in first or not any(w.strip(",") in PAIRED_UNDERTAKING_HEADS for w in words):
        return False
    lead = first.split("-")[0]
    return is_country(lead) or bool(re.fullmatch(r"(?:[A-Z]\.){2,}", lead))


def names_a_disease(name: str) -> bool:
    """ "COVID-19", "Covid", "the Omicron variant" named alone: a disease, no person or body."""
    words = name.lower().replace("⁠", "").split()
    if words and words[0] == "the":
        words = words[1:]
    if words and words[-1] in {"variant", "pandemic", "virus"}:
        words = words[:-1]
    return len(words) == 1 and words[0] in DISEASE_NAMES


def _a_list(name: str) -> bool:
    """ "St. Kitts & Nevis, Suriname": names after a comma with no "and" to close a series; "the
    Department for Environment, Food and Rural Affairs" is one name."""
    if "," not in name:
        return False
    last = name.rsplit(",", 1)[1].lower().split()
    return "and" not in last and "&" not in last


def in_an_office(ent: Span, field_words: int = 4) -> bool:
    """ "Secretary of [Defense]", "Minister for [Foreign Affairs]", "Secretary of [Housing and
    Urban Development]": capitalised words (joined by "and") right after a minister's or a
    secretary's "of" name the office's field, not a body; "Vice Premier of [the State
    Council]", "CEO of [Apple]", "Secretary of [CEI]" name bodies."""
    return (
        len(ent) <= field_words
        and all((t.text[:1].isupper() and not t.text.isupper()) or t.lower_ in _FIELD_LINKS for t in ent)
        and ent[0].text[:1].isupper()
        and ent[-1].text[:1].isupper()
        and office_before_field(ent) is not None
    )


def office_before_field(ent: Span) -> int | None:
    """The office word whose field ``ent`` is part of: "Secretary" for "Secretary of [Defense]"; for
    a field that is a list, "Envoy" for "Special Envoy for Afghan Women, Girls, and [Human Rights]"
    and "Secretary" for "Assistant Secretary for Preparedness and [Response]"."""
    doc = ent.doc
    at = ent.start - 1
    reach = max(ent.start - 9, 0)
    # a list's last field follows its "and" ("…, Girls, and [Human Rights]"); a name after a bare comma
    # starts the next item of a list of officials ("Secretary of Housing Marcia Fudge, [National
    # Economic Council] Director Brian Deese")
    listed = ent.start > 0 and doc[ent.start - 1].lower_ in {"and", "&"}
    while at > reach and doc[at].lower_ not in _OF_WORDS:
        tok = doc[at]
        if not (tok.text in {",", "&"} or tok.lower_ == "and" or (tok.text[:1].isupper() and tok.is_alpha)):
            return None
        if tok.text == "," and not listed:
            return None
        if tok.ent_type_ == "PERSON" and (tok.ent_iob_ == "I" or doc[at + 1].ent_iob_ == "I"):
            return None  # "Secretary of State John Negroponte and [Kim Jong Il]": a holder named between
        at -= 1
    if at < 1 or doc[at].lower_ not in _OF_WORDS or doc[at - 1].lower_.strip(".") not in FIELD_OFFICES:
        return None
    return at - 1


def in_a_bodys_name(ent: Span) -> bool:
    """ "Interagency Working Group on [Coal and Power Plant Communities]", "Task Force for
    [Recovery]": capitalised words after a body's capitalised head and its "on"/"for" are the
    field in that body's name, not a body of their own."""
    doc = ent.doc
    at = ent.start - 1
    while at >= 0 and (doc[at].text[:1].isupper() or doc[at].lower_ in NAME_LIST_LINKS):
        at -= 1  # "on Coal and [Power Plant Communities]": the field's earlier words
    if at < 1 or doc[at].lower_ not in {"on", "for"}:
        return False
    head = doc[at - 1]
    return head.text[:1].isupper() and head.lower_ in BODY_NAME_HEADS


def office_field_and_name(ent: Span) -> tuple[str, str] | None:
    """ "Secretary of [Defense Lloyd Austin]" tagged an organisation: (the office, the person's
    name) when the entity is the office's field followed by a two-word name (three with an
    initial: "Antony J. Blinken")."""
    size = 3 if len(ent) >= 4 and ent[-2].text.endswith(".") and len(ent[-2].text) <= 3 else 2
    if len(ent) <= size or not in_an_office(ent[: len(ent) - size], field_words=5):
        return None
    name = ent[len(ent) - size :].text
    if not looks_like_name(name) or any(t.lower_ in TITLE_WORDS for t in ent[len(ent) - size :]):
        return None
    doc = ent.doc
    at = office_before_field(ent[: len(ent) - size])
    if at is None:
        return None
    office = doc[at : ent.end - size].text
    return split_title(office)[0] or office, name


def plural_title_before(span: Span) -> str:
    """ "Senators Rubio and Cruz": the plural title that a list of names shares ("Senators"),
    read leftwards over the list's other names and links (each may have its own title too:
    "Co-Chairs National Climate Advisor Ana Ruiz and ..."); "" when there is none, or when a
    comma sets the plural off as a description ("outstanding leaders, Chancellor Weber")."""
    doc = span.doc
    at = span.start - 1
    while at >= 0 and (doc[at].pos_ == "PROPN" or doc[at].lower_ in NAME_LIST_LINKS):
        if doc[at].lower_ in PLURAL_TITLES:
            return _shared(doc, at)
        at -= 1
    if at >= 0 and doc[at].lower_ in PLURAL_TITLES:
        return _shared(doc, at)
    return ""


def _shared(doc: Doc, at: int) -> str:
    """The plural title at ``at`` when the names follow it as its list ("Senators Rubio and
    Cruz"); "outstanding leaders, Chancellor Weber" sets a description off by a comma, which
    says what the people are together, not an office of each."""
    after = doc[at + 1] if at + 1 < len(doc) else None
    if after is not None and after.text in {",", "—", "–", ":"}:
        return ""
    start = at  # "Prime Ministers Ito, Rao and Kerr", "Foreign Ministers": the office's words before it
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ in TITLE_WORDS:
        start -= 1
    return doc[start : at + 1].text


def speaker_label(ent: Span) -> bool:
    """ "MS. NEUBERGER: Yes.": a transcript's shouted speaker label, not an organisation."""
    doc = ent.doc
    shouted = ent.text.isupper() and len(ent.text) > 3
    labelled = ent.end < len(doc) and doc[ent.end].text == ":"
    return shouted and (labelled or (ent.start > 0 and doc[ent.start - 1].lower_.strip(".") in TITLE_WORDS))


def lower_case_words(doc: Doc) -> frozenset[int]:
    """The lower-case words of a text (as string hashes), read once per text from its arrays."""
    if not len(doc):
        return frozenset()
    columns = doc.to_array([ORTH, IS_LOWER]).tolist()
    return frozenset(orth for orth, lower in columns if lower)


def a_common_word(name: str, doc: Doc, lower_words: frozenset[int]) -> bool:
    """ "Fentanyl is killing people. The fentanyl comes from abroad.": a one-word name the same
    text writes in lower case is a common noun opening a sentence or a headline, not a name."""
    if " " in name or not name[:1].isupper() or name.isupper():
        return False
    return doc.vocab.strings[name.lower()] in lower_words  # the hash, added to no store


def before_time_link(text: str) -> str:
    """ "Biden Before Air Force One" of a title-cased headline: the name ends at the link."""
    words = text.split()
    for i, word in enumerate(words):
        if i and word.lower() in HEADLINE_TIME_LINKS and word[:1].isupper():
            return " ".join(words[:i])
    return text


def country_then_holder(ent: Span) -> Span | None:
    """ "the President of Guatemala, Alejandro Giammattei,": the tagger ran the country an office is
    of and its holder's name, set off by a comma, into one organisation; the part after the comma is
    a person's name when it is two or three capitalised words after a country's name. Right after
    "of", the comma may be missing ("President of [Italy Sergio Mattarella]"): the longest country's
    name at the start ends where the holder's begins."""
    commas = [t.i for t in ent if t.text == ","]
    if not commas and ent.start and ent.doc[ent.start - 1].lower_ == "of":
        # "President of [Italy Sergio Mattarella]": no comma, the country's name runs into the holder's
        cuts = [c for c in (1, 2, 3) if c < len(ent) and is_country(ent.doc[ent.start : ent.start + c].text)]
        if not cuts:
            return None
        commas = [ent.start + cuts[-1] - 1]
        country, holder = ent.doc[ent.start : commas[0] + 1], ent.doc[commas[0] + 1 : ent.end]
    elif len(commas) != 1:
        return None
    else:
        country, holder = ent.doc[ent.start : commas[0]], ent.doc[commas[0] + 1 : ent.end]
    if not is_country(country.text.removeprefix("the ")) or not 2 <= len(holder) <= 3:
        return None
    if not all(t.text[:1].isupper() and t.is_alpha for t in holder) or not looks_like_name(holder.text):
        return None
    return holder


def no_body(ent: Span, name: str, lower_words: frozenset[int], body: str = "") -> bool:
    """An ORG entity that names no organisation: an event, a document, a facility, a place or a
    list; the field of an office ("Secretary of Defense") or of a body's name ("Working Group on
    Coal Communities"); a transcript's label ("NEUBERGER:");
    a nationality ("Emirati"); a common noun opening a sentence ("Defense said"); a product line
    the ``body`` text writes with a version number ("IE6")."""
    return (
        names_no_body(name)
        or in_an_office(ent)
        or in_a_bodys_name(ent)
        or office_field_and_name(ent) is not None
        or country_then_holder(ent) is not None
        or speaker_label(ent)
        or is_demonym(name)
        or beside_a_product_noun(ent)
        or a_versioned_product(name, body)
        or ranked_among_products(name, body)
        or a_common_word(name, ent.doc, lower_words)
        or a_topic(ent)
    )


def a_topic(ent: Span) -> bool:
    """ "launching a dialogue on Artificial Intelligence", "a state of Peace and Security": a
    capitalised phrase a topic noun's "on"/"of" governs is the topic, not a body."""
    prep = ent.root.head
    return (
        ent.root.dep_ == "pobj"
        and prep.lower_ in {"on", "of", "about"}
        and prep.head.pos_ == "NOUN"
        and prep.head.lemma_.lower() in TOPIC_HEADS
    )


def a_versioned_product(name: str, text: str) -> bool:
    """ "IE6 users", "Internet Explorer 9 (IE9)", "the Nord Stream 2 pipeline": a name the text writes
    with a version number is a product line, not a body: one digit joined to the name ("IE6"), or a
    number after a name of two words or more followed by punctuation or a product's noun ("Nord
    Stream 2 pipeline", "[Internet] Explorer 9 ("). "the Boeing 737 fleet" (a maker's model after a
    determiner), "EU27" (a count) and "the United Nations 75 years ago" keep their bodies."""
    if not name or not name[:1].isupper():
        return False
    # only the places where the name is followed by a number are read (a scan of the whole text per
    # organisation cost a tenth of extraction time on long transcripts)
    windows = _numbered_windows(name, text)
    if not windows:
        return False
    word = re.escape(name)
    if any(re.search(rf"(?<![\w.-]){word}\d(?:\.\d)?(?![\w.])", w) for w in windows):
        return True
    lead = rf"(?:(?!{DETERMINER_WORDS}\b)[A-Z][\w-]*\s+)+" if " " not in name else ""
    nouns = "|".join(sorted(VERSIONED_PRODUCT_NOUNS))
    after = rf"(?=\s*(?:[^\w\s]|$|(?:{nouns})\b))"
    pattern = rf"(?<![\w.-]){lead}{word}\s+\d{{1,2}}(?:\.\d+)?{after}"
    return any(re.search(pattern, w) is not None for w in windows)


_WINDOW_BEFORE = 120  # room for the capitalised words a one-word name may close ("Internet Explorer")
_WINDOW_AFTER = 60


def _numbered_windows(name: str, text: str) -> list[str]:
    """The stretches of ``text`` around each place ``name`` is followed (after spaces) by a digit."""
    out: list[str] = []
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        rest = text[end : end + 4].lstrip()
        if rest[:1].isdigit():
            out.append(text[max(0, at - _WINDOW_BEFORE) : end + _WINDOW_AFTER])
        at = text.find(name, end)
    return out


def at_a_place(ent: Span) -> bool:
    """ "homes in Mariupol", "from Sumy to Poltava", "across the Indo-Pacific", "the
    Euro-Atlantic community", "congratulated Moldova": a one-word name that is where something
    is (a place preposition's object, either end of a route), a hyphenated region or pair
    modifying a noun, or a country, names a place whatever label the tagger gave it; "wrote in
    the Wall Street Journal", "served in the Air Force" are bodies."""
    words = ent.text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) != 1:
        return False
    if is_country(words[0]):
        return True
    root = ent.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in PLACE_PREPOSITIONS:
        return True
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in SETTLEMENT_NOUNS:
        return True  # "the town of Yeoncheon", "the city of Mosul": the place the noun names
    if root.dep_ == "pobj" and head.lower_ in ROUTE_ENDS:
        return a_route_end(ent) or ROUTE_ENDS.issubset(
            t.lower_ for t in head.head.subtree if t.dep_ == "prep"
        )
    modifier = root.dep_ in {"compound", "amod", "nmod"} and head.pos_ == "NOUN"
    return "-" in words[0] and (modifier or (root.dep_ == "pobj" and head.lower_ in {"across", "in"}))


def a_route_end(span: Span) -> bool:
    """ "corridors from Sumy to Poltava": a one-word name written between "from" and "to", or
    after the "to" of "from <name>", is one end of a route, a place (read from the words: the
    parser often hangs "to" elsewhere)."""
    if len(span) != 1 or span.start < 1:
        return False
    doc = span.doc
    before = doc[span.start - 1].lower_
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if before == "from" and after == "to":
        return True
    return before == "to" and span.start >= 3 and doc[span.start - 3].lower_ == "from"


def ranked_among_products(name: str, text: str) -> bool:
    """ "Mozilla Firefox, its main rival, …" where the text also says "the #2 browser after
    Firefox": a name whose last word the text ranks against a made thing ("browser after X",
    "software other than X") is a product line; "the largest bank after Barclays" ranks a body,
    and banks are no made things."""
    last = name.split()[-1] if name.split() else ""
    if not last[:1].isupper() or len(last) < 3:
        return False
    at = text.find(last)
    while at != -1:
        before = text[max(0, at - 40) : at]
        if _RANKED_AFTER.search(before):
            return True
        at = text.find(last, at + len(last))
    return False


_RANKED_AFTER = re.compile(
    r"\b(?:" + "|".join(sorted(PRODUCT_NOUNS)) + r")\s+(?:after|behind|than|other than|ahead of)\s+$"
)


def beside_a_product_noun(ent: Span) -> bool:
    """ "Space Shuttle Columbia", "the Nord Stream 2 pipeline": a name beside a made thing's noun;
    "the Bipartisan Infrastructure Law": the words before a law's capitalised head noun,
    which the tagger left out, are the start of a law's or a plan's name ("the NATO statement",
    in lower case, is a body's statement)."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.lower_ in LAW_HEADS and after.text[:1].isupper():
        return True
    return (before is not None and before.lower_ in PRODUCT_NOUNS) or (
        after is not None and after.lower_ in PRODUCT_NOUNS | FACILITY_HEADS and after.pos_ == "NOUN"
    )
