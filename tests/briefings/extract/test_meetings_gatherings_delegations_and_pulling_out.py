"""Being at a gathering, staying away from one, delegations and being in a city for talks (issue 15,
session 26):

- "took part in" a gathering is participating in it: a meeting with the gathering, named by its name
  ("the G20 summit", "the UN General Assembly") or, unnamed, by the place its own "in" gives ("the
  summit in Rome": the Rome summit, when a named party is there; "a summit in Lima", a bare "the
  meeting in Lima" or "a schoolboard meeting in Tennessee" names none); "took part in the protest",
  "participated in the survey" meet no one;
- a clause set at a gathering puts its subject there, whatever its verb ("will represent Peru at the
  summit in Rome"), and so does a participle of speaking fronted before it ("Speaking at the climate
  summit in Nairobi, Chancellor X said ..."): the participle has no subject of its own and takes the
  main clause's ("Ending her speech at the forum, X said" closes a speech, and names no new meeting);
- pulling out of, withdrawing from, skipping or boycotting a gathering or talks calls the subject's
  part in it off: a cancelled meeting with the gathering, or with the talks' broker ("withdrew its
  delegation from African Union-brokered peace talks"); "pulled out of the deal", "withdrew from the
  race" meet no one, and a threat ("threatened to pull out of the talks") or a denial ("did not
  skip the summit") calls nothing off;
- a delegation is sent to someone, so a delegation led by X travelling to a city visits it (a
  minister flying to a city may be going home); who leads a delegation to talks or a summit is there,
  one of its parties, not its host;
- being in a place for talks or on a visit is visiting it ("is in Lima for talks on trade"), as is
  arriving there on a visit ("arrived in Kabul on an unannounced visit"); "is in Lima for the
  holidays" visits no one.

Invented sentences of each construction, positive and negative.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "gathering", "status"),
    [
        ("President Luis Vega took part in the G20 summit in Rome on Monday.", "G20 summit", "held"),
        ("President Luis Vega took part in the summit in Rome on Monday.", "Rome summit", "held"),
        (
            "President Luis Vega will take part in the UN General Assembly in New York.",
            "UN General Assembly",
            "planned",
        ),
        (
            "President Luis Vega participated in the UN General Assembly in New York.",
            "UN General Assembly",
            "held",
        ),
        (
            "President Luis Vega will represent Peru at the summit in Rome next week.",
            "Rome summit",
            "planned",
        ),
    ],
)
def test_taking_part_in_a_gathering_is_a_meeting_with_it(
    meetings_in: MeetingsIn, sentence: str, gathering: str, status: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == ["Luis Vega", gathering]
    assert meeting.status == status


def test_a_participle_fronted_at_a_gathering_puts_the_main_subject_there(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Speaking at the climate summit in Nairobi, Chancellor Petra Hahn said the plan would work."
        )
    )
    assert names(meeting) == ["Petra Hahn", "climate summit"]
    assert meeting.place == "Nairobi"
    assert meeting.status == "held"


@pytest.mark.parametrize(
    "sentence",
    [
        "President Luis Vega took part in the protest in Lima.",
        "President Luis Vega took part in the race.",
        "President Luis Vega participated in the survey.",
        "Speaking at a press conference in Lima, President Luis Vega said the plan would work.",
        "After he spoke at the summit, President Luis Vega flew home.",
        "Ending her speech at the Lima Trade Forum, Chancellor Petra Hahn said the plan would work.",
        "At a schoolboard meeting in Tennessee, protestors threatened doctors and nurses.",
        "President Luis Vega took part in a meeting in Lima.",
        "President Luis Vega took part in a summit in Lima.",
        "Protesters took part in the summit in Lima.",
    ],
)
def test_a_protest_a_survey_or_a_press_conference_is_no_gathering_attended(
    meetings_in: MeetingsIn, sentence: str
) -> None:
    assert meetings_in(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        ("President Luis Vega pulled out of the summit in Lima.", ["Luis Vega", "Lima summit"]),
        ("President Luis Vega will skip the G20 summit in Rome.", ["Luis Vega", "G20 summit"]),
        ("President Luis Vega boycotted the G20 summit in Rome.", ["Luis Vega", "G20 summit"]),
        ("President Luis Vega decided to skip the G20 summit in Rome.", ["Luis Vega", "G20 summit"]),
        ("Chad withdrew its delegation from African Union-brokered peace talks.", ["Chad", "African Union"]),
    ],
)
def test_pulling_out_of_a_gathering_calls_the_subjects_part_off(
    meetings_in: MeetingsIn, sentence: str, parties: list[str]
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == parties
    assert meeting.status == "cancelled"


@pytest.mark.parametrize(
    "sentence",
    [
        "President Luis Vega pulled out of the deal.",
        "President Luis Vega pulled out of the race in Lima.",
        "President Luis Vega withdrew from the agreement.",
        "President Luis Vega threatened to pull out of the summit in Lima.",
        "President Luis Vega did not skip the G20 summit in Rome.",
        "President Luis Vega would never skip the G20 summit in Rome.",
    ],
)
def test_a_deal_a_race_a_threat_or_a_denial_calls_no_meeting_off(
    meetings_in: MeetingsIn, sentence: str
) -> None:
    assert [m for m in meetings_in(sentence) if m.status == "cancelled"] == []


def test_a_delegation_travelling_to_a_city_visits_it(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("A delegation led by Foreign Minister Ana Silva will travel to Tehran next week.")
    )
    assert names(meeting) == ["Ana Silva", "Tehran"]
    assert meeting.status == "planned"


def test_who_leads_a_delegation_to_talks_is_at_them(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("President Luis Vega will lead the Peruvian delegation to the talks in Geneva.")
    )
    assert names(meeting) == ["Luis Vega", "Geneva talks"]
    assert meeting.place == "Geneva"
    assert meeting.status == "planned"


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Ana Silva will travel to Lima next week.",
        "President Luis Vega will lead the Peruvian team in the final.",
        "President Luis Vega will lead the delegation.",
    ],
)
def test_a_ministers_trip_to_a_city_or_a_team_led_is_no_visit(meetings_in: MeetingsIn, sentence: str) -> None:
    assert meetings_in(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("Chancellor Petra Hahn is in Lima for talks on trade.", "Lima"),
        ("Chancellor Petra Hahn is in Lima on a two-day visit.", "Lima"),
        ("President Luis Vega arrived in Kabul on an unannounced visit on Sunday.", "Kabul"),
    ],
)
def test_being_in_a_city_for_talks_or_on_a_visit_visits_it(
    meetings_in: MeetingsIn, sentence: str, city: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting)[1:] == [city]
    assert meeting.place == city
    assert meeting.status == "held"


def test_talks_with_a_named_side_meet_that_side_not_the_city(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("Prime Minister Ken Ito was in Berlin for talks with Chancellor Petra Hahn."))
    assert names(meeting) == ["Ken Ito", "Petra Hahn"]
    assert meeting.place == "Berlin"


@pytest.mark.parametrize(
    "sentence",
    [
        "Chancellor Petra Hahn is in Lima for the holidays.",
        "Chancellor Petra Hahn was in Lima when the talks collapsed.",
        "President Luis Vega arrived in Kabul on Sunday.",
    ],
)
def test_being_in_a_city_for_anything_else_is_no_visit(meetings_in: MeetingsIn, sentence: str) -> None:
    assert meetings_in(sentence) == []
