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
from collections.abc import Iterator, Sequence

from spacy.tokens import Span, Token

from briefings.extract.lexicon import (
    FAMILY_NAME_TITLES,
    GATHERING_NOUNS,
    ORG_NOUNS,
    OTHER_OFFICE_WORDS,
    PRONOUN_GENDER,
    SPELLINGS,
)
from briefings.extract.names import holds_office, looks_like_name, singular_title, split_title
from briefings.extract.not_bodies import head_word
from briefings.extract.not_people import a_publications_name
from briefings.extract.people_register import PeopleRegister, office_kind
from briefings.extract.person_entry import Entry
from briefings.extract.person_roles import describes, of_nations, without_style_of_address
from briefings.extract.places import is_country, is_demonym
from briefings.model.facts import Person, PersonRef

log = logging.getLogger(__name__)

_SALIENCE_WINDOW = 400  # characters: about two sentences of news copy
_DESCRIPTION_WINDOW = 2 * _SALIENCE_WINDOW  # how far back "the Commission" finds a body by its "of" head


class PeopleIndex(PeopleRegister):
    """People, organisations and places named in one document, with lookup helpers.

    The register (:class:`~briefings.extract.people_register.PeopleRegister`) is built by
    :meth:`build`; this class adds only the lookups, which read it and never change it.
    """

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
        last = title.rsplit(" ", 1)[-1].lower()
        if not name and last in FAMILY_NAME_TITLES:
            # "Bishop will meet …", "Minister Bishop" after "Julie Bishop": a title word that is
            # the family name of someone the document names is that person's name
            namesakes = [e for e in self._people if e.surname == last and len(e.name.split()) >= 2]
            if len(namesakes) == 1:  # "Dr. King" among three Kings is none of them for sure
                return namesakes[0].ref()
        titled = self._titled_bearer(title, name)
        if titled is not None:
            return titled.ref()
        if name:
            entry = self._entry_for(name, pos)
            first, _, rest = name.partition(" ")
            if entry is None and len(rest.split()) >= 2 and is_country(first):
                # "High Commissioner to [Zambia Nicholas Woolley]": the envoy's country tagged into
                # the name of a person the index holds without it
                entry = self._entry_for(rest, pos)
            if entry is not None:
                return entry.ref()
        key = text.strip().lower()
        key = key[4:] if key.startswith("the ") else key
        key = key[:-2] if key.endswith(("'s", "’s")) else key
        if key in self._orgs:
            return self._orgs[key].ref()
        if key in ORG_NOUNS:  # "the Commission said": a body's head noun, never a person's name
            modifiers = (
                [c.lower_ for c in mention.root.children if c.dep_ in {"amod", "compound"}]
                if isinstance(mention, Span)
                else []
            )  # "the foreign ministry": no "Interior Ministry"
            return self.body_by_head(key, pos, modifiers)
        if (
            name
            and looks_like_name(name)
            and any(c.isalpha() for c in name)
            and name.split()[-1].lower() not in GATHERING_NOUNS  # "the Annual Meetings": an event
        ):
            if a_publications_name(name):
                return PersonRef(name, None, "org")  # "PC World's recent analysis concluded": a title
            # "His Majesty King Abdullah II": the style says how he is addressed, the office is "King"
            # "Foreign Ministers Eva Lind and …": a plural office is each one's singular office
            office = singular_title(" ".join(without_style_of_address(title.split())))
            return PersonRef(name, office or None, "person")
        return None

    def _titled_bearer(self, title: str, name: str) -> Entry | None:
        """ "President Biden" in a text that also names "Dr. Jill Biden": of several people a bare
        surname may be, the one person who holds the title's kind of office."""
        kind = office_kind(title) if title and name and " " not in name else None
        if kind is None:
            return None
        bearers = [
            e
            for e in self._people
            if e.surname == name.lower() and any(office_kind(role) == kind for role in e.roles)
        ]
        namesakes = [e for e in self._people if e.surname == name.lower()]
        return bearers[0] if len(bearers) == 1 and len(namesakes) > 1 else None

    def known(self, name: str, position: int) -> PersonRef | None:
        """The indexed person ``name`` (a surname or full name) stands for, or None: unlike
        :meth:`resolve`, never a guess from how the words look."""
        entry = self._entry_for(split_title(name.strip())[1], position)
        return entry.ref() if entry is not None else None

    def _named_before(self, position: int) -> Iterator[tuple[int, Entry]]:
        """Each mention before ``position``, latest first, with the person it names."""
        at = bisect.bisect_left(self._mention_index, (position, -1))
        for offset, number in reversed(self._mention_index[:at]):
            yield offset, self._people[number]

    def resolve_pronoun(self, token: Token, excluding: frozenset[str] = frozenset()) -> PersonRef | None:
        """The person a "he"/"she" refers to: the nearest recent subject whose gender fits
        ("Lavrov met Kerry. … he said" -> Lavrov), else the nearest fitting person; never one of
        ``excluding`` (the clause's own subject, which an object "him" cannot be)."""
        gender = PRONOUN_GENDER.get(token.lower_)
        if gender is None:  # "I", "we", "they": the speaker or a group, not the last name mentioned
            return None
        nearest: Entry | None = None
        for offset, entry in self._named_before(token.idx):
            if entry.gender not in (None, gender) or entry.name in excluding:
                continue
            if offset in self._subjects and token.idx - offset <= _SALIENCE_WINDOW:
                return entry.ref()  # the subject of the last sentence or two outranks an object
            if nearest is None:
                nearest = entry
            if token.idx - offset > _SALIENCE_WINDOW:
                break
        return nearest.ref() if nearest else None

    def resolve_office_holder(self, words: Sequence[str], position: int) -> PersonRef | None:
        """ "The Prime Minister will hold discussions with …" after "she will meet Prime Minister
        Verhofstadt": of the people named before ``position`` who hold the office, the one last
        named as a sentence's subject (the topic the description goes on with), else the nearest."""
        low = [w.lower() for w in words]
        nearest: Entry | None = None
        for offset, entry in self._named_before(position):
            if not any(_holds_as_written(low, role) for role in entry.roles):
                continue
            if offset in self._subjects or offset in self._apposed_subjects:
                return entry.ref()
            nearest = nearest or entry
        return nearest.ref() if nearest is not None else None

    def resolve_nominal(self, text: str, position: int, *, bare: bool = False) -> PersonRef | None:
        """ "the minister" -> the nearest person before ``position`` whose role holds "minister";
        ``bare`` when the phrase is "the" and the title alone, nothing after it."""
        words = [w for w in text.lower().split() if w not in {"the", "a", "an"}]
        if not words:
            return None
        head = words[-1]
        for _, entry in self._named_before(position):
            if any(holds_office(words, role) for role in entry.roles):
                principal = self._principal(position) if bare and len(words) == 1 else None
                if (
                    principal is not None
                    and text.split()[-1][:1].isupper()
                    and any(holds_office(words, role) for role in principal.roles)
                ):
                    # a release's "the Minister" is its own minister, the person it names first, though
                    # another minister was named since ("Phil Goff leaves for India … Trade Minister Jim
                    # Sutton's visit … The Minister will visit Singapore en route")
                    return principal.ref()
                return entry.ref()
        return self.body_by_head(head, position, words[:-1])

    def _principal(self, position: int) -> Entry | None:
        """The person the document names first, if named before ``position``."""
        named = [e for e in self._people if e.kind == "person" and e.mentions and min(e.mentions) < position]
        return min(named, key=lambda e: min(e.mentions)) if named else None

    def body_by_head(self, head: str, position: int, modifiers: Sequence[str] = ()) -> PersonRef | None:
        """ "the agency" -> the organisation introduced as "news agency KCNA"; "the centre" -> the
        "Pacific Tsunami Warning Center": the latest body before ``position`` that ``head`` is the
        role or the last word of. The word before a name's "of" is its head too ("the Commission" ->
        the "Human Rights Commission of Pakistan"), for a body named in the sentences just before
        (farther back, "the court" is as likely an unnamed one: "a court in Istanbul"). A
        description's ``modifiers`` must be in the name or the role: "the foreign ministry" is no
        "Interior Ministry of Afghanistan", "the state news agency" is "state news agency KCNA"."""
        best: tuple[int, Entry] | None = None
        head = SPELLINGS.get(head, head)
        for org in self._orgs.values():
            before = [m for m in org.mentions if m < position]
            described = {w for text in (org.name, *org.roles) for w in text.lower().split()}
            if not before or not set(modifiers) <= described:
                continue
            titled = any(head in role.lower().split() for role in org.roles)
            last = org.name.lower().split()[-1] if org.name.split() else ""
            own = SPELLINGS.get(last, last) == head
            # (a body noun only: "Black Leaders of Civil Rights Organizations" is no "leaders")
            fielded = head in ORG_NOUNS and SPELLINGS.get(of := head_word(org.name), of) == head
            near = position - max(before) <= _DESCRIPTION_WINDOW
            if (titled or own or (fielded and near)) and (best is None or max(before) > best[0]):
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
            if entry.kind == "person" and any(describes(nations, office, role) for role in entry.roles)
        ]
        return fits[0].ref() if len(fits) == 1 else None

    def counterpart(self, nations: list[str], position: int) -> PersonRef | None:
        """ "his Chinese counterpart" -> the one person named before ``position`` whose role gives
        that nationality ("Chinese Defense Minister Liang Guanglie"); when nobody before fits, the one
        the text names later so ("… frank discussions with his Russian counterpart … Mullen's
        counterpart, Russian Gen. Nikolai Makarov, stated"); None when nobody or several fit."""
        fits = [
            entry
            for entry in self._people
            if entry.kind == "person" and any(of_nations(nations, role) for role in entry.roles)
        ]
        before = [entry for entry in fits if any(m < position for m in entry.mentions)]
        if before:
            return before[0].ref() if len(before) == 1 else None
        return fits[0].ref() if len(fits) == 1 else None

    def salient_person(self, position: int, office: str | None = None) -> PersonRef | None:
        """The person a definite description refers back to: the latest subject named in the
        sentence or two before ``position``, else the latest person named there. A description
        by ``office`` ("the mayor") is not a person the text gives other roles and not that one
        ("Former inspector Hans Blix said … The mayor said": someone else, unnamed)."""
        nearest: Entry | None = None
        found: Entry | None = None
        for offset, entry in self._named_before(position):
            if position - offset > _SALIENCE_WINDOW:
                break
            if offset in self._subjects:
                found = entry
                break
            nearest = nearest or entry
        found = found or nearest
        if found is None:
            return None
        if office and found.roles and not any(holds_office([office], role) for role in found.roles):
            return None
        return found.ref()

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
        # a given name alone that the text addresses someone by ("Go ahead, Jennifer.") names no
        # one a corpus-wide list can hold; joined to a full name ("Jennifer Ruiz") it is an alias
        # a surname the tagger sometimes read as a place ("Okonkwo, 46, trained ...") is the person's
        names = {a.lower() for e in self._people for a in e.aliases}
        full = [e.name.lower().split() for e in self._people if len(e.name.split()) > 1]
        surnames = {e.surname for e in self._people if len(e.name.split()) > 1}
        given = {words[0] for words in full}
        # "as Karine said" in a briefing by Karine Jean-Pierre: the given name alone of a person the
        # text names in full is that person by a familiar form, not a second identity
        out = [
            Person(e.name, tuple(sorted(a for a in e.aliases if a != e.name)), tuple(e.roles), e.kind)
            for e in self._people
            if " " in e.name
            or ((e.roles or e.name.lower() not in self._addressed) and e.name.lower() not in given)
        ]
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


def _holds_as_written(words: list[str], role: str) -> bool:
    """Whether ``role`` is the office "the <words>" names, every word of it written in the role and no
    word that makes it another office ("former Prime Minister Abe" is not "the Prime Minister")."""
    low = role.lower().split()
    return (
        holds_office(words, role)
        and all(w in low for w in words)
        and not any(w in OTHER_OFFICE_WORDS and w not in words for w in low)
    )
