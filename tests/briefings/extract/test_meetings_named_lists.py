"""Every named party of a readout's lists (issue 15): no attendee dropped, no title glued to a name.

Invented sentences of each shape: a "with" list whose later titled items the
parser hangs on the verb once a place phrase broke the list, a list of names each
followed by its title, co-hosts written "along with" / "together with" the
subject (no meeting by themselves), a name the tagger runs into the field or body
of its title ("Secretary of Housing and Urban Development Ana Lima"), two titled
ministers "of" their fields who met, and "a series of sessions with" a group.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Meeting
from tests.briefings.extract.meeting_support import names, only

pytestmark = pytest.mark.slow


# --- a "with" list the parser broke ---------------------------------------------------------------


def test_every_titled_item_of_a_long_with_list_is_a_party(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "President Joseph R. Biden, Jr. met December 14 with President Felix Tshisekedi of the "
            "Democratic Republic of the Congo (DRC), President Ali Bongo Ondimba of Gabon, President "
            "George Manneh Weah of Liberia, President Andry Nirina Rajoelina of Madagascar, President "
            "Muhammadu Buhari of Nigeria, and President Julius Maada Bio of Sierra Leone to discuss "
            "their countries' upcoming elections."
        )
    )
    assert {"Felix Tshisekedi", "Ali Bongo Ondimba", "George Manneh Weah", "Muhammadu Buhari"} <= set(
        names(meeting)
    )
    assert any(n.endswith("Bio") for n in names(meeting))
    assert any(n.endswith("Rajoelina") for n in names(meeting))


def test_names_each_followed_by_a_title_are_all_hosts(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "Today, Julie Chavez Rodriguez, White House Intergovernmental Affairs Director, Jennifer "
            "Klein, White House Gender Policy Council Director, and Stacey Grigsby, Deputy White House "
            "Counsel, met with Attorneys General Dana Nessel of Michigan and Keith Ellison of Minnesota."
        )
    )
    assert {
        "Julie Chavez Rodriguez",
        "Jennifer Klein",
        "Stacey Grigsby",
        "Dana Nessel",
        "Keith Ellison",
    } <= set(names(meeting))


# --- co-hosts "along with" the subject ------------------------------------------------------------


def test_along_with_names_co_hosts_of_a_convening(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "Today, Director of the National Economic Council, Brian Deese, along with Deputy NEC "
            "Director Fazili and Deputy OMB Director Miller, convened the directors of the nation's "
            "manufacturing institutes."
        )
    )
    assert {"Brian Deese", "Fazili", "Miller"} <= set(names(meeting))


def test_together_with_names_a_co_host_on_the_subject_side(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in("Secretary Lena Park, together with Mayor Tom Reyes, met with union leaders in Ohio.")
    )
    assert set(names(meeting)) == {"Lena Park", "Tom Reyes", "union leaders"}


def test_co_hosts_alone_make_no_meeting(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("Secretary Lena Park, along with Mayor Tom Reyes, will host a series of events.") == []


def test_a_series_of_sessions_with_a_group_meets_the_group(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "Over the next two weeks, the White House, along with CDC and HHS, will host a series of "
            "listening sessions with key stakeholder groups."
        )
    )
    assert "key stakeholder groups" in names(meeting)
    assert "White House" in names(meeting)
    assert meeting.status == "planned"


# --- a name run into its title's field -------------------------------------------------------------


def test_a_name_after_its_titles_field_is_the_name_alone(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "Earlier in the day, the mayors met with Secretary of Labor Martin J. Walsh, Secretary of "
            "Housing and Urban Development Marcia Fudge, and Secretary of Transportation Pete Buttigieg."
        )
    )
    assert "Marcia Fudge" in names(meeting)
    assert not any("Development" in n for n in names(meeting))


def test_a_name_after_a_body_of_its_title_is_the_name_alone(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "National Security Advisor Jake Sullivan met today in Washington with Executive Vice "
            "President of the European Commission Frans Timmermans."
        )
    )
    assert names(meeting) == ["Jake Sullivan", "Frans Timmermans"]


def test_a_name_after_a_field_joined_by_and_is_the_name_alone(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Secretary Blinken met with Deputy Prime Minister and Minister of Foreign Affairs and "
            "Expatriates Ayman Safadi in Amman."
        )
    )
    assert "Ayman Safadi" in names(meeting)


def test_a_field_with_no_name_after_it_is_no_person(meetings_in: Callable[..., list[Meeting]]) -> None:
    for meeting in meetings_in("Secretary of Health and Human Services Lena Park met with nurses in Ohio."):
        assert "Human Services" not in names(meeting)


def test_two_ministers_of_their_fields_who_met_are_both_parties(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Brazilian Minister of Foreign Affairs Carolina Mendes and South African Minister of "
            "International Relations and Cooperation Thabo Nkosi met in Pretoria on April 15, 2026."
        )
    )
    assert {"Carolina Mendes", "Thabo Nkosi"} <= set(names(meeting))


# --- names of bodies and groups, whole --------------------------------------------------------------


def test_an_acronym_in_brackets_is_no_part_of_a_bodys_name(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "Yesterday, Domestic Policy Advisor Susan Rice and White House Intergovernmental Affairs "
            "Director Julie Rodriguez convened the inaugural meeting of The White House Community "
            "Violence Intervention (CVI) Collaborative, a cohort of mayors."
        )
    )
    assert "White House Community Violence Intervention Collaborative" in names(meeting)


def test_a_plural_title_with_its_adjective_after_it_is_one_group(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Today, Domestic Policy Advisor Susan Rice hosted a virtual convening with attorneys general "
            "from seven states."
        )
    )
    assert "attorneys general" in names(meeting)


def test_the_president_is_no_vice_president_named_before(meetings_in: Callable[..., list[Meeting]]) -> None:
    found = meetings_in(
        "Today, President Joe Biden and Vice President Kamala Harris hosted a group of Members of "
        "Congress in the Oval Office. The President met last month with members of the Senate "
        "Environment and Public Works Committee."
    )
    last = found[-1]
    assert "Joe Biden" in names(last)
    assert "Kamala Harris" not in names(last)


# --- a clause that sums up a span's meetings --------------------------------------------------------


def test_a_summary_of_a_past_span_is_one_meeting_per_party(meetings_in: Callable[..., list[Meeting]]) -> None:
    found = meetings_in(
        "Today Vice President Lena Park convened state legislators and advocates in Boston. She has "
        "convened health care providers, faith leaders, and advocates over the last three months."
    )
    today = [m for m in found if m.place == "Boston"]
    assert len(today) == 1 and "health care providers" not in names(today[0])
    assert {tuple(names(m)) for m in found if m.place is None} >= {
        ("health care providers", "Lena Park"),
        ("faith leaders", "Lena Park"),
    }


def test_recent_meetings_are_several_and_not_the_one_reported(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "Today Vice President Lena Park convened disability rights leaders. The meeting followed recent "
        "meetings that the Vice President has convened with state legislators and local leaders in "
        "Salem, Oregon; Albany, New York; and Dover, Delaware."
    )
    assert len(found) == 3
    assert all(m.place is None for m in found[1:])


def test_one_meeting_on_a_past_day_is_no_summary(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("The President met last month with union leaders and mayors."))
    assert {"union leaders", "mayors"} <= set(names(meeting))


def test_a_name_hung_on_the_title_of_the_name_before_is_listed(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Joining President Biden on the call were Prime Minister Justin Trudeau of Canada, President "
            "Macron of France, Chancellor Scholz of Germany, Prime Minister Draghi of Italy, Prime Minister "
            "Kishida of Japan, NATO Secretary General Stoltenberg, and Prime Minister Johnson of the "
            "United Kingdom.",
            "Readout of the President's Call with Allies and Partners",
        )
    )
    assert {"Draghi", "Kishida", "Stoltenberg", "Johnson"} <= set(names(meeting))


# --- a body of people whose members were met one by one ------------------------------------------


def test_the_body_of_people_met_one_by_one_is_no_further_meeting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "President Joseph R. Biden, Jr. held separate calls today with Mayor Jane Castor of Tampa, Mayor "
        "Ken Welch of St. Petersburg, and Mayor Frank Hibbard of Clearwater. The President spoke with the "
        "Mayors about the storm.",
        "Readout of President Joe Biden's Calls with Florida Officials on the Storm",
    )
    assert sorted(names(m)[1] for m in found) == ["Frank Hibbard", "Jane Castor", "Ken Welch"]


def test_a_body_of_people_met_as_such_is_a_meeting(meetings_in: Callable[..., list[Meeting]]) -> None:
    found = meetings_in(
        "President Ana Ruiz spoke with Mayor Jane Castor of Tampa. Later, the President met with union "
        "leaders in Ohio."
    )
    assert any("union leaders" in names(m) for m in found)


# --- two convenings in one sentence; names written with a hyphen ---------------------------------


def test_two_coordinated_convenings_are_two_meetings_each_with_its_date(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "On January 29, the Vice President convened Caribbean leaders virtually and on February 9, "
        "President Ana Ruiz and the Vice President convened Caribbean leaders at the Summit of the "
        "Americas in Los Angeles."
    )
    assert len(found) == 2
    assert [m.date for m in found] == ["2026-01-29", "2026-02-09"]


def test_a_hyphenated_given_name_in_lowercase_ends_the_name(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Vice President Kamala Harris today met with Prime Minister Han Duck-soo of the Republic of "
            "Korea in Tokyo. The Vice President and Prime Minister discussed the climate crisis."
        )
    )
    assert names(meeting) == ["Kamala Harris", "Han Duck-soo"]


def test_a_name_cut_at_its_hyphen_is_the_same_person(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "President Ana Ruiz spoke today with President Moon Jae-in of the Republic of Korea.",
            "Readout of President Ana Ruiz's Call with President Moon Jae-in of the Republic of Korea",
        )
    )
    assert "Moon Jae-in" in names(meeting)


# --- more shapes of a named party ----------------------------------------------------------------


def test_a_person_appositive_comes_before_an_acronym(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "National Security Advisor Jake Sullivan spoke by phone today with Republic of Korea (ROK) "
            "National Security Advisor Kim Sung-han to discuss the launch."
        )
    )
    assert "Kim Sung-han" in names(meeting)


def test_a_name_after_a_long_title_of_two_fields_is_a_co_host(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Today, Senior Advisor and Director of the White House Office of Public Engagement Cedric "
            "Richmond and Senior Director for the Western Hemisphere for the National Security Council "
            "Juan Gonzalez met with Cuban American leaders."
        )
    )
    assert {"Cedric Richmond", "Juan Gonzalez", "Cuban American leaders"} <= set(names(meeting))


def test_two_unnamed_offices_of_a_readout_are_two_parties(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "Today, the President and Vice President met with 12 Latino leaders to discuss the agenda.",
            "Readout of the President and Vice President's Meeting with Latino Leaders",
        )
    )
    assert names(meeting) == ["the President", "the Vice President", "Latino leaders"]


def test_joined_by_names_co_hosts(meetings_in: Callable[..., list[Meeting]]) -> None:
    found = meetings_in(
        "On Friday, White House Counsel Stuart Delery and Attorney General Merrick Garland, joined by "
        "Second Gentleman Douglas Emhoff and Associate Attorney General Vanita Gupta, convened the first "
        "meeting of private law firms."
    )
    assert {"Douglas Emhoff", "Vanita Gupta"} <= set(names(only(found)))


def test_a_holder_named_after_a_place_and_its_state(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "This morning, President Ana Ruiz spoke with Commissioner of Lee County, Florida Cecil "
            "Pendergrass."
        )
    )
    assert names(meeting) == ["Ana Ruiz", "Cecil Pendergrass"]


def test_a_headlines_countries_restate_the_presidents_met(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "President Ana Ruiz met December 14 with President Felix Tshisekedi of the Democratic Republic "
            "of the Congo (DRC), President Ali Bongo Ondimba of Gabon, President George Manneh Weah of "
            "Liberia, and President Muhammadu Buhari of Nigeria to discuss elections.",
            "Readout of Meeting Between President Ana Ruiz and the Presidents of the Democratic Republic of "
            "the Congo, Gabon, Liberia, and Nigeria",
        )
    )
    assert "Muhammadu Buhari" in names(meeting)


def test_those_joining_the_call_reported_before_are_on_that_call(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "President Ana Ruiz hosted a secure conference call today with Allies and partners about the "
            "war. Joining President Ruiz on the call were Prime Minister Trudeau of Canada, Chancellor "
            "Scholz of Germany, and Prime Minister Johnson of the United Kingdom."
        )
    )
    assert {"Ana Ruiz", "Trudeau", "Johnson"} <= set(names(meeting))


def test_a_plural_title_of_congress_members_is_no_part_of_a_name(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "Additionally, Richmond spoke individually with Louisiana Congressmembers Steve Scalise, Garret "
        "Graves, and Troy Carter to get updates."
    )
    assert "Steve Scalise" in {n for m in found for n in names(m)}


def test_a_span_of_time_in_a_clause_of_its_own_sums_up_no_meetings(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Today, President Ana Ruiz held a meeting with members of her Cabinet, National Economic "
            "Council Director Brian Deese, Port Envoy John Porcari, and private sector leaders to discuss "
            "progress that has been made over the last few months to lower costs."
        )
    )
    assert {"Ana Ruiz", "Brian Deese", "John Porcari"} <= set(names(meeting))


def test_an_office_first_in_a_list_of_titled_names_is_a_party_of_its_own(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "This afternoon, the President, Speaker Pelosi, and Leader Schumer had a positive discussion by "
            "phone about the progress they are each achieving.",
            "Readout of the President's Conversation with Speaker Pelosi and Leader Schumer",
        )
    )
    assert names(meeting) == ["the President", "Pelosi", "Schumer"]


def test_a_holders_name_in_apposition_to_the_office_is_the_office(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(meetings_in("President Ana Ruiz met with the Prime Minister, Kishida Fumio, in Tokyo."))
    assert names(meeting) == ["Ana Ruiz", "Kishida Fumio"]


def test_the_holder_of_ones_own_office_in_a_list_is_named(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "The President met in person today with his Chief Medical Advisor, Dr. Anthony Fauci, and "
            "members of his COVID Response Team."
        )
    )
    assert "Anthony Fauci" in names(meeting)
