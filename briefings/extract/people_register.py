"""The people index's register: who the document names, collected from one parse.

Kept apart from :mod:`briefings.extract.people` (the lookups the extraction rules call)
because building the register is its own pass over the document, with its own rules
(which organisation names are bodies, which titles are whose, which bare surnames are
mentions NER missed, which pronoun says whose gender), while the lookups only read it.
"""

from __future__ import annotations

import bisect
from typing import Self

from spacy.attrs import LOWER, POS
from spacy.tokens import Doc, Span, Token

from briefings.extract.lexicon import (
    ABSTRACT_NOUN_ENDINGS,
    BODY_NAME_HEADS,
    GIVEN_NAME_SHORT_FORMS,
    HEADLINE_VERBS,
    NOT_ROLE_HEADS,
    OFFICE_KINDS,
    PERSON_NOUNS_WITH_ABSTRACT_ENDINGS,
    PLURAL_TITLES,
    PRODUCT_NOUNS,
    PRONOUN_GENDER,
    QUALIFYING_TITLE_WORDS,
    RELATIVE_NOUNS,
    ROLE_PREPOSITIONS,
    THING_HEADS,
    TITLE_WORDS,
)
from briefings.extract.mentions import indices_where, person_mentions, sentence_starts_of
from briefings.extract.name_kinds import a_country_or_region, names_a_region, no_named_body
from briefings.extract.names import (
    gender_of_title,
    is_honorific,
    normalise_case,
    singular_title,
    without_article,
)
from briefings.extract.not_bodies import at_a_place, before_time_link, lower_case_words, no_body
from briefings.extract.not_people import (
    addressed,
    bare_office,
    clean_entity_name,
    is_stage_direction,
    names_of_crafts,
    title_and_name,
)
from briefings.extract.person_entry import ORG_LABELS, Entry, contains
from briefings.extract.person_roles import holds_in_full, is_titled_name, without_trailing_honorific
from briefings.extract.places import is_demonym
from briefings.extract.roles import appositive_role, byline_role, title_role
from briefings.identity import given_names_fit, person_key

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _without_article(role: str) -> str:
    low = role.lower()
    return low[4:] if low.startswith("the ") else low


def role_of_no_person(role: str) -> bool:
    """ "swift recovery", "extreme importance", "inhumanity of legal segregation": an appositive headed
    (before its first preposition) by an abstract noun says what a thing is, not what a person is.

    >>> role_of_no_person("inhumanity of legal segregation"), role_of_no_person("Secretary of Commerce")
    (True, False)
    >>> role_of_no_person("Department of Justice spokesperson"), role_of_no_person("swift recovery")
    (False, True)
    """
    words = role.split()
    if words[-1].lower().strip(",.") in TITLE_WORDS:
        return False  # "Department of Justice spokesperson": the office is the last word
    cut = next((i for i, w in enumerate(words) if w.lower() in ROLE_PREPOSITIONS), len(words))
    written = words[max(cut - 1, 0)].strip(",.")
    head = written.lower()
    if head in TITLE_WORDS or head in PERSON_NOUNS_WITH_ABSTRACT_ENDINGS or written[:1].isupper():
        return False  # "Maryland State Federation of Labor", "NewsNation": a body the person is of
    return head.endswith(ABSTRACT_NOUN_ENDINGS) or head in NOT_ROLE_HEADS | THING_HEADS  # "town of …"


def other_office_kind(title: str, roles: list[str], name: str) -> bool:
    """Whether a bare surname's own title is an office of another kind than every role of the full
    name it would join ("Senator" against "President"); a title of the same kind ("Secretary" and
    "Secretary of State"), an honorific, or a full name with no role joins."""
    if " " in name or not title or not roles:
        return False
    kind = office_kind(title)
    if kind is None:
        return False
    kinds = {office_kind(role) for role in roles}
    return kind not in kinds and None not in kinds


def _full_name_introductions(
    index: PeopleRegister, doc: Doc, mentions: list[tuple[Span, str, str]]
) -> dict[int, tuple[int, frozenset[str | None]]]:
    """For each full-named person the body sets off as someone's relative (by ``id``), where it
    first names them so and the kinds of office their full mentions carry."""
    first: dict[int, int] = {}
    kinds: dict[int, set[str | None]] = {}
    for span, title, name in mentions:
        if span.doc is not doc or " " not in name:
            continue
        entry = index._entry_for(name, span.start_char)
        if entry is not None and _set_off_as_a_relative(span):
            first.setdefault(id(entry), span.start_char)
            offices = (title, title_role(span), appositive_role(span))  # "Maria Lopez, the senator"
            kinds.setdefault(id(entry), set()).update(office_kind(o) for o in offices if o)
    return {key: (offset, frozenset(kinds[key])) for key, offset in first.items()}


