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
from spacy.tokens import Doc, Span, Token

from briefings.extract.lexicon import (
    LEADER_OFFICES,
    NOT_ROLE_HEADS,
    PRODUCT_NOUNS,
    PRONOUN_GENDER,
    QUESTION_LABELS,
    TITLE_WORDS,
)
from briefings.extract.mentions import indices_where, person_mentions, sentence_starts_of
from briefings.extract.names import (
    gender_of_title,
    holds_office,
    is_honorific,
    looks_like_name,
    normalise_case,
    singular_title,
    split_title,
)
from briefings.extract.not_bodies import at_a_place, before_time_link, lower_case_words, no_body
from briefings.extract.not_people import bare_office, clean_entity_name, is_stage_direction, title_and_name
from briefings.extract.person_entry import ORG_LABELS, Entry, contains
from briefings.extract.places import country_of_demonym, is_demonym
from briefings.extract.roles import appositive_role, byline_role, title_role
from briefings.identity import given_names_fit, person_key
from briefings.model.facts import Person, PersonRef

log = logging.getLogger(__name__)

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_SALIENCE_WINDOW = 400  # characters: about two sentences of news copy


_RANKS = frozenset({"vice", "deputy", "former", "acting", "assistant", "under", "junior"})


def _describes(nations: list[str], office: list[str], role: str) -> bool:
    """Whether a role ("French President", "Hungary's prime minister") is a nationality and office
    description's ("French"; "leader"). Ranks must agree: "the French president" is no vice president."""
    text = role.lower().replace("’s", "").replace("'s", "")
    words = text.replace("-", " ").split()
    if "prime" in words and "minister" in words:
        words.append("premier")
    for nation in nations:
        country = country_of_demonym(nation)
        if nation not in words and (country is None or country.lower() not in text):
            return False
    if any(rank in words and rank not in office for rank in _RANKS):
        return False
    *modifiers, head = office
    held = head in words or (head == "leader" and bool(LEADER_OFFICES & set(words)))
    return held and all(m in words for m in modifiers)


def _without_trailing_honorific(role: str | None) -> str | None:
    """ "Undersecretary for Trade Mr." (of "Undersecretary for Trade Mr. Rinaldi"): the form of
    address between an office and the name is no part of the office."""
    words = (role or "").split()
    while len(words) > 1 and is_honorific(words[-1]):
        words.pop()
    while len(words) > 1 and words[0].lower() in QUESTION_LABELS:
        words.pop(0)  # "Q President" of "Q President Biden, ...": a transcript's label, no office
    return " ".join(words) or None


def _titled_name(role: str) -> bool:
    """ "President Trump": a title and somebody's name, which is no office of anyone."""
    title, name = split_title(role)
    words = name.split()
    return (
        bool(title)
        and 0 < len(words) <= 3
        and all(
            w.isalpha() and w[:1].isupper() and w[1:].islower() and w.lower() not in TITLE_WORDS
            for w in words
        )
    )


def _holds(entry: Entry, office: str) -> bool:
    """Whether a title written before a bare surname ("President Biden") is the office of the
    full-named person that surname was linked to: only when the document gives that person the
    office by their full name too ("President Joe Biden", "Joe Biden, the president"). Two people
    sharing a family name ("Hunter Biden", "President Biden") stay two: the son never inherits
    the father's title."""
    head = office.split()[-1].lower()
    return any(head in role.lower().replace("-", " ").split() for role in entry.roles)


def _initials_agree(name: str, fuller: str) -> bool:
    """Whether two names that look alike may be one person by their given names and initials."""
    short, long = person_key(name).first, person_key(fuller).first
    return given_names_fit(short, long) or given_names_fit(long, short)


