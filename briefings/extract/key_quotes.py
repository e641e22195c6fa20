"""Which quotations are key quotes: speech, not scare quotes, titles, echoes or disavowals.

A quotation long enough to be speech is one when somebody says it; a short one only
when syntax reports it ("called it “rubbish”", "“Never,” she said"). A few words
repeating an earlier quotation are an echo, and words a negated reporting verb gives
("we are not saying, “The invasion is on.”") are nobody's.
"""

from __future__ import annotations

import re
from typing import Literal

from spacy.tokens import Token

from briefings.extract.context import DocContext
from briefings.extract.lexicon import (
    CARRIER_NOUNS,
    NAMING_DETERMINERS,
    QUOTATIONS_JOINED,
    SAYING_NOUNS,
    TITLE_SMALL_WORDS,
)
from briefings.extract.quotemarks import QuoteSpan
from briefings.extract.reporting import (
    adjacent_verb,
    governing_verb,
    is_predicate,
    naming_verb,
    scare_marked,
    unsaid,
)
from briefings.extract.standalone import colon_intro, quote_marker
from briefings.model.facts import PersonRef, QuoteKind

SPEECH_WORDS = 5  # a quotation this long is speech when it has a speaker; a shorter one must be reported
ECHO_WORDS = 4  # a quotation this short that repeats earlier quoted words is an echo
TERM_WORDS = 2  # a word or two an organisation's report quotes is its term, not anyone's speech
WHOLE_SENTENCE_WORDS = 3  # a sentence of its own this long, with a speaker, is speech ("We will fight it.")


def _words(text: str) -> set[str]:
    return {w.strip(".,;:!?…'’\"“”()").lower() for w in text.split()} - {""}


def echo(span: QuoteSpan, spans: list[QuoteSpan]) -> bool:
    """ "those “alternative ways forward”" after "proposed “alternative potential ways
    forward”": a few quoted words already quoted earlier repeat someone's term, not new speech."""
    words = _words(span.text)
    if not words or len(span.text.split()) > ECHO_WORDS:
        return False
    return any(s.close_mark < span.open_mark and words <= _words(s.text) for s in spans)


def inscribed(verbs: list[Token]) -> bool:
    """ "wearing a T-shirt reading “LOL”", "a banner that read “Free Tibet”": words written on a
    thing are its inscription, nobody's speech (``verbs``: the quote's reporting verbs, nearest
    first)."""
    if not verbs or verbs[0].lemma_.lower() != "read":
        return False
    verb = verbs[0]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.tag_ == "VBG" and not subjects and verb.dep_ in {"acl", "dobj", "pobj", "appos"}:
        # "a sign reading “…”" (the participle on the thing), "wearing a T-shirt reading “…”"
        # (parsed as one noun phrase, the thing its compound)
        compounds = [c for c in verb.children if c.dep_ == "compound"]
        thing: Token | None = verb.head if verb.dep_ == "acl" else (compounds[0] if compounds else None)
    elif verb.dep_ == "relcl" and bool(subjects) and subjects[0].lower_ in {"that", "which"}:
        thing = verb.head  # "a banner that read “…”"
        if thing.lower_ == "behalf":
            return False  # "a statement on behalf of X that read “…”": the relative hung on "behalf"
    else:
        return False
    # a text put out ("a statement which read, “…”") carries its issuer's words
    return (
        thing is not None
        and thing.pos_ in {"NOUN", "PROPN"}
        and thing.ent_type_ != "PERSON"
        and thing.lemma_.lower() not in CARRIER_NOUNS
    )


def _shares_negation(verb: Token) -> bool:
    """Whether a verb takes the negation of the verb it hangs from: "will not say or write “…”"
    does, "would not elaborate …, but stated, “…”" (a contrast) and "didn't state how much, but he
    added “…”" (a clause with its own subject) do not."""
    if verb.dep_ != "conj":
        return True
    between = [c for c in verb.head.children if c.dep_ == "cc" and verb.head.i < c.i < verb.i]
    contrast = any(c.lower_ in {"but", "yet"} for c in between)
    return not contrast and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def denied(verbs: list[Token], span: QuoteSpan) -> bool:
    """ "we are not standing here and say, “The invasion is on.”": words a negated reporting
    verb puts in no one's mouth; so are words only supposed ("If the CDC was to say, “…”",
    "getting leaders to say “…”", see :func:`reporting.unsaid`)."""
    if not verbs:
        return False
    verb = verbs[0]
    heads = [verb, verb.head] if verb.dep_ in {"conj", "xcomp"} and _shares_negation(verb) else [verb]
    negated = any(c.dep_ == "neg" for h in heads for c in h.children)
    return negated or unsaid(verb, (span.open_mark, span.close_mark))


Reported = Literal["named", "spoken", "predicate", "embedded", "no"]


