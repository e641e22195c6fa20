"""Where the syntax itself says who a "he" or "she" is, before salience is weighed.

:mod:`antecedents` ranks the people named before a pronoun; some constructions settle
the question outright, or rule a person out, and they are read here off the parse:

- a person set before the clause and taken up after a dash ("As my granddaughter —
  she used to say");
- the subject of the clause an adverbial or conjoined clause hangs from ("the view
  that Obama expressed in 2016, when he said"; "the President was asked, and he said");
- the subject of the reporting verb whose reported clause the pronoun heads ("Reyes
  said he was …": evidence of Reyes's gender);
- an object pronoun is not its own clause's subject ("Cole disagreed with him");
- the agent of a passive and an "according to" source are their clause's logical subject;
- the subject of a wish ("God bless her soul") is nobody spoken of;
- a name set off by punctuation addresses its bearer ("Thanks, Jen."): no antecedent;
- "the President of El Salvador": a person named only by office and country.

Each function returns tokens or spans; :mod:`antecedents` turns them into people.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from briefings.extract.lexicon import GENDERED_WORDS, REPORTING_LEMMAS
from briefings.extract.titles import office_of

_DASHES = frozenset({"—", "–"})
_PUNCTUATION = frozenset({",", ".", "?", "!", ":"})
_TIME_ADVERBS = frozenset({"when", "as", "while"})


def reports(verb: Token) -> bool:
    """Whether a subject's verb reports words, itself or a verb conjoined with it sharing the
    subject ("Jeff Bezos came out and tweeted about that. He said, “…”": Bezos reported)."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(v.lemma_.lower() in REPORTING_LEMMAS for v in verbs)


def vocative(span: Span, sentence: Span) -> bool:
    """A name set off by punctuation that is no argument of a verb: "Thanks, Jen.", "Karine,
    what about …?" addresses its bearer."""
    root = span.root
    if root.pos_ != "PROPN" or root.dep_ not in {"npadvmod", "intj", "ROOT", "dep"}:
        return False
    if root.dep_ == "ROOT" and any(t.pos_ in {"VERB", "AUX"} for t in sentence):
        return False  # "Said Mohammed, a witness, said …" misread: a name heading a clause
    doc = span.doc
    opens = span.start == 0 or doc[span.start - 1].is_space or doc[span.start - 1].text in _PUNCTUATION
    closes = span.end >= len(doc) or doc[span.end].text in _PUNCTUATION - {":"}
    return opens and closes


def dislocated(pronoun: Token, gender: str) -> tuple[Token, bool] | None:
    """ "As my granddaughter — she used to say": the head of what stands before the dash, and
    whether it is a name (else a gendered noun agreeing with the pronoun)."""
    doc = pronoun.doc
    if pronoun.i < 2 or doc[pronoun.i - 1].text not in _DASHES:
        return None
    head = doc[pronoun.i - 2]
    if head.ent_type_ == "PERSON":
        return head, True
    if head.pos_ == "NOUN" and GENDERED_WORDS.get(head.lower_) == gender:
        return head, False
    return None


def host_subjects(pronoun: Token) -> list[Token]:
    """The subjects of the clause an adverbial ("…, when he said"), conjoined ("…, and he said") or
    sequel ("…, after which he said") clause with ``pronoun`` as its subject hangs from."""
    clause = pronoun.head
    when = any(c.dep_ == "advmod" and c.lower_ in _TIME_ADVERBS for c in clause.children)
    # "held a meeting with the management, after which he said": a relative set by a preposition of
    # "which" follows on from the clause it hangs from
    after_which = any(
        c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lower_ == "which" for o in c.children)
        for c in clause.children
    )
    hosted = clause.dep_ in {"advcl", "conj"} or (clause.dep_ == "relcl" and (when or after_which))
    if pronoun.dep_ != "nsubj" or not hosted:
        return []
    host = clause.head
    for _ in range(3):  # "expressed in 2016, when he said": the time phrase's verb
        if host.pos_ in {"VERB", "AUX"} or host.head.i == host.i:
            break
        host = host.head
    return [c for c in host.children if c.dep_ in {"nsubj", "nsubjpass"}]


def reporter_subjects(pronoun: Token) -> list[Token]:
    """The subjects of the reporting verb whose reported clause ``pronoun`` is the subject of
    ("Reyes said he was …")."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or not reports(clause.head):
        return []
    return [c for c in clause.head.children if c.dep_ == "nsubj"]


def optative(subject: Token) -> bool:
    """ "God bless her soul", "God love you", "Heaven forbid": a singular name before a bare verb
    with no auxiliary makes a wish, not a statement; its subject neither speaks nor is anyone
    the text is about."""
    verb = subject.head
    return (
        subject.dep_ == "nsubj"
        and subject.tag_ == "NNP"
        and verb.tag_ in {"VB", "VBP"}
        and verb.dep_ in {"ROOT", "parataxis", "conj"}
        and not any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children)
    )


def logical_subject(name: Token) -> tuple[Token, bool] | None:
    """The clause a name is the logical subject of without being its grammatical subject, and
    whether that clause reports words: the agent of a passive ("The raid was criticised by
    Salas": Salas criticised it) and the source of "according to" ("According to Salas, Varga
    is …": Salas says so)."""
    prep = name.head
    if name.dep_ != "pobj" or prep.i == name.i:
        return None
    if prep.dep_ == "agent":
        return prep.head, reports(prep.head)
    if prep.lower_ == "to" and prep.head.lower_ == "according" and prep.head.head.i != prep.head.i:
        return prep.head.head, True
    return None


def clause_subjects(pronoun: Token) -> list[Token]:
    """The subjects of the clause a (non-reflexive) object pronoun sits in: a "him" or "her"
    there is someone else ("Cole disagreed with him")."""
    if pronoun.dep_ not in {"dobj", "pobj", "dative"} or pronoun.lower_.endswith("self"):
        return []
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    return [c for c in verb.children if c.dep_ == "nsubj"]


def office_of_country(doc: Doc, tok: Token) -> Span | None:
    """ "the President of El Salvador": an office holder the text names by office and country
    only, a person a later "he" can be (never the publisher's own President)."""
    if tok.left_edge.lower_ != "the" or tok.i - tok.left_edge.i > 2 or not tok.text[:1].isupper():
        return None
    of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
    places = [o for p in of for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"]
    if not places or office_of(doc[tok.left_edge.i : tok.i + 1].text) is None:
        return None
    return doc[tok.left_edge.i : places[0].right_edge.i + 1]
