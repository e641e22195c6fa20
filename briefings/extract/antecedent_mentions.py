"""The evidence pronoun resolution reads: who the author's words name, and each person's gender.

Kept apart from :mod:`briefings.extract.antecedents` (which picks the antecedent of one
"he" or "she") because the evidence is collected once per document, in its own pass:
people named outside quotations (entities, subject runs the recogniser missed, offices
like "the President of El Salvador", described people like "my father"), whether each
is a subject or reports speech, and gender votes from titles, gendered words and the
pronouns that follow a single named person.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Self

from spacy.tokens import Span, Token

from briefings.extract.context import DocContext
from briefings.extract.entity_spans import stranded_name
from briefings.extract.lexicon import (
    BODY_HEAD_NOUNS,
    DISTRIBUTIVE_SUBJECTS,
    DOCUMENT_HEADS,
    GENDERED_WORDS,
    GROUP_NOUNS,
    LAW_HEADS,
    NAME_PARTICLES,
    PERSON_DESCRIPTION_HEADS,
    PERSON_NOUNS,
    PRONOUN_GENDER,
    TITLE_WORDS,
)
from briefings.extract.name_phrases import written_name
from briefings.extract.names import is_honorific
from briefings.extract.not_bodies import names_a_disease, names_no_body
from briefings.extract.not_people import made_by_a_person, names_a_day, names_a_product
from briefings.extract.pronoun_cues import (
    clause_subjects,
    logical_subject,
    office_of_country,
    optative,
    reporter_subjects,
    reports,
    vocative,
)
from briefings.extract.quote_frame import object_as_subject
from briefings.extract.titles import bearer_of_title, office_of
from briefings.extract.turns import Turn, find_turns
from briefings.model.facts import PersonRef

_TITLE_BEFORE = re.compile(r"\b([A-Za-z]+)\.?\s+$")


def _stage_direction(text: str, start: int, end: int) -> bool:
    """ "(Laughter.)", "(Applause.)": a transcript's bracketed stage direction names nobody."""
    return text[max(0, start - 1) : start] == "(" and text[end : end + 2] in {".)", ")", ")."}


def _titled_name(run: Span) -> Span | None:
    """ "South African president Thabo Mbeki", "Lieutenant Ibrahim Moussa": the written name of a
    subject run of proper nouns that a title word introduces, whatever the recogniser tagged it."""
    doc = run.doc
    start = run.start
    while start < run.end and doc[start].lower_ in TITLE_WORDS:
        start += 1
    before = doc[run.start - 1] if run.start > 0 else None
    introduced = start > run.start or (before is not None and before.lower_ in PERSON_NOUNS)
    name = doc[start : run.end]
    if not introduced or not written_name(name.text):
        return None
    return name


DESCRIBING_PREPS = frozenset({"for", "of", "from", "at", "in", "with"})
_OFFICE_PREPS = frozenset({"of"})  # "the governor of Colorado"
_DESCRIPTION_WORDS = 4  # "the NATO Secretary General": an office's words after "the"


def _a_thing(name: str) -> bool:
    """A disease, a day, a plan, a law or a treaty the tagger read as a person: a disease's name
    ("Covid"), an event's or a document's head after a possessive ("Valentine's Day") or a law's
    or a document's head ("American Jobs Plan"); "Doris Day" stays a person."""
    if names_a_disease(name):
        return True  # "Covid" tagged a person
    words = name.split()
    if len(words) < 2 or not names_no_body(name):
        return False
    return "'s" in name or "’s" in name or words[-1].lower() in LAW_HEADS | DOCUMENT_HEADS


def _someone_reporting(tok: Token) -> PersonRef | None:
    """ "A spokesperson for NISA, the nuclear authority, said …", "one official said": a single
    unnamed person a reporting clause introduces by role is the person a later "he" or "she" can
    take up (gender unknown), named by the role and the body it is for, as written."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lower_ not in PERSON_NOUNS:
        return None
    if tok.left_edge.lower_ not in {"a", "an", "one"}:
        return None
    return described(tok, DESCRIBING_PREPS)


def described(tok: Token, preps: frozenset[str]) -> PersonRef:
    """The unnamed person a noun phrase describes, as written: its words up to the head, and a
    following "for …"/"of …" phrase up to the first comma, dash or parenthesis."""
    doc = tok.doc
    end = tok.i + 1
    follow = next((c for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1), None)
    if follow is not None and follow.lower_ in preps:
        end = follow.right_edge.i + 1
        comma = next((t.i for t in doc[follow.i : end] if t.text in {",", "(", "—", "-"}), None)
        end = comma if comma is not None else end
    phrase = doc[tok.left_edge.i : end].text
    return PersonRef(phrase[:1].lower() + phrase[1:], None, "anonymous")


def _described_office(tok: Token) -> PersonRef | None:
    """ "the NATO Secretary General gave a pessimistic assessment … He said", "the Democratic
    governor of Colorado … He says": a definite singular office whose bearer the text never names
    is a person a later "he" or "she" can take up, named by the description as written."""
    if tok.left_edge.lower_ != "the" or tok.tag_ not in {"NN", "NNP"} or tok.lower_ not in TITLE_WORDS:
        return None
    if tok.i - tok.left_edge.i > _DESCRIPTION_WORDS:
        return None
    return described(tok, _OFFICE_PREPS)


@dataclass(frozen=True)
class Mention:
    """A person named in the author's words (never inside a quotation)."""

    offset: int
    ref: PersonRef
    subject: bool  # the subject of its clause
    main: bool  # ... of a main clause (the sentence's root)
    reporting: bool  # ... of a reporting verb ("Lopez said")
    topic: bool = False  # the subject or its possessor ("Helen Ward's father spent …")


