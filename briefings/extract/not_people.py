"""What the tagger calls a name but the text does not name as a person or organisation.

The small English model reads "(Laughter.)" as a person, "Space Shuttle Atlantis"
and "Firefox" as people, "Tuscany" (of "Livorno, Tuscany") as a person, and runs
an organisation's name into the words around it ("a United States", "State
Department and", "World Health Organisation (WHO"). Each rule here is a
construction around the span (parentheses, a product noun, a place before a
comma, a dangling conjunction), with its words in :mod:`briefings.extract.lexicon`,
so `briefbot people` lists only persons and organisations the text names.

>>> clean_entity_name("a United States")
'United States'
>>> clean_entity_name("World Health Organisation (WHO")
'World Health Organisation'
>>> clean_entity_name("Reed College 2"), clean_entity_name("Channel 4")
('Reed College', 'Channel 4')
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from briefings.extract.lexicon import (
    ADDRESS_CLOSING_MARKS,
    ADDRESS_OPENERS,
    ADJECTIVE_TITLES,
    BODY_NAME_HEADS,
    COUNTRY_GIVEN_NAMES,
    DANGLING_WORDS,
    DAY_WORDS,
    FIELD_END_WORDS,
    HONORIFIC_GENDER,
    INNER_TITLE_NOUNS,
    LED_BY_A_PERSON,
    MAKER_PREPS,
    NEWS_AGENCY_NOUNS,
    NOT_SURNAMES,
    NUMBERED_NAME_WORDS,
    OUTLET_NOUNS,
    PLACE_PREPOSITIONS,
    PRODUCT_NOUNS,
    PUBLICATION_HEADS,
    STAGE_DIRECTIONS,
    STYLE_TITLES,
    THING_DETERMINERS,
    TITLE_WORDS,
)
from briefings.extract.names import looks_like_name
from briefings.extract.not_bodies import a_route_end
from briefings.extract.places import is_country

_LEADING_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.IGNORECASE)
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_THING_LABELS = frozenset({"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "EVENT"})


def clean_entity_name(text: str) -> str | None:
    """An organisation's or place's name without the words the tagger ran into it; None when
    nothing name-like is left ("drug- — drug").

    A leading article ("a United States"), a trailing conjunction or preposition ("State
    Department and", "State Council No. 4 of"), an unclosed parenthesis ("World Health
    Organisation (WHO") or a stray closing one, a Markdown label's colon and bold marks
    ("**From the White House:**"), and what an attendee list writes after a spaced hyphen
    ("Harbor Lines Company - Tom Reed", "Office of the Budget - Director") are not part of a name.
    """
    name = " ".join(text.split())
    name = name.split(" - ")[0]  # "Harbor Lines Company - Tom Reed": an attendee list's body, then who
    name = _LEADING_ARTICLE.sub("", name)
    if name.count("(") > name.count(")"):
        name = name[: name.rfind("(")]
    elif name.count(")") > name.count("("):
        name = name.replace(")", "")
    words = name.split()
    while words and (
        words[-1].lower().strip(".,") in DANGLING_WORDS
        or not any(c.isalnum() for c in words[-1])
        or _a_trailing_number(words)
    ):
        words.pop()
    name = " ".join(words).strip(" ,;:-–—*_")  # "White House:**" of a bold Markdown label
    if not name or not name[0].isalnum() or (not name[0].isupper() and not name[0].isdigit()):
        return None
    if re.search(r"\w-\s|\s[—–]\s", name):
        return None  # a false start run into a name: "drug- — drug"
    if name.lower().strip(".") in TITLE_WORDS:
        return None  # "MR" of a transcript's "MR. HALVORSEN:" label
    return name


def _a_trailing_number(words: list[str]) -> bool:
    """ "Reed College 2", "National Urban League 7" (a list's footnote marks), "State Council No.
    4" (an announcement's number): a small number after a name of two or more words is no part
    of a body's name; "Channel 4", "Local 32" and "Group of 20" end in theirs."""
    return (
        len(words) >= 3
        and words[-1].isdigit()
        and len(words[-1]) <= 3
        and words[-2].lower().strip(".,") not in NUMBERED_NAME_WORDS
    )


def is_stage_direction(span: Span) -> bool:
    """ "(Laughter.)", "(Applause.)": a parenthesised direction of a transcript, not a person."""
    if len(span) == 1 and span.text.lower() in STAGE_DIRECTIONS:
        return True
    # read the tokens around it: Doc.text is rebuilt from every token on each access
    doc = span.doc
    if len(span) > 2 or span.start == 0 or doc[span.start - 1].text != "(":
        return False
    at = span.end
    while at < len(doc) and doc[at].text == ".":
        at += 1
    return at < len(doc) and doc[at].text.startswith(")")


def made_by_a_person(span: Span) -> bool:
    """ "Remarks by Zimbabwe's President Robert Mugabe are a case in point", "Letters from Jane Roe":
    one word whose "by"/"from" phrase names a person is a thing that person made or said, not a
    person (a person is "of" a place or a body, not "by" someone)."""
    if len(span) != 1:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in MAKER_PREPS
        and any(o.dep_ == "pobj" and o.ent_type_ == "PERSON" for o in c.children)
        for c in span.root.children
    )


def names_a_product(span: Span) -> bool:
    """ "Space Shuttle Atlantis", "the browser Firefox", "Firefox browser": a made thing."""
    doc = span.doc
    words = {t.lower_ for t in span}
    if words & PRODUCT_NOUNS:
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    # "I gave them the Javelins", "a Glock", "the Kemp facility": a person's name takes no
    # article; in "the Kemp administration" the article is the noun's that a leader's name
    # modifies, the body or the time the person leads
    led = span.root.dep_ == "compound" and span.root.head.lower_ in LED_BY_A_PERSON
    if len(span) == 1 and before is not None and before.lower_ in THING_DETERMINERS and not led:
        return True
    if before is not None and before.lower_ in PRODUCT_NOUNS and before.pos_ == "NOUN":
        return True
    if before is not None and before.lower_ in OUTLET_NOUNS | NEWS_AGENCY_NOUNS and before.pos_ == "NOUN":
        return True  # "according to Cuban press agency Prensa Latina", "the newspaper Le Monde": a title
    if after is not None and after.lower_ in PRODUCT_NOUNS and after.pos_ == "NOUN":
        return True
    head = span.root.head
    return (
        span.root.dep_ in {"appos", "conj", "pobj"} and head.lower_ in PRODUCT_NOUNS and head.pos_ == "NOUN"
    )


def a_publications_name(name: str) -> bool:
    """ "PC World", "USA Today": a name of several words whose last word is a publication's is a
    title, never a person."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in PUBLICATION_HEADS and words[-1][:1].isupper()


def names_a_publication(span: Span) -> bool:
    """ "PC World's recent analysis": a span tagged as a person that is a publication's name."""
    return a_publications_name(span.text)


def inside_a_numbered_name(span: Span) -> bool:
    """ "the deputies of Movimento 5 Stelle (M5S)": a word after a capitalised word and a number is
    the end of one name with a numeral in it (a party, a channel), not a person's name."""
    doc = span.doc
    return (
        span.start >= 2
        and doc[span.start - 1].like_num
        and doc[span.start - 2].pos_ == "PROPN"
        and doc[span.start - 2].text[:1].isupper()
    )


def names_a_day(span: Span) -> bool:
    """ "to talk about Valentine's Day", "on St Patrick's Eve": a name whose possessive heads a day
    is a holiday's, no one a "he" or a speaker can be."""
    after = span.doc[span.end : span.end + 2]
    return len(after) == 2 and after[0].tag_ == "POS" and after[1].lower_ in DAY_WORDS


def names_a_place(span: Span) -> bool:
    """ "Livorno, Tuscany", "in Yorkshire": a one-word name after a place and a comma, or the
    object of a place preposition that hangs on a verb, is a place; so is a country's name alone
    (unless it is also a given name: "Chad", "Jordan")."""
    if len(span) != 1:
        return False
    if a_route_end(span):
        return True  # "from Sumy to Poltava"
    if is_country(span.text) and span.text.lower() not in COUNTRY_GIVEN_NAMES:
        return True  # "together with Malawi, this will be the Minister's first trip": a country alone
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].text == ",":
        before = doc[span.start - 2]
        # "Livorno, Tuscany": the region after a place, whatever label the tagger gave the town
        if before.ent_type_ in _PLACE_LABELS or (
            before.pos_ == "PROPN" and before.head.lower_ in PLACE_PREPOSITIONS and before.dep_ == "pobj"
        ):
            return True
    root = span.root
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ in PLACE_PREPOSITIONS
        and prep.head.pos_ in {"VERB", "AUX"}
        and span.start > 0
        and doc[span.start - 1].i == prep.i
    )


