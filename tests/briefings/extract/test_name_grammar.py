"""The name grammar of `briefbot people` (issue 16, second pass): what a name is made of.

A title is a role, never a name word, even plural ("Senators Rubio and Cruz" are two
senators); a transcript's question label "Q" and a bare honorific ("Madam") are no
name; a title-cased headline's next word ("Before", "Honoring the") is no part of
the name before it; a namesake never borrows the title a bare surname carries.
Each case is an invented sentence of that construction.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.names import singular_title, split_title
from briefings.identity import is_a_name, person_key
from briefings.model.facts import Person

pytestmark = pytest.mark.slow


def persons(people: dict[str, Person]) -> set[str]:
    return {name for name, p in people.items() if p.kind == "person"}


def test_a_plural_title_makes_each_listed_name_a_person_with_the_singular_office(
    people_of: Callable[..., dict[str, Person]],
) -> None:
    people = people_of("Senators Varden and Holtz met the envoy on Tuesday to discuss the bill.")
    assert persons(people) == {"Varden", "Holtz"}
    assert people["Varden"].roles == ("Senator",) and people["Holtz"].roles == ("Senator",)


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("Senators", "Senator"),
        ("Reps.", "Representative"),
        ("Governors", "Governor"),
        ("Minister", "Minister"),
    ],
)
def test_a_plural_title_names_the_office_in_the_singular(plural: str, singular: str) -> None:
    assert singular_title(plural) == singular


def test_an_office_the_title_list_lacked_is_still_a_role(people_of: Callable[..., dict[str, Person]]) -> None:
    people = people_of("Chairperson Amara Okafor of the commission spoke to the summit on Friday.")
    assert "Chairperson Amara Okafor" not in people
    assert people["Amara Okafor"].roles[0] == "Chairperson"


@pytest.mark.parametrize(
    ("written", "title", "name"),
    [
        ("Q Madam", "Madam", ""),
        ("Q Madam Secretary", "Madam Secretary", ""),
        ("Chairperson Faki", "Chairperson", "Faki"),
        ("Senators Lund", "Senators", "Lund"),
        ("MS. DAHLBERG", "Ms.", "Dahlberg"),
    ],
)
def test_a_question_label_and_titles_leave_only_the_name(written: str, title: str, name: str) -> None:
    assert split_title(written) == (title, name)


def test_a_transcript_question_label_and_an_honorific_alone_name_no_one(
    people_of: Callable[..., dict[str, Person]],
) -> None:
    people = people_of("MS. HOLM: Go ahead.\nQ Madam Secretary, will the envoy travel?\nMS. HOLM: Not yet.\n")
    assert not any("Madam" in name or name.startswith("Q ") for name in people)


def test_a_stored_name_key_drops_new_and_plural_titles() -> None:
    assert person_key("Chairperson Amara Okafor").display == "Amara Okafor"
    assert person_key("Senators Lund").last == "lund"


def test_a_headline_word_after_a_name_is_no_part_of_it(people_of: Callable[..., dict[str, Person]]) -> None:
    people = people_of(
        "President Harlan Voss spoke to reporters on the tarmac.",
        title="Remarks by President Voss Before Marine One Departure",
    )
    assert not any(name.endswith("Before") for name in people)


def test_a_headline_gerund_with_its_object_is_no_part_of_a_name(
    people_of: Callable[..., dict[str, Person]],
) -> None:
    people = people_of(
        "President Harlan Voss laid a wreath.", title="Statement by President Voss Honoring the Fallen"
    )
    assert not any("Honoring" in name for name in people)


def test_a_namesake_does_not_borrow_the_title_of_a_bare_surname(
    people_of: Callable[..., dict[str, Person]],
) -> None:
    people = people_of(
        "President Voss said the deal would hold. Dana Voss, his niece, was not at the signing."
    )
    assert "President" not in people["Dana Voss"].roles


def test_the_title_of_a_bare_surname_stays_with_the_full_name_that_holds_it(
    people_of: Callable[..., dict[str, Person]],
) -> None:
    people = people_of(
        "Foreign Minister Ilse Brandt arrived on Monday. Minister Brandt said the talks went well."
    )
    assert people["Ilse Brandt"].roles[0] == "Foreign Minister"


@pytest.mark.parametrize(
    ("name", "named"),
    [
        ("Ned Price", True),
        ("an adviser to the team", False),
        ("the joint statement", False),
        ("G7", True),
        ("Minister", False),
        ("Madam", False),
        ("The Vice President", False),
        ("The Hague", True),
        ("Joe", False),
        ("Joe Varden", True),
    ],
)
def test_a_description_is_no_name_for_the_corpus_wide_list(name: str, named: bool) -> None:
    assert is_a_name(name) is named


def test_legislative_and_church_titles_are_roles_not_names(
    people_of: Callable[..., dict[str, Person]],
) -> None:
    people = people_of(
        "Majority Whip Harold Quill and President Pro Tempore Ada Wren came with Elder Garrett Lund."
    )
    assert {"Harold Quill", "Ada Wren", "Garrett Lund"} <= persons(people)
    assert people["Harold Quill"].roles == ("Majority Whip",)


def test_a_headline_name_run_into_what_it_did_is_no_organisation(
    people_of: Callable[..., dict[str, Person]],
) -> None:
    people = people_of(
        "President Voss said the deal will hold.",
        title="Remarks by President Voss Before Air Force One Departure",
    )
    assert {p.kind for name, p in people.items() if "Voss" in name} == {"person"}


def test_a_question_label_before_a_title_is_no_part_of_the_role(
    people_of: Callable[..., dict[str, Person]],
) -> None:
    people = people_of(
        "MS. HOLM: Go ahead.\nQ President Voss, will you sign the bill?\nPRESIDENT VOSS: Yes.\n"
    )
    assert not any(role.startswith("Q ") for p in people.values() for role in p.roles)


@pytest.mark.parametrize(
    ("written", "title", "name"),
    [
        ("NSC Spokesperson Adaeze Okoro", "NSC Spokesperson", "Adaeze Okoro"),
        ("Ranking Member Thorvald", "Ranking Member", "Thorvald"),
        ("Human Rights Activist Lena Marsh", "Human Rights Activist", "Lena Marsh"),
        ("Second Gentleman Doug Renner", "Second Gentleman", "Doug Renner"),
        ("Economic Policy Brian Holloway", "Economic Policy", "Brian Holloway"),
        ("Labor Secretary Marta Quill", "Labor Secretary", "Marta Quill"),
        ("National Climate Advisor Gina Marsh", "National Climate Advisor", "Gina Marsh"),
        ("Republican Ranking Members", "Republican Ranking Members", ""),
        ("Caucus Co-Chair", "Caucus Co-Chair", ""),
        ("Harbor Authority President", "Harbor Authority President", ""),
        ("Alliance Secretary General", "Alliance Secretary General", ""),
        ("Human Services", "Human Services", ""),
        ("John Major", "", "John Major"),
        ("Jim Justice", "", "Jim Justice"),
    ],
)
def test_an_office_or_its_field_inside_a_name_ends_the_title_before_the_name(
    written: str, title: str, name: str
) -> None:
    assert split_title(written) == (title, name)


def test_a_long_title_run_into_a_name_leaves_the_person_with_a_plain_name(
    people_of: Callable[..., dict[str, Person]],
) -> None:
    people = people_of(
        "Participants included Assistant to the President for Economic Policy Brian Holloway and "
        "the Caucus Co-Chair. NSC Spokesperson Adaeze Okoro said the talks went well."
    )
    assert {"Brian Holloway", "Adaeze Okoro"} <= persons(people)
    assert not any("Policy" in name or "Co-Chair" in name or "Spokesperson" in name for name in people)
