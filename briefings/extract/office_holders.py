"""Office holders named after the office's comma: "the Prime Minister of Sweden, Ulf Kristersson".

Read from the tokens' order rather than the parse's attachments, which hang such a name on whatever
item of a list came first, and whatever the tagger called the name (a place, a nationality, a body).
The people index registers these holders (:mod:`mentions`); the meeting and quote rules read them
where the office stands as a party or a speaker.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefings.extract.lexicon import (
    BODY_NAME_HEADS,
    BODY_NAME_LINKS,
    FIELD_END_WORDS,
    OFFICE_FIELD_PREPS,
    POSTNOMINAL_LETTERS,
    TITLE_WORDS,
)
from briefings.extract.places import is_country


def holder_after_office(token: Token) -> Span | None:
    """ "the Prime Minister of Sweden, Ulf Kristersson", "the Secretary General of the North Atlantic
    Treaty Organization (NATO), Mark Rutte": a title with its "of" or "for" phrase, then a comma and a
    capitalised name of two to four words, names that office's holder, whatever the tagger labelled the
    name (a place, a nationality) and wherever the parser hung it."""
    doc = token.doc
    if token.lower_ not in TITLE_WORDS:
        return None
    field = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in OFFICE_FIELD_PREPS), None)
    if field is None:
        return None
    # the field runs to the first comma (past an acronym in brackets), the parser's attachments aside
    end = next((t.i for t in doc[field.i + 1 : field.i + 12] if t.text == "," or t.is_sent_end), None)
    if end is None or doc[end].text != ",":
        return None
    between = [t for t in doc[field.i + 1 : end] if t.text not in "()"]
    if not between or any(not (t.text[:1].isupper() or t.lower_ in BODY_NAME_LINKS) for t in between):
        return None
    last = doc[end - 1]
    if last.ent_type_ == "GPE" and not is_country(doc[last.left_edge.i : end].text.removeprefix("the ")):
        return (
            None  # "Commissioner of Lee County, Florida Cecil Pendergrass": a county's comma brings its state
        )
    start = end + 1
    stop = start
    while stop < len(doc) and stop - start < 7:
        tok = doc[stop]
        if tok.text[:1].isupper() and tok.is_alpha:
            stop += 1
        elif (
            tok.text == "-" and not doc[stop - 1].whitespace_ and stop + 1 < len(doc) and not tok.whitespace_
        ):
            stop += 1  # "Jean-Claude", split at its hyphen
        else:
            break
    if stop < len(doc) and not (doc[stop].is_punct or doc[stop].pos_ == "CCONJ"):
        return None
    while stop - start > 2 and doc[stop - 1].text.rstrip(".") in POSTNOMINAL_LETTERS:
        stop -= 1  # "Minister for Africa, James Duddridge MP,": the letters after the name are no part of it
    while stop - start > 2 and doc[start].lower_.rstrip(".") in TITLE_WORDS:
        start += (
            1  # "the Commander of the Lebanese Armed Forces, General Jean Kahwaji": a rank before the name
        )
    name = doc[start:stop]
    words = [t for t in name if t.is_alpha]
    if not 2 <= len(words) <= 4:
        return None
    if (
        any(t.lower_ in TITLE_WORDS | BODY_NAME_HEADS for t in words)
        or name[-1].pos_ != "PROPN"
        or is_country(name.text)
        or any(t.ent_type_ in {"DATE", "FAC"} for t in name)
    ):
        return None
    return name


def untagged_holder_after_field(token: Token) -> Span | None:
    """ "Minister of Defence Peeni Henare will depart …" with the name untagged: a capitalised title
    whose "of"/"for" field ends in a field word ("Defence", "Foreign Affairs") and runs right up to a
    two- or three-word capitalised name that the title hangs on, the tagger having named nothing there.
    ``token`` is the name's last word; the name is returned."""
    doc = token.doc
    if token.ent_type_ or token.pos_ != "PROPN" or not token.text[:1].isupper():
        return None
    start = token.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i:
        start -= 1
    name = doc[start : token.i + 1]
    if not 2 <= len(name) <= 3 or any(
        t.ent_type_ or not t.is_alpha or not t.text[:1].isupper() or t.lower_ in TITLE_WORDS | FIELD_END_WORDS
        for t in name
    ):
        return None
    for title in token.children:
        if title.dep_ not in {"nmod", "compound"} or title.i >= start or title.lower_ not in TITLE_WORDS:
            continue
        field = next((c for c in title.children if c.dep_ == "prep" and c.lower_ in OFFICE_FIELD_PREPS), None)
        if field is None or not title.text[:1].isupper() or field.right_edge.i != start - 1:
            continue
        words = doc[field.i + 1 : start]
        if (
            words
            and doc[start - 1].lower_ in FIELD_END_WORDS
            and all(t.text[:1].isupper() or t.lower_ in BODY_NAME_LINKS for t in words)
        ):
            return name
    return None
