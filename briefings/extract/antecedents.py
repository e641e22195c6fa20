"""Who the "he" or "she" of a reporting clause is: salience and agreement, not the nearest name.

"Maria Lopez, the mayor, said the governor should resign. She said the council
“must act …”" is Lopez's: the subject of the last reporting clause stays the
topic until another speaker is introduced, even when other people are named in
between. The rules, in order:

1. *agreement*: a person the text has already called by the other pronoun, or
   whom an honorific or a gendered word marks ("Mr. Grant", "the spokeswoman"),
   is never the antecedent;
2. *never inside the quotation*: people rarely speak of themselves by name, so
   a person the quote names ("He said, “Picasso was …”") is not its speaker, and
   names inside any quotation are the speaker's words, not the author's topic;
3. *salience*: the last speaker while nobody else has become a subject since,
   else the subject of the latest reporting clause of the paragraph or the one
   before, then the latest subject of the paragraph, then the latest person the
   paragraph names ("For Tom Reyes, a teacher, Picasso was …" once Picasso is
   ruled out), then the latest subject and the latest person named before;
4. *unnamed people*: a subject like "my father" or "the woman" is a person too,
   and a he/she that goes back to one is spoken by that description, not by the
   nearest name.

When none of this finds a person, the people index's own nearest-subject rule
answers.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from briefings.extract.context import DocContext
from briefings.extract.entity_spans import entity_span
from briefings.extract.lexicon import GENDERED_WORDS, PRONOUN_GENDER, REPORTING_LEMMAS
from briefings.extract.titles import bearer_of_title, office_of
from briefings.extract.turn_speakers import first_person
from briefings.extract.turns import Turn, find_turns, turn_at
from briefings.model.facts import PersonRef

log = logging.getLogger(__name__)

WINDOW = 1200  # characters before the pronoun where an antecedent is looked for (a few paragraphs)
_TITLE_BEFORE = re.compile(r"\b([A-Za-z]+)\.?\s+$")


def _paragraph_start(text: str, offset: int) -> int:
    """Where the paragraph before ``offset`` starts: the last non-blank line at or before it."""
    end = offset
    while end > 0 and not text[text.rfind("\n", 0, end) + 1 : end].strip():
        end = text.rfind("\n", 0, end)
        if end < 0:
            return 0
    return text.rfind("\n", 0, end) + 1


def _stage_direction(text: str, start: int, end: int) -> bool:
    """ "(Laughter.)", "(Applause.)": a transcript's bracketed stage direction names nobody."""
    return text[max(0, start - 1) : start] == "(" and text[end : end + 2] in {".)", ")", ")."}


def _vocative(span: Span, sentence: Span) -> bool:
    """A name set off by punctuation that is no argument of a verb: "Thanks, Jen.", "Karine,
    what about …?" addresses its bearer."""
    root = span.root
    if root.pos_ != "PROPN" or root.dep_ not in {"npadvmod", "intj", "ROOT", "dep"}:
        return False
    if root.dep_ == "ROOT" and any(t.pos_ in {"VERB", "AUX"} for t in sentence):
        return False  # "Said Mohammed, a witness, said …" misread: a name heading a clause
    doc = span.doc
    punctuation = {",", ".", "?", "!", ":"}
    opens = span.start == 0 or doc[span.start - 1].is_space or doc[span.start - 1].text in punctuation
    closes = span.end >= len(doc) or doc[span.end].text in punctuation - {":"}
    return opens and closes


def _reports(verb: Token) -> bool:
    """Whether a subject's verb reports words, itself or a verb conjoined with it sharing the
    subject ("Jeff Bezos came out and tweeted about that. He said, “…”": Bezos reported)."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(v.lemma_.lower() in REPORTING_LEMMAS for v in verbs)


@dataclass(frozen=True)
class Mention:
    """A person named in the author's words (never inside a quotation)."""

    offset: int
    ref: PersonRef
    subject: bool  # the subject of its clause
    main: bool  # ... of a main clause (the sentence's root)
    reporting: bool  # ... of a reporting verb ("Lopez said")
    topic: bool = False  # the subject or its possessor ("Helen Ward's father spent …")


