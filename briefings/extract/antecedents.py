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

Before salience, constructions that settle the question outright are read off the
parse (:mod:`pronoun_cues`: a person set before a dash, the subject of the clause an
adverbial or conjoined clause hangs from, vocatives, an object pronoun's own subject).

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
from briefings.extract.lexicon import GENDERED_WORDS, PRONOUN_GENDER
from briefings.extract.pronoun_cues import (
    clause_subjects,
    dislocated,
    host_subjects,
    office_of_country,
    reporter_subjects,
    reports,
    vocative,
)
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
            if vocative(span, self.ctx.sentence_of(span.root)):
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
                    subject and root.dep_ == "nsubj" and reports(head),
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
            reporting = tok.dep_ == "nsubj" and reports(tok.head)
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
        """ "the President of El Salvador", as an anonymous person mention."""
        phrase = office_of_country(self.ctx.doc, tok)
        if phrase is None:
            return None
        return PersonRef(phrase.text[:1].lower() + phrase.text[1:], None, "anonymous")

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
                # "Reyes said he was “encouraged”": Reyes is a he
                reporter = self._named(reporter_subjects(tok))
                if reporter is not None:
                    self._vote(reporter, gender)
                continue  # a reporting clause's pronoun is what is being resolved, not evidence
            before = self.ctx.sentence_before(sent)
            lo = before.start_char if before is not None else sent.start_char
            window = [m for m in self._between(lo, tok.idx) if m.ref.kind == "person"]
            named = {m.ref.name: m.ref for m in window}
            clause_subject = self._named(clause_subjects(tok))
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

    def _named(self, subjects: list[Token], gender: str | None = None) -> PersonRef | None:
        """The person named by the first of ``subjects`` the mentions know (agreeing with
        ``gender`` when one is given)."""
        for subject in subjects:
            found = self._between(subject.left_edge.idx, subject.idx + 1)
            agrees = bool(found) and (gender is None or self.gender(found[-1].ref) in (None, gender))
            if found and found[-1].ref.kind == "person" and agrees:
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
        dislocated = self._dislocated(pronoun, gender) or self._named(host_subjects(pronoun), gender)
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
        """The person or described person set before a dash the pronoun takes up."""
        found = dislocated(pronoun, gender)
        if found is None:
            return None
        head, named = found
        if named:
            return self.ctx.people.known(head.text, head.idx) or self.ctx.people.resolve(entity_span(head))
        phrase = pronoun.doc[head.left_edge.i : head.i + 1].text
        return PersonRef(phrase[:1].lower() + phrase[1:], None, "anonymous")

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
