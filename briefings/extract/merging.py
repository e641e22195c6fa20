"""One meeting mentioned several times in a document is one meeting.

Readouts repeat their meeting ("met today with ...", then "Baradar's meeting
with Wang", and the headline); mentions whose parties agree, with no
contradicting date or status, are merged into one. The evidence kept is the
strongest mention's (a verb over a noun over the headline), the union of the
parties and the first place and date any mention gives.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from briefings.extract.parties import dedupe, same_party
from briefings.models import Evidence, Meeting, MeetingStatus, PersonRef


@dataclass
class Mention:
    """One mention of a meeting in a document, before merging."""

    participants: list[PersonRef]
    place: str | None
    date: str | None
    status: MeetingStatus
    evidence: Evidence
    strength: int = 0  # 2 a verb ("met"), 1 a noun ("the meeting"), 0 a headline: whose evidence to keep

    def meeting(self) -> Meeting:
        return Meeting(tuple(self.participants), self.place, self.date, self.evidence, self.status)


def _compatible(a: Mention, b: Mention) -> bool:
    """Two mentions of one meeting: the parties of one are all parties of the other, nothing contradicts."""
    if a.status != b.status and "cancelled" in {a.status, b.status}:
        return False
    if a.date and b.date and a.date[:7] != b.date[:7]:
        return False
    small, large = sorted((a.participants, b.participants), key=len)
    matched = sum(1 for p in small if any(same_party(p, q) for q in large))
    return matched == len(small) or matched >= 2


def merge(found: list[Mention]) -> list[Mention]:
    """One meeting per set of agreeing mentions; body evidence wins over the headline's."""
    out: list[Mention] = []
    for item in found:
        for i, have in enumerate(out):
            if _compatible(have, item):
                body_first = have if have.strength >= item.strength else item
                other = item if body_first is have else have
                out[i] = replace(
                    body_first,
                    participants=dedupe(body_first.participants + other.participants),
                    place=body_first.place or other.place,
                    date=body_first.date or other.date,
                    status=body_first.status if body_first.status == other.status else "held",
                )
                break
        else:
            out.append(item)
    return out
