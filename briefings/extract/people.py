"""Who is who in one document: names clustered by surname, roles, pronoun and nominal links.

No neural coreference: a document names a person in full once ("Deborah
Lyons") and by surname after ("Lyons"), so mentions are clustered by their
last word, and "she" / "the minister" link to the nearest compatible person
before them. Two people sharing a surname (Donald and Melania Trump) stay two
people: a bare surname goes to the most recent of them, never to a merge.

>>> index = PeopleIndex.build(nlp("Chinese Foreign Minister Wang Yi spoke. Wang said no."))  # doctest: +SKIP
>>> index.resolve("Wang")  # doctest: +SKIP
PersonRef(name='Wang Yi', role='Chinese Foreign Minister', kind='person')
"""

from __future__ import annotations

import bisect
import logging

from spacy.attrs import LOWER, POS
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc, Span, Token

from briefings.extract.names import (
    TITLE_WORDS,
    gender_of_title,
    is_honorific,
    looks_like_name,
    normalise_case,
    split_title,
)
from briefings.extract.person_entry import ORG_LABELS, Entry, contains, name_span
from briefings.extract.roles import appositive_role, byline_role, title_role
from briefings.models import Person, PersonRef

log = logging.getLogger(__name__)

_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "herself": "f"}
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_SALIENCE_WINDOW = 400  # characters: about two sentences of news copy


# verbs only people do with words: their subject is a person even if NER missed the name
_SPEECH_LEMMAS = frozenset({"say", "tell", "add", "write", "explain", "recall", "tweet", "insist", "argue"})
_OTHER_NAMES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


def _sentence_starts(doc: Doc) -> list[int]:
    return [s.start_char for s in doc.sents] if len(doc) else []


def _indices_where(doc: Doc, attr: int, values: set[str]) -> list[int]:
    """Indices of the tokens whose ``attr`` (POS, LOWER, ...) is one of ``values``, read from the
    doc's arrays: iterating a Doc builds a Python Token per word, which dominates on long texts."""
    if not len(doc):
        return []
    wanted = {IDS[v] for v in values} if attr == POS else {doc.vocab.strings.add(v) for v in values}
    column = doc.to_array(attr)
    return [i for i, value in enumerate(column.tolist()) if value in wanted]


def _unlabelled_speakers(doc: Doc) -> list[tuple[Span, str, str]]:
    """ "“…,” Henrik Aalborg told Reuters" with the name read as a WORK_OF_ART or as nothing:
    a run of two or three capitalised proper nouns that is the subject of a speech verb and no
    kind of name NER knows (an organisation "Goldman Sachs said" stays an organisation)."""
    found: list[tuple[Span, str, str]] = []
    for i in _indices_where(doc, POS, {"PROPN"}):
        tok = doc[i]
        if tok.dep_ != "nsubj" or tok.head.lemma_ not in _SPEECH_LEMMAS:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        span = doc[start : tok.i + 1]
        if not 2 <= len(span) <= 3 or any(t.ent_type_ in _OTHER_NAMES for t in span):
            continue
        title, name = split_title(span.text)
        if all(t.text[:1].isupper() and not t.text.isupper() for t in span) and looks_like_name(name):
            found.append((span, title, name))
    return found


