"""Who "I" and "you" are when a quotation sits inside a transcript turn.

A transcript's turns are not key quotes, but the quotations inside them are, and
their reporting clauses speak in the first and second person: "I said, “Yeah, we
can”" is the turn's speaker quoting himself; a reporter's "you said “it remains to
be seen”" quotes the person answering, whose turn comes next. Both are resolved
to a name where the label is only an office ("THE PRESIDENT:" in "Remarks by
President Biden …" is Joe Biden).

>>> first_person(ctx, turn, 120)  # doctest: +SKIP
PersonRef(name='Joe Biden', role='President', kind='person')
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from briefings.extract.context import DocContext
from briefings.extract.titles import bearer_of_title
from briefings.extract.turns import Turn, speaker_of
from briefings.model.facts import PersonRef


def first_person(ctx: DocContext, turn: Turn | None, position: int) -> PersonRef | None:
    """ "I said, “…”": the speaker of the turn the quotation is in, by name; nobody outside turns."""
    if turn is None:
        return None
    return bearer_of_title(ctx, speaker_of(turn, ctx.people), None, position, label=True)


def addressee(ctx: DocContext, turns: Sequence[Turn], turn: Turn | None, position: int) -> PersonRef | None:
    """ "you said “…”" in a reporter's turn: the one who answers it, the next turn's speaker
    that is no reporter or moderator; nobody for a "you" outside a reporter's turn."""
    if turn is None or not turn.is_reporter:
        return None
    later = [t for t in turns if t.start > turn.start and not (t.is_reporter or t.is_moderator)]
    return first_person(ctx, later[0], position) if later else None


def asks(verb: Token) -> bool:
    """ "what do you say to his contention, “…”?", "what do you have to say": a question put to
    the answerer about the words, not a report of theirs."""
    return verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lemma_ == "do" for c in verb.children)
