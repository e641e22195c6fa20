"""Key quotes with speakers: paired marks, attributed, scare quotes dropped.

For each quoted passage (:mod:`quotemarks`) the author's words around it are
searched for a speaker (:mod:`attribution`): a reporting verb's subject, the
subject of a verb the quote continues ("Wang “pointed out that …”"), an
"according to" source, a colon introduction in the sentence or the paragraph
before, or, for a quote standing alone, the previous quote's speaker.
Short fragments ("breakthrough", "unity of purpose") and quotes nobody can be
found to have said are not key quotes. A transcript's own turns are never key quotes
(the quotations inside them are).
"""

from __future__ import annotations

import logging
from typing import Literal

from spacy.tokens import Span, Token

from briefings.extract.antecedents import PRONOUN_GENDER, Antecedents
from briefings.extract.attribution import according_to, speaker_from_token, subject_of
from briefings.extract.context import DocContext
from briefings.extract.lexicon import GENDERED_WORDS, REPORTING_LEMMAS
from briefings.extract.quotemarks import QuoteSpan, find_quotes
from briefings.extract.remarks import remarks_turns
from briefings.extract.reporting import (
    adjacent_verb,
    governing_verb,
    in_question_put,
    is_predicate,
    naming_verb,
    scare_marked,
)
from briefings.extract.standalone import colon_intro, marker_subject, previous_subject, quote_marker
from briefings.extract.titles import bearer_of_title
from briefings.extract.turn_speakers import addressee, first_person
from briefings.extract.turns import Turn, find_turns, turn_at
from briefings.model.facts import PersonRef, Quote, QuoteKind

log = logging.getLogger(__name__)

SPEECH_WORDS = 5  # a quotation this long is speech when it has a speaker; a shorter one must be reported
ECHO_WORDS = 4  # a quotation this short that repeats earlier quoted words is an echo
TERM_WORDS = 2  # a word or two an organisation's report quotes is its term, not anyone's speech
_FIRST_PERSON = frozenset({"i", "we"})


def extract_quotes(ctx: DocContext) -> list[Quote]:
    """Every key quote of the document body, in order, each with its speaker and evidence.

    In a transcript (labelled turns, or remarks under a byline) the turns *are* the
    document: a speaker's own turn is never a key quote. Its key quotes are the
    quotations inside turns, as in prose: "Schumer said, “…”" is Schumer's, "I said,
    “…”" the turn speaker's, and a quotation the turn does not attribute is nobody's
    unless the sentence before names its speaker.
    """
    text = ctx.text
    turns = find_turns(text) or remarks_turns(text)
    quotes: list[Quote] = []
    previous: tuple[PersonRef, int] | None = None  # last speaker and where their quote ended
    spans = find_quotes(text)
    frame = _Frame(ctx, spans)
    for span in spans:
        turn = turn_at(turns, span.open_mark)
        if previous is not None and turn is not None and turn_at(turns, previous[1]) is not turn:
            previous = None  # a speaker quoted in one turn does not speak in the next
        outside, inside = _frame(ctx, span)
        if in_question_put(inside):
            continue  # "Asked “…”, Ames said": the interviewer's question
        if _echo(span, spans) or _denied(outside, span):
            continue
        speaker = _attribute(ctx, span, turns, previous, frame)
        if speaker is not None:
            speaker = bearer_of_title(ctx, speaker, turn, span.open_mark)
            previous = (speaker, span.close_mark)
        if speaker is None or not _is_key_quote(span, speaker, _reported(ctx, span, outside, inside)):
            continue
        evidence = ctx.evidence_for((span.open_mark, span.close_mark + 1))
        quotes.append(Quote(span.text, speaker, _kind(text, span), evidence))
    return quotes


def _words(text: str) -> set[str]:
    return {w.strip(".,;:!?…'’\"“”()").lower() for w in text.split()} - {""}


def _echo(span: QuoteSpan, spans: list[QuoteSpan]) -> bool:
    """ "those “alternative ways forward”" after "proposed “alternative potential ways
    forward”": a few quoted words already quoted earlier repeat someone's term, not new speech."""
    words = _words(span.text)
    if not words or len(span.text.split()) > ECHO_WORDS:
        return False
    return any(s.close_mark < span.open_mark and words <= _words(s.text) for s in spans)