class PeopleIndex:
    """People, organisations and places named in one document, with lookup helpers."""

    def __init__(self) -> None:
        self._people: list[Entry] = []
        self._orgs: dict[str, Entry] = {}
        self._acting: set[str] = set()  # organisations named once outside "in X": see _finish
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
        starts = sentence_starts if sentence_starts is not None else sentence_starts_of(doc)
        lower_words = lower_case_words(doc)  # read once: the mention and organisation rules share it
        for ent in [*(title_doc.ents if title_doc is not None else ()), *ents]:
            if ent.label_ in ORG_LABELS:
                index._add_org(ent, lower_words)
        mentions = person_mentions(doc, title_doc, ents, starts, lower_words)
        borrowed: list[tuple[Entry, str]] = []  # a title before a bare surname, and whose it is
        # longest first, then by name: a set's order changes from run to run (hash seeds)
        full = sorted({m[2] for m in mentions if len(m[2].split()) > 1}, key=lambda n: (-len(n.split()), n))
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
            bare = " " not in name and " " in entry.name  # "President Biden" of "Hunter Biden"?
            for found in (byline, title_role(span), appositive_role(span), normalise_case(title) or None):
                role = _without_trailing_honorific(singular_title(found) if found else None)
                if not role or role in entry.roles or is_honorific(role):
                    continue
                if bare and found is not byline:
                    borrowed.append((entry, role))  # kept only if the full name holds it: below
                else:
                    entry.roles.append(role)
            gender = gender_of_title(title)
            if gender:
                entry.gender_votes[gender] = entry.gender_votes.get(gender, 0) + 3
        for entry, office in borrowed:
            if office not in entry.roles and not is_honorific(office) and _holds(entry, office):
                entry.roles.append(office)
        index._add_surname_mentions(doc, text)
        index._finish()
        index._vote_genders(doc, starts)
        return index

    def _add_org(self, ent: Span, lower_words: frozenset[int] = frozenset()) -> None:
        """Index an organisation or place; an organisation's title words ("news agency") are its role.

        The name is cleaned of what the tagger ran into it ("a United States", "State
        Department and"); an office ("State Department Spokesperson") or an office and a
        person's name ("Spokesperson Ned Price", indexed as the person) is no organisation.
        """
        text = ent.text
        text = text.rstrip("’'s") if text.endswith(("'s", "’s")) else text
        if before_time_link(text) != text:
            return  # "Biden Before Air Force One": a headline's name and what it did, no body
        cleaned = clean_entity_name(text)
        if cleaned is None or bare_office(cleaned) or title_and_name(cleaned) is not None:
            return
        if ent.label_ == "ORG" and no_body(ent, cleaned, lower_words):
            return
        if any(word.lower() in PRODUCT_NOUNS for word in cleaned.split()[:-1]):
            return  # "Space Shuttle Enterprise", "Space Shuttle Program": a craft, not a body
        if ent.label_ in {"ORG", "PERSON"} and is_stage_direction(ent):
            return
        text = cleaned
        key = text.lower()
        if key not in self._orgs:
            self._orgs[key] = Entry(name=text, kind=ORG_LABELS[ent.label_])
        elif ORG_LABELS[ent.label_] == "place":
            self._orgs[key].kind = "place"  # "Crimea" tagged a place once is a place, not a body
        self._orgs[key].mentions.append(ent.start_char)
        if not at_a_place(ent):
            self._acting.add(key)
        if ent.label_ == "ORG":
            for role in (title_role(ent), appositive_role(ent)):
                if role and role not in self._orgs[key].roles:
                    self._orgs[key].roles.append(role)

    def _add_full(self, name: str) -> None:
        words = name.lower().split()  # "Van Aalst" opening a sentence is "Pieter van Aalst"
        for entry in self._people:
            ewords = entry.name.lower().split()
            same = contains(ewords, words) or (words[0] == ewords[0] and words[-1] == ewords[-1])
            if same and _initials_agree(name, entry.name):  # "George W." is not "George H. W."
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
        for i in indices_where(doc, POS, {"PROPN"}):
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
        self._drop_false_roles()
        for key, org in self._orgs.items():
            if org.kind == "org" and key not in self._acting:
                org.kind = "place"  # "shelled homes in Mariupol", never anything but where
        for number, entry in enumerate(self._people):
            entry.mentions.sort()
            self._mention_index.extend((m, number) for m in entry.mentions)
        self._mention_index.sort()

    def _drop_false_roles(self) -> None:
        """A role is an office: not a phrase headed by "issue" or "question" ("issue in the high
        north"), and not another person's title and name ("President Trump" is nobody else's role)."""
        for entry in self._people:
            others = {
                word.lower()
                for other in self._people
                if other is not entry
                for alias in other.aliases
                for word in alias.split()
                if len(word) > 2 and word[:1].isupper()
            } - {w.lower() for a in entry.aliases for w in a.split()}
            entry.roles = [
                role
                for role in entry.roles
                if role.split()[-1].lower() not in NOT_ROLE_HEADS
                and not any(w.lower().strip(",.") in others for w in role.split() if w[:1].isupper())
                and not _titled_name(role)
            ]

    def _vote_genders(self, doc: Doc, starts: list[int]) -> None:
        """A "he"/"she" right after a single named person says that person's gender."""
        starts = starts or [0]
        for i in indices_where(doc, LOWER, set(PRONOUN_GENDER)):
            tok = doc[i]
            gender = PRONOUN_GENDER[tok.lower_]
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
        gender = PRONOUN_GENDER.get(token.lower_)
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
            if any(holds_office(words, role) for role in entry.roles):
                return entry.ref()
        # "the agency" -> the organisation introduced as "news agency KCNA", latest first
        best: tuple[int, Entry] | None = None
        for org in self._orgs.values():
            before = [m for m in org.mentions if m < position]
            titled = any(head in role.lower().split() for role in org.roles)
            if before and titled and (best is None or max(before) > best[0]):
                best = (max(before), org)
        return PersonRef(best[1].name, None, best[1].kind) if best else None

    def resolve_description(self, words: list[str]) -> PersonRef | None:
        """ "the French leader", "the Hungarian premier" -> the one person the document gives that
        nationality and office (in a role: "French President Claire Dubois", "Lena Varga, Hungary's
        prime minister"); None when nobody or several people fit.

        ``words`` are the description's words after its article, the office last.
        """
        low = [w.lower() for w in words]
        nations = [w for w in low[:-1] if is_demonym(w)]
        if not nations:
            return None
        office = [w for w in low if w not in nations]
        fits = [
            entry
            for entry in self._people
            if entry.kind == "person" and any(_describes(nations, office, role) for role in entry.roles)
        ]
        return fits[0].ref() if len(fits) == 1 else None

    def salient_person(self, position: int) -> PersonRef | None:
        """The person a definite description refers back to: the latest subject named in the
        sentence or two before ``position``, else the latest person named there."""
        at = bisect.bisect_left(self._mention_index, (position, -1))
        nearest: Entry | None = None
        for offset, number in reversed(self._mention_index[:at]):
            if position - offset > _SALIENCE_WINDOW:
                break
            if offset in self._subjects:
                return self._people[number].ref()
            nearest = nearest or self._people[number]
        return nearest.ref() if nearest else None

    def office_holders(self, office: str) -> list[tuple[PersonRef, list[int]]]:
        """The people given exactly ``office`` as a role ("President Joe Biden" for "president"),
        each with where the body names them."""
        return [
            (entry.ref(), entry.mentions)
            for entry in self._people
            if entry.kind == "person" and any(role.lower() == office for role in entry.roles)
        ]

    def principal(self) -> PersonRef | None:
        """The person the document names most often (an interview's subject), if any."""
        if not self._people:
            return None
        best = max(self._people, key=lambda e: len(e.mentions))
        return best.ref() if best.mentions else None

    def people(self) -> tuple[Person, ...]:
        """Every person and organisation with its aliases and roles, people first."""
        out = [
            Person(e.name, tuple(sorted(a for a in e.aliases if a != e.name)), tuple(e.roles), e.kind)
            for e in self._people
        ]
        # a surname the tagger sometimes read as a place ("Okonkwo, 46, trained ...") is the person's
        names = {a.lower() for e in self._people for a in e.aliases}
        full = [e.name.lower().split() for e in self._people if len(e.name.split()) > 1]
        surnames = {e.surname for e in self._people if len(e.name.split()) > 1}
        given = {words[0] for words in full}
        out += [
            Person(e.name, (), (), e.kind)
            for e in self._orgs.values()
            if e.name.lower() not in names and not _a_persons_name(e.name, surnames, given)
        ]
        return tuple(out)


def _a_persons_name(name: str, surnames: set[str], given: set[str]) -> bool:
    """ "Samantha Power" tagged an organisation once and a person elsewhere ("Power said"):
    a two- or three-word name ending in a person's surname, or a person's given name alone
    ("Sophie", a reporter called on by name), is that person's, not an organisation's."""
    words = name.split()
    if not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
        return False
    if 2 <= len(words) <= 3:
        return words[-1].lower() in surnames
    return len(words) == 1 and words[0].lower() in given
