"""Meetings in news prose and readouts (issue 15, session 8): calls joined and connected, households,
headlines of several calls, press appearances and denials.

Invented sentences of each construction, positive and negative:
- "X joined them on the call": a newcomer to the call just told is on it; with no call before,
  one party is no meeting; "joined him on his trip" is company, not the call.
- "was put through to X": a caller connected to someone speaks with him.
- "phoned his family": the household of the one "his" stands for; "a family" names no one, and
  meeting one's own family is private life.
- "Y's Calls with A and B" (a plural meeting noun in a headline): one call with each.
- "met the press with ten Senators": a press appearance meets no one.
- "never met him": no meeting at all ("did not meet" stays a cancelled one).
- "in talks with people": bare "people" names no one ("local people" does).
- "flew to Tanzania", "plans to travel to Japan": a journey to a country visits it, one visit per
  country; one denied or only weighed ("does not need to go to Kenya") is none, and a journey for a
  summit meets the summit.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Meeting
from tests.briefings.extract.meeting_support import names, only

pytestmark = pytest.mark.slow


# --- joining a call, being put through -------------------------------------------------


def test_joining_them_on_the_call_puts_the_newcomer_on_the_call_before(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "This morning, Mayor Ana Ruiz spoke with Governor Tom Hale. Fire Chief Lena Moss joined "
            "them on the call. They discussed the floods."
        )
    )
    assert names(meeting) == ["Ana Ruiz", "Tom Hale", "Lena Moss"]


def test_joining_the_call_with_no_call_told_before_is_no_meeting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    assert meetings_in("Fire Chief Lena Moss joined the call from Denver.") == []


def test_joining_someone_on_a_trip_is_not_joining_the_call(meetings_in: Callable[..., list[Meeting]]) -> None:
    found = meetings_in(
        "Mayor Ana Ruiz spoke with Governor Tom Hale on Monday. Fire Chief Lena Moss joined them on "
        "the trip to the coast."
    )
    assert ["Ana Ruiz", "Tom Hale"] in [names(m) for m in found]
    assert all(names(m) != ["Ana Ruiz", "Tom Hale", "Lena Moss"] for m in found)


def test_being_put_through_to_someone_is_a_call_with_him(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "After phoning the company to ask about his pension, Omar Haddad was put through to its "
            "lawyer, Carla Mendes."
        )
    )
    assert names(meeting) == ["Omar Haddad", "Carla Mendes"]
    assert meeting.status == "held"


def test_putting_a_plan_through_to_a_vote_is_no_call(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("Speaker Omar Haddad put the budget through to a final vote.") == []


# --- households --------------------------------------------------------------------------


def test_phoning_his_family_is_a_call_with_his_household(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in("Omar Haddad did not learn the verdict until he phoned his family on Tuesday.")
    )
    assert names(meeting) == ["Omar Haddad", "Haddad family"]
    assert meeting.date == "2026-03-10"


def test_someone_known_by_one_name_owns_his_family_by_that_name(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in("Omar, the family's eldest son, was held overnight. Omar later phoned his family.")
    )
    assert names(meeting) == ["Omar", "Omar's family"]


def test_a_family_owned_by_no_one_is_no_party(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("Omar Haddad phoned a family in Leeds.") == []


# --- headlines of several calls ----------------------------------------------------------


def test_a_headline_of_calls_with_two_people_is_one_call_with_each(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "President Ana Ruiz spoke with President Tom Hale of Freedonia this evening about the fire.",
        title="Readout of President Ruiz’s Calls with President Hale of Freedonia and Director Lena Moss",
    )
    assert sorted(names(m)[1] for m in found) == ["Lena Moss", "Tom Hale"]
    assert all(len(m.participants) == 2 for m in found)


def test_a_headline_of_one_call_with_two_people_is_one_call(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "President Ana Ruiz spoke this morning with flood officials.",
            title="Readout of President Ruiz’s Call with Governor Tom Hale and Administrator Lena Moss",
        )
    )
    assert {"Tom Hale", "Lena Moss"} <= set(names(meeting))


# --- no meeting --------------------------------------------------------------------------


def test_meeting_the_press_with_senators_is_no_meeting(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("Yesterday Governor Ana Vega met the press with Mayor Luis Mora.") == []
    assert meetings_in("Governor Ana Vega met reporters at the airport.") == []


def test_meeting_a_person_and_reporters_is_still_a_meeting_with_the_person(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(meetings_in("Governor Ana Vega met Mayor Luis Mora and reporters on Friday."))
    assert names(meeting)[:2] == ["Ana Vega", "Luis Mora"]


def test_never_having_met_someone_is_no_meeting(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("Governor Ana Vega has never met Mayor Tim Roe.") == []


def test_not_meeting_someone_is_a_cancelled_meeting(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert only(meetings_in("Governor Ana Vega did not meet Mayor Luis Mora.")).status == "cancelled"


def test_talks_with_bare_people_name_no_one(meetings_in: Callable[..., list[Meeting]]) -> None:
    interview = (
        "**Reporter:** Who else is involved?\n\n**Ana Vega:** Currently, we're in talks with people.\n"
    )
    assert meetings_in(interview) == []


def test_a_modifier_says_which_people(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("Governor Ana Vega met with local people in Dover."))
    assert names(meeting) == ["Ana Vega", "local people"]


# --- journeys to a country -----------------------------------------------------------------


def test_a_journey_to_a_country_visits_it(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "After three hours in Benin, President Ana Ruiz flew to Tanzania, where she will stay for "
            "three nights."
        )
    )
    assert names(meeting) == ["Ana Ruiz", "Tanzania"]
    assert meeting.status == "held"


def test_a_journey_to_several_countries_is_one_visit_each(meetings_in: Callable[..., list[Meeting]]) -> None:
    found = meetings_in(
        "Earlier this week, Advisor Tom Hale traveled to Nigeria, Equatorial Guinea, and Mauritania."
    )
    assert [names(m) for m in found] == [
        ["Tom Hale", "Nigeria"],
        ["Tom Hale", "Equatorial Guinea"],
        ["Tom Hale", "Mauritania"],
    ]
    assert [m.place for m in found] == ["Nigeria", "Equatorial Guinea", "Mauritania"]


def test_a_planned_journey_is_a_planned_visit(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("Governor Tom Hale plans to travel to Japan next month."))
    assert names(meeting) == ["Tom Hale", "Japan"]
    assert meeting.status == "planned"


def test_a_journey_denied_or_only_weighed_is_no_visit(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("President Ana Ruiz does not need to go to Kenya at this point.") == []
    assert meetings_in("A reporter asked why President Ana Ruiz didn't go to Kenya instead.") == []
    assert meetings_in("President Ana Ruiz did not fly to Japan.") == []
    assert meetings_in("President Ana Ruiz was going to China at the time.") == []


def test_going_to_a_country_ahead_is_a_planned_visit(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("President Ana Ruiz is going to China next week."))
    assert names(meeting) == ["Ana Ruiz", "China"]
    assert meeting.status == "planned"


def test_a_journey_to_a_city_or_for_a_summit_visits_no_country(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    assert meetings_in("Governor Tom Hale flew to Chicago on Monday.") == []
    meeting = only(meetings_in("Minister Lena Moss is going to Germany for the Munich Security Conference."))
    assert names(meeting) == ["Lena Moss", "Munich Security Conference"]


def test_meeting_his_own_family_is_private_life_not_a_meeting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    assert meetings_in("Omar Haddad met with his family in Leeds on Monday.") == []


# --- a listening session's host and its listed guests ----------------------------------------


def test_a_listening_session_a_host_convened_takes_the_guests_listed_after_it(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Today, the Ministry of Housing convened a listening session on flood relief.\n\n"
            "Organizations that participated in the listening session included:\n\n"
            "-   Harbour Tenants Union\n"
            "-   Coastal Relief Network\n"
        )
    )
    assert {"Ministry of Housing", "Harbour Tenants Union", "Coastal Relief Network"} <= set(names(meeting))


def test_a_listening_session_with_nobody_listed_is_no_meeting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    assert meetings_in("Today, the Ministry of Housing convened a listening session on flood relief.") == []


# --- who "she" is, and a title run into a name ---------------------------------------------------


def test_a_run_of_she_subjects_is_the_one_the_first_stands_for(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "Today Vice President Ana Ruiz convened state legislators in Boston. She was joined by Governor "
        "Tom Hale. The participants praised the steps Governor Hale has taken. Massachusetts is the "
        "seventh state the Vice President has traveled to in recent weeks. She has also traveled to "
        "Japan. She also convened legislators from Ohio in Washington. And she has convened faith "
        "leaders over the last three months."
    )
    later = [m for m in found if "Boston" not in (m.place or "")]
    assert later, found
    assert all("Ana Ruiz" in names(m) and "Tom Hale" not in names(m) for m in later)


def test_the_speaker_of_the_house_run_into_her_name_is_the_speaker(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(meetings_in("President Tom Hale later met with Speaker of the House Nancy Pelosi."))
    assert names(meeting) == ["Tom Hale", "Nancy Pelosi"]
    assert meeting.participants[1].role == "Speaker of the House"


def test_a_meeting_in_a_city_of_a_country_on_the_tour_is_the_visit_there(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "Minister Lena Moss will travel to Chile and the Philippines next month. In Manila, the "
        "Philippines, on April 6, the Minister will meet with President Rosa Diaz."
    )
    manila = [m for m in found if "Rosa Diaz" in names(m)]
    assert len(manila) == 1, found
    assert (manila[0].place, manila[0].date) == ("Manila", "2026-04-06")
    assert not any(names(m) == ["Lena Moss", "Philippines"] for m in found)
    assert any(names(m) == ["Lena Moss", "Chile"] for m in found)


# --- a day after publication ------------------------------------------------------------------


def test_a_meeting_on_a_day_after_publication_is_planned_whatever_the_tense(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "The summit between President Tom Hale and Governor Lee Park takes place in Dover on March 16."
        )
    )
    assert (meeting.date, meeting.status) == ("2026-03-16", "planned")


def test_a_meeting_on_a_day_before_publication_stays_held(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("President Tom Hale met Governor Lee Park on March 9."))
    assert (meeting.date, meeting.status) == ("2026-03-09", "held")


# --- an office counted or plural ----------------------------------------------------------------


def test_an_office_counted_or_plural_is_several_holders_not_the_one_named_before(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "Vice President Ana Ruiz met with Attorney General Dana Nessel today. The talk followed a meeting "
        "Vice President Ruiz convened with seven Attorneys General last week."
    )
    assert [names(m) for m in found] == [["Ana Ruiz", "Dana Nessel"], ["Ana Ruiz", "seven Attorneys General"]]


def test_a_plural_title_before_names_is_still_each_named_holder(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(meetings_in("President Tom Hale met with Senators Ana Ruiz and Lee Park."))
    assert names(meeting) == ["Tom Hale", "Ana Ruiz", "Lee Park"]


# --- talking with a body of people ------------------------------------------------------------


def test_discussing_with_bodies_of_people_meets_them(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "Labor Department leaders discussed with port directors and business leaders the new data rules."
        )
    )
    assert {"port directors", "business leaders"} <= set(names(meeting))


def test_discussing_with_reporters_or_among_leaders_is_no_meeting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    assert meetings_in("Governor Ana Ruiz discussed with reporters the new data rules.") == []
    assert meetings_in("The leaders discussed trade.") == []


def test_her_after_the_vice_president_is_the_vice_president_not_the_president(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "Vice President Ana Ruiz spoke today with President Tom Hale of Guatemala. The two leaders "
        "discussed the task force the Vice President announced during her June visit to Guatemala."
    )
    visit = [m for m in found if "Guatemala" in names(m)]
    assert [names(m) for m in visit] == [["Ana Ruiz", "Guatemala"]]


def test_unnamed_leaders_discussing_an_effort_with_allies_meet_no_one(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    assert (
        meetings_in(
            "To that end, the leaders discussed support for a joint effort, with our allies and partners."
        )
        == []
    )
