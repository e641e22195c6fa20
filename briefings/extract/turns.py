"""Speaker turns of a transcript: ``**SECRETARY BLINKEN:** ...``, ``QUESTION: ...``, ``Wikinews: ...``.

Remarks, press availabilities and interviews are written as turns under a
speaker label. Meetings need the label to know who "I" and "we" are ("We just
concluded a very productive meeting"); questions need it to know who asked
(a ``QUESTION:`` turn is a reporter). The label grammar is generic: a line
that opens with a short name-like phrase and a colon, either bold or shouting.

>>> [t.label for t in find_turns("**SECRETARY BLINKEN:** Hello.\\n**QUESTION:** Why?")]
['SECRETARY BLINKEN', 'QUESTION']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefings.extract.lexicon import MODERATOR_LABELS
from briefings.extract.names import normalise_case
from briefings.extract.people import PeopleIndex
from briefings.model.facts import PersonRef

# A bold label of up to six words ("**Shimon Peres:**", "**SECRETARY BLINKEN:**") or an
# unformatted shouting one ("PRESIDENT BIDEN:"); the colon may sit inside or outside the bold.
_LABEL = re.compile(
    r"^[ \t>]*(?:\*\*(?P<bold>[^*\n:]{1,60}?)(?::\*\*|\*\*:)"
    r"|(?P<caps>[A-Z][A-Z.'’ -]{1,50}[A-Z.)]):"
    # White House transcripts open a reporter's turn with a bare "Q"
    r"|(?P<q>Q\.?):?(?=[ \t]+\S)"
    # an interviewer's whole line in bold: "**The Continental Review: Why ...?**"
    r"|\*\*(?P<boldline>[^*\n:]{1,60}?):(?=[ \t]+[^\n]*\S\*\*[ \t]*$)"
    # a mixed-case label ("Farida Osman: ..."), a turn only when the same label opens two or more lines
    r"|(?P<plain>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):(?=[ \t]+\S))[ \t]*",
    re.MULTILINE,
)
_MONOLOGUE_LABEL_WITHIN = 600  # characters: past a venue and a time line, a label opens the speech
_LABEL_LENGTH = 70
_REPORTER_LABELS = frozenset({"question", "q", "reporter", "audience member", "participant"})


@dataclass(frozen=True)
class Turn:
    """One labelled turn: ``label`` as written, the label's span and the turn's text span."""

    label: str
    label_start: int
    start: int  # first character of the turn's text (after the label)
    end: int  # end of the turn (start of the next label, or end of the body)
    role: str | None = None  # the office a byline gives its speaker ("Deputy Secretary of State")

    @property
    def is_reporter(self) -> bool:
        """``QUESTION:`` and its kin: an unnamed member of the press."""
        return self.label.strip(" .").lower() in _REPORTER_LABELS

    @property
    def is_moderator(self) -> bool:
        """Press officers and operators run the event; they are not parties to a meeting."""
        return self.label.strip(" .").lower() in MODERATOR_LABELS


def _name_like(label: str) -> bool:
    words = label.split()
    return 0 < len(words) <= 6 and all(w[:1].isupper() or w[:1] in "([" or not w[:1].isalpha() for w in words)


def find_turns(body: str) -> list[Turn]:
    """Every labelled turn of ``body`` in order; an empty list for ordinary prose.

    A document counts as a transcript only when at least two labels are found,
    so a single "Note:" line in an article does not turn it into turns.
    """
    found: list[tuple[str, int, int]] = []
    plain: dict[str, int] = {}
    matches = list(_LABEL.finditer(body))
    for match in matches:
        if match.group("plain"):
            plain[match.group("plain")] = plain.get(match.group("plain"), 0) + 1
    for match in matches:
        label = (
            match.group("bold") or match.group("caps") or match.group("q") or match.group("boldline") or ""
        ).strip()
        if match.group("plain") and plain[match.group("plain")] >= 2:
            label = match.group("plain")
        if _name_like(label):
            found.append((label, match.start(), match.end()))
    if len(found) < 2:
        return []
    turns = []
    for number, (label, label_start, start) in enumerate(found):
        end = found[number + 1][1] if number + 1 < len(found) else len(body)
        turns.append(Turn(label, label_start, start, end))
    return turns


def monologue(body: str) -> bool:
    """One speaker's continuous speech: a single speaker label near the top and no other
    (``THE PRESIDENT:  Madam Vice President, my fellow Americans: ...``).

    :func:`find_turns` reads a single label as prose (a "Note:" line must not make an
    article a transcript); a label that opens the speech and stays the only one makes
    the whole body that speaker's words, which questions read differently from an
    author's prose (a speaker's questions are his own devices).

    >>> monologue("Washington\\n\\nTHE PRESIDENT:  Good morning. Who are we? We are free.")
    True
    >>> monologue("The minister spoke.\\n\\nNote: figures are provisional.")
    False
    """
    head = body[: _MONOLOGUE_LABEL_WITHIN + _LABEL_LENGTH]
    opening = [m for m in _LABEL.finditer(head) if not m.group("plain") and not m.group("q")]
    if len(opening) != 1 or opening[0].start() > _MONOLOGUE_LABEL_WITHIN:
        return False
    rest = body[opening[0].end() :]
    return not any(not m.group("plain") and not m.group("q") for m in _LABEL.finditer(rest))


def turn_at(turns: Sequence[Turn], offset: int) -> Turn | None:
    """The turn whose text holds character ``offset``, if any."""
    at = bisect.bisect_right([t.start for t in turns], offset) - 1
    if at >= 0 and turns[at].start <= offset < turns[at].end:
        return turns[at]
    return None


def reporter() -> PersonRef:
    """Who asks in a ``QUESTION:`` turn: an unnamed reporter."""
    return PersonRef("Reporter", None, "anonymous")


def speaker_of(turn: Turn, people: PeopleIndex) -> PersonRef:
    """The person behind a label, resolved to the fullest name the document gives.

    "SECRETARY BLINKEN" -> Antony J. Blinken (when the document names him in full);
    a label the index does not know stays as written, title-cased.
    """
    if turn.is_reporter:
        return reporter()
    label = normalise_case(turn.label)
    ref = people.resolve(label, turn.label_start)
    if ref is not None:
        return ref if ref.role or not turn.role else replace(ref, role=turn.role)
    return PersonRef(label, turn.role, "person")
