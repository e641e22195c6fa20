"""Named, not titled, speakers: "the President" is the one person the document names so.

Transcripts label turns "THE PRESIDENT:" and prose reports "the Vice President said";
a definite office that only one person holds in the document's world names that
person, and a briefing line "the President said" is worth more with the name.
The bearer is the one the document itself names with the office:

1. its title ("Remarks by President Biden and Vice President Harris …": "the Vice
   President" is Harris, "the President" Biden, never crossed);
2. else the body: the one person named with that office ("President Joe Biden");
3. else, in a government office's own text, the office's holder on the publication date
   (:mod:`publishers`): a White House briefing's "the President" is the President of the
   United States even where it names "President Putin" too, unless another holder of the
   office is named in the sentence or two before ("President Macron … the President
   said"), which leaves the text to say as in 2.

When nothing names a bearer the title stays the speaker. The office stays as the role.

>>> bearer_of_title(ctx, PersonRef("The President", None, "person"), None)  # doctest: +SKIP
PersonRef(name='Joe Biden', role='President', kind='person')
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from briefings.extract.context import DocContext
from briefings.extract.lexicon import SINGLE_BEARER_OFFICES
from briefings.extract.turns import Turn
from briefings.identity import given_names_fit, person_key
from briefings.model.facts import PersonRef

NEARBY_SENTENCES = 2  # sentences before a bare title in which another holder of it may be meant

_NAME_WORD = r"[A-Z][\w.'’-]*"


@lru_cache(maxsize=1)
def _office_in_title() -> re.Pattern[str]:
    offices = "|".join(re.escape(o) for o in sorted(SINGLE_BEARER_OFFICES, key=len, reverse=True))
    return re.compile(rf"\b(?i:(?P<office>{offices}))\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})")


def office_of(name: str) -> str | None:
    """The office a speaker's name is only a title for ("The President" -> "president")."""
    low = name.strip().lower()
    low = low[4:] if low.startswith("the ") else low
    return low if low in SINGLE_BEARER_OFFICES else None


def bearer_of_title(
    ctx: DocContext, speaker: PersonRef, turn: Turn | None, position: int, *, label: bool = False
) -> PersonRef:
    """``speaker`` with a bare office ("The President") replaced by the person the document
    names with it; any other speaker unchanged.

    In a turn of the bearer himself, "the President said" is another president (the one
    named most recently before ``position``), as it is when the document names no bearer.
    A turn ``label`` ("THE PRESIDENT:") in a publisher's own transcript is its holder unless
    the title names another: the host speaks under the bare title, a guest by name.
    """
    office = office_of(speaker.name)
    if office is None or speaker.kind == "org":
        return speaker
    if turn is not None and office_of(turn.label) == office:
        # the bearer speaking of "the President" means another one, named just before
        bearer = ctx.people.resolve_nominal(office, position)
    elif label:
        bearer = (
            _named_in_title(ctx, office) or ctx.offices.get(office) or _named_in_body(ctx, office, position)
        )
    else:
        bearer = _named_in_title(ctx, office) or _named_in_body(ctx, office, position)
    if bearer is None or bearer.kind != "person":
        return speaker
    if bearer is ctx.offices.get(office):
        return bearer  # the publisher's holder: a stated fact, name and role
    if not _written_with_office(ctx, office, bearer.name):
        # "President Biden" where Jill Biden is named in full: which first name the surname
        # goes with is the people index's guess; the surname and the office are the text's
        return PersonRef(bearer.name.split()[-1], office.title(), "person")
    return replace(bearer, role=office.title())


def _written_with_office(ctx: DocContext, office: str, name: str) -> bool:
    """Whether the title or body writes the office right before this full name."""
    found = re.compile(rf"(?i:{re.escape(office)})\s+{re.escape(name)}\b")
    return bool(found.search(ctx.document.title or "") or found.search(ctx.text))


def _named_in_title(ctx: DocContext, office: str) -> PersonRef | None:
    """ "Remarks by President Biden at …": the person right after the office in the title."""
    for match in _office_in_title().finditer(ctx.document.title or ""):
        if match.group("office").lower() != office:
            continue
        words = match.group("name").split()
        for end in range(len(words), 0, -1):  # "Biden Before Meeting": the longest known prefix
            name = " ".join(words[:end])
            name = re.sub(r"['’]s$", "", name).rstrip(",")
            ref = ctx.people.known(name, len(ctx.text))
            if ref is not None and ref.kind == "person":
                return ref
    return None


def _named_in_body(ctx: DocContext, office: str, position: int) -> PersonRef | None:
    """The one person the body names with the office ("President Joe Biden"); nobody when it
    names several (a briefing's "President Putin" and "President Zelenskyy": which one "the
    President" is, the text does not say, and a wrong name is worse than the title). In a text
    of a publisher holding the office, its holder, unless another holder is named just before."""
    holders = ctx.people.office_holders(office)
    named = holders[0][0] if len(holders) == 1 else None
    publisher = ctx.offices.get(office)
    if publisher is None:
        return named
    start = _sentences_back(ctx, position)
    others = [mentions for ref, mentions in holders if not _same_person(ref.name, publisher.name)]
    if any(start <= m < position for mentions in others for m in mentions):
        return named  # "President Macron … the President said": as if nobody published it
    return named if named is not None and not others else publisher


def _sentences_back(ctx: DocContext, position: int) -> int:
    """Where the sentence ``NEARBY_SENTENCES`` before the one at ``position`` starts."""
    sentence = ctx.sentence_at(position)
    for _ in range(NEARBY_SENTENCES):
        before = ctx.sentence_before(sentence)
        if before is None:
            break
        sentence = before
    return sentence.start_char if len(sentence) else 0


def _same_person(name: str, other: str) -> bool:
    """ "Joseph R. Biden" and "Joe Biden", "Biden" and "Joe Biden": one surname, given names that fit."""
    one, two = person_key(name), person_key(other)
    fit = given_names_fit(one.first, two.first) or given_names_fit(two.first, one.first)
    return one.last == two.last and fit
