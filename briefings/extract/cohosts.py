"""Co-hosts and names the parser hangs inside a title.

Readouts open with two titled officials: "Domestic Policy Advisor Susan Rice and
White House Intergovernmental Affairs Director Julie Rodriguez convened ...". The
parser often hangs the first name inside the second's title (an ``nmod`` with the
"and"), and the tagger may take the first for part of an organisation
("Secretary of the Interior Deb Haaland" tagged ORG); both are still hosts. An
organisation that opens a person's title ("HUD Secretary Marcia Fudge") is hers,
not a party of its own.

>>> [t.text for t in stranded(subject)]  # doctest: +SKIP
['Rice']
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefings.extract.lexicon import ACCOMPANYING_PREPS, TITLE_WORDS
from briefings.extract.names import is_honorific
from briefings.extract.places import entity_at
from briefings.model.facts import PersonRef


def stranded(subject: Token) -> list[Token]:
    """ "Advisor Susan Rice and ... Director Julie Rodriguez convened": the first of two titled
    names the parser hung inside the second's title, joined by "and" (also as the object of the
    second title's "of": "Minister of Foreign Affairs Ana Lima and Minister of Trade Ben Dube met")."""
    return [
        t
        for c in subject.lefts
        if c.dep_ in {"compound", "nmod"}
        for t in c.subtree
        if (t.dep_ in {"nmod", "compound"} or (t.dep_ == "pobj" and t.ent_type_ == "PERSON"))
        and t.pos_ == "PROPN"
        and any(k.dep_ == "cc" and k.lower_ == "and" for k in t.children)
    ]


def field_names(subject: Token, verb: Token) -> list[Token]:
    """ "Chief of Staff to the Vice President Tina Flournoy, and National Security Council Senior
    Director for the Western Hemisphere Juan Gonzalez met ...": a titled name whose title's field
    ("to the Vice President", "for the Western Hemisphere") runs into it, so that the parser hangs the
    name inside the field's phrase. A person's name there that ends an item of the subject list
    (a comma, an "and" or the verb follows) is one more subject."""
    out = []
    for t in subject.subtree:
        if t.i >= verb.i or t.dep_ != "pobj" or t.ent_type_ != "PERSON" or t.head.lower_ not in {"to", "for"}:
            continue
        start = t.i
        while start > 0 and t.doc[start - 1].ent_type_ == "PERSON":
            start -= 1
        field = t.doc[start - 1] if start > 0 else None
        after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if field is None or field.pos_ != "PROPN" or field.ent_type_ == "PERSON":
            continue  # "spoke to Tina Flournoy": a name right after the preposition is its object
        if after is not None and (after.text in {",", "and"} or after.i == verb.i):
            out.append(t)
    return out


def field_title(name: Token) -> str | None:
    """The whole title before a name :func:`field_names` found ("Chief of Staff to the Vice
    President")."""
    start = name.i
    while start > 0 and name.doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    return title_before(name.doc, start)


def title_before(doc: Doc, start: int) -> str | None:
    """The title written before the name that starts at ``start``: the words back to the comma,
    "and", "with" or dash that opens its list item (never past its sentence's start), without a form
    of address ("National Security Advisor to the Vice President Dr. Phil Gordon": Dr. is no title); "as
    well as" opens a list item as "and" does."""
    first = start
    while (
        first > 0
        and doc[first - 1].text not in {",", ";", ":", "—", "–", "(", ")"}
        and doc[first - 1].lower_ not in {"and", "with"}
        and not (first >= 3 and doc[first - 3 : first].text.lower() == "as well as")  # "…, as well as X"
        and not doc[first].is_sent_start  # never back into the sentence before
    ):
        first -= 1
    last = start
    while last > first and is_honorific(doc[last - 1].text):
        last -= 1
    words = doc[first:last].text.strip()
    return words or None


_OFFICE_WORDS = 10  # how long an office between a body's name and its holder's name may run


def names_an_office(tok: Token) -> bool:
    """An organisation written as the first words of a person's title: "HUD Secretary Marcia Fudge"."""
    ent = entity_at(tok)
    if ent is None or ent.label_ != "ORG" or ent.end + 1 >= len(tok.doc):
        return False
    doc = tok.doc
    after = doc[ent.end]
    if after.lower_ not in TITLE_WORDS or not after.text[:1].isupper():
        return False
    # "Department of Agriculture Under Secretary for Farm Production and Conservation Robert Bonnie":
    # the office runs on in capitals and small words to the name
    for word in doc[ent.end + 1 : min(ent.end + _OFFICE_WORDS, len(doc))]:
        if word.ent_type_ == "PERSON":
            return True
        if not (word.text[:1].isupper() or word.lower_ in {"for", "and", "of", "the", "on", "to"}):
            return False
    return False


def stranded_name(tok: Token) -> PersonRef | None:
    """ "Secretary of the Interior Deb Haaland and ...": a titled name the tagger took for part of
    an organisation; the two capitalised words before "and", after a title, are the name."""
    doc = tok.doc
    start = tok.i
    while start > 0 and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in {"of", "the", "for"}):
        start -= 1
    run = doc[start : tok.i + 1]
    if tok.i - 1 <= start or not doc[tok.i - 1].text[:1].isupper():
        return None
    if not any(t.lower_ in TITLE_WORDS and t.text[:1].isupper() for t in run[:-2]):
        return None
    role = doc[start : tok.i - 1].text
    return PersonRef(f"{doc[tok.i - 1].text} {tok.text}", role, "person")


def accompanying(verb: Token, subjects: list[Token]) -> list[Token]:
    """ "Deese, along with Deputy Director Fazili and Deputy Director Miller, convened ...": the
    objects of "along with" / "together with" / "alongside" / "joined by" on the verb or its
    subject act with the subject."""
    withs = [  # "along" a preposition over "with", or "together" an adverb under it
        w
        for head in [verb, *subjects]
        for p in head.children
        if p.dep_ == "prep"
        for w in [*(c for c in p.children if p.lower_ in ACCOMPANYING_PREPS), p]
        if w.dep_ == "prep"
        and w.lower_ == "with"
        and (p is not w or any(c.dep_ == "advmod" and c.lower_ in ACCOMPANYING_PREPS for c in w.children))
    ]
    # "Delery and Garland, joined by Second Gentleman Emhoff and Associate Attorney General Gupta, convened"
    joined = [
        a
        for head in [verb, *subjects]
        for c in head.children
        if c.dep_ in {"acl", "advcl"} and c.lemma_.lower() == "join" and c.tag_ == "VBN"
        for a in c.children
        if a.dep_ == "agent"
    ]
    # "Gina McCarthy, alongside senior staff from the National Economic Council, held ..."
    beside = [
        p for head in [verb, *subjects] for p in head.children if p.dep_ == "prep" and p.lower_ == "alongside"
    ]
    return [o for w in [*withs, *joined, *beside] for o in w.children if o.dep_ == "pobj"]