def _denied(outside: list[Token], span: QuoteSpan) -> bool:
    """ "we are not standing here and say, “The invasion is on.”": words a negated reporting
    verb puts in no one's mouth."""
    verbs = _reporting_verbs(outside, span)
    if not verbs:
        return False
    verb = verbs[0]
    heads = [verb, verb.head] if verb.dep_ in {"conj", "xcomp"} else [verb]
    return any(c.dep_ == "neg" for h in heads for c in h.children)


class _Frame:
    """What attribution reads across a document's quotes: the pronoun antecedents, built on
    the first "he"/"she" speaker (most documents need none)."""

    def __init__(self, ctx: DocContext, spans: list[QuoteSpan]) -> None:
        self.ctx = ctx
        self.spans = spans
        self._antecedents: Antecedents | None = None

    @property
    def antecedents(self) -> Antecedents:
        if self._antecedents is None:
            quoted = [(s.open_mark, s.close_mark + 1) for s in self.spans]
            self._antecedents = Antecedents.build(self.ctx, quoted)
        return self._antecedents


_Reported = Literal["named", "spoken", "predicate", "embedded", "no"]


def _reported(ctx: DocContext, span: QuoteSpan, outside: list[Token], inside: list[Token]) -> _Reported:
    """How syntax reports the quotation (see :mod:`reporting`): ``named`` by a naming verb
    ("called it “rubbish”"), ``spoken`` as an utterance of its own ("“Never,” she said"),
    the ``predicate`` of a reported clause ("said the talks were a “breakthrough”"), elsewhere
    ``embedded`` in one, or ``no`` (nothing reports it, or "so-called" sets it apart)."""
    before = [t for t in outside if t.idx < span.open_mark]
    if scare_marked(before):
        return "no"
    if naming_verb(inside) is not None:
        return "named"
    after = [t for t in outside if t.idx > span.close_mark]
    if adjacent_verb(inside, before, after) is not None or colon_intro(ctx, span) is not None:
        return "spoken"
    if quote_marker(ctx, span) is not None:
        return "spoken"  # "called it, quote, “medieval”": read out as a quotation
    if governing_verb(inside) is None:
        return "no"
    return "predicate" if is_predicate(inside) else "embedded"


def _is_key_quote(span: QuoteSpan, speaker: PersonRef, reported: _Reported) -> bool:
    """Speech, not a scare quote or a title: long enough to be speech, or, however short,
    reported by syntax ("called it “rubbish”", "“Never,” she said", "said she was “deeply
    concerned”"); scare quotes are the ones nothing reports. A word or two in the report of a
    body or a text is its term ("rated “highly critical”"), not speech."""
    words = span.text.split()
    long_words = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    titled = long_words and all(w[:1].isupper() for w in long_words)
    if titled and len(words) <= 8 and reported != "spoken":
        return False  # a title ("the “Better Idea of Afghan Girls” programme"), not an utterance
    if len(words) >= SPEECH_WORDS:
        return True
    if len(words) <= TERM_WORDS:
        # "the firm said 39% are rated “highly critical”", "said it reflected anxieties about
        # “fake news”": a body's term, or a term deep in a reported clause, is no speech
        return reported in {"named", "spoken", "predicate"} and speaker.kind in {"person", "anonymous"}
    return reported != "no"


def _kind(text: str, span: QuoteSpan) -> QuoteKind:
    """Direct when a full sentence is quoted; partial when a fragment sits in the author's sentence."""
    before = text[max(0, span.open_mark - 200) : span.open_mark].rstrip()
    starts_sentence = not before or before[-1] in ",:—–-\n.?!("
    whole_sentence = span.text.rstrip(" ”\"'’")[-1:] in ".?!"  # "said that “The hasty … Afghanistan.”"
    capital = span.text[:1].isupper() or span.text[:1].isdigit()
    return "direct" if capital and (starts_sentence or whole_sentence) else "partial"


