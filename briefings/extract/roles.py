"""Roles read off the parse around a name mention.

Two constructions carry nearly every role in news copy: a title before the name
("U.S. Deputy Secretary of State Wendy Sherman", "the Taliban's chief
negotiator Mullah Abdul Ghani Baradar") and an appositive after it ("Deborah
Lyons, the UN special representative"). Both are read from the dependency tree
so no list of offices is needed beyond what :mod:`names` strips.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefings.extract.lexicon import PLURAL_TITLES, RELATIVE_NOUNS, TITLE_WORDS
from briefings.extract.names import is_honorific, normalise_case
from briefings.extract.parties import NAME_SUFFIXES
from briefings.extract.places import is_demonym

_ROLE_DEPS = frozenset(
    {"compound", "amod", "nmod", "poss", "det", "case", "prep", "pobj", "punct", "cc", "conj"}
)
_ROLE_HEAD_POS = frozenset({"NOUN", "PROPN"})


def _clean(tokens: list[Token]) -> str | None:
    # "…, as well as Foreign Minister Jaime Gama": the words joining a list item are no part of its office
    while tokens and (
        tokens[0].dep_ == "det"
        or tokens[0].is_punct
        or tokens[0].lower_ in {"'s", "’s"}
        or (tokens[0].dep_ in {"cc", "advmod"} and tokens[0].is_lower)
    ):
        tokens = tokens[1:]
    # "Foreign Minister Dr Jaime Gama": a form of address before the name is no part of the office
    # ("In Portugal Mr Goff": with it gone, a place alone is left, and a place is no office)
    while tokens and (
        tokens[-1].is_punct or tokens[-1].dep_ in {"cc", "prep", "case"} or is_honorific(tokens[-1].text)
    ):
        tokens = tokens[:-1]
    if not tokens or tokens[-1].pos_ not in _ROLE_HEAD_POS or len(tokens) > 14:
        return None
    if _group_noun(tokens):
        return None  # "Joe Biden, members of Congress": the people he is among, not his office
    if tokens[-1].ent_type_ in {"GPE", "NORP", "PERSON", "DATE", "CARDINAL"} and len(tokens) == 1:
        return None
    kin = _kinship(tokens)
    if any(
        t.pos_ in {"VERB", "AUX", "PRON"}
        or (t.ent_type_ == "PERSON" and not is_demonym(t.text) and t.i not in kin)
        or t.lower_ == "all"
        for t in tokens
    ):
        return None  # a nationality tagged PERSON ("Moldovan Prime Minister") still leads a title
    text = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text
    if any(c in text for c in '\n:*“”"()'):
        return None
    if (
        all(t.ent_type_ in {"GPE", "NORP", "LOC", "ORG"} for t in tokens)
        and tokens[-1].lower_ not in TITLE_WORDS
    ):
        # "North Korea['s] Kim Jong Un": a country is not an office; "National Security
        # Advisor", tagged an organisation, still is one
        return None
    text = normalise_case(text)
    if " " not in text and text.lower() not in TITLE_WORDS:
        return None
    return text


def _kinship(tokens: list[Token]) -> set[int]:
    """The possessor's tokens of a kinship role: "Ganić's daughter", "Alden's brother" relate the
    bearer to a person, whose name a role otherwise never holds ("Joe Biden, Senate candidate")."""
    if tokens[-1].lower_ not in RELATIVE_NOUNS:
        return set()
    mark = next((i for i, t in enumerate(tokens) if t.lower_ in {"'s", "’s"}), None)
    if not mark or any(t.ent_type_ != "PERSON" for t in tokens[:mark]):  # none, or nothing before it
        return set()
    return {t.i for t in tokens[:mark]}


def _group_noun(tokens: list[Token]) -> bool:
    """A phrase headed by a plural noun ("members of Congress", "top economic officials") names
    a group; one person's office is singular ("Secretary of Veterans Affairs" is headed by
    "Secretary"). A plural title before several names ("Senators Rubio and Cruz") is the
    exception: each name holds the singular office."""
    inside = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[-1])
    return head.tag_ in {"NNS", "NNPS"} and head.lower_ not in PLURAL_TITLES


def title_role(name: Span) -> str | None:
    """The title words before a name: "Chinese Foreign Minister" for "Chinese Foreign Minister Wang Yi"."""
    doc = name.doc
    root = name.root
    before = [c for c in root.lefts if c.i < name.start and c.dep_ in _ROLE_DEPS]
    if before:
        lo = min(c.left_edge.i for c in before)
        tokens = [doc[i] for i in range(lo, name.start)]
        cut = max((i for i, t in enumerate(tokens) if t.text in {",", ";", "(", ")", "—", "–"}), default=-1)
        role = _clean(tokens[cut + 1 :])
        if role:
            return role
    role = _title_words_before(name) or _title_holding_the_name(name) or _title_before_comma(name)
    if role:
        return role
    head = root.head
    # "In response to the announcement of Shafik's resignation, Wael Ghonim, …": a name the parser hung
    # on a fronted phrase's object is not described by it
    if root.dep_ == "appos" and head.i < name.start and head.pos_ in _ROLE_HEAD_POS and head.dep_ != "pobj":
        tokens = [doc[i] for i in range(head.left_edge.i, head.i + 1)]
        # "Calling it “just another apology”, Anna Franowska …": quoted words are no office
        quoted = any(t.is_quote for t in doc[head.left_edge.i : name.start])
        return None if _addressed(tokens) or quoted else _clean(tokens)
    return None


def _addressed(tokens: list[Token]) -> bool:
    """ "Mr. Secretary, Viktor Orlov has not paid": a form of address names whom the speaker
    talks to, not the office of the name after it."""
    return any(is_honorific(t.text) for t in tokens)


def _title_holding_the_name(name: Span) -> str | None:
    """ "Governor of Vermont Alice Moreau", "Chief economist at Harbor Street Partners Dana Whitfield":
    the parser reads the name as the object of the title's "of"/"at"; the title is the role."""
    doc = name.doc
    prep = name.root.head
    if name.root.dep_ != "pobj" or prep.lower_ not in {"of", "at", "for"} or prep.i >= name.start:
        return None
    title = prep.head
    if title.i >= prep.i or title.pos_ not in _ROLE_HEAD_POS:
        return None
    tokens = [doc[i] for i in range(title.left_edge.i, name.start)]
    if any(t.text in {",", ";", "(", ")", "—", "–", ":"} for t in tokens):
        return None
    if not any(t.lower_ in TITLE_WORDS for t in tokens if t.i <= title.i):
        return None  # "a statement from the office of ...": no title
    return _clean(tokens)


