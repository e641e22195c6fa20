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

from spacy.tokens import Token

from briefings.extract.antecedents import Antecedents
from briefings.extract.attribution import according_to, speaker_from_token, words_owner
from briefings.extract.context import DocContext
from briefings.extract.entity_spans import entity_span, stranded_name
from briefings.extract.key_quotes import (
    SPEECH_WORDS,
    affiliation,
    denied,
    echo,
    inscribed,
    is_key_quote,
    kind_of,
    names_a_thing,
    quoted_modifier,
    recited,
    reported,
    titled,
)
from briefings.extract.lexicon import (
    GENDERED_WORDS,
    OPINION_LEMMAS,
    PERSON_NOUNS,
    PRONOUN_GENDER,
    REPORTING_LEMMAS,
    ROLE_PREFIX_WORDS,
    TITLE_WORDS,
    UTTERANCE_NOUNS,
)
from briefings.extract.parties import untitled
from briefings.extract.quote_frame import (
    acts_as_verb,
    frame_of,
    misparsed_subject,
    reporting_verbs,
    subject_of,
)
from briefings.extract.quotemarks import QuoteSpan, find_quotes, paragraph_pieces
from briefings.extract.remarks import remarks_turns
from briefings.extract.reporting import in_question_put, naming_verb
from briefings.extract.standalone import (
    colon_intro,
    credit_line,
    marker_subject,
    previous_subject,
    quote_marker,
)
from briefings.extract.titles import bearer_of_title
from briefings.extract.turn_speakers import addressee, asks, first_person
from briefings.extract.turns import Turn, find_turns, turn_at
from briefings.model.facts import PersonRef, Quote

log = logging.getLogger(__name__)

_FIRST_PERSON = frozenset({"i", "we"})
_COLLECTIVE_OWNERS = frozenset({"their", "its"})  # "Their statement also read “…”": the body's
_THING_PRONOUNS = frozenset({"it", "this"})  # what a statement is about, never its speaker
_CARRIED_CHARS = 300  # how far a body's possessive ("their statement") reaches back to its last quote
_CARRYING_WORDS = 3  # "It also", "It will further": a pronoun and an auxiliary or adverb or two

# How far apart and with what between two quotations of one list ("“…”; and “…”").
_LIST_GAP_CHARS = 12
_LIST_PUNCTUATION = str.maketrans(dict.fromkeys(",;:.–—-", " "))


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
        outside, inside = frame_of(ctx, span)
        if in_question_put(inside):
            continue  # "Asked “…”, Ames said": the interviewer's question
        verbs = reporting_verbs(outside, span)
        # "Mitsotakis called the agreement “null and void”" after the ministers found it “null and
        # void”: words a naming verb gives anew are its subject's, however often quoted before
        echoed = echo(span, spans) and reported(ctx, span, outside, inside) != "named"
        if echoed or denied(verbs, span) or recited(ctx, span) or inscribed(verbs):
            continue
        if affiliation(ctx, span) or quoted_modifier(ctx, span):
            continue
        if verbs and verbs[0].dep_ == "acl" and titled(span.text.split()):
            continue  # 'the book "Hegemony or Survival", written by Noam Chomsky': a work's title
        speaker = _attribute(ctx, span, turns, previous, frame)
        before = previous
        if speaker is not None:
            speaker = bearer_of_title(ctx, speaker, turn, span.open_mark)
            previous = (speaker, span.close_mark)
        # only a short quotation needs to go on from the one before to count as speech
        short = len(span.text.split()) < SPEECH_WORDS
        goes_on = short and turn is None and _goes_on_alone(ctx, span, speaker, before)
        if speaker is None or not is_key_quote(
            span,
            speaker,
            reported(ctx, span, outside, inside),
            goes_on=goes_on,
            in_prose=turn is None,
            named_thing=names_a_thing(inside),
        ):
            continue
        # "Editor Hakim Almasmari": a role word the tagger ran into the name is no part of it (a
        # label of office, "Senior Administration Official", stays whole)
        if speaker.name.split()[0].lower() in ROLE_PREFIX_WORDS:
            speaker = untitled(speaker)
        # attributed as a whole, quoted paragraph by paragraph
        for piece in paragraph_pieces(text, span):
            evidence = ctx.evidence_for((piece.open_mark, piece.close_mark + 1))
            quotes.append(Quote(piece.text, speaker, kind_of(text, piece), evidence))
    return quotes


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


