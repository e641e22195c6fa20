"""Convenings, their attendee lists, and names written around titles (issue 15, readouts and news).

Invented sentences of each shape: a host who convenes guests or a named body, a
convening whose attendees a later list names (inline after "included:", or one a
bulleted line), "today's meeting" that others participated in, two titled
co-hosts the parser hangs inside one title, a name the tagger misses after a
capitalised title or before a title appositive, an arrival in a country, talks
"launched" by a list of leaders, a transcript's office label, and title words run
into a participant's name.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Meeting
from tests.briefings.extract.meeting_support import names, only

pytestmark = pytest.mark.slow


# --- a host convenes guests or a body ------------------------------------------------------------


def test_convening_guests_is_a_meeting_with_the_host_last(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("Today, Governor Lena Park convened more than 30 state legislators in Salem."))
    assert names(meeting) == ["state legislators", "Lena Park"]
    assert meeting.status == "held"


def test_convening_the_meeting_of_a_named_body_meets_that_body(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Today, Minister Ana Costa convened the third national meeting of the Harbour Safety Council."
        )
    )
    assert names(meeting) == ["Harbour Safety Council", "Ana Costa"]


def test_two_titled_co_hosts_are_both_parties(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "Today, Domestic Policy Advisor Maria Lopes and Regional Affairs Director Paul Ndlovu convened "
            "the second meeting of the Harbour Safety Council."
        )
    )
    assert {"Maria Lopes", "Paul Ndlovu", "Harbour Safety Council"} <= set(names(meeting))


# --- attendee lists ------------------------------------------------------------------------------


def test_the_meeting_included_list_joins_the_convening_before_it(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Vice President Lena Park convened today Pacific leaders in Suva. In addition to the Vice "
            "President, the meeting included: Prime Minister Tui Malo of Fiji, Prime Minister Kai Rua of "
            "Tonga, and Prime Minister Ben Ola of Samoa."
        )
    )
    assert {"Lena Park", "Tui Malo", "Kai Rua", "Ben Ola"} <= set(names(meeting))


def test_a_bulleted_list_of_speakers_gives_a_lone_host_its_guests(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Today, the Treasury hosted a second virtual convening on flood relief.\n\n"
            "Officials speaking at the second convening included:\n\n"
            "-   Mayor Ruth Adeyemi, City of Ibadan\n"
            "-   Judge Carlos Mendes, Lisbon District Court\n\n"
            "The next convening is planned for June.\n"
        )
    )
    assert {"Ruth Adeyemi", "Carlos Mendes"} <= set(names(meeting))
    assert "Treasury" in names(meeting)


def test_a_host_alone_with_nobody_listed_is_no_meeting(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("Today, the Ministry of Housing hosted a virtual convening on flood relief.") == []


def test_those_who_participated_in_todays_meeting_were_at_the_one_reported(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Today, Minister Ana Costa convened the third meeting of the Harbour Safety Council. Mayors and "
            "port workers participated in today’s meeting."
        )
    )
    assert {"Ana Costa", "Harbour Safety Council", "Mayors"} <= set(names(meeting))


# --- names around titles -------------------------------------------------------------------------


def test_an_untagged_name_after_a_capitalised_title_is_the_person_spoken_with(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(meetings_in("President Ana Ruiz spoke today with President Tomas Oyarzun Falla of Chile."))
    assert names(meeting)[0] == "Ana Ruiz"
    assert "Oyarzun" in names(meeting)[1]


def test_a_name_before_a_title_appositive_is_a_person(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "National Security Advisor Jake Marlow met today with Petr Dvorsky, National Security Advisor to "
            "the Prime Minister of Slovakia."
        )
    )
    assert names(meeting) == ["Jake Marlow", "Petr Dvorsky"]


def test_a_common_noun_before_a_named_conjunct_keeps_the_name(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(meetings_in("Vice President Lena Park met today with actress and activist Lina Farahani."))
    assert names(meeting) == ["Lena Park", "Lina Farahani"]


def test_title_words_run_into_a_name_are_dropped(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "Advisor Jake Marlow met today with African Union Commission Chairperson Moussa Faki. "
            "Chairperson Faki and Mr. Marlow discussed the summit."
        )
    )
    assert names(meeting) == ["Jake Marlow", "Moussa Faki"]


# --- arrivals, talks launched, transcripts -------------------------------------------------------


def test_arriving_in_a_country_is_a_visit_to_it(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("President Ana Ruiz has arrived in Kenya, the first stop of her tour."))
    assert names(meeting) == ["Ana Ruiz", "Kenya"]
    assert meeting.status == "held"


def test_arriving_in_a_city_alone_is_no_meeting(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("The delegation arrived in Nairobi late on Monday.") == []


def test_talks_launched_by_a_list_of_leaders_are_held_by_them(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "President Ruiz, Prime Minister Vega and President Mora wasted no time getting down to "
            "business - launching talks shortly after the arrival ceremony."
        )
    )
    assert names(meeting) == ["Ruiz", "Vega", "Mora"]


def test_agreeing_to_launch_a_dialogue_is_no_meeting(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("Chile and Peru agreed to launch a high-level strategic dialogue.") == []


def test_a_transcripts_office_label_is_the_person_the_title_names(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "THE PRESIDENT:  Thank you all. This morning we met virtually with all the governors.\n\n"
        "THE VICE PRESIDENT:  And the mayors asked for more doses.\n",
        "Remarks by President Ana Ruiz and Vice President Tomas Vega During a Tour of a Vaccination Site",
    )
    meeting = only(found)
    assert names(meeting)[0] == "Ana Ruiz"
    assert "governors" in names(meeting)


# --- attendees written around the convening, and no meeting where there is none -----------------


def test_whoever_joined_the_host_was_at_the_convening(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "Today Vice President Lena Park convened state legislators in Boston to discuss the fight. "
            "She was joined by Governor Charlie Baker."
        )
    )
    assert {"Lena Park", "Charlie Baker", "state legislators"} <= set(names(meeting))


def test_a_long_list_of_titled_leaders_holding_a_call_is_every_one_of_them(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Today, President Ana Ruiz of Chile, Chancellor Karl Weber of Austria, Prime Minister Tui Malo "
            "of Fiji, Prime Minister Ben Ola of Samoa, and President Tomas Vega of Peru held a call."
        )
    )
    assert {"Ruiz", "Weber", "Malo", "Ola", "Vega"} <= {n.split()[-1] for n in names(meeting)}


def test_legislators_from_states_are_legislators_not_the_states(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in("Today, Advisor Jane Klee hosted a roundtable with state legislators from Ohio and Utah.")
    )
    assert "Ohio" not in names(meeting)
    assert any(name.startswith("state legislators from Ohio") for name in names(meeting))


def test_a_meeting_of_people_convened_meets_those_people(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("Today, Advisor Jane Klee convened a meeting of Latina state legislators."))
    assert names(meeting) == ["Latina state legislators", "Jane Klee"]


def test_being_unable_to_host_calls_the_meeting_off(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in("Vice President Lena Park will be unable to host Taoiseach Sean Burke in May.")
    )
    assert meeting.status == "cancelled"


def test_continuing_to_meet_people_is_a_habit_not_a_meeting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    assert (
        meetings_in("In the months ahead, President Ana Ruiz will continue to meet with experts and leaders.")
        == []
    )


def test_an_acronym_and_title_run_into_a_name_are_dropped(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in("President Ana Ruiz spoke today with FEMA Administrator Criswell about the storm.")
    )
    assert "FEMA Administrator Criswell" not in names(meeting)
