"""Who "the President" is in a government's own readout.

A government's readout ("Readout of President Ruiz's Call with President Vega")
calls its own head "the President" and the other side by name; the nearest
president in the text may well be the guest, so an unnamed office with "the"
goes to the principal the title names with that office.

>>> home_principal(token, ctx)  # doctest: +SKIP
PersonRef('Tomas Ruiz', 'President', 'person')
"""

from __future__ import annotations

import itertools
import logging

from spacy.tokens import Token

from briefings.extract.context import DocContext
from briefings.extract.lexicon import HOME_OFFICES, MEETING_NOUNS, OTHER_OFFICE_WORDS
from briefings.extract.name_kinds import before_headline_link
from briefings.extract.titled_names import listed_office
from briefings.extract.titles import bearer_of_title, office_of
from briefings.model.facts import PersonRef

log = logging.getLogger(__name__)


def unnamed_office(tok: Token, ctx: DocContext) -> PersonRef | None:
    """ "the President hosted Leader Schumer": in a readout that never names its principal, the
    office as the text gives it, so the meeting keeps its host.

    Only for "the" + a capitalised home office with no "of" qualifier, and only when nothing
    in the document resolved it to a name.
    """
    if not _bare_office(tok):
        return None
    title = ctx.title_doc
    if title is None or not title.text.lower().startswith("readout"):
        return None
    words = [t.text for t in tok.lefts if t.dep_ == "compound" and t.text[:1].isupper()] + [tok.text]
    return PersonRef(f"the {' '.join(words)}", None, "person")


def _bare_office(tok: Token) -> bool:
    if tok.lower_ not in {w.split()[-1] for w in HOME_OFFICES} or not tok.text[:1].isupper():
        return False
    # "the President and Vice President met": the second office shares the first one's "the"
    owner = tok.head if tok.dep_ == "conj" and _bare_office(tok.head) else tok
    if not any(c.dep_ in {"det", "poss"} and c.lower_ == "the" for c in owner.children):
        return False
    return not any(
        (c.dep_ in {"prep", "appos"} or c.ent_type_ == "PERSON") and not listed_office(tok, c)
        for c in tok.children
    )  # "the President, Speaker Pelosi, and Leader Schumer": Pelosi is the list's next item


def home_principal(tok: Token, ctx: DocContext) -> PersonRef | None:
    """ "the President" as a meeting's party: the principal the readout's title names with
    that office, else the publisher's holder of the office on the publication date.

    A government's readout ("Readout of President Ruiz's Call with President Vega")
    calls its own head "the President" and the other side by name; the nearest
    president in the text may well be the guest. A government's own briefing or
    remarks ("the President spoke with Prime Minister Trudeau") names its head no more
    than that: the publisher's table (:mod:`publishers`) does, through
    :func:`titles.bearer_of_title`, which leaves the title to the text when another
    holder of the office is named just before ("President Macron ... the President").
    """
    if not _bare_office(tok):
        return None  # "the President of Ghana" names whose president
    office = " ".join(t.lower_ for t in tok.lefts if t.dep_ == "compound" and t.text[:1].isupper())
    office = f"{office} {tok.lower_}".strip()
    return _readout_principal(office, ctx) or _publisher_holder(office, tok, ctx)


def _readout_principal(office: str, ctx: DocContext) -> PersonRef | None:
    title = ctx.title_doc
    if title is None or not title.text.lower().startswith("readout"):
        return None
    for ent in title.ents:
        if ent.label_ != "PERSON":
            continue
        before = " ".join(t.lower_ for t in title[max(0, ent.start - len(office.split())) : ent.start])
        if before == office:
            # "Biden’s Meeting" tagged as one name: the name ends at the possessive
            words = list(
                itertools.takewhile(
                    lambda t: t.tag_ != "POS" and "’" not in t.text and t.lower_ not in MEETING_NOUNS, ent
                )
            )  # "President Joe Biden Meeting with ..." tagged as one name
            ref = ctx.people.resolve(" ".join(t.text for t in words), 0) if words else None
            if ref is not None and ref.kind == "person":
                return ref
        break  # only the readout's own principal, named first
    return None


def _publisher_holder(office: str, tok: Token, ctx: DocContext) -> PersonRef | None:
    """The bearer of the office in a text of a publisher holding it, or None."""
    if office not in ctx.offices:
        return None
    bearer = bearer_of_title(ctx, PersonRef(f"the {office.title()}", None, "person"), None, tok.idx)
    return bearer if office_of(bearer.name) is None else None


def titled_label(ref: PersonRef, ctx: DocContext) -> PersonRef:
    """A transcript label that states only an office ("THE PRESIDENT") is the person the title
    names with that office: "Remarks by President Biden and Vice President Harris" makes
    "The President" Biden and "The Vice President" Harris."""
    office = ref.name.lower().removeprefix("the ").strip()
    title = ctx.title_doc
    if not ref.name.lower().startswith("the ") or office not in HOME_OFFICES or title is None:
        return ref
    size = len(office.split())
    for ent in title.ents:
        before = [t.lower_ for t in title[max(0, ent.start - size - 1) : ent.start]]
        if before[-size:] != office.split() or (len(before) > size and before[0] in OTHER_OFFICE_WORDS):
            continue  # "Vice President Harris" is no "President"
        # "Remarks by President Kemp Before Air Force One Departure": the name ends at the link
        name = before_headline_link(ent)
        words = list(itertools.takewhile(lambda t: t.tag_ != "POS" and "’" not in t.text, name))
        found = ctx.people.resolve(" ".join(t.text for t in words), 0) if words else None
        if found is not None and found.kind == "person":
            return found
    return ref
