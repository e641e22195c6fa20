"""Selective parsing: the tagger and parser only where a rule reads what they give.

NER and the dependency parse each cost about as much as the other, and much of a
body is read by no rule: the people index needs every entity, but the parse only
where a fact, a name's role or a pronoun is read. In ``selective`` mode a batch
of bodies is parsed in two passes:

1. paragraph breaks and NER over every body (NER has its own embedding in the
   small English pipelines, and it never runs an entity across a sentence start,
   so the paragraph breaks it respects are set first, as in the full pipeline);
2. tagger, parser, attribute ruler and lemmatizer over the *selected* stretches
   of each body (:func:`selected_units`), the tokenizer's tokens and norms kept.

The parses are written back into the one body ``Doc``: its text is the body and
every character offset and token index is the full pipeline's. The units no rule
reads keep their tokens and entities and start a sentence each, with no tags,
lemmas or dependencies.

The word lists are imported from the rules that read them, so a trigger word a
rule learns is selected without a change here.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, cast

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, IS_SPACE, LEMMA, LOWER, MORPH, NORM, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc

from briefings.extract.lexicon import IRREGULAR_VERB_FORMS, REFERRING_PRONOUNS

if TYPE_CHECKING:
    from thinc.types import Ints2d

from briefings.extract.mentions import indices_where
from briefings.extract.paragraphs import COMPONENT as PARAGRAPHS
from briefings.extract.person_names import COMPONENT as PERSON_NAMES
from briefings.extract.quotemarks import find_quotes
from briefings.extract.remarks import remarks_turns
from briefings.extract.turns import find_turns, turn_at

ParseMode = Literal["full", "selective"]
PARSE_MODES: tuple[ParseMode, ...] = ("full", "selective")

# NER never runs an entity across a sentence start: the paragraph breaks are set before it;
# the people it names are settled before selection reads them
_FIRST_PASS = frozenset({PARAGRAPHS, "ner", PERSON_NAMES})
_ENTITY_PASS = frozenset({"ner", PERSON_NAMES})
_SELECTABLE = frozenset(
    {
        "tok2vec",
        "tagger",
        "morphologizer",
        "parser",
        "attribute_ruler",
        "lemmatizer",
        "ner",
        PARAGRAPHS,
        PERSON_NAMES,
    }
)
_PARSE_ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
_SENTENCE_END = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "]", "»"})
_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "herself"})
_NAME_LABELS = frozenset({"PERSON", "ORG"})
_BACK = 2  # sentences before a "he" whose subjects the participant rules read

_VOWELS = frozenset("aeiou")


def inflections(lemma: str) -> set[str]:
    """Every form of an English verb or noun the lemmatizer maps to ``lemma`` (over-generating
    is harmless: a form that is no word selects nothing).

    >>> {"admitted", "replied", "conferred", "noting"} <= inflections("admit") | inflections("reply") | (
    ...     inflections("confer") | inflections("note"))
    True
    """
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    consonant_vowel_consonant = (
        len(lemma) >= 3 and lemma[-1] not in _VOWELS | {"w", "x", "y"} and lemma[-2] in _VOWELS
    ) and lemma[-3] not in _VOWELS
    if consonant_vowel_consonant:  # "admit" -> "admitted", "confer" -> "conferred"
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms | IRREGULAR_VERB_FORMS.get(lemma, set())


@functools.cache
def fact_words() -> frozenset[str]:
    """Lower-case forms of the words that can make a meeting, from the trigger rules' own lists.

    Reporting verbs are not here: a quote is found by its marks, and the sentences
    around the marks are parsed, where its attribution is read. Nor are asking
    verbs: the question cues that read them are matched on the text.
    """
    # imported here: the rule modules import the extraction package this module belongs to
    from briefings.extract.lexicon import (
        ARRIVAL_VERBS,
        DELEGATION_NOUNS,
        DINING_FORMS,
        EXCHANGING_VERBS,
        HANDSHAKE_NOUNS,
        HELD_WITH_NOUNS,
        MEETING_VERBS,
        SHAKING_HANDS,
    )
    from briefings.extract.triggers import _PHONE_WORDS, MEETING_NOUNS

    courtesies = EXCHANGING_VERBS | {verb for verb, _ in SHAKING_HANDS}
    lemmas = set(MEETING_VERBS) | _PHONE_WORDS | ARRIVAL_VERBS | courtesies
    forms = {form for lemma in lemmas for form in inflections(lemma)}
    # a delegation is sent to someone: wherever it travels ("The delegation will head to Tonga") it visits
    return frozenset(
        forms | MEETING_NOUNS | HELD_WITH_NOUNS | DINING_FORMS | HANDSHAKE_NOUNS | DELEGATION_NOUNS
    )


@functools.cache
def thank_words() -> frozenset[str]:
    """Forms of the verbs by which a transcript's speaker names the guests of a meeting told later."""
    from briefings.extract.meetings import _THANK_VERBS

    return frozenset(form for lemma in _THANK_VERBS for form in inflections(lemma))


