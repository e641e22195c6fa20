"""Who the "he" or "she" of a meeting clause is: the same salience and agreement as a quote's speaker.

"Gordon Brown's roots are in the Labour movement, which Blair's were not. He
understands … When he went to see Bush, …": the nearest subject is Blair, the
topic is Brown. "Throughout the day, the President will see Governor Lamont …
and Jahana Hayes. Of course, he will also meet with former Senator Chris Dodd":
the topic is the President, not the last name of the list. The rules are the
quote speaker's (:mod:`antecedents`: agreement, the subject of the sentence before,
the paragraph's topic, a possessor's subject), so the two sections never disagree
on who "he" is.
"""

from __future__ import annotations

from spacy.tokens import Token

from briefings.extract.antecedents import WINDOW, Antecedents
from briefings.extract.context import DocContext
from briefings.extract.lexicon import PRONOUN_GENDER
from briefings.extract.parties import same_party
from briefings.extract.quotemarks import find_quotes
from briefings.extract.turns import speaker_of, turn_at
from briefings.model.facts import PersonRef

_SUBJECT_PRONOUNS = frozenset({"he", "she"})


def pronoun_party(pronoun: Token, ctx: DocContext) -> PersonRef | None:
    """The person a subject "he"/"she" stands for, or None when it is no such pronoun or the
    rules find nobody (the caller then keeps its own answer)."""
    if pronoun.lower_ not in _SUBJECT_PRONOUNS:
        return None
    found = ctx.memo.get("antecedents")
    if not isinstance(found, Antecedents):
        quoted = [(s.open_mark, s.close_mark + 1) for s in find_quotes(ctx.text)]
        found = Antecedents.build(ctx, quoted)
        ctx.memo["antecedents"] = found
    if found.inside_quote(pronoun.idx):
        return None  # "She has been talking to …" in a quotation: the speaker's "she" is someone else
    ref = found.resolve(pronoun, (pronoun.idx, pronoun.idx))
    if ref is not None and ref.kind == "person":
        return _the_briefings_topic(pronoun, ref, found, ctx) or ref
    return None


def _the_briefings_topic(
    pronoun: Token, ref: PersonRef, found: Antecedents, ctx: DocContext
) -> PersonRef | None:
    """ "He had a separate encounter with President Duda. … He had the chance to talk to …": in a
    briefing about the publisher's President (a press secretary's or an official's transcript), a
    "he" whose candidate was last named as the object of a clause with a "he" for its subject is
    neither that object (a clause's subject pronoun is never its own object's name) nor anyone else
    named nearby: the run of "he" subjects is the President the briefing is about. Not in the
    President's own turns (his "he" is someone else), not when the candidate was ever a subject
    nearby, and only when what the text says of the President's gender agrees."""
    office = ctx.offices.get("president")
    if office is None or not found.turns:
        return None
    # the name the text itself gives the President ("Biden" for the publisher's "Joe Biden")
    principal = ctx.people.known(office.name.split()[-1], pronoun.idx) or office
    if principal.name == ref.name or principal.name.split()[-1] != office.name.split()[-1]:
        return None
    turn = turn_at(found.turns, pronoun.idx)
    if turn is None or turn.is_reporter or same_party(speaker_of(turn, ctx.people), principal):
        return None
    gender = PRONOUN_GENDER.get(pronoun.lower_)
    if gender is None or found.gender(principal) != gender:
        return None
    nearby = [m for m in found.mentions_between(pronoun.idx - WINDOW, pronoun.idx) if m.ref.name == ref.name]
    if not nearby or any(m.subject for m in nearby):
        return None
    return principal if _object_of_a_pronoun_subject(ctx, nearby[-1].offset, gender) else None


def _object_of_a_pronoun_subject(ctx: DocContext, offset: int, gender: str) -> bool:
    """Whether the name at ``offset`` stands in a clause whose own subject is a he/she of ``gender``
    ("He had a separate encounter — an engagement with President Duda": the nearest verb above
    the name has "He" for its subject; "we appreciated President Zelenskyy's visit when he came" does
    not: its verb's subject is "we")."""
    span = ctx.doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    for _ in range(8):
        if tok.pos_ in {"VERB", "AUX"}:
            return any(
                c.dep_ in {"nsubj", "nsubjpass"} and PRONOUN_GENDER.get(c.lower_) == gender
                for c in tok.children
            )
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
