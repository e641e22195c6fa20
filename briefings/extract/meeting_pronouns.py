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

from briefings.extract.antecedents import Antecedents
from briefings.extract.context import DocContext
from briefings.extract.quotemarks import find_quotes
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
    return ref if ref is not None and ref.kind == "person" else None