@functools.cache
def speech_words() -> frozenset[str]:
    """Forms of the verbs whose proper-noun subject is a person even when NER missed the name."""
    from briefings.extract.lexicon import SPEECH_LEMMAS

    return frozenset(form for lemma in SPEECH_LEMMAS for form in inflections(lemma))


def _question_cues() -> tuple[re.Pattern[str], ...]:
    from briefings.extract.open_points import OPEN_POINT
    from briefings.extract.question_cues import _CUES

    return _CUES, OPEN_POINT


@dataclass(frozen=True)
class Unit:
    """A sentence-like stretch of tokens ``[start, end)``: split after sentence-final punctuation
    and at line breaks, a little finer than the parser's sentences (which is harmless: the
    parser reads each selected stretch whole and finds its own sentences in it)."""

    start: int
    end: int


def units_of(doc: Doc) -> list[Unit]:
    """The doc's units, covering every token: whitespace stays with the unit before it."""
    n = len(doc)
    is_space = doc.to_array(IS_SPACE).tolist() if n else []
    texts = [t.text for t in doc]
    units: list[Unit] = []
    start: int | None = None
    ended = False  # the unit in progress has seen its final punctuation
    for i in range(n):
        if start is None:
            if is_space[i] and units:
                units[-1] = Unit(units[-1].start, i + 1)
                continue
            start = i
        if is_space[i]:
            if "\n" in texts[i] and any(not is_space[j] for j in range(start, i)):
                units.append(Unit(start, i + 1))
                start, ended = None, False
            continue
        if ended and texts[i] not in _CLOSERS and texts[i] not in _SENTENCE_END:
            units.append(Unit(start, i))
            start, ended = i, False
        if texts[i] in _SENTENCE_END:
            ended = True
    if start is not None:
        units.append(Unit(start, n))
    return units


class _Marks:
    """Units marked for parsing, each with how far around it the rules read."""

    def __init__(self, count: int) -> None:
        self.chosen = numpy.zeros(count, dtype=bool)

    def mark(self, first: int, last: int, before: int = 0, after: int = 0) -> None:
        lo = max(first - before, 0)
        self.chosen[lo : last + after + 1] = True


