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
   else the person the sentence just before makes its subject (a reporting subject
   there first; the agent of a passive and an "according to" source count), else
   the subject of the latest reporting clause of the paragraph or the one
   before, then the latest subject of the paragraph, then the latest person the
   paragraph names ("For Tom Reyes, a teacher, Picasso was …" once Picasso is
   ruled out), then the latest subject and the latest person named before;
4. *unnamed people*: a subject like "my father" or "the woman" is a person too,
   and a he/she that goes back to one is spoken by that description, not by the
   nearest name; one named earlier in the pronoun's own sentence by a word of its
   gender ("out of my grandpop's house, he'd say") is the antecedent outright.

Before salience, constructions that settle the question outright are read off the
parse (:mod:`pronoun_cues`: a person set before a dash, the subject of the clause an
adverbial or conjoined clause hangs from, vocatives, an object pronoun's own subject).

When none of this finds a person, the people index's own nearest-subject rule
answers.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from spacy.tokens import Span, Token

from briefings.extract.antecedent_mentions import DESCRIBING_PREPS, AntecedentMentions, Mention, described
from briefings.extract.entity_spans import entity_span
from briefings.extract.lexicon import (
    DISTRIBUTIVE_SUBJECTS,
    GENDERED_WORDS,
    PARTITIVES,
    PERSON_DESCRIPTION_HEADS,
    PRONOUN_GENDER,
)
from briefings.extract.pronoun_cues import (
    dislocated,
    host_subjects,
)
from briefings.extract.turn_speakers import first_person
from briefings.extract.turns import turn_at
from briefings.model.facts import PersonRef

log = logging.getLogger(__name__)

AGREEMENT_SENTENCES = 3  # sentences before the latest candidate in which agreement may choose another
PRONOUN_CHAIN = 3  # sentences of one pronoun subject a "he" may look back over for its name
# "met a worker", "me — the chairman" (a predicate noun, "my dad was a well-read man", describes
# the subject, who is no one new)
_INTRODUCING_DEPS = frozenset({"dobj", "appos"})
_INTRODUCING_ARTICLES = frozenset({"a", "an", "the"})
WINDOW = 1200  # characters before the pronoun where an antecedent is looked for (a few paragraphs)


def _introduced(sentence: Span, gender: str) -> PersonRef | None:
    """ "Intel came to see me — the chairman of the board of Intel. He said, “…”", "I met an
    electrical worker. He calls himself “…”": a sentence that names no person but brings one in by
    a description (the object or an apposition headed by a person's noun, with
    its article) hands the next sentence's "he" or "she" that person, not someone named before.
    A sentence that names or describes someone as its own ("My dad was a well-read man") is read
    by the rules that follow."""
    found = [
        t
        for t in sentence
        if t.pos_ == "NOUN"
        and t.dep_ in _INTRODUCING_DEPS
        and t.lemma_.lower() in PERSON_DESCRIPTION_HEADS
        and GENDERED_WORDS.get(t.lower_, gender) == gender
        and any(c.dep_ == "det" and c.lower_ in _INTRODUCING_ARTICLES for c in t.children)
    ]
    return described(found[-1], DESCRIBING_PREPS) if found else None


def _pronoun_subject(sentence: Span, gender: str) -> bool:
    """Whether the sentence's main clause has a he/she of ``gender`` for its subject."""
    return any(
        t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and PRONOUN_GENDER.get(t.lower_) == gender
        for t in sentence
    )


def _core(clause: Token) -> list[Token]:
    """The clause's tokens without the relative, adverbial and appended clauses inside it."""
    out: list[Token] = []
    stack = [clause]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in _ASIDE_CLAUSES)
    return out


_ASIDE_CLAUSES = frozenset({"relcl", "acl", "advcl", "appos", "parataxis"})


def _paragraph_start(text: str, offset: int) -> int:
    """Where the paragraph before ``offset`` starts: the last non-blank line at or before it."""
    end = offset
    while end > 0 and not text[text.rfind("\n", 0, end) + 1 : end].strip():
        end = text.rfind("\n", 0, end)
        if end < 0:
            return 0
    return text.rfind("\n", 0, end) + 1


