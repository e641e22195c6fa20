"""Whether syntax reports a quotation: a reporting or naming verb governs the quoted words.

A short quote is a key quote when a clause reports it, whatever its length:
"The senator called the report “flatly untrue.”", "critics described the plan
as “a disaster”", "He said the ministry had handled it “with reckless haste”",
"“Never,” she said." Scare quotes and titles are the quoted words nothing
reports: "what media heralded as a “breakthrough”" reports it at most on behalf
of nobody in particular, "two lists of Chinese “grievances”" not at all.

The test is structural: from the words where the quotation hangs into the
author's sentence, the path up the dependency tree must reach a reporting or
naming verb by one of its *content* relations (a complement clause, an object,
an "as" phrase), not by a prepositional phrase of another kind ("responded to
a question about “…”" reports the question's words, not the answer), and not
through a clause that only describes a noun ("asked how documents stored in
“approved security cabinets” …"). When the
parser splits "“…,” said Ruto." in two, the verb right after the closing mark
(or right before a colon or comma before the opening mark) reports it.

Under a subjectless "asked" ("Asked “will you run?”, Ames said …") the quoted
words are the interviewer's question, never the answerer's.
"""

from __future__ import annotations

from spacy.tokens import Token

from briefings.extract.lexicon import (
    LATER_WORDS,
    NAMING_LEMMAS,
    PHRASING_VERBS,
    REPORTING_LEMMAS,
    SCARE_MARKERS,
    SPOKEN_OF_LEMMAS,
    SUPPOSING_AUX,
    UNSAID_HEADS,
    UNSURE_MARKS,
)

_CONTENT_DEPS = frozenset(
    {"ccomp", "xcomp", "dobj", "oprd", "attr", "acomp", "parataxis", "dep", "advcl", "conj"}
)
# a clause modifying a noun: "documents that are supposed to be stored in “approved cabinets”"
# ... or the quotation only names a thing: "adding the words “and Emergency” to the name"
_MODIFIER_CLAUSES = frozenset({"relcl", "acl", "appos"})
_REPORTS = REPORTING_LEMMAS | NAMING_LEMMAS
_PREDICATE_DEPS = frozenset({"attr", "acomp", "oprd", "dobj", "xcomp", "ccomp"})
_CLIMB = 8  # dependency steps from the quote to its reporting verb, at most
_CHANNEL_REACH = 12  # how far back a verb reaches over its phrases of channel and time
_ADJACENT = 4  # words between the closing mark and "said", at most


# how a "to say" clause hangs from the word it completes ("getting leaders to say")
_INFINITIVE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "acl", "conj"})


def _supposed(verb: Token, outside: list[Token]) -> bool:
    """ "you could say, “…”", "I should say, “thorough” is the word", "he might say, “…”": words a
    modal of possibility or advice puts in a mouth are supposed, not said. "Would" is left alone:
    it is as often a habit told ("every time, he'd say, “…”", "my dad would say, “…”") as a
    supposition, and "he would later say, “…”" tells what was said after."""
    modal = any(c.dep_ == "aux" and c.lower_ in SUPPOSING_AUX for c in outside)
    return modal and not any(c.dep_ == "advmod" and c.lower_ in LATER_WORDS for c in outside)


def unsaid(verb: Token, quoted: tuple[int, int]) -> bool:
    """Whether a reporting verb gives words nobody has said: a condition ("If the CDC was to
    say, “…”", "what would have happened if I had said “…”") or a "to say" that is wished,
    asked or judged ("By getting leaders to say, “…”", "inappropriate to say, “…”"). The
    person who would say them is not their speaker. So are words a question asks about ("Did
    advisors come to him and say, “…”?"), a negated "to say" ("he shouldn't have to call them
    to say, “…”") and a prediction ("he's going to say, “…”"). "He went on to say, “…”"
    reports, and so does a habit an "as" clause tells ("as she likes to say, “…”"). A mark
    inside the quotation (``quoted``, its character range) is the speaker's
    own ("“If they attack, we will resist,” he said"). A modal supposes ("could say, “…”")."""
    node = verb
    infinitive = False
    for _ in range(_CLIMB):
        outside = [c for c in node.children if not quoted[0] <= c.idx <= quoted[1]]
        if node is verb and _supposed(verb, outside):
            return True
        if any(c.dep_ == "mark" and c.lower_ in UNSURE_MARKS for c in outside):
            return True
        if _asks(node, outside) or (infinitive and any(c.dep_ == "neg" for c in outside)):
            return True
        if node.dep_ not in _INFINITIVE_DEPS or node.head.i == node.i:
            return False
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        head = node.head
        if infinitive and head.lemma_.lower() in UNSAID_HEADS:
            # "as he likes to say": an "as" clause reports a habit of saying, no wish
            return not any(c.dep_ == "mark" and c.lower_ == "as" for c in head.children)
        if infinitive and head.lemma_.lower() == "go" and head.tag_ == "VBG":
            return True  # "he's going to say": a prediction
        if node.dep_ == "ccomp" and not infinitive:
            return False  # "She said that if …, she would …": a report of its own
        node = node.head
    return False