def selected_units(doc: Doc, units: Sequence[Unit]) -> list[bool]:
    """Which units the full pipeline must parse (``doc`` has its tokens and entities).

    A unit is parsed when it holds

    - a quotation (every unit of it), with the unit before (a standalone quote's
      speaker is its subject), or the two before when the quote or the unit after has
      a "he", "they" or "it" (the subject "they said" stands for), the one after
      ("“…,” said Ruto." parsed as two sentences), and the whole paragraph before
      when the quote opens a paragraph;
    - a form of a meeting verb or noun, or a question cue, with the two units before
      when it has a "he", "they" or "it" (whose antecedent is a subject there);
    - a "?", with the unit before ("Why?" reads with the sentence before it);
    - a person or organisation entity, a capitalised word of a person's name, or a
      speech verb (roles, surname mentions and unnamed speakers are read there);
    - a "he"/"she", with the unit before (its gender vote counts the names there);
    - a thanking verb in a transcript turn that tells a meeting later.

    A transcript turn's own words are no key quote, so nothing is parsed for them.
    """
    n = len(units)
    if not n:
        return []
    text = doc.text
    starts = numpy.array([doc[u.start].idx for u in units])
    token_unit = numpy.zeros(len(doc), dtype=numpy.int64)
    for number, unit in enumerate(units):
        token_unit[unit.start : unit.end] = number

    def unit_at(char: int) -> int:
        return max(int(numpy.searchsorted(starts, char, side="right")) - 1, 0)

    marks = _Marks(n)
    lower = doc.to_array(LOWER).tolist()
    strings = doc.vocab.strings
    facts = {strings.add(w) for w in fact_words()}
    speech = {strings.add(w) for w in speech_words()}
    pronouns = {strings.add(w) for w in _PRONOUNS}
    thanks = {strings.add(w) for w in thank_words()}
    referring = numpy.zeros(n, dtype=bool)
    for i in indices_where(doc, LOWER, set(REFERRING_PRONOUNS)):
        referring[token_unit[i]] = True

    def back(unit: int) -> int:
        return _BACK if referring[unit] else 0

    fact_at: list[int] = []
    thank_at: list[int] = []
    for i, value in enumerate(lower):
        if value in facts:
            marks.mark(token_unit[i], token_unit[i], before=back(token_unit[i]))
            fact_at.append(doc[i].idx)
        elif value in speech:
            marks.mark(token_unit[i], token_unit[i])
        elif value in pronouns:
            marks.mark(token_unit[i], token_unit[i], before=1)
        if value in thanks:
            thank_at.append(i)
    turns = find_turns(text) or remarks_turns(text)
    for i in thank_at if turns else []:
        # whom a speaker thanks counts only for a meeting told later in the same turn
        turn = turn_at(turns, doc[i].idx)
        later = bisect.bisect_right(fact_at, doc[i].idx)
        if turn is not None and later < len(fact_at) and fact_at[later] < turn.end:
            marks.mark(token_unit[i], token_unit[i], before=back(token_unit[i]))
    for found in re.finditer(r"\?", text):
        # a short question ("Why?") reads with the sentence before it
        marks.mark(unit_at(found.start()), unit_at(found.start()), before=1)
    for cues in _question_cues():
        for cue in cues.finditer(text):
            first, last = unit_at(cue.start()), unit_at(max(cue.end() - 1, cue.start()))
            marks.mark(first, last, before=back(first))
    for quote in find_quotes(text):
        first, last = unit_at(quote.open_mark), unit_at(quote.close_mark)
        # "“…,” they said": "they" stands for a subject of the two sentences before; any
        # other speaker is read in the quote's sentences, the one after or the one before
        attributed_by_pronoun = referring[first : last + 2].any()
        marks.mark(first, last, before=_BACK if attributed_by_pronoun else 1, after=1)
        line_start = text.rfind("\n", 0, quote.open_mark) + 1
        if line_start > 0 and not text[line_start : quote.open_mark].strip():
            # a quote opening its paragraph may be said by the paragraph before's subject
            para = text.rfind("\n\n", 0, max(line_start - 2, 0))
            marks.mark(unit_at(para + 2 if para >= 0 else 0), first)
    ent_types = doc.to_array(ENT_TYPE).tolist()
    labels = {strings.add(label) for label in _NAME_LABELS}
    person = strings.add("PERSON")
    name_words: set[int] = set()
    for i, value in enumerate(ent_types):
        if value in labels:
            marks.mark(token_unit[i], token_unit[i])
        if value == person:
            name_words.add(lower[i])
    for i, value in enumerate(lower):  # a bare surname NER missed: its tag and subject role are read
        if value in name_words and doc[i].text[:1].isupper():
            marks.mark(token_unit[i], token_unit[i])
    return [bool(c) for c in marks.chosen]


@dataclass(frozen=True)
class _Stretch:
    """Selected units run together: ``[start, end)`` token indices of one body doc."""

    document: int
    start: int
    end: int


def _stretches(document: int, units: Sequence[Unit], chosen: Sequence[bool]) -> Iterator[_Stretch]:
    run: list[Unit] = []
    for unit, wanted in zip(units, chosen, strict=True):
        if wanted:
            run.append(unit)
        elif run:
            yield _Stretch(document, run[0].start, run[-1].end)
            run = []
    if run:
        yield _Stretch(document, run[0].start, run[-1].end)


def _sub_doc(doc: Doc, norms: numpy.ndarray[Any, Any], start: int, end: int) -> Doc:
    """Tokens ``[start, end)`` as a new unannotated Doc, with the tokenizer's norms: its special
    cases give "’m" the norm "am", which the tagger and parser read."""
    tokens = doc[start:end]
    sub = Doc(doc.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])
    sub.from_array([NORM], cast("Ints2d", norms[start:end].reshape(-1, 1)))
    return sub


@dataclass
class SelectionStats:
    """How much of the bodies went through the full pipeline (for benchmarks and logs)."""

    characters: int = 0
    parsed_characters: int = 0
    units: int = 0
    parsed_units: int = 0


