"""`briefbot people` lists persons and organisations the text names, nothing else (issue 16).

Every case is an invented sentence of the construction that misled the tagger:
a stage direction, a product, a spacecraft, a place after a comma, a name with
an article or a conjunction run into it, an office before a name, a false role,
and a king and a prince who share a name; since session 15 also a name after an
outlet or agency noun, a given name after "dear", and a programme ("… Initiative",
"… Challenge", "… Program").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.not_people import bare_office, clean_entity_name, title_and_name
from briefings.model.facts import Person

pytestmark = pytest.mark.slow


def persons(people: dict[str, Person]) -> set[str]:
    return {name for name, p in people.items() if p.kind == "person"}


def test_a_stage_direction_is_no_person(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of(
        "MR. HALVORSEN: We will ask them to pay, all of it. (Laughter.) So we will see.\n"
        "MS. DAHL: Yes. (Applause.)\n"
    )
    assert "Laughter" not in people and "Applause" not in people
    assert "MR" not in people  # the label's honorific is no place


def test_products_beside_a_product_noun_or_an_organisation_are_no_persons(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        "Use of the old browser fell to 40 percent as Mozilla Firefox gained. The browser now trails "
        "Safari and Opera, said analyst Rita Moreno."
    )
    assert persons(people) == {"Rita Moreno"}


def test_spacecraft_are_no_persons(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of(
        "The Space Shuttle Atlantis will be shown in Florida, while Space Shuttle Discovery goes to "
        "Virginia, NASA administrator Carl Benning said."
    )
    assert persons(people) == {"Carl Benning"}


def test_a_thing_named_with_an_article_is_no_person(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of("I gave them Javelins. And the Javelins worked, President Ola Brandt said.")
    assert "Javelins" not in people


def test_a_region_after_a_town_and_a_comma_is_a_place(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of("The schools in Livorno, Tuscany, must pay the tax, mayor Paolo Grandi said.")
    assert persons(people) == {"Paolo Grandi"}


@pytest.mark.parametrize(
    ("tagged", "name"),
    [
        ("a United States", "United States"),
        ("the Taliban", "Taliban"),
        ("State Department and", "State Department"),
        ("State Council No. 4 of", "State Council"),
        ("World Health Organisation (WHO", "World Health Organisation"),
        ("drug- — drug", None),
        ("MR", None),
        ("Harbor Office:**", "Harbor Office"),
        ("Harbor Lines Company - Tom Reed", "Harbor Lines Company"),
        ("Office of the Budget - Director", "Office of the Budget"),
    ],
)
def test_an_organisations_name_is_cleaned_of_what_the_tagger_ran_into_it(
    tagged: str, name: str | None
) -> None:
    assert clean_entity_name(tagged) == name


def test_organisations_in_a_text_carry_no_article_or_open_parenthesis(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        "Officials from a United States agency said the World Health Organisation (WHO recommends "
        "iodised salt."
    )
    assert not any(name.startswith(("a ", "the ")) or "(" in name for name in people)


def test_an_office_before_a_name_is_a_role_not_a_name(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of("Spokesperson Ned Halloran said the talks would resume. Halloran gave no date.")
    assert "Spokesperson Ned Halloran" not in people
    assert people["Ned Halloran"].kind == "person"
    assert people["Ned Halloran"].roles == ("Spokesperson",)


def test_an_office_alone_is_no_organisation(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of("A State Department Spokesperson said on Monday that the embassy would reopen.")
    assert not any(name.endswith("Spokesperson") for name in people)


def test_another_persons_title_and_name_is_no_role(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of(
        "NATO Secretary General Mark Ruttner met the president on Thursday. Mark Ruttner, President "
        "Tramp, said the alliance would act."
    )
    assert all("Tramp" not in role for role in people["Mark Ruttner"].roles)
    assert "NATO Secretary General" in people["Mark Ruttner"].roles


def test_a_king_and_a_prince_sharing_a_name_stay_two_and_keep_their_own_titles(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        "King Salman of Saudi Arabia and Crown Prince Mohammed bin Salman received the envoy. "
        "Mohammed bin Salman said the talks were useful."
    )
    assert people["Salman"].roles == ("King",)
    assert people["Mohammed bin Salman"].roles == ("Crown Prince",)


def test_a_father_and_a_son_with_one_family_name_stay_two(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        "King Harald Vessen met Prince Olav Vessen, his son, in Oslo on Monday. Prince Olav said the "
        "visit was private."
    )
    assert people["Harald Vessen"].roles == ("King",)
    assert people["Olav Vessen"].roles == ("Prince",)


def test_a_persons_name_tagged_an_organisation_is_no_organisation(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        "MS. PSAKI: Go ahead, Sophie.\nQ Thanks. Will the envoy go?\nMS. PSAKI: Yes. Sophie Reardon asked "
        "that yesterday."
    )
    assert "Sophie" not in people  # the tagger's organisation is the reporter called on by name
    assert people["Sophie Reardon"].kind == "person"


def test_a_bare_name_listed_among_products_is_a_product(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        "The recently released Google Chrome is also quickly gaining users. Over the past 30 days the old "
        "browser has been third, a couple of points behind Safari - and nearly tied with Chrome, analyst "
        "Rita Moreno said."
    )
    assert persons(people) == {"Rita Moreno"}


def test_a_titled_surname_is_a_person_even_inside_a_mistagged_organisation(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        "BEIJING, Nov 14 (Wire) - Secretary of Defense Mark Ellis hosted Polish Minister of National "
        "Defence Tomasz Nowak on Friday.\n\nMinister Nowak thanked Secretary Ellis for the welcome."
    )
    assert {"Ellis", "Nowak"} <= {name.split()[-1] for name in persons(people)}


def test_a_spacecraft_is_no_organisation_either(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of(
        "The prototype Space Shuttle Enterprise, which never flew in space, will move to New York, "
        "NASA said on Tuesday."
    )
    assert not any("Shuttle" in name for name in people)
    assert people["NASA"].kind == "org"


@pytest.mark.parametrize(
    ("name", "office"),
    [
        ("Harbor Department Spokesperson", True),
        ("Caucus Co-Chair", True),
        ("Council of Harbor Advisers", False),
        ("Office of the Harbor Counsel", False),
        ("Association of Pro Bono Counsel", False),
    ],
)
def test_an_office_ends_a_name_without_an_of_and_a_body_heads_one_with_it(name: str, office: bool) -> None:
    assert bare_office(name) is office


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "President Ana Ruiz, members of Congress, and my fellow Americans: thank you. Ruiz said so.",
            "Ana Ruiz",
        ),
        (
            "Was President Tom Hale, the top economic officials here at all surprised? Hale said no.",
            "Tom Hale",
        ),
        (
            "Mayor Tom Hale, the city officials in charge, said the bridge would open. Hale said so.",
            "Tom Hale",
        ),
    ],
)
def test_a_group_the_person_is_among_is_no_role(
    people_of: Callable[[str], dict[str, Person]], text: str, name: str
) -> None:
    roles = people_of(text)[name].roles
    assert roles and not any("members" in role or "officials" in role for role in roles), roles


def test_an_office_ending_in_a_plural_field_is_still_a_role(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        "Secretary of Veterans Affairs Denis Mahon visited a clinic. Mahon said it would grow."
    )
    assert "Secretary of Veterans Affairs" in people["Denis Mahon"].roles


def test_an_adjective_that_is_also_a_rank_opens_an_organisations_name(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of("Major League Baseball said the season would start in April. The commissioner agreed.")
    assert "League Baseball" not in people
    assert not any("Major" in p.roles for p in people.values())


def test_a_disease_is_no_person_or_organisation(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of(
        "Covid has killed a million Americans. COVID-19 is still spreading, Dr. Ana Ruiz said. "
        "The Omicron variant spread fast."
    )
    assert not {"Covid", "COVID-19", "Omicron"} & set(people), people
    assert people["Ana Ruiz"].kind == "person"


def test_a_name_after_an_outlet_or_agency_noun_is_no_person(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        'Lage sent "fraternal greetings", according to Cuban press agency Prensa Latina. The report ran in '
        "the newspaper Le Monde, and Ana Ruiz said she met Tom Reyes."
    )
    assert "Prensa Latina" not in persons(people) and "Le Monde" not in persons(people)
    assert {"Ana Ruiz", "Tom Reyes"} <= persons(people)


def test_a_given_name_after_dear_is_one_addressed(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of("Thank you so much, Mr. President, dear Donald, again for hosting me here today.")
    assert "Donald" not in people


def test_a_programme_is_no_organisation(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of(
        "Secretary Ana Ruiz announced the launch of the American Battery Materials Initiative and the Clean "
        "Air in Buildings Challenge. Small firms can still apply to the Paycheck Protection Program."
    )
    assert not {"American Battery Materials Initiative", "Clean Air in Buildings Challenge"} & set(people)
    assert "Paycheck Protection Program" not in people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spokesperson Ned Price", ("Spokesperson", "Ned Price")),
        ("Chairman Mao", ("Chairman", "Mao")),
        ("National Intelligence", None),  # "Director of [National Intelligence]": the office's field
        ("Justice Department", None),
    ],
)
def test_a_title_before_an_offices_field_names_no_one(text: str, expected: tuple[str, str] | None) -> None:
    assert title_and_name(text) == expected


def test_a_thing_made_by_a_person_is_no_person(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of(
        "Speeches have contained the same rhetoric. Remarks by Zimbabwe's President Robert Mugabe are a case"
        " in point."
    )
    assert "Remarks" not in people
    assert "Robert Mugabe" in persons(people)


def test_a_country_alone_is_no_person(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        "The Minister will visit Lusaka. The fact that, together with Malawi, this will be the Minister's"
        " first trip abroad highlights the partnership, said spokesperson Ana Lind."
    )
    assert "Malawi" not in persons(people)


def test_an_office_before_a_tagged_names_comma_is_its_whole_role(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        "The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has called the ruling"
        " dangerous."
    )
    roles = people["Nunzio Galantino"].roles
    assert not any(role.startswith("general") for role in roles), roles


def test_an_office_for_a_field_before_a_name_and_its_letters_is_its_role(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of("The UK's Minister for Africa, James Duddridge MP, will visit Zambia on 8 October.")
    assert "Minister for Africa" in people["James Duddridge"].roles
