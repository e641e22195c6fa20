"""A sentence never runs across a blank line: a spaCy component that starts one after each paragraph break.

The small English parser often joins a header or label line to the first
sentence of the next paragraph ("The following is attributable to Spokesperson
X:" + "National Security Advisor Y met today with Z ..."), which gives the
meeting verb a wrong subject and loses the place and date of its clause.
Paragraph breaks are sentence boundaries in every style briefbot reads, so
they are set before the parser runs, and the parser respects them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

COMPONENT = "briefbot_paragraphs"


@Language.component(COMPONENT)
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the first word after a blank line ("\\n\\n") as a sentence start."""
    pending = False
    for token in doc:
        if token.is_space:
            pending = pending or token.text.count("\n") >= 2
            continue
        if token.i > 0 and (pending or doc[token.i - 1].whitespace_.count("\n") >= 2):
            token.is_sent_start = True
        elif token.i > 1 and _after_an_aside(doc, token):
            token.is_sent_start = False
        pending = False
    return doc


def _after_an_aside(doc: Doc, token: Token) -> bool:
    """ "... Senior Asian American, Native Hawaiian, and Pacific Islander (AA and NHPI) Liaison, the
    White House Office ...": a word right after a closing bracket goes on the sentence the bracket
    sits in; a new sentence starts there only after a full stop ("(AA and NHPI). Liaison")."""
    before = doc[token.i - 1]
    return before.text == ")" and doc[token.i - 2].text not in {".", "!", "?"} and token.is_alpha


def add_paragraph_breaks(nlp: Language) -> Language:
    """Insert the component before the parser (once); pipelines without a parser are left alone."""
    if COMPONENT not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
    return nlp