def _title_before_comma(name: Span) -> str | None:
    """ "Malaysia's Prime Minister, Ahmad Zaki said": a title set off before the name by a comma."""
    doc = name.doc
    comma = name.start - 1
    if comma < 1 or doc[comma].text != "," or doc[comma - 1].lower_ not in TITLE_WORDS:
        return None
    start = comma - 1
    while (
        start > 0
        and doc[start - 1].text not in {",", ";", ":", "(", "—", "–", "\n"}
        and not (doc[start - 1].is_space)
    ):
        start -= 1
    if start > 1 and doc[start - 1].text == "," and doc[start - 2].ent_type_ == "PERSON":
        return None  # "Julie Chavez Rodriguez, Senior Advisor …, Stefanie Feldman, Deputy …": the
        # title set off after the name before is that name's appositive
    tokens = [doc[i] for i in range(start, comma)]
    if not any(t.text[:1].isupper() for t in tokens if t.lower_ in TITLE_WORDS):
        return None  # "the minister, Ahmad Zaki": a lowercase office is the appositive rule's
    return None if _addressed(tokens) else _clean(tokens)


_TITLE_LINKS = frozenset({"of", "for", "and", "the", "on", "-"})


def _title_words_before(name: Span) -> str | None:
    """Capitalised title words right before a name the parser hung inside the name
    ("with Saudi Vice Minister of Defense Khalid bin Salman": the title modifies "bin")."""
    doc = name.doc
    start = name.start
    while start > 0:
        tok = doc[start - 1]
        if not (tok.text[:1].isupper() or tok.lower_ in _TITLE_LINKS) or tok.head.i >= name.end:
            break  # a lowercase word, or one attached past the name (a subject's verb)
        start -= 1
        if tok.is_sent_start:
            break
    tokens = [doc[i] for i in range(start, name.start)]
    while tokens and tokens[0].lower_ in _TITLE_LINKS:
        tokens = tokens[1:]
    if not any(t.lower_ in TITLE_WORDS for t in tokens):
        return None
    if not any(t.head.i >= name.start and t.head.i < name.end for t in tokens):
        return None  # the words before belong to something else ("the Prime Minister's aide")
    return _clean(tokens)


