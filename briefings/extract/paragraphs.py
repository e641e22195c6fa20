"""A sentence never runs across a blank line: a spaCy component that starts one after each paragraph break.

The small English parser often joins a header or label line to the first
sentence of the next paragraph ("The following is attributable to Spokesperson
X:" + "National Security Advisor Y met today with Z ..."), which gives the
meeting verb a wrong subject and loses the place and date of its clause.
Paragraph breaks are sentence boundaries in every style briefbot reads, so
they are set before the parser runs, and the parser respects them.

A wire-style dateline that opens a paragraph ("WASHINGTON, Sept. 4, 2014 – Defense Secretary Chuck
Hagel today met …") ends where its dash does: run on, the parser makes the city the subject of the
story's first verb and hangs the person off it as an apposition.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

COMPONENT = "briefbot_paragraphs"

# "WASHINGTON, Sept. 4, 2014 –", "HANOI, Vietnam, Oct. 11, 2010 —", "GENEVA (VOA) -": a place in
# capitals, an optional region, date and credit, and a dash
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}"  # the place, in capitals
    r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}){0,2}"  # ", Vietnam", ", Colo."
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?"  # ", Oct. 11, 2010"
    r"(?: \([A-Za-z .]+\))?"  # " (VOA)"
    r" ?[–—]{1,2} ?|[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}, [^\n]{0,40}?\d{4} -- "
)


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
            _after_dateline(doc, token)
        elif token.i == 0:
            _after_dateline(doc, token)
        elif token.i > 1 and _after_an_aside(doc, token):
            token.is_sent_start = False
        pending = False
    return doc


def _after_dateline(doc: Doc, first: Token) -> None:
    """Start a sentence after the dateline that opens the paragraph at ``first``, if there is one."""
    found = _DATELINE.match(doc.text, first.idx)
    if found is None or "\n" in found.group() or not any(ch in found.group() for ch in ",("):
        return  # "ISIL – also known as …": capitals and a dash, but no place, date or credit
    after = doc.char_span(found.end(), found.end() + 1, alignment_mode="expand")
    if after is not None and after[0].i > first.i + 1 and after[0].is_alpha:
        after[0].is_sent_start = True


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