def _set_off_as_a_relative(span: Span) -> bool:
    """ "his wife, the First Lady, Dr. Jill Biden", "his son Hunter Biden": a relative's word in the
    few words before a full name."""
    return any(t.lower_ in RELATIVE_NOUNS for t in span.doc[max(span.start - 6, 0) : span.start])


def _before_anothers_full_name(
    title: str, name: str, position: int, introduced: tuple[int, frozenset[str | None]] | None
) -> bool:
    """ "President Ruiz welcomed the King. … his wife, the First Lady, Dr. Ana Ruiz": a bare surname
    under an office, named before the text gives a relative's full name of that family, is another
    person than the relative when the relative never comes with an office of that kind; a full name
    introduced first ("Ana Ruiz, the mayor, … Mayor Ruiz"), or not as a relative ("President Putin
    … Vladimir Putin"), is whom it shortens."""
    kind = office_kind(title) if title else None
    if " " in name or kind is None or introduced is None:
        return False
    first, kinds = introduced
    return first > position and kind not in kinds


def _without_headline_verb(name: str) -> str:
    """A headline name cut before the verb a Title Case headline ran into it, and before whatever the
    tagger took on after that verb: "Perry Continues" -> "Perry", "Austin Hosts Vietnamese
    Counterpart" -> "Austin" (a name holds no verb)."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if i > 0 and w.lower() in HEADLINE_VERBS), len(words))
    return " ".join(words[:cut])


def office_kind(title: str) -> str | None:
    """The kind of office a title names (a legislator, a head of state or government, ...), or None."""
    for word in reversed(title.lower().replace(".", " ").split()):
        for kind, words in OFFICE_KINDS.items():
            if word in words:
                return kind
    return None


def initials_agree(name: str, fuller: str) -> bool:
    """Whether two names that look alike may be one person by their given names and initials."""
    short, long = person_key(name).first, person_key(fuller).first
    return given_names_fit(short, long) or given_names_fit(long, short)


class PeopleRegister:
    """People, organisations and places named in one document, as one parse gives them."""

    def __init__(self) -> None:
        self._people: list[Entry] = []
        self._orgs: dict[str, Entry] = {}
        self._acting: set[str] = set()  # organisations named once outside "in X": see _finish
        self._mention_index: list[tuple[int, int]] = []  # (offset, entry number), sorted
        self._subjects: set[int] = set()  # offsets of mentions that are a clause's subject
        self._apposed_subjects: set[int] = (
            set()
        )  # names in apposition to a subject ("The Premier, Ana Ruiz,")
        self._addressed: set[str] = set()  # one-word names the text addresses someone by: given names
        self._own: dict[int, Entry] = {}  # a titled surname that is someone else: see _other_bearer

    # ---- building ----------------------------------------------------------

    @classmethod
    def build(
        cls,
        doc: Doc,
        title_doc: Doc | None = None,
        text: str | None = None,
        sentence_starts: list[int] | None = None,
    ) -> Self:
        """Index the PERSON entities of a body parse (and its title) with roles and aliases.

        ``text`` and ``sentence_starts`` (character offsets) are passed when the caller has
        them already: spaCy rebuilds ``Doc.text`` and ``Doc.sents`` on every access.
        """
        index = cls()
        text = doc.text if text is None else text
        ents = list(doc.ents)  # Doc.ents builds new spans on every access
        starts = sentence_starts if sentence_starts is not None else sentence_starts_of(doc)
        lower_words = lower_case_words(doc)  # read once: the mention and organisation rules share it
        all_ents = [*(title_doc.ents if title_doc is not None else ()), *ents]
        crafts = names_of_crafts(all_ents)  # "Space Shuttle Columbia" makes a lone "Columbia" the craft
        for ent in all_ents:
            if ent.label_ in ORG_LABELS and ent.text.lower() not in crafts:
                index._add_org(ent, lower_words, text)
        mentions = person_mentions(doc, title_doc, ents, starts, lower_words)
        mentions = [m for m in mentions if m[1] or m[2].lower() not in crafts]
        # "Secretary Perry Continues Engagement With European Allies": a Title Case headline's verb the
        # tagger ran into the name is no part of it
        mentions = [
            (span, title, _without_headline_verb(name) if span.doc is not doc else name)
            for span, title, name in mentions
        ]
        borrowed: list[tuple[Entry, str]] = []  # a title before a bare surname, and whose it is
        # longest first, then by name: a set's order changes from run to run (hash seeds)
        full = sorted({m[2] for m in mentions if len(m[2].split()) > 1}, key=lambda n: (-len(n.split()), n))
        for name in full:
            index._add_full(name)
        introduced = _full_name_introductions(index, doc, mentions)
        for span, title, name in mentions:
            in_body = span.doc is doc
            position = span.start_char if in_body else -1  # a headline comes before the body
            entry = index._entry_for(name, position)
            own_title = title or title_role(span) or ""  # "Remarks by [President] [Biden]"
            if entry is not None and (
                (in_body and other_office_kind(own_title, entry.roles, name))
                or _before_anothers_full_name(own_title, name, position, introduced.get(id(entry)))
            ):
                # "President Lyndon Baines Johnson …. Senator Johnson of Wisconsin said": a surname
                # under an office of another kind than the full name's is another bearer of it;
                # "Remarks by President Biden" before "I'm the proud son of Catherine Eugenia
                # Finnegan Biden" is not his mother
                entry = Entry(name=name)
                index._people.append(entry)
                if in_body:
                    index._own[span.start_char] = entry
            if entry is None:
                entry = Entry(name=name)
                index._people.append(entry)
            entry.aliases.add(name)
            if span.doc is doc:
                entry.mentions.append(span.start_char)
                root = span.root
                if root.dep_ in _SUBJECT_DEPS:
                    index._subjects.add(span.start_char)
                elif root.dep_ == "appos" and root.head.dep_ in _SUBJECT_DEPS:
                    # "The Prime Minister, Justin Trudeau, today announced": the name the subject is
                    # (for an office said again, not for a pronoun's salience)
                    index._apposed_subjects.add(span.start_char)
                if len(name.split()) > 1:
                    entry.full_mentions.append(span.start_char)
                elif not title and addressed(span):
                    index._addressed.add(name.lower())
            byline = byline_role(span, text) if span.doc is doc else None
            bare = " " not in name and " " in entry.name  # "President Biden" of "Hunter Biden"?
            before, inside = title_role(span), normalise_case(title) or None
            # a qualifying word before, the office inside ("Senator [Senator Rick Scott]", "Director
            # [Chair Brian Deese]" are two offices, or one said twice)
            # ... or a plural office the tagger cut the same way ("Prime [Ministers Ito], Rao and Kerr")
            cut = before is not None and (
                before.lower() in QUALIFYING_TITLE_WORDS
                or (inside is not None and inside.lower() in PLURAL_TITLES and span.text.startswith(inside))
            )
            if (
                cut
                and inside
                and " " not in inside
                and inside.lower() not in QUALIFYING_TITLE_WORDS
                and span.start > 0
                and span.doc[span.start - 1].text == before
            ):
                # "[First] [Lady Martine Lopes]": the tagger cut one office in two around the name's
                # entity; the words before it and the title inside it are one role
                before, inside = f"{before} {inside}", None
            for found in (byline, before, appositive_role(span), inside):
                role = without_trailing_honorific(singular_title(found) if found else None)
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
            if office not in entry.roles and not is_honorific(office) and holds_in_full(entry, office):
                entry.roles.append(office)
        index._add_surname_mentions(doc, text)
        index._finish()
        index._vote_genders(doc, starts)
        return index

    def _add_org(self, ent: Span, lower_words: frozenset[int] = frozenset(), body: str = "") -> None:
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
        if ent.label_ == "ORG" and (no_body(ent, cleaned, lower_words, body) or no_named_body(ent, cleaned)):
            return
        if any(word.lower() in PRODUCT_NOUNS for word in cleaned.split()[:-1]):
            return  # "Space Shuttle Enterprise", "Space Shuttle Program": a craft, not a body
        if ent.label_ in {"ORG", "PERSON"} and is_stage_direction(ent):
            return
        text = cleaned
        key = text.lower()
        kind = "place" if names_a_region(text) or a_country_or_region(text) else ORG_LABELS[ent.label_]
        if key not in self._orgs:
            self._orgs[key] = Entry(name=text, kind=kind)
        elif kind == "place":
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
            if same and initials_agree(name, entry.name):  # "George W." is not "George H. W."
                entry.aliases.add(name)
                return
        self._people.append(Entry(name=name, aliases={name}))

    def _entry_for(self, name: str, position: int) -> Entry | None:
        if position in self._own and name.lower() == self._own[position].name.lower():
            return self._own[position]
        low = name.lower()
        words = low.split()
        exact = [e for e in self._people if low in {a.lower() for a in e.aliases}]
        if len(exact) == 1:
            return exact[0]
        if len(words) > 1:
            sub = [e for e in self._people if contains(e.name.lower().split(), words)]
            return sub[0] if len(sub) == 1 else None
        by_surname = [e for e in self._people if low in {e.surname, without_article(e.surname)}]
        if not by_surname:  # family name first ("Wang" of "Wang Yi")
            by_surname = self._first_named({low})
            if len(by_surname) > 1:
                return self._most_named(by_surname, position)
        if not by_surname:  # a given name's short form ("Tony" of "Antony J. Blinken"), if one bears it
            bearers = self._first_named(GIVEN_NAME_SHORT_FORMS.get(low, frozenset()))
            return bearers[0] if len(bearers) == 1 else None
        if len(by_surname) == 1:
            return by_surname[0]
        if len(by_surname) > 1:
            return self._most_recent(by_surname, position)
        return None

    def _first_named(self, words: set[str] | frozenset[str]) -> list[Entry]:
        """The people named in full whose first word is one of ``words`` (lower case)."""
        return [e for e in self._people if len(e.name.split()) > 1 and e.name.split()[0].lower() in words]

    def _most_named(self, entries: list[Entry], position: int) -> Entry | None:
        """Of several people whose names begin with one family name ("Kim Jong Nam", his father
        "Kim Jong Il", his brother "Kim Jong Un"), the one the text has named most often before
        ``position``: a bare "Kim" is the story's Kim, not the relative named last; the most
        recent breaks a tie."""
        counts = [(sum(1 for m in e.full_mentions if m < position), e) for e in entries]
        best = max((c for c, _ in counts), default=0)
        if best == 0:
            return None
        return self._most_recent([e for c, e in counts if c == best], position)

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
            found_entry = entries[0] if len(entries) == 1 else self._titled_or_recent(entries, tok)
            if found_entry is not None:
                found_entry.mentions.append(tok.idx)
                if tok.dep_ in _SUBJECT_DEPS:
                    self._subjects.add(tok.idx)
                found_entry.aliases.add(tok.text)

    def _titled_or_recent(self, entries: list[Entry], tok: Token) -> Entry | None:
        """Of namesakes, the one who holds the office of the title just before the surname ("PRESIDENT
        BIDEN:" after "the First Lady, Dr. Jill Biden" is the President), else the one named last."""
        kind = office_kind(normalise_case(tok.doc[tok.i - 1].text)) if tok.i else None
        bearers = [e for e in entries if kind is not None and any(office_kind(r) == kind for r in e.roles)]
        return bearers[0] if len(bearers) == 1 else self._most_recent(entries, tok.idx)

    def _finish(self) -> None:
        self._drop_false_roles()
        self._drop_orgs_named_as_people()
        for key, org in self._orgs.items():
            if org.kind == "org" and key not in self._acting:
                org.kind = "place"  # "shelled homes in Mariupol", never anything but where
        for number, entry in enumerate(self._people):
            entry.mentions.sort()
            self._mention_index.extend((m, number) for m in entry.mentions)
        self._mention_index.sort()

    def _drop_orgs_named_as_people(self) -> None:
        """ "President López Obrador" tagged an organisation in a text that names "Andrés Manuel López
        Obrador": an organisation whose words are the end of a person's full name in the same text
        is that person's surname, no body (a body's head word keeps it a body: "Carter Center")."""
        tails = {
            " ".join(words[-n:]).lower()
            for entry in self._people
            if len(words := entry.name.split()) > 1
            for n in range(1, len(words))
        }
        for key in [k for k, org in self._orgs.items() if org.kind == "org" and k in tails]:
            if not set(key.split()) & BODY_NAME_HEADS:
                del self._orgs[key]
        # "Deputy National Security Advisor for [Cyber and Emerging Technologies Anne Neuberger]":
        # an office's field and its holder's full name run into one organisation, in a text that
        # names the holder, is the holder with a title, no body
        fulls = [" " + entry.name.lower() for entry in self._people if len(entry.name.split()) > 1]
        for key in [k for k, org in self._orgs.items() if org.kind == "org" and k.endswith(tuple(fulls))]:
            del self._orgs[key]

    def _drop_false_roles(self) -> None:
        """A role is an office: not a phrase headed by "issue" or "question" ("issue in the high
        north") or by a people's or a nation's name ("One Rohingya", "a Kosovan"), not another
        person's title and name ("President Trump" is nobody else's role), and not a body's or a
        place's name beside an office the person holds ("President Omar Haddad of the Harbor
        Authority": the body says where the office is, the office is the role; "Martin Keyes of
        the Carnegie Endowment", with no office, keeps the body)."""
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
                and not role_of_no_person(role)
                and not is_demonym(role.split()[-1])  # "One Rohingya": who the person is among
                and not (_without_article(role) in self._orgs and self._holds_an_office(entry))
                and not any(w.lower().strip(",.") in others for w in role.split() if w[:1].isupper())
                and not is_titled_name(role)
            ]

    def _holds_an_office(self, entry: Entry) -> bool:
        """Whether one of the person's roles is an office, not a body's or a place's name."""
        return any(_without_article(role) not in self._orgs for role in entry.roles)

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
