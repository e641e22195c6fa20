"""Open points that news prose states without a question: uncertainty and non-disclosure.

A wire story rarely writes "it is unclear whether ..."; it writes "The cause of the
fire is not yet known.", "Police have not released the names of the victims.", "No
date has been set for the trial.", "The crash is under investigation.", "No group has
yet claimed responsibility for the attacks." Each is a construction whose subject or
object names what is open (:data:`briefings.extract.lexicon.OPEN_POINT_CONSTRUCTIONS`);
the question reported is the sentence that holds it, cut to the clause chain that
carries it (a coordinated clause with its own subject, "..., but the ambassador says
...", is another statement, unless it states a second open point: "The army has not
commented on the report, but a spokesman says it is under investigation").

What is not an open point: the construction with only a pronoun for what is open ("It
is not known.", "That has not been confirmed."), which names nothing a reader could
follow, a construction the sentence negates or settles ("It is no longer unclear"), and a state told
in a relative clause ("The company, which was under investigation, was fined").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from briefings.extract.lexicon import (
    CUE_WITHOUT_POINT_WORDS,
    NAMING_NOUNS,
    OPEN_POINT_CONSTRUCTIONS,
    RESPONSE_NOUNS,
)

OPEN_POINT = re.compile(r"\b(?:" + "|".join(OPEN_POINT_CONSTRUCTIONS) + ")", re.IGNORECASE)
_EMPTY_WORDS = frozenset(CUE_WITHOUT_POINT_WORDS.split())
_SETTLED_BEFORE = re.compile(r"\b(?:no longer|never)\s+$", re.IGNORECASE)
_CLAUSE_DEPS = frozenset({"conj", "parataxis"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
_TRAILING = frozenset({",", ";", ":", "—", "–"})
_OPENERS = frozenset({"“", '"'})
_COPULAS = frozenset({"is", "are", "was", "were", "remains", "remain", "remained"})
_PRONOUN_POINTS = frozenset({"it", "that", "this", "those", "these", "they"})


def open_point(sent: Span) -> Span | None:
    """The part of ``sent`` that states an open point, or None when it states none."""
    text = sent.text
    for match in OPEN_POINT.finditer(text):
        if _SETTLED_BEFORE.search(text[: match.start()]):
            continue
        cue = sent.doc.char_span(
            sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand"
        )
        if cue is None or _only_a_pronoun_is_open(cue, sent) or _past_aside(cue):
            continue
        return _statement(cue, sent)
    return None


def _verb_of(cue: Span) -> Token:
    """The verb (or copula's head) the construction belongs to."""
    head = cue.root
    while head.pos_ not in {"VERB", "AUX", "ADJ"} and head.head.i != head.i:
        head = head.head
    return head


def _only_a_pronoun_is_open(cue: Span, sent: Span) -> bool:
    """ "It is not known.", "That has not been confirmed, police said.", "No decision has been made
    yet.": the subject is a pronoun or the bare "no decision", and nothing after the construction
    says what is open (no clause, no object, no "on" phrase); or a state has no subject at all."""
    verb = _verb_of(cue)
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if not subjects and verb.dep_ == "conj" and verb.lemma_.lower() == "await":
        # "Wikinews has contacted the police and is awaiting a response": the first clause's subject
        subjects = [c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS]
    if not subjects and cue[0].lower_ in _COPULAS:
        return True  # "... or is pending in states": a state with no subject names nothing
    # "No decision has been made yet.": made on what? ("No response has been received." names
    # its point: the other side's answer)
    # "No arrests have been made." names its point too: who did it
    nothing = cue[0].lower_ == "no" and not (len(cue) > 1 and cue[1].lower_ in RESPONSE_NOUNS | NAMING_NOUNS)
    if not nothing and (not subjects or any(s.lower_ not in _PRONOUN_POINTS for s in subjects)):
        return False
    rest = sent.doc[cue.end : sent.end].text
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", rest.split(",")[0])}
    return words <= _EMPTY_WORDS


def _past_aside(cue: Span) -> bool:
    """ "The company, which was under investigation for fraud, was fined", "bills that have passed
    or are pending in states", "looking at what is under review", "as the bill was not finalized":
    a state told in a relative clause or given as a past reason describes what the sentence is
    about; it is not the point the sentence leaves open."""
    verb = _verb_of(cue)
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "legislation that has passed or is pending": the relative clause's second verb
    if verb.dep_ == "advcl" and cue[0].lower_ in {"was", "were", "had"}:
        return True  # "..., as the bill was not finalized": a past state given as a reason
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if any(s.tag_ in {"WP", "WDT"} for s in subjects):
        return True  # "we're just looking at what is under review": a relative, not a stated point
    return verb.dep_ in {"relcl", "acl"}


def _statement(cue: Span, sent: Span) -> Span:
    """The sentence cut to the chain of clauses that governs the construction: a clause
    coordinated beside that chain (with its own subject) is left out."""
    doc = sent.doc
    chain = _verb_of(cue)
    while chain.head.i != chain.i and (chain.dep_ not in _CLAUSE_DEPS or _shares_a_subject(chain)):
        chain = chain.head
    keep: list[Token] = [chain]
    for child in chain.children:
        own_subject = any(c.dep_ in _SUBJECT_DEPS for c in child.children)
        clause = doc[child.left_edge.i : child.right_edge.i + 1].text
        if child.dep_ in _CLAUSE_DEPS and own_subject and not OPEN_POINT.search(clause):
            continue  # another statement; a second open point ("..., but X says it is under
            # investigation") stays with the first
        if child.dep_ == "cc" and child.i > chain.i:
            continue
        keep.extend(child.subtree)
    start = min(min(t.i for t in keep), cue.start)
    end = max(max(t.i for t in keep) + 1, cue.end)
    while end > start + 1 and (doc[end - 1].dep_ == "cc" or doc[end - 1].text in _TRAILING):
        end -= 1
    while start < end - 1 and _leading_junk(doc[start]):
        start += 1
    cut = doc[max(start, sent.start) : min(end, sent.end)]
    # a clause that is most of its sentence is reported with the sentence: the rest ("... and their
    # embassy would be closed on Sunday") is the context a reader needs to follow it
    words = sum(1 for t in cut if t.is_alpha)
    return sent if words * 2 >= sum(1 for t in sent if t.is_alpha) else cut


def _shares_a_subject(verb: Token) -> bool:
    """ "Wikinews has contacted the police and is awaiting a response": a coordinated verb without a
    subject of its own says its point of the first verb's subject, with which it is reported."""
    return (
        verb.dep_ == "conj"
        and verb.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    )


def _leading_junk(token: Token) -> bool:
    """A conjunction or a punctuation mark opening the span, but not an opening quote mark."""
    return token.text not in _OPENERS and (token.is_punct or token.dep_ == "cc")