@dataclass
class Antecedents:
    """Person mentions of one document outside quotations, with gender evidence, built once."""

    ctx: DocContext
    quoted: list[tuple[int, int]]  # (start, end) of every quotation, sorted
    mentions: list[Mention] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)
    votes: dict[str, dict[str, int]] = field(default_factory=dict)
    turns: list[Turn] = field(default_factory=list)  # a transcript's labelled turns
    _surnames: set[str] = field(default_factory=set)  # last words of the recogniser's PERSON names

    @classmethod
    def build(cls, ctx: DocContext, quoted: list[tuple[int, int]]) -> Antecedents:
        found = cls(ctx, sorted(quoted))
        found._index_mentions()
        found._vote_pronouns()
        return found

    def inside_quote(self, offset: int) -> bool:
        at = bisect.bisect_right(self.quoted, (offset, 1 << 62)) - 1
        return at >= 0 and self.quoted[at][0] <= offset < self.quoted[at][1]

    def _index_mentions(self) -> None:
        text = self.ctx.text
        labels = self.turns = find_turns(text)
        for span in self._name_spans():
            if self.inside_quote(span.start_char) or _stage_direction(text, span.start_char, span.end_char):
                continue
            if any(t.label_start <= span.start_char < t.start for t in labels):
                continue  # a transcript's "Q" or "MR. KIRBY:" labels a turn; it mentions nobody
            if _vocative(span, self.ctx.sentence_of(span.root)):
                continue  # "Thanks, Jen.": the one spoken to, not someone spoken of
            ref = self.ctx.people.known(span.text, span.start_char) or self.ctx.people.resolve(span)
            # "Murat Karayilan, the PKK's leader, warned …" tagged an organisation: the name is
            # the person's whom the text calls by that surname elsewhere ("Karayilan said")
            misread = span.label_ != "PERSON" and span[-1].text in self._surnames
            if misread and (ref is None or ref.kind != "person"):
                ref = PersonRef(span.text, None, "person")
            if ref is None or ref.kind != "person":
                continue
            root = span.root
            if root.dep_ == "appos" and root.head.dep_ in {"nsubj", "nsubjpass"}:
                root = root.head  # "Paul Whelan's brother, David Whelan, put out a statement"
            subject = root.dep_ in {"nsubj", "nsubjpass"}
            head = root.head
            self.mentions.append(
                Mention(
                    span.start_char,
                    ref,
                    subject,
                    subject and head.dep_ == "ROOT",
                    subject and root.dep_ == "nsubj" and _reports(head),
                    subject or (root.dep_ == "poss" and head.dep_ in {"nsubj", "nsubjpass"}),
                )
            )
            title = _TITLE_BEFORE.search(text, max(0, span.start_char - 12), span.start_char)
            words = [title.group(1)] if title else []
            words += (ref.role or "").split() + span.text.split()[:1]
            for word in words:
                gender = GENDERED_WORDS.get(word.lower().rstrip("."))
                if gender is not None:
                    self._vote(ref, gender, 3)
                    break
        for tok in self.ctx.doc:
            foreign = self._office_of_country(tok)
            if foreign is not None and not self.inside_quote(tok.idx):
                subject = tok.dep_ in {"nsubj", "nsubjpass"}
                self.mentions.append(Mention(tok.left_edge.idx, foreign, subject, False, False, subject))
                continue
            if tok.dep_ not in {"nsubj", "nsubjpass"} or self.inside_quote(tok.idx):
                continue
            main = tok.head.dep_ == "ROOT"
            reporting = tok.dep_ == "nsubj" and _reports(tok.head)
            office = self._office_subject(tok)
            if office is not None:  # "The President put out a statement. … he said": the bearer
                self.mentions.append(Mention(tok.left_edge.idx, office, True, main, reporting, True))
                continue
            word = GENDERED_WORDS.get(tok.lower_)
            if word is None or tok.pos_ != "NOUN":
                continue
            phrase = self.ctx.doc[tok.left_edge.i : tok.i + 1].text
            ref = PersonRef(phrase[:1].lower() + phrase[1:], None, "anonymous")
            self.mentions.append(Mention(tok.left_edge.idx, ref, True, main, reporting))
            self._vote(ref, word, 3)
        self.mentions.sort(key=lambda m: m.offset)
        self.offsets = [m.offset for m in self.mentions]

    def _office_of_country(self, tok: Token) -> PersonRef | None:
        """ "the President of El Salvador": an office holder the text names by office and
        country only, a person a later "he" can be (never the publisher's own President)."""
        if tok.left_edge.lower_ != "the" or tok.i - tok.left_edge.i > 2 or not tok.text[:1].isupper():
            return None
        of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
        places = [o for p in of for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"]
        if not places or office_of(self.ctx.doc[tok.left_edge.i : tok.i + 1].text) is None:
            return None
        phrase = self.ctx.doc[tok.left_edge.i : places[0].right_edge.i + 1].text
        return PersonRef(phrase[:1].lower() + phrase[1:], None, "anonymous")

    def _office_subject(self, tok: Token) -> PersonRef | None:
        """ "The President" as a subject: the person the document names with the office."""
        if not tok.text[:1].isupper() or tok.left_edge.lower_ != "the" or tok.i - tok.left_edge.i > 2:
            return None
        phrase = self.ctx.doc[tok.left_edge.i : tok.i + 1].text
        if office_of(phrase) is None:
            return None
        return bearer_of_title(self.ctx, PersonRef(phrase, None, "person"), None, tok.idx)

    def _name_spans(self) -> list[Span]:
        """PERSON entities, and runs of proper nouns that are a clause's subject (names the
        entity recogniser missed: "Ana Ruiz, the mayor, arrived late")."""
        doc = self.ctx.doc
        spans = [e for e in doc.ents if e.label_ == "PERSON"]
        self._surnames = {e[-1].text for e in spans if e[-1].text[:1].isupper()}
        taken = {t.i for e in spans for t in e}
        for tok in doc:
            if tok.pos_ != "PROPN" or tok.i in taken or tok.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            start = tok.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].i not in taken:
                start -= 1
            run = doc[start : tok.i + 1]
            if not run.text[:1].isupper():
                continue
            if (
                tok.ent_type_ in {"", "PERSON"}
                or self.ctx.people.known(run.text, run.start_char)
                or tok.text in self._surnames
            ):
                spans.append(run)  # "Aalborg said", the surname NER took for a city
        return spans

    def _vote(self, ref: PersonRef, gender: str, weight: int = 1) -> None:
        votes = self.votes.setdefault(ref.name, {})
        votes[gender] = votes.get(gender, 0) + weight

    def _vote_pronouns(self) -> None:
        """A he/she in the author's narration after a sentence (and a half) that names one person
        only says that person's gender ("Ana Ruiz arrived. She sat down."), and as a subject after
        that person as a subject (or its possessor) it keeps them the topic."""
        chained: list[Mention] = []
        for tok in self.ctx.doc:
            gender = PRONOUN_GENDER.get(tok.lower_)
            if gender is None or self.inside_quote(tok.idx):
                continue
            sent = self.ctx.sentence_of(tok)
            if any(ch in sent.text for ch in '“”"'):
                reporter = self._reporter_of(tok)  # "Reyes said he was “encouraged”": Reyes is a he
                if reporter is not None:
                    self._vote(reporter, gender)
                continue  # a reporting clause's pronoun is what is being resolved, not evidence
            before = self.ctx.sentence_before(sent)
            lo = before.start_char if before is not None else sent.start_char
            window = [m for m in self._between(lo, tok.idx) if m.ref.kind == "person"]
            named = {m.ref.name: m.ref for m in window}
            clause_subject = self._clause_subject_of(tok)
            if len(named) == 2 and clause_subject is not None:
                # "Hollis said it was wrong. Cole disagreed with him.": "him" is not Cole
                named.pop(clause_subject.name, None)
            if len(named) == 1:
                ref = next(iter(named.values()))
                self._vote(ref, gender)
                # "Helen Ward's father spent 19 hours … She has since filed a complaint.": a topic
                # the next subject pronoun continues stays the topic
                if tok.dep_ in {"nsubj", "nsubjpass"} and any(m.topic for m in window):
                    chained.append(Mention(tok.idx, ref, True, tok.head.dep_ == "ROOT", False, True))
        if chained:
            self.mentions = sorted([*self.mentions, *chained], key=lambda m: m.offset)
            self.offsets = [m.offset for m in self.mentions]

    def _clause_subject_of(self, pronoun: Token) -> PersonRef | None:
        """The named subject of the clause a (non-reflexive) object pronoun sits in: a "him"
        or "her" there is someone else ("Cole disagreed with him")."""
        if pronoun.dep_ not in {"dobj", "pobj", "dative"} or pronoun.lower_.endswith("self"):
            return None
        verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            found = self._between(subject.left_edge.idx, subject.idx + 1)
            if found and found[-1].ref.kind == "person":
                return found[-1].ref
        return None

    def _reporter_of(self, pronoun: Token) -> PersonRef | None:
        """The named subject of the reporting verb whose reported clause ``pronoun`` is the
        subject of ("Reyes said he was …"): the person a pronoun there most likely is."""
        clause = pronoun.head
        if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or not _reports(clause.head):
            return None
        for subject in (c for c in clause.head.children if c.dep_ == "nsubj"):
            found = self._between(subject.left_edge.idx, subject.idx + 1)
            if found and found[-1].ref.kind == "person":
                return found[-1].ref
        return None

    def _between(self, lo: int, hi: int) -> list[Mention]:
        return self.mentions[bisect.bisect_left(self.offsets, lo) : bisect.bisect_left(self.offsets, hi)]

    def gender(self, ref: PersonRef) -> str | None:
        votes = self.votes.get(ref.name)
        if not votes:
            return None
        best = max(votes, key=lambda g: votes[g])
        return best if votes[best] > sum(votes.values()) / 2 else None

    def resolve(
        self, pronoun: Token, quote: tuple[int, int], previous: tuple[PersonRef, int] | None = None
    ) -> PersonRef | None:
        """The person ``pronoun`` (he/she) stands for as the speaker of the quote at ``quote``;
        ``previous`` is the last attributed speaker and where their quote ended."""
        gender = PRONOUN_GENDER.get(pronoun.lower_)
        if gender is None:
            return None
        dislocated = self._dislocated(pronoun, gender) or self._host_subject(pronoun, gender)
        if dislocated is not None:
            return self._settle(dislocated, gender)
        text = self.ctx.text
        para = text.rfind("\n", 0, min(pronoun.idx, quote[0])) + 1
        named_in_quote = {m.ref.name for m in self._quote_names(quote)}
        turn = turn_at(self.turns, pronoun.idx)
        own = first_person(self.ctx, turn, pronoun.idx)
        if own is not None:  # a turn's speaker says "I": their "he" is someone else
            named_in_quote.add(own.name)

        def fits(ref: PersonRef) -> bool:
            return ref.name not in named_in_quote and self.gender(ref) in (None, gender)

        before = [m for m in self._between(max(0, pronoun.idx - WINDOW), pronoun.idx) if fits(m.ref)]
        before = [m for m in before if not (quote[0] <= m.offset < quote[1])]
        recent = previous is not None and pronoun.idx - previous[1] < WINDOW and fits(previous[0])
        if previous is not None and recent and not any(m.offset > previous[1] and m.subject for m in before):
            return self._settle(previous[0], gender)  # the last speaker goes on speaking
        previous_para = _paragraph_start(text, para - 1) if para else 0
        reporting = [m for m in before if m.reporting and m.offset >= previous_para]
        in_paragraph = [m for m in before if m.offset >= para]
        for chosen in (reporting, [m for m in in_paragraph if m.subject]):
            if chosen:
                return self._settle(self._agreeing(chosen, gender)[-1].ref, gender)
        if in_paragraph:  # the nearest person named in the paragraph, whatever is known of them
            return self._settle(in_paragraph[-1].ref, gender)
        for chosen in ([m for m in before if m.subject], before):
            if chosen:
                return self._settle(self._agreeing(chosen, gender)[-1].ref, gender)
        return None

    def _dislocated(self, pronoun: Token, gender: str) -> PersonRef | None:
        """ "As my granddaughter — she used to say, “…”": a person set before the clause and
        taken up by its pronoun after a dash is the pronoun's antecedent, however near another."""
        doc = pronoun.doc
        if pronoun.i < 2 or doc[pronoun.i - 1].text not in {"—", "–"}:
            return None
        head = doc[pronoun.i - 2]
        if head.ent_type_ == "PERSON":
            return self.ctx.people.known(head.text, head.idx) or self.ctx.people.resolve(entity_span(head))
        if head.pos_ != "NOUN" or GENDERED_WORDS.get(head.lower_) != gender:
            return None
        phrase = doc[head.left_edge.i : head.i + 1].text
        return PersonRef(phrase[:1].lower() + phrase[1:], None, "anonymous")

    def _host_subject(self, pronoun: Token, gender: str) -> PersonRef | None:
        """ "the position that President Obama expressed in 2016, when he said “…”": the subject
        of an adverbial clause is the named subject of the clause it modifies; so is the subject
        of a clause conjoined to another ("the President was asked about it, and he said “…”")."""
        clause = pronoun.head
        when = any(c.dep_ == "advmod" and c.lower_ in {"when", "as", "while"} for c in clause.children)
        hosted = clause.dep_ in {"advcl", "conj"} or (clause.dep_ == "relcl" and when)
        if pronoun.dep_ != "nsubj" or not hosted:
            return None
        host = clause.head
        for _ in range(3):  # "expressed in 2016, when he said": the time phrase's verb
            if host.pos_ in {"VERB", "AUX"} or host.head.i == host.i:
                break
            host = host.head
        for subject in (c for c in host.children if c.dep_ in {"nsubj", "nsubjpass"}):
            found = self._between(subject.left_edge.idx, subject.idx + 1)
            if found and found[-1].ref.kind == "person" and self.gender(found[-1].ref) in (None, gender):
                return found[-1].ref
        return None

    def _agreeing(self, mentions: list[Mention], gender: str) -> list[Mention]:
        """Of the mentions in the latest one's paragraph, those of people already known by this
        pronoun, if any; else all the mentions (agreement settles a near choice, never reaches
        back past a nearer person of unknown gender)."""
        start = self.ctx.text.rfind("\n", 0, mentions[-1].offset) + 1
        known = [m for m in mentions if m.offset >= start and self.gender(m.ref) == gender]
        return known or mentions

    def _quote_names(self, quote: tuple[int, int]) -> list[Mention]:
        """People the quotation itself names (indexed separately: mentions skip quotes)."""
        out: list[Mention] = []
        span = self.ctx.doc.char_span(quote[0], quote[1], alignment_mode="expand")
        if span is None:
            return out
        for tok in span:
            if tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B":
                ref = self.ctx.people.known(tok.text, tok.idx) or self.ctx.people.resolve(tok.text, tok.idx)
                if ref is not None:
                    out.append(Mention(tok.idx, ref, False, False, False))
            elif tok.pos_ == "PROPN" and tok.text[:1].isupper():
                ref = self.ctx.people.known(tok.text, tok.idx)
                if ref is not None and ref.kind == "person":
                    out.append(Mention(tok.idx, ref, False, False, False))
        return out

    def _settle(self, ref: PersonRef, gender: str) -> PersonRef:
        """Remember the pronoun used for ``ref``: agreement for the pronouns after."""
        self._vote(ref, gender)
        return ref