def reported(ctx: DocContext, span: QuoteSpan, outside: list[Token], inside: list[Token]) -> Reported:
    """How syntax reports the quotation (see :mod:`reporting`): ``named`` by a naming verb
    ("called it “rubbish”"), ``spoken`` as an utterance of its own ("“Never,” she said"),
    the ``predicate`` of a reported clause ("said the talks were a “breakthrough”"), elsewhere
    ``embedded`` in one, or ``no`` (nothing reports it, or "so-called" sets it apart)."""
    before = [t for t in outside if t.idx < span.open_mark]
    if scare_marked(before):
        return "no"
    naming = naming_verb(inside)
    if naming is not None:
        relative = any(t.tag_ in {"WP", "WDT"} and t.i < inside[0].i for t in naming.subtree)
        ours = any(c.dep_ == "nsubj" and c.lower_ in {"we", "i"} for c in naming.children)
        if relative and ours:
            # "what we refer to as “post COVID-19 conditions”": the speaker's own term defined ("what
            # he called “a lot of distractions”" reports another's words)
            return "no"
        return "named"
    after = [t for t in outside if t.idx > span.close_mark]
    if adjacent_verb(inside, before, after) is not None or colon_intro(ctx, span) is not None:
        return "spoken"
    if quote_marker(ctx, span) is not None:
        return "spoken"  # "called it, quote, “medieval”": read out as a quotation
    if governing_verb(inside) is None:
        first = _coordinated_with(ctx, span)
        if first:  # 'saying Yemen is "not a failed state", but "an incredibly fragile state"'
            if naming_verb(first) is not None:
                return "named"
            if governing_verb(first) is not None:
                return "predicate" if is_predicate(first) else "embedded"
        if _sourced_clause(outside, inside):
            return "predicate" if is_predicate(inside) else "embedded"
        return "no"
    return "predicate" if is_predicate(inside) else "embedded"


def _sourced_clause(outside: list[Token], inside: list[Token]) -> bool:
    """ "According to Foreign Minister Ana Silva, the talks were “constructive and frank.”": an
    "according to" source on the clause that holds the quotation reports it, as "said" would."""
    if not inside:
        return False
    above = {a.i for a in inside[0].ancestors}
    return any(
        tok.lower_ == "according"
        and tok.i + 1 < len(tok.doc)
        and tok.doc[tok.i + 1].lower_ == "to"
        and tok.head.i in above
        for tok in outside
    )


_COORDINATED = re.compile(QUOTATIONS_JOINED)
_COORDINATED_REACH = 300  # characters back to the first quotation's opening mark


def _coordinated_with(ctx: DocContext, span: QuoteSpan) -> list[Token]:
    """The words of the quotation this one is coordinated with ('“monstrous” and “disgusting and
    disturbing”', '“not a failed state”, but “an incredibly fragile state”'): the second goes with
    the first's report, however the parser hung it."""
    text = ctx.text
    found = _COORDINATED.search(text, max(0, span.open_mark - 16), span.open_mark)
    if found is None:
        return []
    close = found.start()
    opening = max(text.rfind("“", 0, close), text.rfind('"', 0, close))
    if opening < 0 or close - opening > _COORDINATED_REACH:
        return []
    words = ctx.doc.char_span(opening, close, alignment_mode="expand")  # not a scan of the document
    return [t for t in words if opening < t.idx < close] if words is not None else []


def titled(words: list[str]) -> bool:
    """Title case: every word capitalised but the small words a title leaves in lower case
    ("Report on Iraqi Trailers"); one lower-case word of content ("Muslim ban 2.0") is prose."""
    alpha = [w.strip(".,;:!?…'’\"“”()") for w in words]
    alpha = [w for w in alpha if w[:1].isalpha()]
    long_words = [w for w in alpha if len(w) > 2]
    return bool(long_words) and all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS for w in alpha)


def names_a_thing(inside: list[Token]) -> bool:
    """Whether the quoted words stand as a thing named rather than as words said: the object of a
    preposition ("anxieties about “fake news”", "talks with the “new partners”") or a noun before
    the noun it modifies ("the “one China” policy"). An adjective phrase before a noun ("had
    “exceptionally substantive” meetings") or a clause's subject is said."""
    ids = {t.i for t in inside}
    roots = [t for t in inside if not t.is_punct and (t.head.i not in ids or t.head.i == t.i)]
    return bool(roots) and all(t.dep_ in {"pobj", "compound", "nmod"} for t in roots)