def _name_before(ctx: DocContext, verb: Token) -> PersonRef | None:
    """ "…,” Tully wrote": a known person's name right before a subjectless reporting verb is
    its subject, whatever the tagger made of the word (here an adverb, like "fully")."""
    if verb.i == 0:
        return None
    word = verb.doc[verb.i - 1]
    if not word.text[:1].isupper() or word.is_sent_start:
        return None
    return ctx.people.known(word.text, word.idx)


def _according_just_before(ctx: DocContext, span: QuoteSpan, outside: list[Token]) -> PersonRef | None:
    """ "China pledged 3.37 billion and now, according to Jiabao, “China is ready to …”": a quotation
    opening right after an "according to X," gives X's words, whatever verb the parser hangs the
    quotation on (the clause before it is the author's account, not its frame). Set off right after
    its verb ("Sutherland decided, according to the summary, “that …”") it only qualifies that verb,
    whose subject speaks."""
    before = [t for t in outside if t.idx < span.open_mark]
    if len(before) < 3 or before[-1].text != ",":
        return None
    for tok in reversed(before[:-1]):
        if tok.lower_ == "according":
            ahead = tok.doc[tok.i - 1] if tok.i > 0 else tok
            ahead = tok.doc[ahead.i - 1] if ahead.text == "," and ahead.i > 0 else ahead
            if ahead.i == tok.head.i:
                return None  # "Sutherland decided, according to the summary, “that …”": the verb's own
            source = according_to(ctx, [tok])
            return source if source is not None and tok.right_edge.i + 1 == before[-1].i else None
        if tok.text in {".", ";", "“", '"', "”"}:
            return None
    return None


def _named_right_after(ctx: DocContext, span: QuoteSpan, outside: list[Token]) -> PersonRef | None:
    """ "“I am in awe of the people who ran towards danger” tweeted Mayor of London Sadiq Khan.": a
    reporting verb right after the closing mark, then a person's name after nothing but the words of
    their office, is the inverted frame "said X", whatever the parser made of it (here an adjective of
    "Mayor" inside the quotation's clause)."""
    after = [t for t in outside if t.idx > span.close_mark]
    if after and after[0].text == ",":
        after = after[1:]
    if len(after) < 2 or after[0].lemma_.lower() not in REPORTING_LEMMAS:
        return None
    first_name: Token | None = None  # a given name the tagger left out of the entity ("Sadiq Khan")
    for tok in after[1:8]:
        if tok.ent_type_ == "PERSON":
            name = entity_span(tok)
            if first_name is not None and first_name.i < name.start:
                name = tok.doc[first_name.i : name.end]
            found = ctx.people.resolve(name)
            return found if found is not None and found.kind == "person" else None
        office = tok.lower_ in TITLE_WORDS or tok.lower_ in {"of", "the"} or tok.ent_type_ in {"GPE", "NORP"}
        if first_name is None and not office and tok.pos_ == "PROPN" and tok.text[:1].isupper():
            first_name = tok
        elif not office:
            return None
    return None


def _stranded_name(ctx: DocContext, verb: Token) -> PersonRef | None:
    """ "Asked about the prospects …, Rod Barton, a member of the Survey Group, said “…”": the name
    the parser stranded on the phrase before a subjectless reporting verb, when it is a person's."""
    ent = stranded_name(verb)
    if ent is None:
        return None
    found = ctx.people.known(ent.text, ent.start_char) or ctx.people.resolve(ent)
    return found if found is not None and found.kind == "person" else None