def _asks(node: Token, children: list[Token]) -> bool:
    """An auxiliary before the subject: a question ("did advisors come …", "has he said …"),
    also where the parser made the "did" the head of the clause."""
    aux = [c.i for c in children if c.dep_ in {"aux", "auxpass"} and c.lower_ != "to"]
    subjects = [c.i for c in children if c.dep_ in {"nsubj", "nsubjpass"}]
    if subjects and node.dep_ == "ccomp" and node.head.lemma_ == "do" and node.head.i < min(subjects):
        return True
    return bool(aux and subjects) and min(aux) < min(subjects)


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in {"VERB", "AUX"} or (tok.dep_ == "ROOT" and tok.pos_ == "NOUN")


_NAMED_PHRASE_DEPTH = 2  # prepositional phrases a quotation may sit in within a named phrase


def naming_verb(quoted: list[Token]) -> Token | None:
    """The naming verb ("called", "dubbed", "described … as") whose complement is the quotation
    itself, not a clause around it: what makes a quoted word or two a key quote."""
    inside = {t.i for t in quoted}
    for tok in quoted:
        if tok.head.i in inside:
            continue
        node = tok
        while node.dep_ == "conj" and node.head.i not in inside and not _is_verb(node.head):
            node = node.head  # "called it “dangerous” and “ideological”"
        prep = node.head
        if (
            node.dep_ == "pobj"
            and prep.lower_ == "of"
            and prep.head.lemma_.lower() in SPOKEN_OF_LEMMAS
            and _is_verb(prep.head)
        ):
            return prep.head  # "spoke of “tragic failure of leadership”" (not "spoke about “X”")
        if node.dep_ in {"pobj", "pcomp", "amod", "acomp"} and node.head.lower_ == "as":
            # "described it as “a disaster”", "characterized it as “designed to …”", "described his
            # meeting as “frank”" (the adjective hung on "as")
            node = node.head
        else:
            # "called his visit a step on the “historical bus” toward a “journey of peace”": words
            # within the phrase a naming verb gives name it with the phrase
            for _ in range(_NAMED_PHRASE_DEPTH):
                prep = node.head
                if node.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in {"NOUN", "PROPN"}:
                    break
                node = prep.head
        parent = node.head
        if node.lower_ == "as" and parent.pos_ in {"NOUN", "PROPN", "PRON"}:
            # "referred to the order as “a Muslim ban”", "described the plan as “reckless”": "as"
            # hung on the object names it for the verb that takes the object
            if parent.dep_ == "dobj":
                parent = parent.head
            elif parent.dep_ == "pobj" and parent.head.dep_ == "prep":
                parent = parent.head.head
        complement = node.dep_ in {"oprd", "xcomp", "ccomp", "dobj", "attr", "acomp"} or node.lower_ == "as"
        # "called the sentence “dangerous” and “ideological”", the second read as the verb's conjunct
        complement = complement or (node.dep_ == "conj" and node.pos_ in {"ADJ", "NOUN", "PROPN"})
        if complement and parent.i != node.i and parent.lemma_.lower() in NAMING_LEMMAS and _is_verb(parent):
            return parent
    return None


def governing_verb(quoted: list[Token]) -> Token | None:
    """The reporting or naming verb outside the quotation whose content holds its tokens, if any."""
    inside = {t.i for t in quoted}
    for tok in quoted:
        if tok.head.i in inside:
            continue  # not where the quotation hangs into the author's sentence
        node = tok
        for _ in range(_CLIMB):
            parent = node.head
            if parent.i == node.i:
                break
            if node.dep_ in _MODIFIER_CLAUSES and not _cleft(node):
                return None  # the words describe a thing in the report, they are not reported
            if parent.i not in inside and (verb := as_report(parent)) is not None:
                return verb
            if parent.i not in inside and parent.lemma_.lower() in _REPORTS and _is_verb(parent):
                if node.dep_ in _CONTENT_DEPS or (node.dep_ == "prep" and node.lower_ == "as"):
                    return parent
                if node.dep_ in {"nsubj", "nsubjpass"}:
                    return None  # the quote names the one who speaks ("“The Plan” says …")
            node = parent
    return None


def _cleft(clause: Token) -> bool:
    """ "saying it was the crisis that “sets the pace”": the relative clause of a cleft ("it was X
    that …") is what the sentence says of X, not a description of it."""
    focus = clause.head
    copula = focus.head
    return (
        clause.dep_ == "relcl"
        and focus.dep_ == "attr"
        and copula.lemma_ == "be"
        and any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in copula.children)
    )