def is_key_quote(
    span: QuoteSpan,
    speaker: PersonRef,
    reported: Reported,
    *,
    goes_on: bool = False,
    in_prose: bool = True,
    named_thing: bool = False,
) -> bool:
    """Speech, not a scare quote or a title: long enough to be speech, or, however short,
    reported by syntax ("called it “rubbish”", "“Never,” she said", "said she was “deeply
    concerned”"), or a sentence of its own going on with the speaker quoted just before
    (``goes_on``: "“It is a disaster,” Ames said. “We will fight it.”"); scare quotes are the ones
    nothing reports. A word or two in the report of a body or a text is its term ("rated “highly
    critical”"), not speech; two words deep in a person's reported clause are theirs only in prose
    (``in_prose``), not in a transcript's turns."""
    words = span.text.split()
    if len(words) == 1 and words[0][:1] in {"@", "#"}:
        return False  # an account's handle or a hashtag ("“@YourAnonNews”") names, it says nothing
    if titled(words) and reported != "spoken":
        # a title ("the “Better Idea of Afghan Girls” programme", "a report titled “Final Technical
        # Engineering Exploitation Report on Iraqi Suspected Biological Weapons-Associated
        # Trailers”"), not an utterance
        return False
    if len(words) >= SPEECH_WORDS:
        return True
    if goes_on and len(words) >= WHOLE_SENTENCE_WORDS and _whole_sentence(span.text):
        return True  # "“It is a disaster,” Ames said of the plan. “We will fight it.”": a sentence said
    if len(words) <= TERM_WORDS:
        # "the firm said 39% are rated “highly critical”": a body's term is no speech. Deep in a person's
        # reported clause, two words that evaluate or state are theirs ("said he had “very useful”
        # meetings", "He says “common understandings” were reached"), while two words that name a
        # thing are a term (``named_thing``: "anxieties about “fake news”", "the “one China” policy"),
        # one word is a term ("the “right” is trying") and a capitalised pair a name ("identified him
        # only as “Mr. A”"). In a transcript's turns such a pair is an earlier answer's words echoed in
        # a question ("you said the only “red line” …"), not speech reported.
        phrase = in_prose and not named_thing and len(words) == TERM_WORDS and words[0][:1].islower()
        reports = {"named", "spoken", "predicate"} | ({"embedded"} if phrase else set())
        return reported in reports and speaker.kind in {"person", "anonymous"}
    return reported != "no"


def _whole_sentence(text: str) -> bool:
    """A quotation that is a sentence of its own: a capital first and a full stop, question or
    exclamation mark last ("We will fight it."); a term or a title is no sentence."""
    body = text.strip(" “”\"'‘’")
    return bool(body) and body[:1].isupper() and body[-1:] in {".", "?", "!"}


def affiliation(ctx: DocContext, span: QuoteSpan) -> bool:
    """ "Anna Franowska of “Have no fear”, an abuse victim support charity": a quotation right after
    a person's name and "of" names the body the person is of, it says nothing."""
    before = [t for t in ctx.sentence_at(span.open_mark) if t.idx < span.open_mark and not t.is_quote]
    if len(before) < 2 or before[-1].lower_ != "of":
        return False
    name = before[-2]
    return name.pos_ == "PROPN" and name.ent_type_ == "PERSON"  # "accused PIA of “…”" is speech


def quoted_modifier(ctx: DocContext, span: QuoteSpan) -> bool:
    """ "launched the ‘Exporting is Great’ campaign", "its “Buy American” rules": quoted words set
    between a determiner and the common noun they modify name that thing (a campaign, a slogan, a
    policy), however long; they are no one's speech. A quotation that is a sentence (its last word
    a full stop) or is followed by a time word ("said the “deal is dead” today") is not such a name."""
    sentence = ctx.sentence_at(span.open_mark)
    before = [t for t in sentence if t.idx < span.open_mark and not t.is_punct]
    after = [t for t in sentence if t.idx > span.close_mark]
    if not before or not after or span.text.rstrip()[-1:] in {".", "!", "?", ","}:
        return False
    determiner, noun = before[-1], after[0]
    return (
        determiner.lower_ in NAMING_DETERMINERS
        and noun.tag_ in {"NN", "NNS"}
        and noun.text[:1].islower()
        and noun.ent_type_ not in {"DATE", "TIME"}
    )


def kind_of(text: str, span: QuoteSpan) -> QuoteKind:
    """Direct when a full sentence is quoted; partial when a fragment sits in the author's sentence."""
    before = text[max(0, span.open_mark - 200) : span.open_mark].rstrip()
    starts_sentence = not before or before[-1] in ",:—–-\n.?!("
    whole_sentence = span.text.rstrip(" ”\"'’")[-1:] in ".?!"  # "said that “The hasty … Afghanistan.”"
    capital = span.text[:1].isupper() or span.text[:1].isdigit()
    return "direct" if capital and (starts_sentence or whole_sentence) else "partial"


def recited(ctx: DocContext, span: QuoteSpan) -> bool:
    """A saying, not speech: a quotation a saying noun introduces ("Remember that old proverb:
    “…”", "we declare a creed: “All for one …”", "there's an expression where I come from:
    “…”", "as the saying goes, “…”") is nobody's words, unless someone owns the saying ("my
    mother used to have an expression: “…”", "his motto")."""
    before = [t for t in ctx.sentence_at(span.open_mark) if t.idx < span.open_mark]
    near = [t for t in before if not (t.is_punct or t.is_space)][-6:]
    for tok in before:
        if tok.lemma_.lower() not in SAYING_NOUNS or tok.pos_ != "NOUN":
            continue
        if tok.dep_ == "nsubj" and tok.head.lemma_ == "go":
            return True  # "as the saying goes"
        if tok not in near or any(c.dep_ == "poss" or c.lower_ == "of" for c in tok.children):
            continue
        owner = tok.dep_ == "dobj" and tok.head.lemma_ == "have"
        return not owner
    return False