def _attribute(
    ctx: DocContext,
    span: QuoteSpan,
    turns: list[Turn],
    previous: tuple[PersonRef, int] | None,
    frame: _Frame,
) -> PersonRef | None:
    outside, inside = frame_of(ctx, span)
    turn = turn_at(turns, span.open_mark)
    owner = words_owner(ctx, inside)
    if owner is not None:
        return owner
    fronted = _according_just_before(ctx, span, outside)
    if fronted is not None:
        return fronted
    for number, verb in enumerate(reporting_verbs(outside, span)):
        nearest = number == 0
        outer = _outer_reporter(ctx, verb, frame, span, previous)
        if outer is not None:
            return outer
        subject = subject_of(verb) or misparsed_subject(verb)
        if subject is not None and subject.pos_ == "VERB" and subject.dep_ in {"nsubj", "csubj"}:
            subject = None  # "Asked about it, Rod Barton, a member of …, said": a participle is no speaker
        if subject is None and (named := _name_before(ctx, verb) or _stranded_name(ctx, verb)) is not None:
            return named
        if subject is None:
            source = according_to(ctx, outside)
            if source is not None:
                return source
            continue
        holder = next((s for s in frame.spans if s.open_mark <= subject.idx <= s.close_mark), None)
        if holder is not None:
            # "Di Rita said “… It is not the case,” adding that “…”": a participle the parser hung on
            # the quotation before goes on with that quotation's speaker, in the same sentence (a
            # quoted name, "'Swiderski' is also quoted as saying", is no statement going on)
            speech = len(holder.text.split()) >= SPEECH_WORDS
            if (
                speech
                and verb.tag_ == "VBG"
                and previous is not None
                and _same_sentence(ctx, previous[1], span.open_mark)
            ):
                return previous[0]
            continue  # "Trumka said, “I wish …,” speaking of him, “…”": quoted words never report
        if subject.lower_ in _FIRST_PERSON:
            # "I said, “…”" quotes the turn's speaker; an "I" farther off ("I promise you,
            # they're saying “…”") does not speak the words, nor does a reporter's "we" (the
            # public or the government: "as we're telling them, “It's okay to go mask-free”")
            if not nearest or (subject.lower_ == "we" and turn is not None and turn.is_reporter):
                return None
            return first_person(ctx, turn, span.open_mark)
        if subject.lower_ == "you" and nearest:  # a reporter's "you said “…”": who answers
            return None if asks(verb) else addressee(ctx, turns, turn, span.open_mark)
        ref = _speaker(ctx, subject, frame, span, previous)
        if ref is not None:
            return ref
    right_after = _named_right_after(ctx, span, outside)
    if right_after is not None:
        return right_after
    named_by = _naming_subject(ctx, span, inside, frame, previous) or _opinion_holder(
        ctx, span, inside, frame, previous
    )
    if named_by is not None:
        return named_by
    source = according_to(ctx, outside)
    if source is not None and source.kind not in {"person", "anonymous"}:
        # "According to Israel Army Radio, Netanyahu rejected a request on the grounds that Gilo was
        # “…”": the outlet tells what a person did; the person whose act the words give holds them
        # ("Wiranto suffered “two deep wounds” according to a hospital spokesperson": a person
        # unnamed is still the one who speaks)
        actor = _acting_person(ctx, span, inside, frame, previous)
        if actor is not None:
            return actor
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
    credited = credit_line(ctx, span)  # a credit under the quotation outranks the clause before it
    if credited is not None:
        return credited
    intro = colon_intro(ctx, span)
    if intro is not None:
        return intro
    marker = quote_marker(ctx, span)
    subject = marker_subject(ctx, marker) if marker is not None else None
    if subject is not None:
        return _speaker(ctx, subject, frame, span, previous)
    carried = _statement_goes_on(ctx, span, previous) or _listed_with_the_last(ctx, span, previous)
    if carried is not None:
        return carried
    content = [t for t in outside if t.is_alpha]
    if content:
        return None
    # a quote standing alone (its credit line read above): the person the sentence before is about,
    # else the last speaker
    before = previous_subject(ctx, span)
    if before is not None:
        return before
    if previous is not None and span.open_mark - previous[1] < 600:
        return previous[0]
    return None


def _naming_subject(
    ctx: DocContext,
    span: QuoteSpan,
    inside: list[Token],
    frame: _Frame,
    previous: tuple[PersonRef, int] | None,
) -> PersonRef | None:
    """ "The European Union condemned the attack as a “terrorist attack targeting civilians”": whoever
    names a thing with the quoted words (condemns, praises, dismisses it as them) says them."""
    verb = naming_verb(inside)
    if verb is None or verb.idx > span.open_mark:
        return None
    subject = subject_of(verb)
    if subject is None or span.open_mark <= subject.idx <= span.close_mark:
        return None
    return _speaker(ctx, subject, frame, span, previous)


