"""A tagged name that is a clause, a kind, an office's field, a pair of places, a region, a
body's common noun or a person's status is no identity (issue 16, people).

Every case is an invented sentence of the construction; the named people and bodies
around it must stay.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from briefings.extract.name_kinds import (
    a_body_or_person_noun,
    a_clause,
    a_pair_of_places,
    before_headline_link,
    names_a_region,
)
from briefings.model.facts import Person

pytestmark = pytest.mark.slow

People = Callable[..., dict[str, Person]]


def kinds(people: dict[str, Person]) -> dict[str, str]:
    return {name: p.kind for name, p in people.items()}


@pytest.mark.parametrize(
    ("name", "pair"),
    [
        ("U.S.-India", True),
        ("U.S.-Japan", True),
        ("UK-France", True),
        ("AFL-CIO", False),
        ("Indo-Pacific", False),
    ],
)
def test_two_countries_joined_by_a_hyphen_are_a_pair_of_places(name: str, pair: bool) -> None:
    assert a_pair_of_places(name) is pair


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("Indo-Pacific", True),
        ("Pacific Northwest", True),
        ("Western Hemisphere", True),
        ("Asia-Pacific Economic Cooperation", False),
        ("Pacific Islands Forum", False),
        ("Atlantic Council", False),
    ],
)
def test_a_name_ending_in_a_regions_word_is_a_region(name: str, region: bool) -> None:
    assert names_a_region(name) is region


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("Administration", True),
        ("Alliance", True),
        ("U.S. Lawful Permanent Resident", True),
        ("Senate", False),
    ],
)
def test_a_bodys_common_noun_alone_or_a_persons_status_is_no_body(name: str, generic: bool) -> None:
    assert a_body_or_person_noun(name) is generic


def test_a_headlines_clause_is_no_body(people_of: People) -> None:
    people = people_of(
        "The Harbor Council met on Monday.",
        title="The Harbor Council Backs the Plan and Calls for Urgent Action From Coastal Towns",
    )
    assert not any("Calls" in name for name in people) and kinds(people)["Harbor Council"] == "org"


def test_a_verb_after_a_sentence_is_no_persons_name(people_of: People) -> None:
    people = people_of("PRESIDENT KEMP: And so am I. Thank you all.\n\nMINISTER ORTIZ: Thank you.")
    assert not any("Thank" in name for name in people)


def test_a_capitalised_noun_after_an_indefinite_article_is_no_body(people_of: People) -> None:
    people = people_of(
        "Every cadet takes an Oath on the first day. Recruits join a new Flight Safety Program run by "
        "the Marlowe Institute."
    )
    assert "Oath" not in people and "Flight Safety Program" not in people
    assert kinds(people)["Marlowe Institute"] == "org"


def test_the_field_written_before_an_office_is_no_body(people_of: People) -> None:
    people = people_of(
        "Shadow Home Secretary Ana Ruiz spoke first. Then Lena Varga, United States Trade Representative, "
        "and Commerce Secretary Omar Haddad met the State Department Spokesperson Tom Reed."
    )
    assert not {"Shadow Home", "Home", "United States Trade", "Commerce"} & set(people)
    assert kinds(people)["State Department"] == "org"
    assert {"Ana Ruiz", "Lena Varga", "Omar Haddad", "Tom Reed"} <= set(people)


def test_two_countries_joined_by_a_hyphen_are_no_body(people_of: People) -> None:
    people = people_of("The leaders praised the U.S.-Japan partnership and the Marlowe Institute's work.")
    assert "U.S.-Japan" not in people


def test_a_region_is_a_place_not_a_body(people_of: People) -> None:
    people = people_of("Navies patrol the Indo-Pacific every month, Ana Ruiz said.")
    assert kinds(people).get("Indo-Pacific") in {None, "place"}


def test_a_bodys_common_noun_alone_is_no_body(people_of: People) -> None:
    people = people_of("The Administration's budget cuts the fund, Ana Ruiz said.")
    assert "Administration" not in people


def test_a_persons_status_before_the_name_is_no_body(people_of: People) -> None:
    people = people_of("They welcomed U.S. Lawful Permanent Resident Omar Haddad home on Monday.")
    assert "U.S. Lawful Permanent Resident" not in people


def test_a_persons_status_before_the_name_is_no_part_of_it(people_of: People) -> None:
    people = people_of("Lawful Permanent Resident Omar Haddad was released on Monday.")
    assert "Omar Haddad" in people and not any("Resident" in name for name in people)


def test_a_name_modifying_a_noun_after_the_article_keeps_the_persons_title_mention(people_of: People) -> None:
    people = people_of(
        "That was an achievement of the Kemp administration, he said.",
        title="Remarks by President Kemp Before Bilateral Meeting",
    )
    assert kinds(people).get("Kemp") == "person"


def test_a_body_named_beside_a_persons_office_is_no_role(people_of: People) -> None:
    people = people_of(
        "President Omar Haddad of the Harbor Authority met Tom Becker of Reuters on Monday. "
        "Omar Haddad, the Harbor Authority, said the talks went well."
    )
    assert people["Omar Haddad"].roles == ("President",)
    assert people["Tom Becker"].roles == ("Reuters",)  # no office: the body is all the text says


@pytest.mark.parametrize(
    ("title", "words", "name"),
    [
        ("Readout of National Security Advisor Ana Ruiz Call with Foreign Minister Tom Reed", 3, "Ana Ruiz"),
        ("Readout of Adviser Ana Ruiz Meeting with the Harbor Council", 3, "Ana Ruiz"),
        ("Remarks by Vice President Lena Varga Aboard the Coast Guard Ship", 3, "Lena Varga"),
        ("Readout of the Meeting with Prime Minister Olsen Of Norway", 2, "Olsen"),
        ("Remarks by President Kemp Before Air Force One Departure", 2, "Kemp"),
    ],
)
def test_a_headlines_name_ends_at_a_link_or_a_meetings_noun(
    nlp: Language, title: str, words: int, name: str
) -> None:
    doc = nlp(title)
    start = next(t.i for t in doc if t.text == name.split()[0])
    assert before_headline_link(doc[start : start + words]).text == name


def test_a_title_before_an_offices_or_a_bodys_words_heads_no_person(people_of: People) -> None:
    people = people_of(
        "The National Economic Advisor met members of the National Economic Council on Monday. "
        "Kemp Chester, Senior Advisor to the Director of National Drug Control Policy, led the talks."
    )
    assert not {"Economic Advisor", "Economic Council", "Drug Control Policy"} & set(people)
    assert "Kemp Chester" in people


def test_a_company_before_its_officer_and_a_body_after_a_stay_bodies(people_of: People) -> None:
    people = people_of(
        "Harbor Lines President and CEO Tom Reed said the ships ran late. "
        "We need a fully confirmed Harbor Reserve Board, said Ana Ruiz."
    )
    assert kinds(people)["Harbor Lines"] == "org" and kinds(people)["Harbor Reserve Board"] == "org"


def test_a_leaders_name_before_the_administration_is_still_the_persons(people_of: People) -> None:
    people = people_of("That was the Kemp administration, and Kemp fudged the numbers, Ana Ruiz said.")
    assert kinds(people).get("Kemp") == "person"


@pytest.mark.parametrize(
    "sentence",
    [
        "The families who were able to leave today through one of the corridors from Ostrava to Zlin "
        "show that it can work, Ana Ruiz said.",
        "Those who fled on Monday through one of the corridors from Kalmar to Vexholm prove it is "
        "possible, Ana Ruiz said.",
        "Buses that left through the corridor from Dorvik to Haldor on Friday carried 300 people, "
        "said Ana Ruiz.",
    ],
)
def test_both_ends_of_a_route_are_places(people_of: People, sentence: str) -> None:
    people = people_of(sentence)
    assert {name for name, kind in kinds(people).items() if kind in {"person", "org"}} == {"Ana Ruiz"}


@pytest.mark.parametrize(("last", "clause"), [("•", False), ("Thanks", True)])
def test_a_bullet_the_parser_calls_a_verb_makes_no_clause(nlp: Language, last: str, clause: bool) -> None:
    doc = Doc(
        nlp.vocab,
        words=["Harbor", "Group", last],
        pos=["PROPN", "PROPN", "VERB"],
        heads=[1, 2, 2],
        deps=["compound", "nsubj", "ROOT"],
    )
    assert a_clause(doc[0:3]) is clause
