"""Who says a quotation the sentence around it does not attribute: the sentence before's
subject, the person the paragraph is about, a colon introduction ("Ames said:").

A headline is never such a speaker: a title line in the body ("Ames attacks the
budget plan", a markdown heading, a bold line, the document's own title) names
what the text is about, and the quotes under it belong to whoever the body says
speaks. The one exception is the "Name: “quote”" shape, where the headline
itself attributes its quote.
"""

from __future__ import annotations

import logging

from spacy.tokens import Span, Token

from briefings.extract.attribution import speaker_from_token
from briefings.extract.context import DocContext
from briefings.extract.lexicon import (
    FIRST_PERSON_SINGULAR,
    MESSAGE_SENDING_VERBS,
    PLURAL_NOUN_TAGS,
    PLURAL_PRONOUNS,
    QUOTE_MARKERS,
    REPORTING_LEMMAS,
    SCARE_MARKERS,
    SENT_MESSAGE_NOUNS,
    SOURCE_NOUNS,
    UNSURE_MARKS,
)
from briefings.extract.meeting_pronouns import pronoun_party
from briefings.extract.quote_frame import subject_of
from briefings.extract.quotemarks import QuoteSpan
from briefings.model.facts import PersonRef
from briefings.sources.line_kinds import is_quote_credit

log = logging.getLogger(__name__)

HEADLINE_WORDS = 20  # a first line this short with no full stop is a headline


def is_heading(ctx: DocContext, offset: int) -> bool:
    """Whether the line holding ``offset`` is a headline: the document's title, a markdown
    heading, a wholly bold line, or a short first line that ends in a word or a quotation mark
    (no full stop, no colon introducing what follows)."""
    text = ctx.text
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : len(text) if end < 0 else end].strip()
    if not line:
        return False
    bare = line.strip("#*_ \t").strip()
    title = (ctx.document.title or "").strip().lower()
    if line.startswith("#") or (line.startswith("**") and line.endswith("**")) or bare.lower() == title:
        return True
    first = not text[:start].strip()
    return first and len(bare.split()) <= HEADLINE_WORDS and (bare[-1:].isalnum() or bare[-1:] in "”\"’'")