def _opinion_holder(
    ctx: DocContext,
    span: QuoteSpan,
    inside: list[Token],
    frame: _Frame,
    previous: tuple[PersonRef, int] | None,
) -> PersonRef | None:
    """ "Kouchner felt that the sanctions had failed and that the Sudanese “seem clearly affected”":
    words quoted in what a person believes, feels or thinks are that person's."""
    quoted = {t.i for t in inside}
    head = next((t.head for t in inside if t.head.i not in quoted), None)
    for _ in range(4):
        if head is None:
            return None
        if head.lemma_.lower() in OPINION_LEMMAS and head.pos_ == "VERB":
            subjects = [c for c in head.children if c.dep_ == "nsubj" and c.i not in quoted]
            ref = _speaker(ctx, subjects[0], frame, span, previous) if subjects else None
            return ref if ref is not None and ref.kind == "person" else None
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def _acting_person(
    ctx: DocContext,
    span: QuoteSpan,
    inside: list[Token],
    frame: _Frame,
    previous: tuple[PersonRef, int] | None,
) -> PersonRef | None:
    """The person subject of the main clause the quotation sits in (an active verb, its subject
    outside the quotation)."""
    root = ctx.sentence_at(span.open_mark).root
    if root.pos_ not in {"VERB", "AUX"} or not inside or inside[0] not in set(root.subtree):
        return None
    subjects = [
        c for c in root.children if c.dep_ == "nsubj" and not span.open_mark <= c.idx <= span.close_mark
    ]
    if not subjects or subjects[0].pos_ not in {"PROPN", "NOUN"}:
        return None
    ref = _speaker(ctx, subjects[0], frame, span, previous)
    return ref if ref is not None and ref.kind == "person" else None


def _goes_on_alone(
    ctx: DocContext, span: QuoteSpan, speaker: PersonRef | None, before: tuple[PersonRef, int] | None
) -> bool:
    """ "“It is a disaster,” Ames said of the plan. “We will fight it.”": a quotation that is a sentence
    of its own, opening the sentence right after the one that quoted the same speaker, goes on with
    that speaker's words (in a transcript or a speech, a quoted sentence is as often someone's
    anecdote: not read here)."""
    if speaker is None or before is None or before[0] != speaker:
        return False
    sentence = ctx.sentence_at(span.open_mark)
    if sentence.start_char < span.open_mark - 1 or sentence.end_char > span.close_mark + 2:
        return False  # words of the author's around it: reported, or not, by them
    previous_sentence = ctx.sentence_at(before[1])
    return previous_sentence.end_char >= sentence.start_char - 2


def _same_sentence(ctx: DocContext, first: int, second: int) -> bool:
    return ctx.sentence_at(first).start == ctx.sentence_at(second).start


def _statement_goes_on(
    ctx: DocContext, span: QuoteSpan, previous: tuple[PersonRef, int] | None
) -> PersonRef | None:
    """ "As the President said, “This Texas law violates …” It will “significantly impair …” It
    also “deputizes …”": a quotation that goes on with the statement just quoted, after a bare
    pronoun subject for what the statement is about ("it", "this") and nothing else of the
    author's, is the same speaker's. Only speech-length words (a scare term after "it is" is no
    statement) in the sentence right after the last quote, or in the same one."""
    if previous is None or len(span.text.split()) < SPEECH_WORDS:
        return None
    sentence = ctx.sentence_at(span.open_mark)
    before = ctx.sentence_before(sentence)
    quoted_in = ctx.sentence_at(previous[1]).start
    if quoted_in != sentence.start and (before is None or quoted_in != before.start):
        return None
    lead = [t for t in sentence if t.idx < span.open_mark and t.is_alpha]
    after = [t for t in sentence if t.idx > span.close_mark and t.is_alpha]
    if after or not lead or len(lead) > _CARRYING_WORDS or lead[0].lower_ not in _THING_PRONOUNS:
        return None
    if any(t.lemma_.lower() in REPORTING_LEMMAS for t in lead):
        return None  # "It said, “…”": a body's own statement, for the reporting rules
    return previous[0]


def _listed_with_the_last(
    ctx: DocContext, span: QuoteSpan, previous: tuple[PersonRef, int] | None
) -> PersonRef | None:
    """ "Munz tweeted, “…”; “…”; and “…”": quotations listed one after another, joined by nothing
    but punctuation and "and" or "or", are the words of the speaker of the first."""
    if previous is None or not 0 < span.open_mark - previous[1] <= _LIST_GAP_CHARS:
        return None
    between = ctx.text[previous[1] + 1 : span.open_mark]
    words = between.translate(_LIST_PUNCTUATION).split()
    return previous[0] if words in ([], ["and"], ["or"]) and "\n\n" not in between else None