def coordinated_with_a_thing(span: Span) -> bool:
    """ "ahead of Safari and Opera": a one-word name coordinated with a product's or an
    organisation's name (and with no person's) names the same kind of thing."""
    if len(span) != 1:
        return False
    root = span.root
    partners = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        partners.append(root.head)
    labels = {t.ent_type_ for t in partners if t.ent_type_}
    return bool(labels) and "PERSON" not in labels and bool(labels & (_THING_LABELS | _PLACE_LABELS))


def words_of_things(ents: list[Span]) -> frozenset[str]:
    """The words of the longer organisations' and products' names of a text: a one-word
    "person" among them ("Firefox" of "Mozilla Firefox") is that thing. Read once per text."""
    return frozenset(t.lower_ for e in ents if e.label_ in _THING_LABELS and len(e) > 1 for t in e)


def inside_a_thing(name: str, ents: list[Span]) -> bool:
    """Whether a one-word name is a word of a longer organisation's or product's name."""
    return " " not in name and name.lower() in words_of_things(ents)


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")  # "L.P." of "Retno L.P. Marsudi"


def title_and_name(text: str) -> tuple[str, str] | None:
    """ "Spokesperson Ned Price" tagged an organisation: (title, name) when the entity is an
    office followed by a two- or three-word personal name, or by a surname alone that is no
    body's word ("former Justice Tunnell", "Chairman Mao"; not "Justice Department")."""
    words = text.split()
    # "the Hon Julie Bishop": an article before a style opens the title run
    at = 1 if len(words) > 2 and words[0].lower() == "the" and words[1].lower() in STYLE_TITLES else 0
    opened = at
    while at < len(words) and {words[at].lower(), words[at].lower().strip(".")} & (
        TITLE_WORDS | STYLE_TITLES
    ):
        at += 1
    if at > opened and at < len(words) and words[at].lower() in HONORIFIC_GENDER:
        at += 1  # "H.E. Ms. Retno L.P. Marsudi": a courtesy title after the style
    name = words[at:]
    if at == opened or not 1 <= len(name) <= 3:
        return None
    if len(name) == 1 and (
        name[0].lower() in BODY_NAME_HEADS
        or name[0].lower() in TITLE_WORDS
        or name[0].lower() in FIELD_END_WORDS
    ):
        return None  # "National [Intelligence]" of "Director of National Intelligence": an office's field
    if at == 1 and words[0].lower() in ADJECTIVE_TITLES:
        return None  # "Major League Baseball": the adjective opens the organisation's name
    if not all(
        (w[:1].isupper() and w[1:].islower() and w.isalpha()) or _INITIALS.fullmatch(w)
        for w in name
        if len(w) > 2
    ):
        return None
    text = " ".join(name)
    if not looks_like_name(text) or bare_office(text) or names_a_document_or_body(text):
        return None  # "National [Drug Control Policy]", "National [Forum on]": an office's or a body's words
    return " ".join(words[opened:at]), text


