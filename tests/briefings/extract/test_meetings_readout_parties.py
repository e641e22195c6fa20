"""Meetings in readouts and news, session 11 (issue 15): who is on each side when the text names the
side by a body, a role or a relative clause, and what is no party.

Invented sentences of each construction, positive and negative:
- "facilitated/moderated a discussion with X": the one who leads the discussion is at it.
- "hosted the leadership of the X Caucus": the leadership of a named body is a party, as a group.
- "welcomed representatives from countries across the region to the White House": guests welcomed
  to a named house are met, as a body ("welcomed the decision" is none).
- "convened the National Climate Task Force meeting where she was joined by Cabinet members": the
  body whose meeting was convened is the party, not its meeting; who joined her there met too.
- "met with X as part of consultations between Jordan and the United States": the standing process
  is no second meeting.
- "..., the American Jobs Plan": a programme the parser hung on a party is no party.
- "paid a state visit to King Charles III": a visit to a person meets the person.
- "A and B made a trip to the region": fellow travellers meet no one by travelling.
- "convened X on July 8 at the White House; on July 14 in Orlando": one meeting per dated stop.
- "will meet with the Pope": an office named by its title alone is the party.
- In a briefer's turn, "he will also meet with X" after a list of the people the principal will see is
  the principal (the quote speakers' antecedent rules now read transcripts too).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Meeting
from tests.briefings.extract.meeting_support import names, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("verb", ["facilitated", "moderated"])
def test_who_leads_a_discussion_is_at_it(meetings_in: Callable[..., list[Meeting]], verb: str) -> None:
    meeting = only(
        meetings_in(f"Policy Director Ana Ruiz {verb} a discussion with mayors and county officials.")
    )
    assert names(meeting) == ["mayors", "county officials", "Ana Ruiz"]


def test_the_leadership_of_a_named_body_is_a_party(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "Today, Governor Tom Hale hosted the leadership of the Rural Farmers Caucus (RFC) in the state "
            "capitol to discuss the drought."
        )
    )
    assert names(meeting) == ["leadership of Rural Farmers Caucus", "Tom Hale"]


def test_guests_welcomed_to_a_named_house_are_met_as_a_body(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "On Monday, Advisor Tom Hale and Advisor Ana Ruiz welcomed representatives from countries across "
            "the region to the White House to launch the plan."
        )
    )
    assert names(meeting)[0].startswith("representatives")
    assert meeting.participants[0].kind == "group"


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Tom Hale welcomed the decision of the court.",
        # members of what, the text does not say
        "Governor Tom Hale looks forward to welcoming members to the Oval Office again.",
    ],
)
def test_welcoming_a_decision_or_unnamed_members_meets_no_one(
    meetings_in: Callable[..., list[Meeting]], sentence: str
) -> None:
    assert meetings_in(sentence) == []


def test_a_convened_meeting_meets_its_body_and_who_joined_there(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Today, Climate Advisor Ana Ruiz convened the third Coastal Resilience Task Force meeting where "
            "she was joined by Cabinet members."
        )
    )
    assert names(meeting) == ["Coastal Resilience Task Force", "Cabinet members", "Ana Ruiz"]


def test_a_standing_process_the_meeting_is_part_of_is_no_second_meeting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Today, Advisor Tom Hale met in Washington with Foreign Minister Ana Ruiz as part of close "
            "bilateral consultations between Jordan and the United States."
        )
    )
    assert names(meeting) == ["Tom Hale", "Ana Ruiz"]


def test_a_programme_hung_on_a_party_is_no_party(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "Today, President Tom Hale and Vice President Ana Ruiz hosted the leadership of the "
            "Congressional "
            "Farm Caucus (CFC) in the Oval Office to discuss critical issues of shared importance, including "
            "combating drought, the American Jobs Plan, immigration and education policies."
        )
    )
    assert "American Jobs Plan" not in names(meeting)
    assert names(meeting)[0] == "leadership of Congressional Farm Caucus"


@pytest.mark.parametrize(
    "sentence",
    [
        "Chancellor Olaf Scholz will pay a state visit to King Charles III next week.",
        "Pope Francis paid a visit to the Dalai Lama.",
    ],
)
def test_a_visit_to_a_person_meets_the_person(
    meetings_in: Callable[..., list[Meeting]], sentence: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert len(meeting.participants) == 2


def test_fellow_travellers_meet_no_one_by_travelling(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("Envoy Tom Hale and Envoy Ana Ruiz made a trip to the region a few weeks ago.") == []


def test_fellow_travellers_who_visit_with_someone_meet_them(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Governor Tom Hale and Mayor Ana Ruiz will visit with community leaders in Queens tomorrow."
        )
    )
    assert "community leaders" in names(meeting)


def test_dated_stops_of_one_verb_are_one_meeting_each(meetings_in: Callable[..., list[Meeting]]) -> None:
    found = meetings_in(
        "Governor Tom Hale convened union leaders from across the state on July 8, 2022 at the Capitol; "
        "on July 14, 2022 in Orlando, Florida; and on July 18, 2022 in Atlantic City, New Jersey."
    )
    assert [(m.date, m.place) for m in found] == [
        ("2022-07-08", "Capitol"),
        ("2022-07-14", "Orlando, Florida"),
        ("2022-07-18", "Atlantic City, New Jersey"),
    ]


def test_one_dated_meeting_stays_one(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("Governor Tom Hale met union leaders on May 3 in Albany."))
    assert meeting.place == "Albany"


def test_an_office_named_by_its_title_alone_is_a_party(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("Governor Tom Hale will meet with the Pope on Friday."))
    assert names(meeting) == ["Tom Hale", "Pope"]


def test_a_briefers_he_is_the_topic_of_the_turn_not_the_last_name_listed(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    body = (
        "MS. RUIZ:  Throughout the day, Governor Tom Hale will see Mayor Ann Lee; Senators Bo Park and Jim "
        "Reed; and Representative Jahana Cole.  Of course, he will also meet with former Senator Chris Dodd "
        "at the university.\n\nQ    Thank you."
    )
    found = meetings_in(body, "Press Gaggle by Press Secretary Ana Ruiz")
    dodd = [m for m in found if "Chris Dodd" in names(m)]
    assert len(dodd) == 1
    assert names(dodd[0]) == ["Tom Hale", "Chris Dodd"]


def test_a_name_run_into_its_titles_field_is_one_more_subject(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Today, Domestic Policy Advisor Ana Ruiz, Chief of Staff to the Vice President Tina Flournoy, "
            "and "
            "Deputy Director Bo Park met with members of the Rural Farmers Caucus."
        )
    )
    flournoy = [p for p in meeting.participants if p.name == "Tina Flournoy"]
    assert len(flournoy) == 1
    assert flournoy[0].role == "Chief of Staff to the Vice President"


def test_a_name_after_to_is_the_object_of_to_not_a_subject(meetings_in: Callable[..., list[Meeting]]) -> None:
    found = meetings_in("Governor Tom Hale, who wrote to Tina Flournoy, met with union leaders on Monday.")
    assert all(names(m)[:1] != ["Tina Flournoy"] for m in found)
    assert any(names(m) == ["Tom Hale", "union leaders"] for m in found)


def test_every_titled_name_ending_an_item_of_the_lists_is_a_party(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Today, National Security Advisor Jake Sullivan, Secretary of State Antony J. Blinken, and "
            "Chairman of the Joint Chiefs of Staff Gen. Mark A. Milley held a joint call with Ukrainian "
            "Foreign Minister Dmytro Kuleba, and Commander-in-Chief of the Ukrainian Armed Forces "
            "Gen. Valery Zaluzhnyy."
        )
    )
    for name in ["Jake Sullivan", "Antony J. Blinken", "Mark A. Milley", "Dmytro Kuleba", "Valery Zaluzhnyy"]:
        assert name in names(meeting)
    zaluzhnyy = next(p for p in meeting.participants if p.name == "Valery Zaluzhnyy")
    assert zaluzhnyy.role == "Commander-in-Chief of the Ukrainian Armed Forces Gen."


def test_a_name_in_a_relative_clause_or_after_a_participle_is_no_listed_party(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "President Ana Ruiz and Advisor Tom Hale welcomed the chance to continue talks at the Leaders Summit "
        "hosted by President Jan Novak in Washington."
    )
    assert all("Ana Ruiz" not in names(m) or "Jan Novak" not in names(m) for m in found)


def test_visits_to_two_countries_stay_two_whoever_travelled_together(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "This week, Homeland Security Advisor Ana Ruiz, Commander General Bo Park, and Assistant "
        "Secretary Tom Hale traveled to Kenya and Ghana."
    )
    assert sorted(m.place or "" for m in found) == ["Ghana", "Kenya"]


def test_bodies_of_organisations_met_are_a_party_when_something_names_them(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in("Today, Governor Tom Hale convened trucking companies and industry associations.")
    )
    assert "industry associations" in names(meeting)


def test_bare_organisations_name_no_one(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("Organizations that participated in the listening session included:") == []


def test_seeing_what_one_has_meets_no_one(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("Governor Tom Hale will continue to see what other legal authorities he has.") == []
