"""Who "I", "we" and "you" are in a transcript: the labelled speaker and the principals present.

In remarks and press availabilities the meeting is often told in the first
person ("We just concluded a very productive meeting"), so the label of the
turn says who "we" are, and the other principals who "you" are. Reporters and
press officers calling on them are not parties.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from briefings.extract.context import DocContext
from briefings.extract.lexicon import TITLE_WORDS
from briefings.extract.parties import dedupe, same_party
from briefings.extract.turns import Turn, speaker_of
from briefings.model.facts import PersonRef

PRINCIPAL_WORDS = 40
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "madam"})


@dataclass
class Speakers:
    """Who "I", "we" and "you" are at a point of a transcript (empty in prose)."""

    speaker: PersonRef | None = None
    others: Sequence[PersonRef] = field(default_factory=tuple)
    # in a quotation in prose only "I" is surely the speaker: a spokesperson's "we" is their side
    singular: bool = False

    def counterparts(self) -> list[PersonRef]:
        """Who "you" (or the rest of "we") are: the other speakers, when they are few enough to tell.

        In a two- or three-party meeting transcript that is clear; at a press event
        with a dozen officials speaking in turn it is not, and guessing would
        invent participants.
        """
        return list(self.others) if 1 <= len(self.others) <= 2 else []


def principals(turns: list[Turn], ctx: DocContext) -> list[PersonRef]:
    """The transcript's principals: labelled speakers who say something of substance.

    Press officers calling on reporters ("Could we have Sarah Smith of the BBC,
    please.") speak only in short procedural turns and are not parties to the meeting.
    """
    words: dict[str, int] = {}
    for turn in turns:
        if not (turn.is_reporter or turn.is_moderator):
            words[turn.label] = words.get(turn.label, 0) + len(ctx.text[turn.start : turn.end].split())
    labels = {label for label, count in words.items() if count >= PRINCIPAL_WORDS or _office_label(label)}
    return dedupe([speaker_of(t, ctx.people) for t in turns if t.label in labels])


def _office_label(label: str) -> bool:
    """ "FOREIGN MINISTER KULEBA" states an office; "MR SWIFT" (a press officer) does not."""
    first = label.split()[0].lower().rstrip(".") if label.split() else ""
    return first in TITLE_WORDS and first not in _HONORIFICS


def speakers_at(turn: Turn | None, ctx: DocContext, parties: list[PersonRef]) -> Speakers:
    if turn is None or turn.is_reporter or turn.is_moderator:
        return Speakers()
    me = speaker_of(turn, ctx.people)
    return Speakers(me, tuple(p for p in parties if not same_party(p, me)))