def courtesy_before(ent: Span) -> tuple[str, str] | None:
    """ "H.E. Ms. [Retno L.P. Marsudi]" with the name tagged an organisation: (title, name) when a
    courtesy title or a style of address stands right before the entity and the entity reads as a
    personal name (a body's name takes no "Ms." before it)."""
    doc = ent.doc
    start = ent.start
    while (
        start > max(ent.sent.start, ent.start - 2)
        and doc[start - 1].lower_ in HONORIFIC_GENDER.keys() | STYLE_TITLES
    ):
        start -= 1
    if start == ent.start:
        return None
    return title_and_name(doc[start : ent.end].text)


def bare_office(text: str) -> bool:
    """ "State Department Spokesperson", "Department Spokesperson", "the Caucus Co-Chair": an
    office with no name. The head of a name with "of"/"for" comes before it: "Council of
    Economic Advisers" and "Office of the White House Counsel" are bodies."""
    words = text.split()
    for at, word in enumerate(words):
        if at and word.lower() in {"of", "for"}:
            words = words[:at]
            break
    return bool(words) and words[-1].lower().strip(".,") in INNER_TITLE_NOUNS


def names_a_document_or_body(name: str) -> bool:
    """ "Joint Statement", "Major Defense Partnership": a name headed by a document's or a
    body's noun is no person's."""
    words = name.split()
    return bool(words) and words[-1].lower() in NOT_SURNAMES


