"""A headline's dateline and a principal's namesake (issues 15 and 16, session 23, from the White
House pool's remarks):

- "Remarks by President Ruiz and King Tobias of Freedonia Before Bilateral Meeting | Madrid, Spain":
  what follows the bar is where the remarks were given, the place of the meeting, never a party;
  "Remarks by President Ruiz in Press Conference | Madrid, Spain" names no meeting at all;
- "President Ruiz" in a text whose only full name of that family is his wife's ("the First Lady, Dr.
  Ana Ruiz") is the President, never "Ana Ruiz": a titled surname goes to the one namesake who holds
  that kind of office;
- a headline's "President Ruiz" before a body whose only full name of that family is a relative's
  ("I'm the proud son of Ana Maria Ruiz") is the President, not his mother (session 28);
- a shouted label "PRESIDENT RUIZ:" after "the First Lady, Dr. Jill Ruiz" is the President, the namesake
  who holds the label's office, not the one named last (session 28);
- a shouted label's regnal number stays a numeral ("KING FELIPE VI:" is "King Felipe VI"), a surname
  after a title does not ("PRESIDENT XI:" is "President Xi").

Invented sentences of each construction, positive and negative.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.names import normalise_case
from briefings.model.facts import Person
from tests.briefings.extract.meeting_support import MeetingsIn, names

pytestmark = pytest.mark.slow

_BODY = "The two leaders spoke briefly to reporters before their talks began."


def test_a_headlines_dateline_is_the_place_not_a_party(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        _BODY,
        "Remarks by President Ruiz and President Vega of Freedonia Before Bilateral Meeting | Madrid, Spain",
    )
    titled = [m for m in meetings if m.evidence.field == "title"]
    assert titled, "the headline names a meeting"
    for meeting in titled:
        assert not {"Madrid", "Spain"} & set(names(meeting))
        assert meeting.place == "Madrid"


def test_a_press_conference_with_a_dateline_is_no_meeting(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(_BODY, "Remarks by President Ruiz in Press Conference | Madrid, Spain")
    assert not [m for m in meetings if m.evidence.field == "title"]


def test_a_headline_without_a_bar_keeps_its_parties(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        _BODY, "Remarks by President Ruiz and President Vega of Freedonia Before Bilateral Meeting"
    )
    titled = [m for m in meetings if m.evidence.field == "title"]
    assert titled and {"Ruiz", "Vega"} <= {n.split()[-1] for n in names(titled[0])}


def test_a_titled_surname_is_the_namesake_who_holds_the_office(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "President Ruiz welcomed King Tobias of Freedonia to the palace on Monday. The King thanked "
        "President Ruiz and his wife, the First Lady, Dr. Ana Ruiz, for their hospitality."
    )
    parties = {n for m in meetings for n in names(m)}
    assert "Ruiz" in parties or "President Ruiz" in parties
    assert "Ana Ruiz" not in {n for m in meetings[:1] for n in names(m)}


def test_a_headlines_titled_surname_is_not_a_relative_the_body_names_in_full(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "THE PRESIDENT:  Thank you.  I'm the proud son of Ana Maria Ruiz.  As I was talking to Prime "
        "Minister Tobias Kerr today, I thought of her.\n\nQ Mr. President?\n\nTHE PRESIDENT:  No.",
        "Remarks by President Ruiz at the Annual Luncheon",
    )
    assert [names(m) for m in meetings] == [["Ruiz", "Tobias Kerr"]]
    assert meetings[0].participants[0].role == "President"


def test_a_titled_label_after_a_relatives_full_name_is_the_office_holder(
    people_of: Callable[..., dict[str, Person]],
) -> None:
    people = people_of(
        "KING TOBIAS:  Mr. President, welcome.  President Ruiz and his delegation are visiting us, together "
        "with your wife, the First Lady, Dr. Jill Ruiz.\n\nPRESIDENT RUIZ:  Thank you, your Majesty.\n\n"
        "KING TOBIAS:  Thank you.",
        "Remarks by President Ruiz and King Tobias Before Bilateral Meeting",
    )
    assert not {"RUIZ", "Ruiz"} & set(people["Jill Ruiz"].aliases)
    assert "President" in people["Ruiz"].roles


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("KING FELIPE VI", "King Felipe VI"),
        ("KING CHARLES III", "King Charles III"),
        ("PRESIDENT XI", "President Xi"),
        ("SECRETARY BLINKEN", "Secretary Blinken"),
    ],
)
def test_a_shouted_labels_regnal_number_stays_a_numeral(label: str, name: str) -> None:
    assert normalise_case(label) == name
