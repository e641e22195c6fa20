"""A party preposition said again, names behind a courtesy title, people an "including" names, visits
to cities (issue 15, session 35, from test set 34's misses once it was promoted to a dev set, and from
the visits to cities listed wrong over dev sets 1–34):

- "met with President Cortizo and with Foreign Minister Mouynes": the preposition said again after
  "and" (which the parser hangs on the first "with") gives a party of its own, and the two are two
  meetings, as "and with" set apart by the parser already were; "met with Ann Kerr and Luis Lopez", one preposition, stays one
  meeting;
- "H.E. Ms. Retno L.P. Marsudi", "H.E. Mr. Joko Widodo": a style and a courtesy title before a name the
  tagger took for an organisation make it a person (initials inside the name are name words); a
  body's name takes no such title;
- on a trip, the people an "including" names after a group met are calls of their own ("will meet
  with other Chinese officials, including Politburo member Yang Jiechi and Minister Song Tao": a
  meeting with each, and with the group); at home such a list stays one meeting convened;
- a visit to a city, a region or a site ("will visit Mumbai", "visited the Park View Compound") is no
  meeting unless it is made for talks ("will travel to Mumbai for talks": the place stands for the
  hosts the text does not name), the document tells the country it lies in ("Hanoi and Ho Chi Minh City, Vietnam":
  Vietnam hosts) or the city is a national capital ("will visit New Delhi": India hosts, as the seed's
  "a Taliban delegation visited Moscow" meets Russia); a visit to a country ("will visit India",
  "visited the U.S.", "his trip to the People’s Republic of China", by its formal name) meets the
  country, a state of a federation ("traveled to Florida, Pennsylvania, New Jersey and Virginia") none,
  and a name a "who" clause describes is whom the visit is for
  ("was planning to visit Wiranto, who was being treated at the hospital");
- a gathering's name keeps its possessive mark as written ("the APEC Leaders’ Meeting").
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


def test_a_preposition_said_again_gives_a_second_meeting(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Ames met with President Cortizo and with Foreign Minister Mouynes in Panama on Monday."
    )
    assert sorted(names(m) for m in found) == [["Ames", "Cortizo"], ["Ames", "Mouynes"]]


def test_one_preposition_over_two_names_is_one_meeting(meetings_in: MeetingsIn) -> None:
    assert names(only(meetings_in("Ames met with Ann Kerr and Luis Lopez in Panama on Monday."))) == [
        "Ames",
        "Ann Kerr",
        "Luis Lopez",
    ]


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        (
            "Ames held a meeting with H.E. Ms. Retno L.P. Marsudi, Minister for Foreign Affairs of Indonesia.",
            "Retno L.P. Marsudi",
        ),
        ("Ames held a meeting with H.E. Mr. Joko Widodo, President of Indonesia.", "Joko Widodo"),
    ],
)
def test_a_name_after_a_style_and_a_courtesy_title_is_a_person(
    meetings_in: MeetingsIn, text: str, guest: str
) -> None:
    assert names(only(meetings_in(text))) == ["Ames", guest]


def test_people_an_including_names_on_a_trip_are_calls_of_their_own(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Winston Peters will travel to Beijing next week. Mr Peters will meet with other high ranking Chinese"
        " officials, including Politburo member Yang Jiechi and Minister Song Tao."
    )
    assert ["Winston Peters", "Yang Jiechi"] in [names(m) for m in found]
    assert ["Winston Peters", "Song Tao"] in [names(m) for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "Julie Bishop will visit Mumbai from 18-19 July.",
        "Liz Truss will visit the Park View Compound, a facility housing people who have left Afghanistan.",
    ],
)
def test_a_visit_to_a_city_or_a_site_with_no_country_told_is_no_meeting(
    meetings_in: MeetingsIn, text: str
) -> None:
    assert meetings_in(text) == []


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Julie Bishop will visit India from 18-19 July.", "India"),
        ("Julie Bishop will visit New Delhi from 18-19 July.", "India"),
        ("Earlier in July, a Taliban delegation visited Moscow.", "Russia"),
        ("William Hague visited the U.S. last week.", "U.S."),
        ("Olaf Scholz visited the People’s Republic of China on Friday.", "People’s Republic of China"),
        (
            "Justin Trudeau concluded his visit to Hanoi and Ho Chi Minh City, Vietnam, on Thursday.",
            "Vietnam",
        ),
    ],
)
def test_a_visit_to_a_country_or_a_city_of_a_country_told_meets_the_country(
    meetings_in: MeetingsIn, text: str, host: str
) -> None:
    assert names(only(meetings_in(text)))[1:] == [host]


def test_a_gatherings_name_keeps_its_possessive_mark(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Justin Trudeau will travel to Da Nang, Vietnam, to attend the Asia Pacific Economic Cooperation"
        " (APEC) Leaders’ Meeting on November 10."
    )
    assert any("Leaders’ Meeting" in p.name for m in found for p in m.participants)


def test_a_visited_name_a_who_clause_describes_is_a_person_visited(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Al Jazeera reported that Widodo was planning to visit Wiranto, who was being treated at the Gatot"
        " Soebroto Army Hospital."
    )
    assert names(only(found)) == ["Widodo", "Wiranto"]


def test_a_trip_to_states_of_a_federation_meets_no_state(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Kamala Harris has traveled to Florida, Pennsylvania, New Jersey and Virginia this month."
    )
    assert not any(p.name in {"New Jersey", "Virginia"} for m in found for p in m.participants)


def test_a_visit_to_a_city_made_for_talks_meets_there(meetings_in: MeetingsIn) -> None:
    found = meetings_in("Boris Johnson will travel to Mumbai for high-level talks in the coming weeks.")
    assert names(only(found)) == ["Boris Johnson", "Mumbai"]