class PeopleIndex:
    """People, organisations and places named in one document, with lookup helpers."""

    def __init__(self) -> None:
        self._people: list[Entry] = []
        self._orgs: dict[str, Entry] = {}
        self._mention_index: list[tuple[int, int]] = []  # (offset, entry number), sorted
        self._subjects: set[int] = set()  # offsets of mentions that are a clause's subject

    # ---- building ----------------------------------------------------------

    @classmethod
    def build(
        cls,
        doc: Doc,
        title_doc: Doc | None = None,
        text: str | None = None,
        sentence_starts: list[int] | None = None,
    ) -> PeopleIndex:
        """Index the PERSON entities of a body parse (and its title) with roles and aliases.

        ``text`` and ``sentence_starts`` (character offsets) are passed when the caller has
        them already: spaCy rebuilds ``Doc.text`` and ``Doc.sents`` on every access.
        """
        index = cls()
        text = doc.text if text is None else text
        ents = list(doc.ents)  # Doc.ents builds new spans on every access
        mentions: list[tuple[Span, str, str]] = []
        for source, source_ents in ((title_doc, None), (doc, ents)):
            if source is None:
                continue
            for ent in source.ents if source_ents is None else source_ents:
                if ent.label_ == "PERSON":
                    span = name_span(ent)
                    title, name = split_title(span.text)
                    name = name.strip(" .,;:")
                    if name and looks_like_name(name) and any(c.isalpha() for c in name):
                        mentions.append((span, title, name))
                elif ent.label_ in ORG_LABELS:
                    index._add_org(ent)
        mentions += _unlabelled_speakers(doc)
        # a one-word "person" that opens an organisation's name ("Nordhavn" of "Nordhavn
        # Shipping", "Nordhavn, the container line, reported ...") is that organisation
        org_heads = {e[0].text.lower() for e in ents if e.label_ == "ORG" and len(e) > 1}
        mentions = [m for m in mentions if len(m[2].split()) > 1 or m[2].lower() not in org_heads]
        # "Swap Beijing" (a verb and a city read as a name, opening a sentence): a word the
        # parser mostly calls a place is not a surname, unless it is more often part of a
        # person's name, or the name comes with a title ("Minister Claire Beaumont") or stands
        # mid-sentence, where the tagger's PERSON is reliable ("By the time Ngozi Okonkwo ...")
        places: dict[str, int] = {}
        for e in ents:
            titled = e.start > 0 and doc[e.start - 1].lower_.strip(".") in TITLE_WORDS  # "Minister Rao"
            if e.label_ in {"GPE", "LOC"} and not titled:
                places[e.text.lower()] = places.get(e.text.lower(), 0) + 1
        as_person: dict[str, int] = {}
        vouched: set[str] = set()
        for span, title, name in mentions:
            last = name.split()[-1].lower()
            as_person[last] = as_person.get(last, 0) + 1
            if title or span.start != span.sent.start:
                vouched.add(name)

        def plausible(name: str) -> bool:
            last = name.split()[-1].lower()
            return len(name.split()) == 1 or name in vouched or places.get(last, 0) < as_person.get(last, 0)

        mentions = [m for m in mentions if plausible(m[2])]
        full = sorted({m[2] for m in mentions if len(m[2].split()) > 1}, key=lambda n: -len(n.split()))
        for name in full:
            index._add_full(name)
        for span, title, name in mentions:
            entry = index._entry_for(name, span.start_char if span.doc is doc else -1)
            if entry is None:
                entry = Entry(name=name)
                index._people.append(entry)
            entry.aliases.add(name)
            if span.doc is doc:
                entry.mentions.append(span.start_char)
                if span.root.dep_ in _SUBJECT_DEPS:
                    index._subjects.add(span.start_char)
                if len(name.split()) > 1:
                    entry.full_mentions.append(span.start_char)
            byline = byline_role(span, text) if span.doc is doc else None
            for role in (byline, title_role(span), appositive_role(span), normalise_case(title) or None):
                if role and role not in entry.roles and not is_honorific(role):
                    entry.roles.append(role)
            gender = gender_of_title(title)
            if gender:
                entry.gender_votes[gender] = entry.gender_votes.get(gender, 0) + 3
        index._add_surname_mentions(doc, text)
        index._finish()
        index._vote_genders(doc, sentence_starts if sentence_starts is not None else _sentence_starts(doc))
        return index

    def _add_org(self, ent: Span) -> None:
        """Index an organisation or place; an organisation's title words ("news agency") are its role."""
        text = ent.text
        if text.lower().startswith("the "):
            text = text[4:]
        text = text.rstrip("’'s") if text.endswith(("'s", "’s")) else text
        key = text.lower()
        if key not in self._orgs:
            self._orgs[key] = Entry(name=text, kind=ORG_LABELS[ent.label_])
        self._orgs[key].mentions.append(ent.start_char)
        if ent.label_ == "ORG":
            for role in (title_role(ent), appositive_role(ent)):
                if role and role not in self._orgs[key].roles:
                    self._orgs[key].roles.append(role)

    def _add_full(self, name: str) -> None:
        words = name.split()
        for entry in self._people:
            ewords = entry.name.split()
            if contains(ewords, words) or (words[0] == ewords[0] and words[-1] == ewords[-1]):
                entry.aliases.add(name)
                return
        self._people.append(Entry(name=name, aliases={name}))

    def _entry_for(self, name: str, position: int) -> Entry | None:
        low = name.lower()
        words = low.split()
        exact = [e for e in self._people if low in {a.lower() for a in e.aliases}]
        if len(exact) == 1:
            return exact[0]
        if len(words) > 1:
            sub = [e for e in self._people if contains(e.name.lower().split(), words)]
            return sub[0] if len(sub) == 1 else None
        by_surname = [e for e in self._people if e.surname == low]
        if not by_surname:  # family name first ("Wang" of "Wang Yi")
            by_surname = [
                e for e in self._people if len(e.name.split()) > 1 and e.name.split()[0].lower() == low
            ]
        if len(by_surname) == 1:
            return by_surname[0]
        if len(by_surname) > 1:
            return self._most_recent(by_surname, position)
        return None

    def _most_recent(self, entries: list[Entry], position: int) -> Entry | None:
        """Of several people sharing a surname, the one named most recently before ``position``."""
        best: tuple[int, Entry] | None = None
        for entry in entries:
            before = [m for m in entry.full_mentions if m < position]
            if before and (best is None or max(before) > best[0]):
                best = (max(before), entry)
        return best[1] if best else None

    def _add_surname_mentions(self, doc: Doc, text: str) -> None:
        """Record bare-surname mentions NER missed or mislabelled ("Wang" tagged ORG)."""
        known = {m for e in self._people for m in e.mentions}
        covered: set[int] = set()
        by_surname: dict[str, list[Entry]] = {}
        for entry in self._people:
            by_surname.setdefault(entry.surname, []).append(entry)
        for entry in self._people:
            first = entry.name.split()[0].lower()
            if len(entry.name.split()) > 1 and first not in by_surname:
                by_surname.setdefault(first, []).append(entry)
        for entry in self._people:
            for alias in entry.aliases:
                if len(alias.split()) > 1:
                    start = 0
                    while (found := text.find(alias, start)) >= 0:
                        if found not in entry.full_mentions:
                            entry.full_mentions.append(found)
                        if found not in known:
                            entry.mentions.append(found)
                            known.add(found)
                        covered.update(range(found, found + len(alias)))
                        start = found + len(alias)
        for i in _indices_where(doc, POS, {"PROPN"}):
            tok = doc[i]
            if tok.idx in known or tok.idx in covered:
                continue
            entries = by_surname.get(normalise_case(tok.text).lower())
            if not entries or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"):
                continue
            found_entry = entries[0] if len(entries) == 1 else self._most_recent(entries, tok.idx)
            if found_entry is not None:
                found_entry.mentions.append(tok.idx)
                if tok.dep_ in _SUBJECT_DEPS:
                    self._subjects.add(tok.idx)
                found_entry.aliases.add(tok.text)

    def _finish(self) -> None:
        for number, entry in enumerate(self._people):
            entry.mentions.sort()
            self._mention_index.extend((m, number) for m in entry.mentions)
        self._mention_index.sort()

    def _vote_genders(self, doc: Doc, starts: list[int]) -> None:
        """A "he"/"she" right after a single named person says that person's gender."""
        starts = starts or [0]
        for i in _indices_where(doc, LOWER, set(_PRONOUN_GENDER)):
            tok = doc[i]
            gender = _PRONOUN_GENDER[tok.lower_]
            at = bisect.bisect_right(starts, tok.idx) - 1
            prev_sent = starts[max(at - 1, 0)]
            lo = bisect.bisect_left(self._mention_index, (prev_sent, -1))
            hi = bisect.bisect_left(self._mention_index, (tok.idx, -1))
            window = {n for _, n in self._mention_index[lo:hi]}
            if len(window) == 1:
                entry = self._people[window.pop()]
                entry.gender_votes[gender] = entry.gender_votes.get(gender, 0) + 1

    # ---- lookup --------------------------------------------------------------

    def resolve(self, mention: str | Span, position: int | None = None) -> PersonRef | None:
        """The person, organisation or place a mention names, in the fullest form the document gives.

        A bare surname shared by two people goes to the one named most recently
        before ``position`` (the mention's own offset when a Span is given).
        """
        if isinstance(mention, Span):
            position = mention.start_char if position is None else position
            text = mention.text
        else:
            text = mention
        title, name = split_title(text.strip())
        pos = position if position is not None else 1 << 62
        if name:
            entry = self._entry_for(name, pos)
            if entry is not None:
                return entry.ref()
        key = text.strip().lower()
        key = key[4:] if key.startswith("the ") else key
        key = key[:-2] if key.endswith(("'s", "’s")) else key
        if key in self._orgs:
            return self._orgs[key].ref()
        if name and looks_like_name(name) and any(c.isalpha() for c in name):
            return PersonRef(name, title or None, "person")
        return None

    def known(self, name: str, position: int) -> PersonRef | None:
        """The indexed person ``name`` (a surname or full name) stands for, or None: unlike
        :meth:`resolve`, never a guess from how the words look."""
        entry = self._entry_for(split_title(name.strip())[1], position)
        return entry.ref() if entry is not None else None

    def resolve_pronoun(self, token: Token) -> PersonRef | None:
        """The person a "he"/"she" refers to: the nearest recent subject whose gender fits
        ("Lavrov met Kerry. … he said" -> Lavrov), else the nearest fitting person."""
        gender = _PRONOUN_GENDER.get(token.lower_)
        if gender is None:  # "I", "we", "they": the speaker or a group, not the last name mentioned
            return None
        at = bisect.bisect_left(self._mention_index, (token.idx, -1))
        nearest: Entry | None = None
        for offset, number in reversed(self._mention_index[:at]):
            entry = self._people[number]
            if entry.gender not in (None, gender):
                continue
            if offset in self._subjects and token.idx - offset <= _SALIENCE_WINDOW:
                return entry.ref()  # the subject of the last sentence or two outranks an object
            if nearest is None:
                nearest = entry
            if token.idx - offset > _SALIENCE_WINDOW:
                break
        return nearest.ref() if nearest else None

    def resolve_nominal(self, text: str, position: int) -> PersonRef | None:
        """ "the minister" -> the nearest person before ``position`` whose role holds "minister"."""
        words = [w for w in text.lower().split() if w not in {"the", "a", "an"}]
        if not words:
            return None
        head = words[-1]
        at = bisect.bisect_left(self._mention_index, (position, -1))
        for _, number in reversed(self._mention_index[:at]):
            entry = self._people[number]
            if any(head in role.lower().split() for role in entry.roles):
                return entry.ref()
        # "the agency" -> the organisation introduced as "news agency KCNA", latest first
        best: tuple[int, Entry] | None = None
        for org in self._orgs.values():
            before = [m for m in org.mentions if m < position]
            titled = any(head in role.lower().split() for role in org.roles)
            if before and titled and (best is None or max(before) > best[0]):
                best = (max(before), org)
        return PersonRef(best[1].name, None, best[1].kind) if best else None

    def nearest_person(self, position: int) -> PersonRef | None:
        """The person named last before ``position``."""
        at = bisect.bisect_left(self._mention_index, (position, -1))
        if at == 0:
            return None
        return self._people[self._mention_index[at - 1][1]].ref()

    def people(self) -> tuple[Person, ...]:
        """Every person and organisation with its aliases and roles, people first."""
        out = [
            Person(e.name, tuple(sorted(a for a in e.aliases if a != e.name)), tuple(e.roles), e.kind)
            for e in self._people
        ]
        # a surname the tagger sometimes read as a place ("Okonkwo, 46, trained ...") is the person's
        names = {a.lower() for e in self._people for a in e.aliases}
        out += [Person(e.name, (), (), e.kind) for e in self._orgs.values() if e.name.lower() not in names]
        return tuple(out)