def _described_subject(root: Token) -> Token:
    """The subject a name set off in apposition names: "Paul Whelan's brother, David Whelan, put
    out a statement"; "The member for Kendal, Mark Oaten, praised …" with the name hung on the
    place ("Kendal") by the parser; the source an "according to" names ("According to the union's
    secretary, Wayne Vasta, …"). Any other name is its own phrase."""
    if root.dep_ != "appos":
        return root
    node = root.head
    for _ in range(_APPOS_CLIMB):
        if node.dep_ in {"nsubj", "nsubjpass"}:
            return node
        if node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.head.lower_ == "according":
            return node  # "According to the union's secretary, Wayne Vasta, …": Vasta is the source
        if node.dep_ not in {"pobj", "prep"}:
            break
        node = node.head
    return root


def _described_subject_name(tok: Token) -> Span | None:
    """ "Earlier, another member of the commission, Butuan City Bishop Juan de Dios Pueblos, said …":
    a proper name set off after a person's description that is a clause's subject names that
    person even when the recogniser tagged none of it; a title and a place before it are not
    part of the name."""
    if tok.dep_ != "appos" or tok.pos_ != "PROPN" or tok.ent_type_ not in {"", "PERSON", "ORG"}:
        return None
    head = tok.head
    if head.pos_ != "NOUN" or head.lemma_.lower() not in PERSON_DESCRIPTION_HEADS:
        return None
    if head.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    doc = tok.doc
    if tok.ent_type_ == "ORG":
        # "The U.N.'s top climate chief, Yvo de Boer, says …" with the name tagged a body: the whole
        # appositive is that one entity, and no word of it names a body
        whole = doc[tok.left_edge.i : tok.i + 1]
        one = whole.ents[0] if len(whole.ents) == 1 else None
        single = one is not None and one.start == whole.start and one.end == whole.end
        plain = single and 2 <= len(whole) <= 4
        plain = plain and all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES for t in whole)
        return whole if plain and not any(t.lower_ in BODY_HEAD_NOUNS | GROUP_NOUNS for t in whole) else None
    words = list(doc[tok.left_edge.i : tok.i + 1])
    titles = [i for i, w in enumerate(words) if w.lower_ in TITLE_WORDS]
    if titles:
        words = words[titles[-1] + 1 :]
    while words and words[0].ent_type_ in {"GPE", "ORG", "NORP"}:
        words = words[1:]
    named = [w for w in words if w.lower_ not in NAME_PARTICLES]
    if not 2 <= len(named) <= 4 or not all(w.pos_ == "PROPN" and w.text[:1].isupper() for w in named):
        return None
    if any(w.ent_type_ == "PERSON" for w in words):
        return None  # a tagged name is indexed as one
    return doc[words[0].i : words[-1].i + 1]


def _stranded_subject_of(span: Span) -> Token | None:
    """The subjectless root verb whose subject :func:`stranded_name` finds ``span`` to be."""
    verb = span.sent.root
    if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    found = stranded_name(verb)
    return verb if found is not None and found.start <= span.start < found.end else None


_APPOS_CLIMB = 3  # "brother" is the subject; "Kendal" ← "for" ← "member" reaches it in three


