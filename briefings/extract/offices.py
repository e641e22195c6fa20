"""Offices named without a name: "the Secretary", "the president of Guyana".

Also "the foreign ministers of X and Y": one party per country.

An office is resolved to the person of the document who holds it when the
text makes that clear (the nearest person with the role, the one holder of the
office, the holder the tagger ran into the country's name); otherwise the
country or organisation the office belongs to stands for the party.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from briefings.extract.lexicon import OFFICE_QUALIFIERS, OFFICES_OF_STATE, TITLE_WORDS
from briefings.extract.name_phrases import ENTITY_KINDS, entity_span, particle_name, written_name
from briefings.extract.not_bodies import country_then_holder
from briefings.extract.parties import clean_name
from briefings.extract.people import PeopleIndex
from briefings.extract.places import COUNTRIES, country_of_demonym, entity_at, is_country
from briefings.extract.titled_names import name_after_field
from briefings.model.facts import PersonRef


def names_no_state(title: Token, obj: Token) -> bool:
    """ "heads of State", "the President and CARICOM heads of State" (parsed "President … of State"):
    a bare "State" or "Government" after a title other than one whose own name it is ("Secretary of
    State") names no state; "the Brazilian government" does."""
    bare = not any(True for _ in obj.children)
    return bare and obj.lower_ in {"state", "government"} and title.lower_ not in OFFICES_OF_STATE


def holder_after_country(ent: Span | None, people: PeopleIndex) -> PersonRef | None:
    """The person whose name the tagger ran into an organisation after a country and a comma ("the
    President of [Guatemala, Alejandro Giammattei]"), else None."""
    holder = country_then_holder(ent) if ent is not None and ent.label_ == "ORG" else None
    if holder is None:
        return None
    ref = people.resolve(holder)
    return ref if ref is not None and ref.kind == "person" else PersonRef(holder.text, None, "person")


def _after_a_body(name: Span) -> bool:
    """Whether an organisation's name ends right before this person's name ("the Commission Yi"),
    read from the token before it (``Doc.ents`` would build every entity of the document)."""
    return name.start > 0 and name.doc[name.start - 1].ent_type_ == "ORG"


def nominal(token: Token, people: PeopleIndex) -> list[PersonRef]:
    """ "the Secretary" -> the nearest person with that role; "the president of Guyana" -> Guyana at least."""
    place: Span | None = None
    places: list[Span] = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if names_no_state(token, obj):
                    continue  # "heads of State", "heads of Government": the office's own words
                particled = particle_name(obj)
                if particled is not None:
                    # "the President of the European Commission Ursula von der Leyen": the surname
                    # after its particles (tagged a place) ends the holder's name
                    found = people.resolve(particled, obj.idx)
                    return [
                        found
                        if found is not None and found.kind == "person"
                        else PersonRef(particled, None, "person")
                    ]
                named_after = holder_after_country(entity_at(obj), people)
                if named_after is not None:
                    return [named_after]  # "the President of [Guatemala, Alejandro Giammattei]"
                ent = entity_span(obj)
                if ent is not None and ent.label_ == "PERSON" and _after_a_body(ent):
                    # "chairman of the China Securities Regulatory Commission Yi Huiman": the parser
                    # took the name for the body's last word; the name is the office's holder
                    return [people.resolve(ent) or PersonRef(clean_name(ent.text), None, "person")]
                if ent is not None and ent.label_ in {"GPE", "ORG"}:
                    place = ent
                    places += [e for c in obj.conjuncts if (e := _listed_state(c)) is not None]
    if place is not None and places and token.lower_.endswith("s"):
        # "the foreign ministers of Norway and Iceland": one party per country
        return [PersonRef(clean_name(p.text), None, ENTITY_KINDS[p.label_]) for p in [place, *places]]
    if place is not None and (named := _country_then_name(token, place)) is not None:
        return [named]
    if place is not None and (fielded := name_after_field(place.root)) is not None:
        return [fielded]  # "Vice President of the European Commission Frans Timmermans"
    if place is not None and (after := _name_after_place(token, place)) is not None:
        return [after]
    if place is not None and (comma := _holder_after_comma(token, place, people)) is not None:
        return [comma]
    if place is not None:
        holder = _holder_of(token, place.text, people, state=place.label_ == "GPE")
        if holder is not None:
            return [holder]
        return [PersonRef(clean_name(place.text), None, ENTITY_KINDS[place.label_])]
    bare = not any(c.dep_ in {"prep", "acl", "relcl", "appos"} for c in token.children) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    )
    ref = people.resolve_nominal(token.text, token.idx, bare=bare)
    return [ref] if ref is not None else []