def _frame(ctx: DocContext, span: QuoteSpan) -> tuple[list[Token], list[Token]]:
    """The author's tokens in the sentences around a quote, and the quote's own tokens."""
    first = ctx.sentence_at(span.open_mark)
    last = ctx.sentence_at(span.close_mark)
    start, end = first.start, last.end
    doc = ctx.doc
    # "“…,” said Ruto." may be parsed as two sentences: take the attribution that follows
    if end < len(doc) and _attribution_follows(ctx, span, last):
        follow = ctx.sentence_after(last)
        end = follow.end if follow is not None else end
    text = ctx.text
    para_start = text.rfind("\n", 0, span.open_mark) + 1
    para_end = text.find("\n", span.close_mark)
    para_end = len(text) if para_end < 0 else para_end
    tokens = [t for t in doc[start:end] if para_start <= t.idx < para_end]
    inside = [t for t in tokens if span.open_mark <= t.idx <= span.close_mark]
    outside = [t for t in tokens if not (span.open_mark <= t.idx <= span.close_mark)]
    return outside, inside


def _attribution_follows(ctx: DocContext, span: QuoteSpan, sent: Span) -> bool:
    """Whether the sentence after the quote's is its attribution ("“…,” said Ruto." split in two)."""
    text = ctx.text
    if (
        text[span.close_mark + 1 : sent.end_char].strip(" .")
        or "\n" in text[span.close_mark : sent.end_char + 1]
    ):
        return False
    follow = ctx.sentence_after(sent)
    if follow is None:
        return False
    if "\n" in text[sent.end_char : follow.start_char]:
        return False
    open_ended = span.text.rstrip()[-1:] in ",?!—–-" or follow.text[:1].islower()
    return open_ended and any(t.lemma_ in REPORTING_LEMMAS for t in follow[:5])


def _acts_as_verb(tok: Token) -> bool:
    """A verb, or a reporting word the tagger read as a noun but parsed as a clause head
    with a subject ("The Department notes, “…”")."""
    if tok.pos_ in {"VERB", "AUX"}:
        return True
    return tok.dep_ == "ROOT" and (
        any(c.dep_ == "nsubj" for c in tok.children) or bool(_misparsed_subject(tok))
    )


def _misparsed_subject(tok: Token) -> Token | None:
    """ "The U.S. Department of Agriculture notes, “…”" read as one noun phrase: the name
    modifying the reporting noun is its subject."""
    if tok.pos_ != "NOUN" or tok.dep_ != "ROOT":
        return None
    names = [c for c in tok.lefts if c.dep_ in {"nmod", "compound", "poss"} and c.pos_ == "PROPN"]
    return names[-1] if names else None


def _name_before(ctx: DocContext, verb: Token) -> PersonRef | None:
    """ "…,” Tully wrote": a known person's name right before a subjectless reporting verb is
    its subject, whatever the tagger made of the word (here an adverb, like "fully")."""
    if verb.i == 0:
        return None
    word = verb.doc[verb.i - 1]
    if not word.text[:1].isupper() or word.is_sent_start:
        return None
    return ctx.people.known(word.text, word.idx)


def _reporting_verbs(outside: list[Token], span: QuoteSpan) -> list[Token]:
    """The reporting verbs around a quote, nearest first; a verb after it that opens a quote
    of its own ("“…?” I said, “Yeah, we can.”") reports that one."""
    verbs = [
        t
        for t in outside
        if t.lemma_.lower() in REPORTING_LEMMAS
        and _acts_as_verb(t)
        and not (t.idx > span.close_mark and _introduces_quote(t))
    ]

    def distance(t: Token) -> int:
        return span.open_mark - t.idx if t.idx < span.open_mark else t.idx - span.close_mark

    return sorted(verbs, key=distance)


def _introduces_quote(verb: Token) -> bool:
    after = [t.text for t in verb.doc[verb.i + 1 : verb.i + 3] if t.text not in {",", ":"}]
    return bool(after) and after[0][:1] in {"“", '"'}