@dataclass
class AntecedentMentions:
    """Person mentions of one document outside quotations, with gender evidence, built once.

    :class:`~briefings.extract.antecedents.Antecedents` adds the resolution of a pronoun.
    """

    ctx: DocContext
    quoted: list[tuple[int, int]]  # (start, end) of every quotation, sorted
    mentions: list[Mention] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)
    votes: dict[str, dict[str, int]] = field(default_factory=dict)
    turns: list[Turn] = field(default_factory=list)  # a transcript's labelled turns
    _surnames: set[str] = field(default_factory=set)  # last words of the recogniser's PERSON names
    _titled: set[int] = field(default_factory=set)  # where a subject name after a title starts

    @classmethod
    def build(cls, ctx: DocContext, quoted: list[tuple[int, int]]) -> Self:
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
            if vocative(span, self.ctx.sentence_of(span.root)) or optative(span.root):
                continue  # "Thanks, Jen.", "God bless you": one spoken to or wished by, not of
            if names_a_product(span) or made_by_a_person(span):
                # "The news agency Agência Brasil reported …", "Remarks by President Mugabe are …"
                # tagged a person: no "he" or "she"
                continue
            if names_a_day(span):
                continue  # "to talk about Valentine's Day": a holiday, no one a "he" can be
            ref = self.ctx.people.known(span.text, span.start_char) or self.ctx.people.resolve(span)
            # "Murat Karayilan, the PKK's leader, warned …" tagged an organisation: the name is
            # the person's whom the text calls by that surname elsewhere ("Karayilan said")
            misread = span.label_ != "PERSON" and (
                span[-1].text in self._surnames or span.start_char in self._titled
            )
            if misread and (ref is None or ref.kind != "person"):
                ref = PersonRef(span.text, None, "person")
            before = self.ctx.doc[span.start - 1] if span.start else None
            if ref is None and span.label_ == "PERSON" and before is not None and is_honorific(before.text):
                # "Dr. King decried what he called …": a surname the index does not hold as a name
                # on its own ("King" is also a title) is a person behind an honorific
                ref = PersonRef(f"{before.text} {span.text}", None, "person")
            if ref is None or ref.kind != "person" or _a_thing(ref.name):
                continue  # "Valentine's Day", "the American Jobs Plan" read as people: no "he" or "she"
            root = _described_subject(span.root)
            # "Senators Dan Coats, John McCain, and Olympia Snowe each asked Brown …": a subject that
            # lists people is plural, no "he" or "she" takes up one of them
            listed = any(
                c.dep_ == "conj" and c.ent_type_ == "PERSON"
                for member in (root, *(c for c in root.children if c.dep_ == "appos"))
                for c in member.children
            )
            # "Dan Coats of Indiana, John McCain of Arizona, and Olympia Snowe each asked" parsed
            # with two subjects for one verb: a list all the same ("Jake Sullivan, on the day he met
            # him, he said" takes its name up again in a pronoun: one subject)
            named_subjects = [
                c for c in root.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON"
            ]  # a vocative the parser made a subject ("Jen, has President Biden invited …") lists no one
            joined = len(named_subjects) > 1 and any(
                t.lower_ == "and" for t in root.doc[named_subjects[0].i : root.head.i]
            )
            # "Coats, McCain and Snowe each asked": a distributive subject makes the names a list
            distributive = any(
                c.dep_ == "nsubj" and c.lower_ in DISTRIBUTIVE_SUBJECTS for c in root.head.children
            )
            listed = listed or joined or distributive
            subject = root.dep_ in {"nsubj", "nsubjpass"} and not listed
            head = root.head
            if subject and object_as_subject(head, [root]):
                subject = False  # "addressed Prime Minister Modi demanding …": Modi is addressed
            reporting = subject and root.dep_ == "nsubj" and reports(head)
            logical = logical_subject(root)
            if logical is not None and logical[0].dep_ == "acl":
                logical = None  # "displayed the book, written by Noam Chomsky": the book's author
            if logical is not None:  # "was criticised by Salas", "According to Salas, …"
                head, reporting = logical
                subject = True
            stranded = None if subject else _stranded_subject_of(span)
            if stranded is not None:
                # "Speaking at a news conference with his counterpart, India's minister, Pranab
                # Mukherjee, brushed aside …": the name the parser hung on the fronted phrase is the
                # subject of the verb it left without one
                head, subject = stranded, not listed
                reporting = subject and reports(head)
            self.mentions.append(
                Mention(
                    span.start_char,
                    ref,
                    subject,
                    subject and head.dep_ == "ROOT",
                    reporting,
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
            if tok.dep_ == "poss" and not self.inside_quote(tok.idx):
                self._possessor(tok)  # "out of my grandpop's house, he'd say"
                continue
            if tok.dep_ not in {"nsubj", "nsubjpass"} or self.inside_quote(tok.idx):
                continue
            main = tok.head.dep_ == "ROOT"
            reporting = tok.dep_ == "nsubj" and reports(tok.head)
            office = self._office_subject(tok)
            if office is None and (main or reporting):
                office = _described_office(tok)  # "the NATO Secretary General gave …. He said"
            if office is not None:  # "The President put out a statement. … he said": the bearer
                self.mentions.append(Mention(tok.left_edge.idx, office, True, main, reporting, True))
                continue
            word = GENDERED_WORDS.get(tok.lower_)
            if word is None or tok.pos_ != "NOUN":
                someone = _someone_reporting(tok) if reporting else None
                if someone is not None:  # "A spokesperson for NISA said … “…,” he said"
                    self.mentions.append(Mention(tok.left_edge.idx, someone, True, main, reporting, True))
                continue
            phrase = self.ctx.doc[tok.left_edge.i : tok.i + 1].text
            ref = PersonRef(phrase[:1].lower() + phrase[1:], None, "anonymous")
            self.mentions.append(Mention(tok.left_edge.idx, ref, True, main, reporting))
            self._vote(ref, word, 3)
        self.mentions.sort(key=lambda m: m.offset)
        self.offsets = [m.offset for m in self.mentions]

    def _possessor(self, tok: Token) -> None:
        """ "Every time I'd walk out of my grandpop's house, he'd say": an unnamed person the
        author names as a possessor is a person a later "he" or "she" can be."""
        word = GENDERED_WORDS.get(tok.lower_)
        if word is None or tok.pos_ != "NOUN":
            return
        phrase = self.ctx.doc[tok.left_edge.i : tok.i + 1].text
        ref = PersonRef(phrase[:1].lower() + phrase[1:], None, "anonymous")
        topic = tok.head.dep_ in {"nsubj", "nsubjpass"}
        self.mentions.append(Mention(tok.left_edge.idx, ref, False, False, False, topic))
        self._vote(ref, word, 3)

    def _office_of_country(self, tok: Token) -> PersonRef | None:
        """ "the President of El Salvador", as an anonymous person mention."""
        phrase = office_of_country(self.ctx.doc, tok)
        if phrase is None:
            return None
        return PersonRef(phrase.text[:1].lower() + phrase.text[1:], None, "anonymous")

    def _office_subject(self, tok: Token) -> PersonRef | None:
        """ "The President" as a subject: the person the document names with the office; "The
        Mayor has defended the protesters" after "Ipswich Mayor Paul Pisale": a definite title
        of titles alone is the nearest person named before with that title as their role."""
        if tok.left_edge.lower_ != "the" or tok.i - tok.left_edge.i > 2:
            return None
        phrase = self.ctx.doc[tok.left_edge.i : tok.i + 1].text
        if office_of(phrase) is not None and tok.text[:1].isupper():
            return bearer_of_title(self.ctx, PersonRef(phrase, None, "person"), None, tok.idx)
        words = [t.lower_ for t in self.ctx.doc[tok.left_edge.i + 1 : tok.i + 1]]
        if tok.pos_ not in {"NOUN", "PROPN"} or not all(w in TITLE_WORDS for w in words):
            return None
        bearer = self.ctx.people.resolve_nominal(phrase, tok.idx)
        return bearer if bearer is not None and bearer.kind == "person" else None

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
            if not run.text[:1].isupper() or run[-1].lower_ in BODY_HEAD_NOUNS | GROUP_NOUNS:
                continue  # "a Special Investigations Team appointed by the court": a body, not a person
            titled = _titled_name(run)
            if titled is not None:  # "president Thabo Mbeki denounced …", the name tagged a place
                self._titled.add(titled.start_char)
                spans.append(titled)
            elif (
                tok.ent_type_ in {"", "PERSON"}
                or self.ctx.people.known(run.text, run.start_char)
                or tok.text in self._surnames
            ):
                spans.append(run)  # "Aalborg said", the surname NER took for a city
        for tok in doc:
            described = _described_subject_name(tok) if tok.i not in taken else None
            if described is not None:  # "another member of the commission, Bishop Juan de Dios Pueblos, said"
                self._titled.add(described.start_char)
                spans.append(described)
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
            window = [m for m in self.mentions_between(lo, tok.idx) if m.ref.kind == "person"]
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
            found = self.mentions_between(subject.left_edge.idx, subject.idx + 1)
            agrees = bool(found) and (gender is None or self.gender(found[-1].ref) in (None, gender))
            if found and found[-1].ref.kind == "person" and agrees:
                return found[-1].ref
        return None

    def mentions_between(self, lo: int, hi: int) -> list[Mention]:
        """The person mentions whose offsets fall in ``[lo, hi)``."""
        return self.mentions[bisect.bisect_left(self.offsets, lo) : bisect.bisect_left(self.offsets, hi)]

    def gender(self, ref: PersonRef) -> str | None:
        votes = self.votes.get(ref.name)
        if not votes:
            return None
        best = max(votes, key=lambda g: votes[g])
        return best if votes[best] > sum(votes.values()) / 2 else None