def supports_selection(nlp: Language) -> bool:
    """Whether ``nlp`` can run its NER apart from its parser: it has both, no component
    selection does not know (an entity ruler's entities would be lost with a stretch's
    parse), and an NER with an embedding of its own (a pipeline whose NER listens to a
    shared tok2vec or transformer is parsed whole)."""
    names = set(nlp.pipe_names)
    if not {"ner", "parser"} <= names or not names <= _SELECTABLE:
        return False
    return all("ner" not in getattr(c, "listening_components", ()) for _, c in nlp.pipeline)


def _run(nlp: Language, docs: Iterable[Doc], names: Sequence[str], batch_size: int) -> list[Doc]:
    """Run the named components over ``docs``, in pipeline order, as ``nlp.pipe`` does; the
    shared pipeline is never switched (``select_pipes`` would switch it for every thread)."""
    for name, component in nlp.pipeline:
        if name not in names:
            continue
        if hasattr(component, "pipe"):
            docs = component.pipe(docs, batch_size=batch_size)
        else:
            docs = map(component, docs)
    return list(docs)


def first_pass(nlp: Language, texts: Sequence[str], batch_size: int) -> list[Doc]:
    """Tokens, paragraph breaks and entities of ``texts``: what selection reads, no parse."""
    docs = (nlp.make_doc(text) for text in texts)
    return _run(nlp, docs, [name for name in nlp.pipe_names if name in _FIRST_PASS], batch_size)


def parse_selectively(
    nlp: Language, texts: Sequence[str], batch_size: int, stats: SelectionStats | None = None
) -> list[Doc]:
    """Parse ``texts`` (bodies) as described in the module docstring; one Doc per text.
    A pipeline that :func:`supports_selection` does not is run whole."""
    if not supports_selection(nlp):
        return list(nlp.pipe(texts, batch_size=batch_size))
    docs = first_pass(nlp, texts, batch_size)
    stretches: list[_Stretch] = []
    all_units: list[list[Unit]] = []
    for number, doc in enumerate(docs):
        units = units_of(doc)
        chosen = selected_units(doc, units)
        all_units.append(units)
        stretches.extend(_stretches(number, units, chosen))
        if stats is not None:
            stats.characters += len(doc.text)
            stats.units += len(units)
            stats.parsed_units += sum(chosen)
            stats.parsed_characters += sum(
                doc[u.end - 1].idx + len(doc[u.end - 1]) - doc[u.start].idx
                for u, c in zip(units, chosen, strict=True)
                if c
            )
    norms = [doc.to_array([NORM]).reshape(-1) for doc in docs]
    parses = [_sub_doc(docs[s.document], norms[s.document], s.start, s.end) for s in stretches]
    # stretches are short: more of them to a batch
    parsed = _run(nlp, parses, [name for name in nlp.pipe_names if name not in _ENTITY_PASS], batch_size * 4)
    by_doc: dict[int, list[tuple[_Stretch, Doc]]] = {}
    for stretch, sub in zip(stretches, parsed, strict=True):
        by_doc.setdefault(stretch.document, []).append((stretch, sub))
    for number, doc in enumerate(docs):
        _merge(doc, all_units[number], by_doc.get(number, []))
    return docs


def _merge(doc: Doc, units: Sequence[Unit], parsed: Sequence[tuple[_Stretch, Doc]]) -> None:
    """Write the stretches' parses into ``doc``; every other unit starts a sentence of its own."""
    if not len(doc):
        return
    values = numpy.zeros((len(doc), len(_PARSE_ATTRS)), dtype="uint64")
    covered = numpy.zeros(len(doc), dtype=bool)
    for stretch, sub in parsed:
        values[stretch.start : stretch.end] = sub.to_array(_PARSE_ATTRS)
        covered[stretch.start : stretch.end] = True
    if covered.any():
        doc.from_array(_PARSE_ATTRS, cast("Ints2d", values))
    if covered.all():
        return
    starts = doc.to_array([SENT_START]).reshape(-1).astype("int64")
    for unit in units:
        if not covered[unit.start]:
            starts[unit.start : unit.end] = -1
            starts[unit.start] = 1
    if not covered[0]:
        starts[0] = 1
    doc.from_array([SENT_START], cast("Ints2d", starts.astype("uint64").reshape(-1, 1)))
