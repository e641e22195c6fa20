"""Multilateral gatherings and plain constructions with a modifier or a noun (issue 15, classes 1-2).

Invented sentences of each shape: a group meeting among itself, joining the other
heads of government or a leaders' meeting, presence at a summit, attendance lists,
talking with a named body at a summit; "sat down with", "is due to see", a trip to a
country, a roundtable with a body of people, separate calls.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Meeting
from tests.briefings.extract.meeting_support import names, only

pytestmark = pytest.mark.slow


# --- class 1: multilateral gatherings ------------------------------------------------


def test_leaders_of_a_named_body_meeting_among_themselves_are_one_group_with_its_place(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(meetings_in("Leaders of the alliance's member states met in Cardiff on Thursday."))
    (group,) = names(meeting)
    assert group.startswith("Leaders of the alliance")
    assert meeting.place == "Cardiff"


def test_a_bare_group_meeting_among_itself_names_no_one_and_is_no_meeting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    assert meetings_in("Since then, the sides have met several times without agreeing an agenda.") == []


def test_joining_the_other_heads_of_government_is_a_meeting_with_them(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "As the trade bloc's summit opened in Lusaka, President Peter Banda joined the other heads "
            "of government at the table."
        )
    )
    assert names(meeting) == ["Peter Banda", "heads of government"]


def test_joining_a_leaders_meeting_takes_every_leader_it_names(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Chancellor Anna Berg will join the leaders' meeting with Prime Ministers Ken Ito, Ravi Rao "
            "and Ella Kerr in Osaka."
        )
    )
    assert names(meeting)[0] == "Anna Berg"
    assert {"Ken Ito", "Ravi Rao", "Ella Kerr"} <= set(names(meeting))
    assert (meeting.place, meeting.status) == ("Osaka", "planned")


def test_a_person_at_a_named_summit_meets_the_summit(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("At the climate summit in Nairobi, Chancellor Anna Berg laid out her plan."))
    assert names(meeting) == ["Anna Berg", "climate summit"]
    assert meeting.place == "Nairobi"


def test_a_press_conference_is_no_gathering_one_meets(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("At a press conference in Nairobi, Chancellor Anna Berg laid out her plan.") == []


def test_an_attendance_list_names_delegations_offices_and_the_conference(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Delegations from 40 countries, the Prime Minister of Fiji and the head of the WHO will "
            "attend the Geneva conference."
        )
    )
    assert names(meeting) == ["Delegations from 40 countries", "Fiji", "WHO", "Geneva conference"]
    assert meeting.status == "planned"


def test_joining_a_body_for_a_named_summit_keeps_the_body_and_the_summit(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "President Tomas Ruiz today joined leaders of the Andean Community member states for the "
            "annual U.S.-Andean Summit."
        )
    )
    assert names(meeting) == [
        "Tomas Ruiz",
        "leaders of the Andean Community member states",
        "U.S.-Andean Summit",
    ]


def test_talking_with_a_named_body_in_a_hosted_summit_brings_the_hosts_and_the_summit(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "President Tomas Ruiz spoke today with the Baltic Council's northern Allies in a virtual "
            "summit of the Arctic Five countries hosted by Presidents Ana Vega of Chile and Luis Mora "
            "of Peru."
        )
    )
    assert names(meeting)[0] == "Tomas Ruiz"
    assert any("Allies" in n for n in names(meeting))
    assert {"Ana Vega", "Luis Mora"} & set(names(meeting))
    assert any("Arctic Five" in n for n in names(meeting))


def test_talking_with_reporters_is_no_meeting(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("President Tomas Ruiz spoke with reporters at the airport.") == []


# --- class 2: plain constructions with a modifier or a noun ---------------------------


def test_sat_down_with_is_a_meeting_at_the_place(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("The founder, Adaeze Nwosu, sat down with Emeka Okafor in Lagos on Monday."))
    assert names(meeting) == ["Adaeze Nwosu", "Emeka Okafor"]
    assert (meeting.place, meeting.status) == ("Lagos", "held")


def test_due_to_see_people_is_a_planned_meeting(meetings_in: Callable[..., list[Meeting]]) -> None:
    found = meetings_in(
        "Chancellor Anna Berg arrived in Austria on Wednesday. On Friday she is due to see envoys at "
        "the bloc's headquarters in Vienna."
    )
    # the arrival is a visit of its own (test_meetings_convenings.py); the envoys are the one planned
    meeting = only([m for m in found if m.status == "planned"])
    assert names(meeting) == ["Anna Berg", "envoys"]
    assert (meeting.place, meeting.status, meeting.date) == ("Vienna", "planned", "2026-03-13")


def test_saw_on_television_is_no_meeting(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("Chancellor Anna Berg saw President Tomas Ruiz on television last night.") == []


def test_a_trip_to_a_country_is_a_visit_to_it(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("Senator Ana Lopez will begin a four-day trip to Ghana on Monday."))
    assert names(meeting) == ["Ana Lopez", "Ghana"]
    assert (meeting.place, meeting.status, meeting.date) == ("Ghana", "planned", "2026-03-16")


def test_a_roundtable_with_a_body_of_people_names_the_body(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("Mayor Tom Ruiz hosted a roundtable with union leaders on Tuesday."))
    assert set(names(meeting)) == {"Tom Ruiz", "union leaders"}


def test_a_meeting_with_a_group_of_people_names_the_people(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in("Governor Lisa Park met with a group of labor union leaders to discuss pensions.")
    )
    assert names(meeting) == ["Lisa Park", "labor union leaders"]


def test_meeting_troops_is_a_meeting_with_them(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in("In East Africa, General Tom Townsend met with U.S. forces in Djibouti and Kenya.")
    )
    assert names(meeting) == ["Tom Townsend", "U.S. forces"]


def test_welcoming_a_body_of_people_is_no_meeting_with_it(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("Minister Ana Vega said the country warmly welcomed the refugees.") == []


def test_separate_calls_with_three_mayors_are_three_calls(meetings_in: Callable[..., list[Meeting]]) -> None:
    found = meetings_in(
        "Governor Lisa Park held separate calls today with Mayor Jane Olsen of Tampa, Mayor Ken Wu of "
        "Orlando, and Mayor Frank Hill of Miami."
    )
    assert [names(m) for m in found] == [
        ["Lisa Park", "Jane Olsen"],
        ["Lisa Park", "Ken Wu"],
        ["Lisa Park", "Frank Hill"],
    ]


def test_with_a_name_read_as_the_subject_of_the_purpose_clause_is_still_the_party(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "President Tomas Ruiz spoke today with Crown Prince Ahmed bin Khalid to express appreciation "
            "for the kingdom's support."
        )
    )
    assert names(meeting) == ["Tomas Ruiz", "Ahmed bin Khalid"]


def test_a_name_suffix_split_off_by_a_comma_is_no_party(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "President Tomas R. Ruiz, Jr. met today with President Ana Vega of Chile to discuss trade."
        )
    )
    assert names(meeting) == ["Tomas R. Ruiz", "Ana Vega"]


def test_touring_a_facility_is_no_meeting(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert (
        meetings_in(
            "This afternoon, President Tomas Ruiz visited the agency's National Response Center to receive "
            "the latest updates."
        )
        == []
    )


def test_a_delegation_led_by_officials_brings_its_leaders_and_the_delegation_later(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "On April 22, a high-level EU delegation led by Deputy Minister Lars Holm visited Apia, Samoa. "
        "The delegation met for an hour with Prime Minister Tui Leota."
    )
    visit, meeting = found
    assert names(visit)[:2] == ["high level EU delegation", "Lars Holm"]
    assert visit.place == "Apia"
    # session 34: "the delegation" said again is the one its leader led, named by the leader
    assert names(meeting) == ["Lars Holm", "Tui Leota"]


def test_others_who_participated_in_the_call_join_the_call_before(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Advisor Tom Pryor spoke on May 7 with Secretary General Ana Costa of the Andean Community. "
            "Foreign ministers from Peru and Bolivia participated in the call."
        )
    )
    assert names(meeting)[:2] == ["Tom Pryor", "Ana Costa"]
    assert {"Peru", "Bolivia"} <= set(names(meeting))


# --- lists of leaders the parser splits -------------------------------------------------


def test_a_second_leader_hung_on_the_first_ones_country_is_still_a_party(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "President Tomas Ruiz spoke with President Marie Laurent of France and Chancellor Karl Weber "
            "of Austria today about trade."
        )
    )
    assert names(meeting) == ["Tomas Ruiz", "Marie Laurent", "Karl Weber"]


def test_the_last_titled_leader_of_a_with_list_is_a_party(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "Vice President Lena Moss met today with President Janis Ozols of Latvia, President Tomas "
            "Petraitis of Lithuania, and Prime Minister Kaja Tamm of Estonia in Munich, Germany."
        )
    )
    assert names(meeting) == ["Lena Moss", "Janis Ozols", "Tomas Petraitis", "Kaja Tamm"]


def test_cooperation_through_a_standing_dialogue_is_no_meeting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    assert (
        meetings_in(
            "Both sides addressed ways to deepen cooperation through the newly launched U.S.-Oman "
            "Strategic Dialogue, which will tackle trade and climate."
        )
        == []
    )