def modifies_a_noun(span: Span) -> bool:
    """ "Yorkshire resident Magdalena Timmin", "Gang members": a one-word name that modifies a
    common noun is a place or a kind here, not a person (this mention only: "Biden
    administration" does not make Biden a thing elsewhere)."""
    root = span.root
    return len(span) == 1 and root.dep_ == "compound" and root.head.pos_ == "NOUN"


_LISTED_WORDS = frozenset({"NOUN", "PROPN", "NUM"})


def addressed(span: Span) -> bool:
    """ "Go ahead, Jennifer.", "Sorry, Mary.", "What do you think about that, Pete?", "Pete, what
    do you think?": a one-word name set off by a comma as the person spoken to. People are
    addressed by their given name (a surname takes a title: "Thank you, Mr. Ruiz"), so the name
    alone cannot say which Jennifer a corpus means. A name after a noun and a comma is that
    noun's apposition or a list's next item ("its spokesman, Ruiz.", "Ruiz, Holt, Varga."), no
    address."""
    if len(span) != 1:
        return False
    doc = span.doc
    at, end = span.start, span.end
    after = doc[end] if end < len(doc) else None
    if at >= 1 and doc[at - 1].lower_ == "dear":
        return True  # "thank you so much, Mr. President, dear Donald"
    if at >= 2 and doc[at - 1].text == "," and (after is None or after.text in ADDRESS_CLOSING_MARKS):
        return doc[at - 2].pos_ not in _LISTED_WORDS
    return (
        span[0].is_sent_start is True
        and after is not None
        and after.text == ","
        and end + 1 < len(doc)
        and (doc[end + 1].lower_ in ADDRESS_OPENERS or doc[end + 1].tag_ == "VB")
    )


def names_of_crafts(ents: list[Span]) -> frozenset[str]:
    """The names a text gives made things after their noun ("Space Shuttle Columbia", "the
    carrier Nimitz" tagged as one name): "columbia", "nimitz". The same name standing alone
    elsewhere ("Columbia was lost in 2003") is that craft, no person or body."""
    names: set[str] = set()
    for ent in ents:
        words = [t.lower_ for t in ent]
        at = max((i for i, w in enumerate(words[:-1]) if w in PRODUCT_NOUNS), default=-1)
        if at >= 0:
            names.add(" ".join(words[at + 1 :]))
    return frozenset(names)