def previous_subject(ctx: DocContext, span: QuoteSpan) -> PersonRef | None:
    """The named subject of the sentence just before a standalone quote (in the paragraph
    before only when that sentence reports speech)."""
    first = ctx.sentence_at(span.open_mark)
    if first.start == 0:
        return None
    prev = ctx.sentence_before(first)
    if prev is None or is_heading(ctx, prev.start_char):
        return None
    if "“" in prev.text or '"' in prev.text:
        return None
    subjects = [t for t in prev if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"]
    prev_end = prev.start_char + len(prev.text.rstrip())
    if "\n" in ctx.text[prev_end : span.open_mark]:
        # a quote opening its own paragraph continues the paragraph before only when that
        # paragraph ended in reported speech ("Lone said the party would not negotiate.")
        # or about a named person
        subjects = [
            t for t in subjects if t.head.lemma_.lower() in REPORTING_LEMMAS or t.ent_type_ == "PERSON"
        ]
    if _one_speaks(ctx, span):
        # "“… and I came here to say ‘thank you’,” after "The leaders also discussed …": words in
        # the first person singular are one person's, never a plural subject's
        subjects = [t for t in subjects if t.tag_ not in PLURAL_NOUN_TAGS and t.lower_ not in PLURAL_PRONOUNS]
    for subject in subjects:
        ref = speaker_from_token(ctx, subject)
        if ref is not None:
            return ref
    if "\n" in ctx.text[prev_end : span.open_mark]:
        return _paragraph_subject(ctx, prev)
    return None


def _one_speaks(ctx: DocContext, span: QuoteSpan) -> bool:
    """Whether the quotation speaks in the first person singular ("I", "me", "my")."""
    words = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    return words is not None and any(t.lower_ in FIRST_PERSON_SINGULAR and t.pos_ == "PRON" for t in words)


def message_sender(ctx: DocContext, message: Token) -> PersonRef | None:
    """ "The message reads, in part: “…”", "The telegram said:": the words of a written message are its
    sender's. The sender is the person who sent, addressed or wrote a message in a sentence before
    ("Putin sent a message to Modi"); when the text never says ("A message of congratulations was also
    sent to Narendra Modi"), the person it is about, the first person named as a clause's subject, who
    is never the one the message went to."""
    recipients: set[str] = set()
    for sent in ctx.sentences:
        if sent.start > message.i:
            break
        for tok in sent:
            if tok.lemma_.lower() not in MESSAGE_SENDING_VERBS or tok.pos_ != "VERB":
                continue
            recipients |= {
                o.text
                for holder in (tok, *(c for c in tok.children if c.dep_ == "dobj"))
                for p in holder.children
                if p.dep_ in {"prep", "dative"} and p.lower_ == "to"
                for o in p.children
                if o.ent_type_ == "PERSON"
            }
    sender: PersonRef | None = None
    for sent in ctx.sentences:
        if sent.start >= message.i and sender is not None:
            break
        for tok in sent:
            if tok.dep_ != "nsubj" or tok.text in recipients:
                continue
            sends = tok.head.lemma_.lower() in MESSAGE_SENDING_VERBS and tok.i < message.i
            if tok.ent_type_ != "PERSON" and not (sends and tok.pos_ == "PROPN"):
                continue
            ref = speaker_from_token(ctx, tok)
            if ref is not None and ref.kind == "person":
                if sends:
                    return ref  # "Putin sent a message": the sender named
                sender = sender or ref
    return sender


def credit_line(ctx: DocContext, span: QuoteSpan) -> PersonRef | None:
    """ "“Negotiations have been difficult, but ultimately fruitful. …”" over the line "Remarks by
    President Donald Tusk after the EU-China summit": a quotation that fills its paragraph, credited
    by the short line after it or the words after its closing mark (a remark's, a statement's or a
    speech's "by" and a named person, or a named person "at"/"after" an occasion)."""
    text = ctx.text
    line_start = text.rfind("\n", 0, span.open_mark) + 1
    if text[line_start : span.open_mark].strip():
        return None  # words before the quotation on its line: a sentence, not a pull-quote
    close = span.close_mark + 1
    line_end = text.find("\n", close)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[close:line_end].strip(" .”\"’'")
    if rest:
        # "“… with Japan.” President Tusk at the press conference of the summit": the credit on the
        # quotation's own line
        offset = line_end - len(text[close:line_end].lstrip(" .”\"’'"))
        credit = rest
    else:
        following = text[line_end:].lstrip()
        offset = len(text) - len(following)
        credit = following.split("\n", 1)[0].strip()
    if not credit or not is_quote_credit(credit):
        return None
    sent = ctx.sentence_at(offset)
    people = [t for t in sent if t.ent_type_ == "PERSON" and offset <= t.idx < offset + len(credit)]
    return speaker_from_token(ctx, people[0]) if people else None


def _paragraph_subject(ctx: DocContext, last: Span) -> PersonRef | None:
    """The person the paragraph ending in ``last`` is about: the latest sentence subject there
    that is a named person or a he/she, or owned by one ("Her first school ..."). A magazine
    quote standing alone after "Okonkwo shrugs at the criticism. ..." is Okonkwo's."""
    para_start = ctx.text.rfind("\n", 0, last.start_char) + 1
    sent: Span | None = last
    while sent is not None and sent.start_char >= para_start and not is_heading(ctx, sent.start_char):
        for subject in (t for t in sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"):
            owners = [c for c in subject.children if c.dep_ == "poss"]
            for tok in [subject, *owners]:
                if tok.pos_ == "PRON":
                    ref = ctx.people.resolve_pronoun(tok)
                elif tok.pos_ == "PROPN":
                    ref = ctx.people.known(_entity_text(tok), tok.idx)
                else:
                    continue
                if ref is not None and ref.kind == "person":
                    return ref
        sent = ctx.sentence_before(sent)
    return None


def _entity_text(tok: Token) -> str:
    """A proper noun with the proper nouns before it: "Ngozi Okonkwo" for "Okonkwo"."""
    start = tok.i
    while start > 0 and tok.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return tok.doc[start : tok.i + 1].text


def colon_intro(ctx: DocContext, span: QuoteSpan) -> PersonRef | None:
    """ "X said:" or "…, stating:" just before the quote, in its paragraph or the one before; or a
    comma closing a clause whose subject is a person the text names ("Trump defended his decision,
    “As I have …”"), when no reporting verb there has been read already."""
    text = ctx.text
    before = text[: span.open_mark].rstrip()
    if before.endswith(","):  # "Trump, also on Twitter, defended his decision, “As I have …”"
        comma = len(before) - 1
        tokens = [t for t in ctx.sentence_at(comma) if t.idx < comma]
        if any(t.lemma_.lower() in REPORTING_LEMMAS for t in tokens):
            return None  # "rejected a report saying, “…”": the reporting rules have read it
        return _clause_subject_speaks(ctx, tokens, span)
    if not before.endswith(":"):
        return None
    colon = len(before) - 1
    if "\n" in text[colon : span.open_mark] and is_heading(ctx, colon):
        return None  # a headline over the text ("Budget talks:") introduces no one's words
    sent = ctx.sentence_at(colon)
    tokens = [t for t in sent if t.idx < colon]
    verbs = [t for t in tokens if t.lemma_.lower() in REPORTING_LEMMAS and t.pos_ in {"VERB", "AUX"}]
    for verb in reversed(verbs):
        subject = subject_of(verb)
        if subject is not None:
            ref = speaker_from_token(ctx, subject)
            if ref is None and subject.lemma_.lower() in SENT_MESSAGE_NOUNS:
                ref = message_sender(ctx, subject)
            if ref is not None:
                return ref
    for tok in reversed(tokens):  # "Smith released a statement on the case: “…”"
        subject = subject_of(tok.head) if tok.dep_ == "dobj" and tok.lemma_.lower() in SOURCE_NOUNS else None
        ref = speaker_from_token(ctx, subject) if subject is not None else None
        if ref is not None:
            return ref
    statement = _clause_subject_speaks(ctx, tokens, span)
    if statement is not None:
        return statement
    names = [t for t in tokens if t.ent_type_ in {"PERSON", "ORG"}]
    people = [t for t in names if t.ent_type_ == "PERSON"]
    verbless = not any(t.pos_ in {"VERB", "AUX"} for t in tokens)
    if verbless and people and people[0].i <= tokens[0].i + 3:
        # "Collin O’Mara, President and CEO, National Wildlife Federation: “…”": a list of
        # statements heads each with the speaker's name, then role and organisation
        return speaker_from_token(ctx, people[0])
    if names and names[-1].i >= len(tokens) + sent.start - 3:
        return speaker_from_token(ctx, names[-1])
    return None


def _clause_subject_speaks(ctx: DocContext, tokens: list[Token], span: QuoteSpan) -> PersonRef | None:
    """ "Colin Macfarlane of Stonewall Scotland also welcomed the vote: “This is a truly historic
    step forward.”": a whole statement a colon sets after a clause whose subject is a named person
    is that person's, whatever the clause's verb (welcomed, praised, hit back). Only a person the
    text names (no description, no text: "The sign read:" is no one speaking), and only a
    statement of five words or more that opens with a capital, not a slogan or a title."""
    # the author's main clause: the sentence's root, or a clause the parser hung on the quotation
    roots = [
        t
        for t in tokens
        if t.pos_ == "VERB"
        and (t.dep_ == "ROOT" or (t.dep_ in {"ccomp", "parataxis"} and t.head.idx > span.open_mark))
    ]
    quoted = ctx.text[span.open_mark + 1 : span.open_mark + 2]
    if not roots or not quoted.isupper() or len(span.text.split()) < 5:
        return None  # "pointed to the banner: “Free Tibet”": a slogan shown, no statement
    subject = subject_of(roots[0])
    if subject is None:
        return None
    if subject.lower_ in {"he", "she"}:
        # "In his message, he appreciated Soleimani's lifepath: “He was …”": the clause's "he" by the
        # antecedent rules, never the name the clause is about ("He didn't do what the rationale is:
        # “…”" sets out words he did not say)
        negated = any(c.dep_ == "neg" for c in roots[0].children)
        return None if negated else pronoun_party(subject, ctx)
    # a name the tagger misread ("Trump" as an adjective) is still a person the text names elsewhere
    # ("The Bible teaches, “…”" names no one)
    named = subject.ent_type_ == "PERSON" or (
        subject.text[:1].isupper()
        and (known := ctx.people.known(subject.text, subject.idx)) is not None
        and known.kind == "person"
    )
    if not named:
        return None
    ref = speaker_from_token(ctx, subject)
    return ref if ref is not None and ref.kind == "person" else None


def quote_marker(ctx: DocContext, span: QuoteSpan) -> Token | None:
    """The spoken "quote," a transcript sets before a quotation ("Dr. King preached about,
    quote, “…”"; "called it, quote, a med- — “medieval”"), when it is there."""
    before = ctx.sentence_at(span.open_mark)
    tokens = [t for t in before if t.idx < span.open_mark][-6:]
    for tok in reversed(tokens):
        if tok.lower_ in QUOTE_MARKERS:
            return None if tok.nbor(1).lower_ in SCARE_MARKERS or tok.nbor(2).lower_ in SCARE_MARKERS else tok
    return None


def marker_subject(ctx: DocContext, marker: Token) -> Token | None:
    """Whose words a spoken "quote," marks: the subject of the clause it sits in ("Dr. King
    often preached about, quote, …"), or, when it opens the sentence ("Quote, “Be very
    careful …”"), of the sentence before ("she told him the unwritten rules")."""
    sent = ctx.sentence_of(marker)
    node = marker
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    clauses = (node, *node.ancestors)
    if any(c.dep_ == "mark" and c.lower_ in UNSURE_MARKS for a in clauses for c in a.children):
        return None  # "if the United States were to, quote, “withdraw”": nobody's words
    if node.pos_ in {"VERB", "AUX"}:
        subject = subject_of(node)
        if subject is not None and subject.i != marker.i:
            return subject
    if marker.i - sent.start > 1:
        return None
    prev = ctx.sentence_before(sent)
    subjects = [t for t in prev if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"] if prev is not None else []
    return subjects[-1] if subjects else None