@dataclass
class Antecedents(AntecedentMentions):
    """A document's person mentions (see :class:`AntecedentMentions`) and the rules that pick
    the antecedent of a reporting clause's "he" or "she" from them."""

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
        named_in_quote |= self._named_in_own_clause(pronoun)

        def fits(ref: PersonRef) -> bool:  # a "he" or "she" is a person, never a body or a place
            return (
                ref.name not in named_in_quote
                and self.gender(ref) in (None, gender)
                and ref.kind in {"person", "anonymous"}
            )

        before = [m for m in self.mentions_between(max(0, pronoun.idx - WINDOW), pronoun.idx) if fits(m.ref)]
        before = [m for m in before if not (quote[0] <= m.offset < quote[1])]
        start = self.ctx.sentence_at(min(pronoun.idx, quote[0])).start_char
        described = [m for m in before if m.offset >= start and m.ref.kind == "anonymous"]
        described = [m for m in described if self.gender(m.ref) == gender]
        if described:  # "out of my grandpop's house, he'd say": the word says who "he" is
            return self._settle(described[-1].ref, gender)
        member = self._member_named(pronoun, quote, before, previous)
        if member is not None:
            return self._settle(member, gender)
        recent = previous is not None and pronoun.idx - previous[1] < WINDOW and fits(previous[0])
        if (
            previous is not None
            and recent
            and not any(
                m.offset > previous[1] and (m.subject or self._new_paragraph_names(previous, m))
                for m in before
            )
        ):
            return self._settle(previous[0], gender)  # the last speaker goes on speaking
        subjects = [
            m
            for m in before
            if m.offset >= start and m.subject and m.ref.kind == "person" and not self._subordinate(m.offset)
        ]
        sentence = self.ctx.sentence_at(start)
        pronouns = [t.idx for t in sentence if t.lower_ in PRONOUN_GENDER and t.idx < pronoun.idx]
        if len({m.ref.name for m in subjects}) == 1 and not any(p < subjects[0].offset for p in pronouns):
            # "The Mayor has defended the protesters saying “…,” he said": the one person the
            # pronoun's own sentence makes a subject before the quotation is the one it takes up
            # (not after an earlier "he": "He said the president wants … what he called “…”")
            return self._settle(subjects[-1].ref, gender)
        lead = self._sentence_before(pronoun, quote, before)
        if lead is not None:
            return self._settle(lead, gender)
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

    def _member_named(
        self,
        pronoun: Token,
        quote: tuple[int, int],
        before: list[Mention],
        previous: tuple[PersonRef, int] | None,
    ) -> PersonRef | None:
        """ "Some of the other justices appeared more sympathetic, including Justice Stephen Breyer.
        “…,” he said.": a sentence about a group that names one person of it, or one that presents a
        person ("Among the skeptical was Justice Antonin Scalia."), hands the pronoun after it to
        that person, not to the last speaker (a group is never "he" or "she")."""
        here = self.ctx.sentence_at(min(pronoun.idx, quote[0]))
        sentence = self.ctx.sentence_before(here)
        if sentence is None or (previous is not None and previous[1] > sentence.start_char):
            return None
        mentions = [m for m in before if sentence.start_char <= m.offset < sentence.end_char]
        named = {m.ref.name: m.ref for m in mentions}
        if len(named) != 1 or mentions[0].ref.kind != "person":
            return None
        token = self.ctx.doc.char_span(mentions[0].offset, mentions[0].offset + 1, alignment_mode="expand")
        if token is None:
            return None
        word = token[0]
        while word.dep_ in {"compound", "flat"} and word.head.i != word.i:
            word = word.head
        subjects = [t for t in sentence if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"]
        # a group named by a noun ("the other justices", "Some of the justices"), not "we" or "they"
        plural = bool(subjects) and all(
            (t.pos_ in {"NOUN", "PROPN"} and "Plur" in t.morph.get("Number", []))
            or t.lower_ in DISTRIBUTIVE_SUBJECTS | PARTITIVES
            for t in subjects
        )
        # "Among the skeptical was Justice Antonin Scalia.": a person presented by a fronted copula
        presented = word.head.lemma_ == "be" and word.head.dep_ == "ROOT" and word.dep_ in {"nsubj", "attr"}
        presented = presented and any(c.dep_ == "prep" and c.i < word.i for c in word.head.children)
        return mentions[0].ref if plural or presented else None

    def _named_in_own_clause(self, pronoun: Token) -> set[str]:
        """People named in a subject pronoun's own clause after it, or in the clause it reports
        wherever that stands: "He said Zelensky is “…”", "She told Ames that …", "Zelensky is “…”,
        he added". A subject pronoun never stands for a name its clause holds (binding: the
        pronoun c-commands it); names in a clause set before it ("After Ames arrived, he said")
        are free to be its antecedent, as are names in a clause that only describes someone
        ("He flew to meet Devocht, who had told Montalvo …": copy writes this of Montalvo)."""
        if pronoun.dep_ != "nsubj":
            return set()
        clause = pronoun.head
        # a clause before the pronoun is the one it reports only when it quotes ("Every time I'd
        # walk out of my grandpop's house, he'd yell" parsed as a complement is an adverbial)
        quoting = [c for c in clause.children if c.dep_ == "ccomp" and any(t.is_quote for t in c.subtree)]
        reported = {t.i for c in quoting for t in c.subtree}
        names: set[str] = set()
        for tok in _core(clause):
            if tok.ent_type_ != "PERSON" or tok.ent_iob_ != "B":
                continue
            if tok.i <= pronoun.i and tok.i not in reported:
                continue
            if self.inside_quote(tok.idx):
                continue  # the quotation's own names are ruled out by rule 2 already
            ref = self.ctx.people.known(tok.text, tok.idx) or self.ctx.people.resolve(entity_span(tok))
            if ref is not None and ref.kind == "person":
                names.add(ref.name)
        return names

    def _new_paragraph_names(self, previous: tuple[PersonRef, int], mention: Mention) -> bool:
        """Whether ``mention`` names someone else in a paragraph after the last speaker's quote:
        "…,” he said. ¶ Writing to seven newspapers, Naoto Kan … “…,” he wrote" moves on to Kan
        even where the parser misses Kan as the subject."""
        if mention.ref.name == previous[0].name or mention.ref.kind != "person":
            return False
        return "\n" in self.ctx.text[previous[1] : mention.offset]

    def _subordinate(self, offset: int) -> bool:
        """Whether the mention at ``offset`` is the subject of a clause that only modifies
        another ("When challenged by Bollinger, he stated …": Bollinger is not who goes on)."""
        span = self.ctx.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None:
            return False
        return any(t.dep_ in {"advcl", "acl", "relcl"} for t in span[0].ancestors)

    def _sentence_before(
        self, pronoun: Token, quote: tuple[int, int], before: list[Mention]
    ) -> PersonRef | None:
        """The person the sentence just before makes its subject, once the last speaker has been
        set aside: the latest reporting subject there ("Salas, 24, says he survived. “…,” he
        said"), else, when its main clause has a person as subject ("Meanwhile, Okafor
        denounced the operation"), the latest subject of that paragraph agreeing with the pronoun
        ("Okafor chaired it. She opened it. Brandt waited. … she said" is Okafor's)."""
        here = self.ctx.sentence_at(min(pronoun.idx, quote[0]))
        turn = turn_at(self.turns, pronoun.idx)
        gender = PRONOUN_GENDER[pronoun.lower_]
        # "Oaten praised Kennedy. He pledged to …. He suggested “…”": a sentence whose subject is
        # the same pronoun carries the topic on; the sentence before it says who it is
        for step in range(PRONOUN_CHAIN):
            sentence = self.ctx.sentence_before(here)
            if sentence is None or turn_at(self.turns, sentence.start_char) is not turn:
                return None  # a transcript's turn before is another speaker's
            if step and "\n" in self.ctx.text[sentence.end_char : here.start_char]:
                return None  # the chain does not reach back over a paragraph break
            lead = [m for m in before if m.offset >= sentence.start_char]
            if lead or not _pronoun_subject(sentence, gender):
                break
            here = sentence
        reporting = [m for m in lead if m.reporting]
        if reporting:
            return reporting[-1].ref
        if sentence is not None and not any(m.ref.kind in {"person", "anonymous"} for m in lead):
            introduced = _introduced(sentence, gender)
            if introduced is not None:
                return introduced
        if sentence is None or not any(m.main for m in lead):
            return None
        start = self.ctx.text.rfind("\n", 0, sentence.start_char) + 1
        subjects = [m for m in before if m.subject and m.offset >= start]
        # "…, Pranab Mukherjee, brushed aside reports that Clinton may be appointed": a subject of a clause
        # that only modifies the lead sentence's main clause is no topic of it
        subjects = [
            m for m in subjects if m.main or m.offset < sentence.start_char or not self._subordinate(m.offset)
        ]
        return self._agreeing(subjects, gender)[-1].ref if subjects else None

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
        # a one-paragraph article is no scope: agreement looks a few sentences back, no further
        sentence = self.ctx.sentence_at(mentions[-1].offset)
        for _ in range(AGREEMENT_SENTENCES):
            sentence = self.ctx.sentence_before(sentence) or sentence
        start = max(start, sentence.start_char)
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