def _speaker(
    ctx: DocContext, subject: Token, frame: _Frame, span: QuoteSpan, previous: tuple[PersonRef, int] | None
) -> PersonRef | None:
    """The speaker a reporting verb's subject names: a "he"/"she" by its antecedent."""
    if subject.lower_ in PRONOUN_GENDER:
        found = frame.antecedents.resolve(subject, (span.open_mark, span.close_mark + 1), previous)
        if found is not None or turn_at(frame.antecedents.turns, subject.idx) is not None:
            return found  # in a turn, the nearest name may well be the speaker's own
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if (
        owner is not None
        and subject.pos_ == "NOUN"
        and subject.lemma_.lower() in UTTERANCE_NOUNS
        and (owner.lower_ in PRONOUN_GENDER.keys() | _COLLECTIVE_OWNERS or owner.ent_type_ == "PERSON")
    ):
        # "his responses in the interview described it as “…”", "Ruiz's statement called it “…”":
        # the person whose words they are speaks (a description's, "the mayor's statement", stays)
        owned_by = _speaker(ctx, owner, frame, span, previous)
        if owned_by is not None:
            return owned_by
        if (
            owner.lower_ in _COLLECTIVE_OWNERS
            and previous is not None
            and previous[0].kind == "org"
            and span.open_mark - previous[1] < _CARRIED_CHARS
        ):
            # "The government issued a statement: “…” Their statement also read “…”": the body
            # just quoted, when the parse hid its subject in a clause
            return previous[0]
    ref = _closing_appositive(ctx, subject) or speaker_from_token(ctx, subject)
    owned = owner is not None
    if ref is None and subject.pos_ == "NOUN" and (subject.lower_ in GENDERED_WORDS or owned):
        # "her dad said", "a woman in the crowd said", "Trevor Reed's parents said", "as my
        # coach used to say": an unnamed person speaks as described
        phrase = ctx.doc[subject.left_edge.i : subject.i + 1].text
        return PersonRef(phrase[:1].lower() + phrase[1:], None, "anonymous")
    return ref


def _closing_appositive(ctx: DocContext, subject: Token) -> PersonRef | None:
    """ "“…,” Liberal Leader and former Environment Minister under Jean Chrétien, Stéphane Dion,
    said today", "The top mediator for the talks in Geneva, Lakhdar Brahimi, said": a name set off by
    commas right before the verb closes the title chain or the speaking person's noun the subject
    opens, whatever the parser attached it to; that name is who speaks."""
    verb = subject.head
    doc = subject.doc
    if (
        subject.ent_type_ == "PERSON"
        or (subject.lower_ not in TITLE_WORDS and subject.lemma_.lower() not in PERSON_NOUNS)
        or verb.i <= subject.i + 1
    ):
        return None
    if doc[verb.i - 1].text != ",":
        return None
    start = verb.i - 1  # the name's words: proper nouns back to the opening comma ("Lakhdar" untagged)
    while start - 1 > subject.i and doc[start - 1].pos_ == "PROPN":
        start -= 1
    name = doc[start : verb.i - 1]
    if not name or doc[start - 1].text != "," or not any(t.ent_type_ == "PERSON" for t in name):
        return None
    found = ctx.people.known(name.text, name.start_char) or ctx.people.resolve(name)
    return found if found is not None and found.kind == "person" else None


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
        if head.lemma_.lower() not in REPORTING_LEMMAS or not acts_as_verb(head):
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
        reporter = next(
            (a for a in tok.ancestors if a.lemma_.lower() in REPORTING_LEMMAS and a.pos_ in {"VERB", "AUX"}),
            None,
        )
        content = any(c.dep_ == "mark" and c.lower_ in {"that", "whether"} for c in tok.children)
        if content or (reporter is not None and not span.open_mark <= reporter.idx <= span.close_mark):
            # "someone audibly says Zelensky “has …”", "saying … and that Israelis should “get out”":
            # the subject of a clause someone reports (or a "that" clause) is spoken of, not speaking
            return None
        subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.idx < span.open_mark]
        if subjects and subjects[0].right_edge.i + 2 >= inside[0].i:
            return speaker_from_token(ctx, subjects[0])
    return None