def appositive_role(name: Span) -> str | None:
    """The appositive after a name: "UN special envoy" for "Deborah Lyons, the UN special envoy".

    A relative clause saying what the person is or was counts too: "Peter Lind, who
    served as UN envoy to Yemen" -> "former UN envoy to Yemen"; so does the institution
    right after the name ("Martin Keyes of the Carnegie Endowment").
    """
    affiliation = _affiliation(name)
    if affiliation:
        return affiliation
    doc = name.doc
    after = doc[name.end : name.end + 2]
    if len(after) == 2 and after[0].text == "," and after[1].lower_.rstrip(".") in NAME_SUFFIXES:
        return None  # "Joseph R. Biden, Jr. Meeting with King Abdullah II": the suffix ends the name
    for child in name.root.rights:
        if child.dep_ == "appos" and child.i >= name.end and child.pos_ in _ROLE_HEAD_POS:
            if any(t.is_quote for t in doc[name.end : child.left_edge.i + 1]):
                continue  # "ElBaradei, called India “an important partner …”": quoted words, no role
            return _phrase(child, name.end)
        if child.dep_ == "relcl" and child.i >= name.end:
            role = _relative_role(child, name.end)
            if role:
                return role
    return None


def _affiliation(name: Span) -> str | None:
    """ "Martin Keyes of the Carnegie Endowment": the organisation right after "of"/"from"."""
    doc = name.doc
    at = name.end + 1
    if at >= len(doc) or doc[name.end].lower_ not in {"of", "from"}:
        return None
    if doc[at].lower_ == "the" and at + 1 < len(doc):
        at += 1
    if doc[at].ent_type_ != "ORG":
        return None
    start = at
    while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].lower_ != "the":
        start -= 1
    end = at + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    text = doc[start:end].text
    return text[4:] if text.lower().startswith("the ") else text


def _phrase(head: Token, after: int) -> str | None:
    """The role phrase headed by ``head``: its left modifiers and of/at/to complements."""
    doc = head.doc
    subtree = {t.i for t in head.subtree}
    start = max(head.left_edge.i, after)
    end = head.i + 1
    while end in subtree and doc[end].dep_ in {"prep", "pobj", "compound", "amod", "det", "poss", "case"}:
        end += 1
    # "High Representative for Foreign Affairs and Security Policy": a capitalised field goes on past
    # a modifier and an "and" the parser strung it with; the shorter phrase stands when the longer
    # one is no role (too long, or a second office after the "and" with a name in it)
    longer = end
    while longer in subtree and (
        doc[longer].dep_ in {"prep", "pobj", "compound", "amod", "det", "poss", "case", "nmod"}
        or (doc[longer].dep_ == "cc" and longer + 1 < len(doc) and doc[longer + 1].text[:1].isupper())
        or (doc[longer].dep_ == "conj" and doc[longer].text[:1].isupper())
    ):
        longer += 1
    role = _clean([doc[i] for i in range(start, longer)]) if longer > end else None
    return role or _clean([doc[i] for i in range(start, end)])


def _relative_role(verb: Token, after: int) -> str | None:
    """ "who is a senior analyst at X" / "who was envoy to Y" / "who served as Z": the office named."""
    if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children):
        return None
    lemma = verb.lemma_.lower()
    heads: list[Token] = []
    if lemma == "be":
        heads = [c for c in verb.children if c.dep_ == "attr"]
    elif lemma in {"serve", "work"}:
        heads = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children]
    heads = [h for h in heads if h.dep_ in {"attr", "pobj"} and h.pos_ in _ROLE_HEAD_POS]
    if not heads:
        return None
    role = _phrase(heads[0], after)
    if role and verb.tag_ == "VBD" and not role.lower().startswith(("former ", "ex-")):
        role = f"former {role}"
    return role


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def byline_role(name: Span, text: str | None = None) -> str | None:
    """The office on a name's own line: "Antony J. Blinken, Secretary of State" (press-release bylines).

    ``text`` is the document's text when the caller has it: ``Doc.text`` is rebuilt from
    every token on each access, which per name makes a long document quadratic.
    """
    text = name.doc.text if text is None else text
    line_start = text.rfind("\n", 0, name.start_char) + 1
    line_end = text.find("\n", name.end_char)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start : name.start_char].strip(" *_"):
        return None
    rest = text[name.end_char : line_end].strip(" *_")
    if not rest.startswith(","):
        return None
    role = rest[1:].strip(" *_.")
    line = name.doc.char_span(name.end_char, line_end, alignment_mode="contract")
    if line is not None and any(t.is_quote or t.text == ":" or t.tag_ in _FINITE_TAGS for t in line):
        return None  # "John Smith, the Minister, said: “…”": a sentence, no byline's office line
    words = role.split()
    if not 0 < len(words) <= 8 or not any(w.lower().strip(",") in TITLE_WORDS for w in words):
        return None
    return role
