"""Whom a speaker's words point at: "him" after a thanked minister, "the Foreign Minister" unnamed.

In remarks and transcripts the speaker's counterpart is often named once and
then referred to, or named only by office; these rules recover that party.
"""

from __future__ import annotations

from spacy.tokens import Token

from briefings.extract.context import DocContext
from briefings.extract.lexicon import TITLE_WORDS
from briefings.model.facts import PersonRef


def object_before(pronoun: Token, ctx: DocContext) -> Token | None:
    """The nearest object before a "him"/"her" in its sentence: whom a speaker just thanked or greeted."""
    sentence = ctx.sentence_of(pronoun)
    for tok in reversed(sentence.doc[sentence.start : pronoun.i]):
        if tok.dep_ == "dobj" and (tok.pos_ == "PROPN" or tok.lower_ in TITLE_WORDS):
            return tok
    return None


def office_named(obj: Token) -> PersonRef | None:
    """ "the Foreign Minister" as a speaker's counterpart: an office named without a name, in capitals."""
    if obj.lower_ not in TITLE_WORDS or not obj.text[:1].isupper():
        return None
    words = [t for t in obj.lefts if t.dep_ in {"compound", "amod"} and t.text[:1].isupper()] + [obj]
    return PersonRef(" ".join(t.text for t in words), None, "person")
