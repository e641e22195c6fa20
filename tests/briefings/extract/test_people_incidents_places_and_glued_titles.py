"""`briefbot people` lists persons and organisations (issue 16, session 23), from a 50-identity sample
of the White House pool:

- a name headed by an incident, a contest or a war ("the Pulse Nightclub Mass Shooting", "the Iowa
  Caucuses", "the Presidential Election", "the Yom Kippur War", "the Climate Crisis") is something
  that happened, no body; a body named after one stays a body ("the Election Commission");
- a name headed by "Forest", "Monument" or "Memorial" is a place ("Tongass National Forest");
- an office's field and its holder's full name run into one organisation ("Deputy National Security
  Advisor for Cyber and Emerging Technologies Anne Neuberger") is the holder, in a text that names
  her, no body;
- "Elect" and "H.E." before a name are what is left of an office ("President-Elect") and a style
  ("His Excellency"), not its first word;
- a bare surname under an office, named before the text sets off a relative's full name of that
  family ("President Ruiz … his wife, the First Lady, Dr. Ana Ruiz"), is another person when the
  relative never comes with an office of that kind; a full name given first, or with that office
  later ("Senator Lopez … Maria Lopez, the senator from Ohio"), or not as a relative ("President
  Putin … Vladimir Putin"), is whom the surname shortens.

Every case is an invented sentence of the construction, positive and negative.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.names import split_title
from briefings.model.facts import Person

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "thing"),
    [
        ("Survivors of the Pulse Nightclub Mass Shooting met at the park.", "Pulse Nightclub Mass Shooting"),
        ("Turnout at the Iowa Caucuses was low this year.", "Iowa Caucuses"),
        ("Observers watched the Presidential Election closely.", "Presidential Election"),
        ("Veterans of the Yom Kippur War gathered in Haifa.", "Yom Kippur War"),
    ],
)
def test_an_incident_or_a_contest_is_no_body(
    people_of: Callable[[str], dict[str, Person]], sentence: str, thing: str
) -> None:
    assert thing not in people_of(sentence)


def test_a_body_named_after_a_contest_stays_a_body(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of("The Central Election Commission said the count would end on Monday.")
    assert "Central Election Commission" in people


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Logging was banned in the Tongass National Forest last year.", "Tongass National Forest"),
        (
            "The President designated the Camp Hale National Monument on Wednesday.",
            "Camp Hale National Monument",
        ),
        ("Crowds gathered at the Lincoln Memorial on Saturday.", "Lincoln Memorial"),
    ],
)
def test_a_forest_a_monument_or_a_memorial_is_a_place(
    people_of: Callable[[str], dict[str, Person]], sentence: str, place: str
) -> None:
    person = people_of(sentence).get(place)
    assert person is None or person.kind == "place"


def test_a_field_and_its_holders_name_are_the_holder(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of(
        "Press Briefing by Deputy National Security Advisor for Cyber and Emerging Technologies Anne "
        "Neuberger. I am pleased to introduce my colleague, Anne Neuberger, who leads our work."
    )
    assert "Anne Neuberger" in people and people["Anne Neuberger"].kind == "person"
    assert not any(name.endswith("Anne Neuberger") and name != "Anne Neuberger" for name in people)


def test_a_body_before_another_persons_name_stays_a_body(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of("The European Commission said on Monday that Ursula Reyes would lead the talks.")
    assert "European Commission" in people


def test_elect_and_his_excellency_are_no_name_words() -> None:
    assert split_title("Elect Xiomara Castro") == ("Elect", "Xiomara Castro")
    assert split_title("H.E. Moon Jae") == ("H.E.", "Moon Jae")
    assert split_title("Xiomara Castro") == ("", "Xiomara Castro")


def test_a_titled_surname_before_a_relatives_full_name_is_another_person(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        "President Ruiz welcomed the King of Spain to the palace on Monday. He thanked the King for the "
        "visit. The King greeted his wife, the First Lady, Dr. Ana Ruiz, at the door."
    )
    assert "Ruiz" in people and "President" in people["Ruiz"].roles
    assert "President" not in people["Ana Ruiz"].roles


@pytest.mark.parametrize(
    "body",
    [
        "Senator Lopez spoke first. Later, Maria Lopez, the senator from Ohio, said the bill was dead.",
        "Governor Hale arrived first. Tom Hale, the governor, then said the state was ready.",
        "Maria Lopez opened the hearing. Senator Lopez said the bill was dead.",
        "President Putin spoke first. Later, Vladimir Putin said the talks were over.",
    ],
)
def test_a_titled_surname_of_the_full_names_office_is_that_person(
    people_of: Callable[[str], dict[str, Person]], body: str
) -> None:
    people = people_of(body)
    assert [name for name, p in people.items() if p.kind == "person"] == [
        next(name for name in people if " " in name)
    ]