def _listed_state(token: Token) -> Span | None:
    """A state in a list of states: "the presidents of Benin, Guinea, Niger, and Ivory Coast" names four
    countries, though the tagger read "Niger" as a person and "Ivory Coast" as a region."""
    ent = entity_span(token)
    if ent is not None and (ent.label_ == "GPE" or is_country(ent.text)):
        return Span(token.doc, ent.start, ent.end, label="GPE")
    return None


def _name_after_place(title: Token, place: Span) -> PersonRef | None:
    """ "Commissioner of Lee County, Florida Cecil Pendergrass": the holder's name after the place and
    its state, hung on the place as an appositive the tagger ran the state into. The last two
    words of that appositive are the name."""
    doc = title.doc
    for app in (c for c in place.root.children if c.dep_ == "appos" and c.i > place.root.i):
        ent = entity_span(app)
        if ent is None or ent.label_ not in {"ORG", "PERSON", "GPE"} or len(ent) < 3 or app.i != ent.end - 1:
            continue
        if doc[ent.start - 1].text != ",":
            continue
        name = doc[ent.end - 2 : ent.end]
        if written_name(name.text) and not any(t.lower_ in TITLE_WORDS for t in name):
            return PersonRef(name.text, f"{title.text} of {place.text}", "person")
    return None


def _country_then_name(title: Token, place: Span) -> PersonRef | None:
    """ "President of Finland Sauli Niinistö" tagged as one organisation: the country, then the name.

    The tagger runs the country and the holder's name together; a country's name
    followed by two or three capitalised words is the office's holder.
    """
    words = place.text.split()
    for cut in (1, 2):
        country, name = " ".join(words[:cut]), words[cut:]
        if country in COUNTRIES and 2 <= len(name) <= 3 and all(w[:1].isupper() for w in name):
            return PersonRef(" ".join(name), f"{title.text} of {country}", "person")
    return None


def _qualifier(words: list[str], at: int) -> str | None:
    """The word that makes the office at ``at`` another office ("prime" of "prime minister"), if any."""
    before = words[at - 1] if at > 0 else None
    return before if before in OFFICE_QUALIFIERS else None


def _holder_after_comma(title: Token, place: Span, people: PeopleIndex) -> PersonRef | None:
    """ "met with the President of the Mexican Red Cross, Fernando Suinaga Cárdenas, and …": the name
    right after the comma that closes a title's body is the holder of that title, however the parser
    hung it."""
    doc = title.doc
    if place.end + 1 >= len(doc) or doc[place.end].text != ",":
        return None
    ent = entity_span(doc[place.end + 1])
    if ent is None or ent.label_ != "PERSON" or ent.start != place.end + 1:
        return None
    ref = people.resolve(ent)
    role = f"{title.text} of {place.text}"
    if ref is not None and ref.kind == "person":
        return ref if ref.role else replace(ref, role=role)
    return PersonRef(clean_name(ent.text), role, "person")


def _holder_of(title: Token, place: str, people: PeopleIndex, state: bool = True) -> PersonRef | None:
    """ "the president of Guyana" -> the person whose role is a Guyanese (or Guyana's) president.

    When no role names the place but exactly one person in the document holds
    an office of that word ("Prime Minister Gavrilita" for "the prime minister of Moldova"),
    that person is meant. A qualified office is another office: "the Prime Minister of Turkey" is
    not held by the "Minister of Foreign Affairs for Turkey", nor "the President" by a "Vice President".
    """
    office = title.lower_
    before = [c.lower_ for c in title.children if c.dep_ in {"compound", "amod"} and c.i < title.i]
    wanted = before[-1] if before and before[-1] in OFFICE_QUALIFIERS else None
    place_low = place.lower().removeprefix("the ")
    holders: list[PersonRef] = []
    bearers: set[str] = set()  # everyone whose role holds the office's word, qualified or not
    for person in people.people():
        if person.kind != "person":
            continue
        for role in person.roles:
            words = role.lower().replace("’s", "").replace("'s", "").split()
            if office not in words:
                continue
            bearers.add(person.name)
            if _qualifier(words, words.index(office)) != wanted:
                continue
            if place_low in role.lower() or any(country_of_demonym(w) == place for w in words):
                return PersonRef(person.name, role, "person")
            if state or not any(country_of_demonym(w) or w.title() in COUNTRIES for w in words):
                # the one President of a state is no President of a body ("the President of the
                # Mexican Red Cross" is not "Mexican President Peña Nieto")
                holders.append(PersonRef(person.name, role, "person"))
    # the one holder is meant only when no other office of that word is held in the text ("the President
    # of France" is not the only President when a Vice President is named too: who is meant is open)
    return holders[0] if len(bearers) == 1 and holders else None
