"""A long body, extracted piece by piece: bounded memory for any document.

spaCy's memory grows with the length of a Doc (a million characters took over
4 GB), so a body longer than ``PIECE_CHARS`` is cut at paragraph (else sentence,
else word) boundaries into pieces parsed one at a time. Each piece's facts have
their evidence offsets moved back into the whole body, and the people of all
pieces are merged by name. A fact whose sentence straddles a cut is lost; cuts
fall between paragraphs, where news facts do not straddle.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from briefings.identity import title_key
from briefings.model.documents import Document
from briefings.model.facts import Evidence, Extraction, Person

PIECE_CHARS = 50_000
"""Characters of body parsed at once: a long news article or press briefing is 20–50
thousand; memory grows about 3.3 MB per thousand characters of a piece (100,000: +325 MB)."""

_CUTS = ("\n\n", "\n", ". ", " ")
# In a transcript, a cut just before a reporter's turn ("Q    Does the ...", "QUESTION: ...") keeps
# each question with its answer: a question whose answer fell into the next piece was lost.
_BEFORE_A_QUESTION = re.compile(r"\n[ \t\xa0]*\n(?=[ \t\xa0]*(?:Q|QUESTION|REPORTER)(?:[.:]|[ \t\xa0]))")


def pieces(body: str, size: int = PIECE_CHARS) -> Iterator[tuple[int, str]]:
    """``(offset, text)`` pieces of ``body``, each at most ``size`` characters, cut at the
    last paragraph, line, sentence or word boundary of the second half of a window.

    >>> [(o, t) for o, t in pieces("aaa bbb\\n\\nccc ddd", size=10)]
    [(0, 'aaa bbb\\n\\n'), (9, 'ccc ddd')]
    """
    start = 0
    while len(body) - start > size:
        window = body[start : start + size]
        end = size
        # the last reporter's turn in the second half of the window
        before_question = max(
            _BEFORE_A_QUESTION.finditer(window, size // 2), key=lambda m: m.end(), default=None
        )
        if before_question is not None:
            end = before_question.end()
        for cut in () if before_question is not None else _CUTS:
            found = window.rfind(cut, size // 2)
            if found != -1:
                end = found + len(cut)
                break
        yield start, body[start : start + end]
        start += end
    if start < len(body):
        yield start, body[start:]


def _shift(evidence: Evidence, offset: int) -> Evidence:
    if evidence.field != "body" or not offset:
        return evidence
    return replace(evidence, start=evidence.start + offset, end=evidence.end + offset)


def _merge_people(groups: list[tuple[Person, ...]]) -> tuple[Person, ...]:
    merged: dict[tuple[str, str], Person] = {}
    for people in groups:
        for person in people:
            key = (person.kind, person.name)
            known = merged.get(key)
            if known is None:
                merged[key] = person
            else:
                merged[key] = replace(
                    known,
                    aliases=tuple(dict.fromkeys(known.aliases + person.aliases)),
                    roles=tuple(dict.fromkeys(known.roles + person.roles)),
                )
    return _fold_short_names(list(merged.values()))


def _fold_short_names(people: list[Person]) -> tuple[Person, ...]:
    """A later piece knows a person by the short name an earlier one linked to the full name
    ("Press Secretary Jen Psaki" in the title, "Thanks, Jen." fifty thousand characters on):
    a one-word person that is an alias, the given name or the surname of exactly one person
    with a fuller name is that person, as it would be in one parse, unless it has a title
    that person does not hold ("President Biden" is not "First Lady Jill Biden")."""
    full = [p for p in people if p.kind == "person" and len(p.name.split()) > 1]
    out: list[Person] = []
    folded: dict[str, Person] = {}  # full name -> the person with the short ones folded in
    for person in people:
        fits = []
        if person.kind == "person" and " " not in person.name.strip():
            low = person.name.lower()
            fits = [
                p
                for p in full
                if low in {a.lower() for a in p.aliases}
                or low in {p.name.split()[0].lower(), p.name.split()[-1].lower()}
            ]
        if len(fits) == 1 and _titles_agree(person, fits[0]):
            into = folded.get(fits[0].name, fits[0])
            folded[fits[0].name] = replace(
                into,
                aliases=tuple(dict.fromkeys((*into.aliases, person.name, *person.aliases))),
                roles=tuple(dict.fromkeys(into.roles + person.roles)),
            )
        else:
            out.append(person)
    return tuple(folded.get(p.name, p) if p.kind == "person" else p for p in out)


def _titles_agree(short: Person, full: Person) -> bool:
    held = {title_key(role) for role in full.roles}
    return all(title_key(role) in held for role in short.roles)


def extract_in_pieces(
    document: Document,
    limit: int,
    extract: Callable[[Document], Extraction],
    size: int = PIECE_CHARS,
) -> Extraction:
    """Extract the first ``limit`` characters of ``document``'s body in pieces of at most
    ``size`` with ``extract`` (which sees each piece as a document of its own; the title
    goes with the first)."""
    quotes, meetings, questions, people = [], [], [], []
    for number, (offset, text) in enumerate(pieces(document.body[:limit], size)):
        piece = replace(document, body=text, title=document.title if number == 0 else "")
        found = extract(piece)
        quotes += [replace(q, evidence=_shift(q.evidence, offset)) for q in found.quotes]
        meetings += [replace(m, evidence=_shift(m.evidence, offset)) for m in found.meetings]
        questions += [
            replace(
                q,
                evidence=_shift(q.evidence, offset),
                answer=None if q.answer is None else _shift(q.answer, offset),
            )
            for q in found.questions
        ]
        people.append(found.people)
    return Extraction(
        document_id=document.id,
        quotes=tuple(quotes),
        meetings=tuple(meetings),
        questions=tuple(questions),
        people=_merge_people(people),
    )
