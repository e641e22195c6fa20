"""Headline verbs run into names, a fronted place run into the subject, meetings held with several, bodies
named a confederation, and journeys told "en route" (issues 14 and 15, session 40, from test set 39's misses
once it was promoted to a dev set):

- "Colombia's Uribe, Bush Discuss Trade and Narco-Terrorism": a title-cased headline runs a name into its
  verb and object; the name ends at its last word the body's names use, when the next word is one the
  body writes in lower case ("discussed", "trade");
- "In Portugal Mr Goff will meet Prime Minister Guterres": the parser makes the titled name the object of
  "in" and leaves the verb without a subject; the name is the subject, and a place run into a form of
  address is no office;
- "…, as well as Foreign Minister Dr Jaime Gama": "as well as" opens a list item, as "and" does;
- "Mr Peters held meetings with A, B and C", "held a range of meetings, including with the leaders of A,
  B and C": meetings (plural, or a number or range of them) held with several are one meeting with
  each, unless they were held with a group whose members are listed;
- "has a meeting with Fischer and with members of the committee": a second "with" said again after
  "and" is a meeting of its own, when the first hangs on the meeting noun the verb holds;
- "Readout of the President's Calls with Senator Murray and Senator Kaine": a headline's plural calls of
  someone it names by office alone are one with each (the body names who); the senators never met;
- "met with the Confederation of German Trade Unions": a confederation is a body, as a federation is;
- "is en route to Egypt and Saudi Arabia": on the way to countries is travelling to them; "is in Thailand
  for an ASEAN summit": in a country for a gathering is visiting it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes
from briefings.model.facts import Quote
from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


def test_a_headline_verb_run_into_a_name_is_no_part_of_it(context_of: Callable[..., DocContext]) -> None:
    ctx = context_of(
        "President Bush and Colombian President Alvaro Uribe discussed trade on Wednesday.\n\n"
        '"He has got a tough job," said Mr. Bush.',
        "Colombia's Uribe, Bush Discuss Trade and Narco-Terrorism",
    )
    quote = only_quote(extract_quotes(ctx))
    assert quote.speaker is not None and quote.speaker.name == "Bush"


def test_a_headline_name_whose_next_word_the_body_never_lowercases_is_kept(
    context_of: Callable[..., DocContext],
) -> None:
    ctx = context_of(
        'Press Secretary Jen Psaki took questions on Monday.\n\n"Thanks, Jen," a reporter said.'
        ' "We will see," said Ms. Psaki.',
        "Press Briefing by Press Secretary Jen Psaki",
    )
    assert "Jen Psaki" in {p.name for p in ctx.people.people()}


def test_a_fronted_place_run_into_the_subject_leaves_the_subject(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "Foreign Minister Phil Goff leaves for Europe on Monday. In Portugal Mr Goff will meet Prime Minister"
        " Antonio Guterres."
    )
    meeting = only([m for m in meetings if "Antonio Guterres" in names(m)])
    assert names(meeting) == ["Phil Goff", "Antonio Guterres"]
    assert meeting.status == "planned"


def test_a_fronted_while_phrase_run_into_the_subject_leaves_the_subject(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "Foreign Minister Phil Goff leaves for Europe on Monday. While in Portugal Mr Goff will meet"
        " Portuguese Prime Minister Antonio Guterres."
    )
    meeting = only([m for m in meetings if "Antonio Guterres" in names(m)])
    assert names(meeting)[0] == "Phil Goff"
    assert {p.name: p.role for p in meeting.participants}["Phil Goff"] != "Portugal"


def test_as_well_as_opens_a_list_item_and_no_office(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "Foreign Minister Phil Goff leaves for Europe on Monday. While in Portugal Mr Goff will meet"
        " Portuguese Prime Minister Antonio Guterres, as well as Foreign Minister Dr Jaime Gama."
    )
    roles = {p.name: p.role for m in meetings for p in m.participants}
    assert roles["Jaime Gama"] == "Foreign Minister"
    assert any(names(m)[0] == "Phil Goff" and "Jaime Gama" in names(m) for m in meetings)


def test_meetings_held_with_several_are_one_meeting_with_each(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "While in Japan, Foreign Minister Winston Peters held meetings with Prime Minister Fumio Kishida,"
        " Chief Cabinet Secretary Yoshimasa Hayashi, and Defence Minister Minoru Kihara."
    )
    assert sorted(names(m)[1] for m in meetings) == ["Fumio Kishida", "Minoru Kihara", "Yoshimasa Hayashi"]
    assert all(names(m)[0] == "Winston Peters" and len(m.participants) == 2 for m in meetings)


def test_meetings_held_with_a_group_whose_members_are_listed_stay_one(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "President Jacob Zuma held consultative meetings with the three principals in the unity"
            " government - President Robert Mugabe, Prime Minister Morgan Tsvangirai and Deputy Prime"
            " Minister Arthur Mutambara."
        )
    )
    assert names(meeting)[0] == "Jacob Zuma"


def test_one_meeting_held_with_several_is_not_split(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Foreign Minister Winston Peters held a meeting with Prime Minister Fumio Kishida and Defence"
            " Minister Minoru Kihara."
        )
    )
    assert sorted(names(meeting)) == ["Fumio Kishida", "Minoru Kihara", "Winston Peters"]


def test_a_confederation_is_a_body_one_meets(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("Trade Commissioner Cecilia Malmström met with the Confederation of German Trade Unions.")
    )
    assert names(meeting) == ["Cecilia Malmström", "Confederation of German Trade Unions"]


def test_en_route_to_countries_travels_to_each(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "Defense Secretary Robert M. Gates is en route to Egypt and Saudi Arabia for sessions aimed at"
        " reaffirming ties."
    )
    assert sorted(names(m)[1] for m in meetings) == ["Egypt", "Saudi Arabia"]
    assert all(names(m)[0] == "Robert M. Gates" for m in meetings)


def test_en_route_to_a_city_visits_no_one(meetings_in: MeetingsIn) -> None:
    assert meetings_in("Defense Secretary Robert Gates was en route to Cairo when the news broke.") == []


def test_in_a_country_for_a_summit_visits_it(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Secretary of State Mike Pompeo is in Thailand for an ASEAN summit that comes hours after a"
            " missile test."
        )
    )
    assert names(meeting) == ["Mike Pompeo", "Thailand"]


def test_in_a_country_for_the_holidays_visits_no_one(meetings_in: MeetingsIn) -> None:
    assert meetings_in("Prime Minister John Smith is in Spain for the holidays.") == []


def only_quote(quotes: list[Quote]) -> Quote:
    assert len(quotes) == 1, quotes
    return quotes[0]


def test_a_range_of_meetings_including_with_several_is_one_meeting_with_each(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "Foreign Minister Winston Peters held a range of meetings, including with the leaders of the Cook"
        " Islands, Fiji, Samoa and Tonga."
    )
    assert sorted(names(m)[1] for m in meetings) == ["Cook Islands", "Fiji", "Samoa", "Tonga"]
    assert all(names(m)[0] == "Winston Peters" and len(m.participants) == 2 for m in meetings)


def test_a_number_of_meetings_with_one_person_is_one_meeting(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Foreign Minister Winston Peters held a number of meetings with Prime Minister Fiame Mata'afa."
        )
    )
    assert names(meeting) == ["Winston Peters", "Fiame Mata'afa"]


def test_a_meeting_had_with_one_and_with_another_is_two_meetings(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "Foreign Minister Phil Goff leaves for Europe on Monday. In Germany the Minister has a meeting with"
        " Foreign Minister Joschka Fischer and with members of the Bundestag Australia-New Zealand Committee."
    )
    parties = sorted(names(m)[1] for m in meetings if names(m)[0] == "Phil Goff" and len(m.participants) == 2)
    assert parties == ["Bundestag Australia-New Zealand Committee", "Joschka Fischer"]


def test_calls_of_someone_a_headline_names_by_office_are_one_with_each(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "This afternoon, President Joe Biden had phone calls with Senator Patty Murray and"
        " Senator Tim Kaine.",
        title="Readout of the President's Calls with Senator Murray and Senator Kaine",
    )
    assert sorted(names(m)[1] for m in meetings) == ["Patty Murray", "Tim Kaine"]
    assert all(names(m)[0] == "Joe Biden" and len(m.participants) == 2 for m in meetings)
