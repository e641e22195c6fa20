"""Parties named through a count, a programme or an "including" list, and signings of a road map
(issue 15, session 39, from test set 38's misses once it was promoted to a dev set):

- "held bilateral meetings with four of his counterparts from A, B and C": a number (or "several",
  "some") whose "of" names a plural kind of people stands for those people, so the countries they come
  from are met, one bilateral meeting each;
- "had an extensive programme of bilateral meetings with counterparts from A and B": a programme (a
  slate, a string) of meetings is those meetings, as a series or a round of them already was;
- "will meet key interlocutors of the country including President A, Prime Minister B": an
  interlocutor is someone met, and the "including" list may hang on the last noun of the group's "of"
  phrase; the named people are met;
- "A and B signed a 10-year road map": a road map, a framework or an arrangement two named people
  sign together is an agreement they met to sign.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


def test_a_counted_kind_of_people_stands_for_the_people_and_their_countries(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "Secretary Esper held bilateral meetings with four of his counterparts from Poland, the United"
        " Kingdom, Romania and Spain."
    )
    assert sorted(tuple(names(m)) for m in meetings) == [
        ("Esper", "Poland"),
        ("Esper", "Romania"),
        ("Esper", "Spain"),
        ("Esper", "United Kingdom"),
    ]


def test_a_count_of_no_kind_of_people_names_nobody(meetings_in: MeetingsIn) -> None:
    assert meetings_in("The senator met two of the three proposals with scepticism.") == []


def test_a_programme_of_meetings_is_those_meetings(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "Mr Peters also had an extensive programme of bilateral meetings with counterparts from Germany,"
        " Indonesia and Singapore."
    )
    assert sorted(tuple(names(m)) for m in meetings) == [
        ("Peters", "Germany"),
        ("Peters", "Indonesia"),
        ("Peters", "Singapore"),
    ]
    assert {m.status for m in meetings} == {"held"}


def test_the_people_listed_after_interlocutors_are_met(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "In Batumi, Commissioner Hahn will meet key interlocutors of the country including President"
            " Giorgi Margvelashvili, Prime Minister George Kvirikashvili and Minister of Foreign Affairs"
            " Mikheil Janelidze."
        )
    )
    assert names(meeting) == ["Hahn", "Giorgi Margvelashvili", "George Kvirikashvili", "Mikheil Janelidze"]
    assert meeting.status == "planned"
    assert meeting.place == "Batumi"


def test_two_people_signing_a_road_map_met_to_sign_it(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Defense Secretary Mark T. Esper and Bulgarian Minister of Defense Krasimir Karakachanov signed a"
            " 10-year road map charting defense cooperation between the two countries."
        )
    )
    assert names(meeting) == ["Mark T. Esper", "Krasimir Karakachanov"]
    assert meeting.status == "held"


def test_one_person_signing_a_framework_meets_nobody(meetings_in: MeetingsIn) -> None:
    assert meetings_in("Governor Ada Lopez signed the state's climate framework on Tuesday.") == []