def _attribute(
    ctx: DocContext,
    span: QuoteSpan,
    turns: list[Turn],
    previous: tuple[PersonRef, int] | None,
    frame: _Frame,
) -> PersonRef | None:
    outside, inside = _frame(ctx, span)
    turn = turn_at(turns, span.open_mark)
    for number, verb in enumerate(_reporting_verbs(outside, span)):
        nearest = number == 0
        outer = _outer_reporter(ctx, verb, frame, span, previous)
        if outer is not None:
            return outer
        subject = subject_of(verb) or _misparsed_subject(verb)
        if subject is None and (named := _name_before(ctx, verb)) is not None:
            return named
        if subject is None:
            source = according_to(ctx, outside)
            if source is not None:
                return source
            continue
        if subject.lower_ in _FIRST_PERSON:
            # "I said, “…”" quotes the turn's speaker; an "I" farther off ("I promise you,
            # they're saying “…”") does not speak the words
            return first_person(ctx, turn, span.open_mark) if nearest else None
        if subject.lower_ == "you" and nearest:  # a reporter's "you said “…”": who answers
            return addressee(ctx, turns, turn, span.open_mark)
        if span.open_mark <= subject.idx <= span.close_mark:
            continue
        ref = _speaker(ctx, subject, frame, span, previous)
        if ref is not None:
            return ref
    source = according_to(ctx, outside)
    if source is not None:
        return source
    # the quote continues the author's clause: "Wang “pointed out that …”"
    for tok in inside:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in REPORTING_LEMMAS:
            subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.idx < span.open_mark]
            if subjects:
                ref = speaker_from_token(ctx, subjects[0])
                if ref is not None:
                    return ref
    ref = _clause_subject(ctx, span, inside)
    if ref is not None:
        return ref
    intro = colon_intro(ctx, span)
    if intro is not None:
        return intro
    marker = quote_marker(ctx, span)
    subject = marker_subject(ctx, marker) if marker is not None else None
    if subject is not None:
        return _speaker(ctx, subject, frame, span, previous)
    content = [t for t in outside if t.is_alpha]
    if content:
        return None
    # a quote standing alone: the person the sentence before is about, else the last speaker
    before = previous_subject(ctx, span)
    if before is not None:
        return before
    if previous is not None and span.open_mark - previous[1] < 600:
        return previous[0]
    return None


def _speaker(
    ctx: DocContext, subject: Token, frame: _Frame, span: QuoteSpan, previous: tuple[PersonRef, int] | None
) -> PersonRef | None:
    """The speaker a reporting verb's subject names: a "he"/"she" by its antecedent."""
    if subject.lower_ in PRONOUN_GENDER:
        found = frame.antecedents.resolve(subject, (span.open_mark, span.close_mark + 1), previous)
        if found is not None or turn_at(frame.antecedents.turns, subject.idx) is not None:
            return found  # in a turn, the nearest name may well be the speaker's own
    ref = speaker_from_token(ctx, subject)
    owned = any(c.dep_ == "poss" for c in subject.children)
    if ref is None and subject.pos_ == "NOUN" and (subject.lower_ in GENDERED_WORDS or owned):
        # "her dad said", "a woman in the crowd said", "Trevor Reed's parents said", "as my
        # coach used to say": an unnamed person speaks as described
        phrase = ctx.doc[subject.left_edge.i : subject.i + 1].text
        return PersonRef(phrase[:1].lower() + phrase[1:], None, "anonymous")
    return ref


def _outer_reporter(
    ctx: DocContext, verb: Token, frame: _Frame, span: QuoteSpan, previous: tuple[PersonRef, int] | None
) -> PersonRef | None:
    """ "He said the ministry had said it would act “with reckless haste”": the outer reporting
    clause owns the words when a person speaks there (a report or an outlet does not: "The
    Ledger reported that Ames said “…”" stays Ames's)."""
    node = verb
    outer: PersonRef | None = None
    while node.dep_ == "ccomp" and node.head.i != node.i:
        head = node.head
        if head.lemma_.lower() not in REPORTING_LEMMAS or not _acts_as_verb(head):
            break
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if not subjects or span.open_mark <= subjects[0].idx <= span.close_mark:
            break
        ref = _speaker(ctx, subjects[0], frame, span, previous)
        if ref is None or ref.kind != "person":
            break
        outer = ref
        node = head
    return outer


def _clause_subject(ctx: DocContext, span: QuoteSpan, inside: list[Token]) -> PersonRef | None:
    """ "the company “remains fully committed to …”": the author's subject, right before the
    quote, of a verb inside it quotes its own words (when it is a person or an organisation)."""
    opening = [t for t in inside if t.idx > span.open_mark][:3]
    for tok in opening:
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.idx < span.open_mark]
        if subjects and subjects[0].right_edge.i + 2 >= inside[0].i:
            return speaker_from_token(ctx, subjects[0])
    return None