def as_report(clause: Token) -> Token | None:
    """The reporting verb of an "as" clause hanging from ``clause``: "She will be “on the menu,”
    as she likes to say", "As the bill notes, this is “…”", "the plan is “dead,” as he put it".
    Such a clause reports the quoted words of the clause it modifies, however short they are;
    "as you know" or "as we expected" report nothing."""
    for child in clause.children:
        if child.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in child.children):
            continue
        for verb in (child, *(c for c in child.children if c.dep_ == "xcomp")):
            if (verb.lemma_.lower() in REPORTING_LEMMAS or phrases_it(verb)) and _is_verb(verb):
                return verb
    return None


def phrases_it(verb: Token) -> bool:
    """ "as he put it", "as she phrased it": a verb of wording whose object is the words ("I'll
    put it in that category" puts a thing somewhere: no wording)."""
    return (
        verb.lemma_.lower() in PHRASING_VERBS
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
        and not any(c.dep_ in {"prep", "prt"} for c in verb.children)
    )


def adjacent_verb(quoted: list[Token], before: list[Token], after: list[Token]) -> Token | None:
    """ "“…,” said Ruto." / "“…,” she added." / "He said: “…”" parsed apart: a reporting verb
    right after the closing mark, or right before a colon or comma before the opening mark."""
    del quoted
    for tok in after[:_ADJACENT]:
        if tok.is_punct and tok.text not in {",", "’", "”", '"', "'"}:
            break
        if tok.lemma_.lower() in REPORTING_LEMMAS and _is_verb(tok):
            return tok
        if tok.pos_ in {"CCONJ", "SCONJ", "ADP", "VERB", "AUX"}:
            break  # "“for months”, and said …": a new clause, not the quote's attribution
    if len(before) >= 2 and before[-1].text in {":", ","}:
        for tok in reversed(before[-_ADJACENT:-1]):
            if tok.lemma_.lower() in REPORTING_LEMMAS and _is_verb(tok):
                return tok
        # "wrote on Twitter, a micro-blogging website, “…”", "said in a statement on Monday, “…”": the
        # channel and the time the verb's own phrases give stand between it and the quotation
        for tok in reversed(before[-_CHANNEL_REACH:-1]):
            if tok.lemma_.lower() in REPORTING_LEMMAS and _is_verb(tok):
                return tok
            if tok.pos_ in {"VERB", "AUX", "SCONJ", "PRON"} or tok.text in {".", ";", ":", "?", "!"}:
                break
    return None


def is_predicate(quoted: list[Token]) -> bool:
    """Whether the quotation is what a reported clause predicates, not a word deep in one of its
    noun phrases: "said the delay was “deeply frustrating”", "said the talks were a
    “breakthrough”" (a predicate of the reported clause), not "said it reflected anxieties
    about “fake news”" (a term inside a noun phrase)."""
    inside = {t.i for t in quoted}
    for tok in quoted:
        if tok.head.i in inside or tok.dep_ not in _PREDICATE_DEPS:
            continue
        head = tok.head
        if head.lemma_.lower() in _REPORTS and _is_verb(head):
            return True
        if head.dep_ in {"ccomp", "xcomp"} and head.head.lemma_.lower() in _REPORTS:
            return True
    return False


def scare_marked(before: list[Token]) -> bool:
    """ "the so-called “peace dividend”": a marker right before the quotation sets it apart as
    a term, whoever's clause it sits in."""
    words = [t.lower_ for t in before[-3:] if not t.is_punct or t.text == "-"]
    joined = "".join(t.text_with_ws for t in before[-3:]).strip().lower()
    return any(joined.endswith(marker) for marker in SCARE_MARKERS) or bool(
        words and words[-1] in SCARE_MARKERS
    )


def in_question_put(quoted: list[Token]) -> bool:
    """Whether the quotation hangs from a subjectless "asked" ("Asked “…”, Ames said", "when
    asked about “…”"): the interviewer's question or topic, not the answer."""
    inside = {t.i for t in quoted}
    for tok in quoted:
        node = tok
        for _ in range(_CLIMB):
            parent = node.head
            if parent.i == node.i:
                break
            if parent.i not in inside and parent.lemma_.lower() == "ask":
                if parent.tag_ == "VBG" and {"dobj", "xcomp"} <= {c.dep_ for c in parent.children}:
                    return False  # "…, asking Cengiz to be “patient”": a request the subject makes
                return not any(c.dep_ == "nsubj" for c in parent.children)  # "(was) asked “…”"
            if parent.i not in inside and parent.lemma_.lower() in REPORTING_LEMMAS:
                return False
            node = parent
    return False
