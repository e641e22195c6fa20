"""Meetings: who met whom, where, when, and whether it happened (issue 2 item 5, issue 3 item 2)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from briefings.extract import Extractor
from briefings.extract.context import DocContext
from briefings.extract.meetings import extract_meetings
from briefings.model.documents import Document
from briefings.model.facts import Meeting
from tests.briefings.extract.meeting_support import names, only

pytestmark = pytest.mark.slow

PUBLISHED = datetime(2021, 7, 29, 12, 0, tzinfo=UTC)  # a Thursday


@pytest.fixture(scope="module")
def meetings_in(extractor: Extractor) -> Callable[..., list[Meeting]]:
    """Meetings of a snippet published on Thursday 2021-07-29 (or ``title`` / ``published`` given)."""

    def run(body: str, title: str = "", published: datetime = PUBLISHED) -> list[Meeting]:
        document = Document.create(title=title, body=body, published=published)
        return extract_meetings(extractor.context(document))

    return run


# --- the seed article --------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(article_context: Callable[[str], DocContext]) -> list[Meeting]:
    return extract_meetings(article_context("000_65f72ffc5e9bc812"))


def test_seed_baradar_met_wang_yi_in_tianjin_with_full_names_and_roles(seed: list[Meeting]) -> None:
    meeting = next(m for m in seed if "Wang Yi" in names(m))
    assert names(meeting) == ["Mullah Abdul Ghani Baradar", "Wang Yi"]
    assert meeting.place == "Tianjin"
    roles = {p.name: p.role for p in meeting.participants}
    assert roles["Wang Yi"] == "Chinese Foreign Minister"
    assert meeting.status == "held"


def test_seed_meeting_mentioned_twice_is_reported_once(seed: list[Meeting]) -> None:
    # "met with Chinese Foreign Minister Wang Yi" and "Baradar's meeting with Wang"
    assert sum("Wang Yi" in names(m) for m in seed) == 1


def test_visited_the_city_refers_back_to_the_last_city_and_its_country_hosts(seed: list[Meeting]) -> None:
    meeting = next(m for m in seed if "Wendy Sherman" in names(m))
    assert meeting.place == "Tianjin"
    assert names(meeting) == ["Wendy Sherman", "China"]  # visitor first, host last


def test_last_week_in_doha_resolves_to_the_week_before_publication(seed: list[Meeting]) -> None:
    meeting = next(m for m in seed if m.place == "Doha")
    assert names(meeting) == ["Afghan government", "Taliban"]
    assert meeting.date == "2021-W29"
    assert meeting.evidence.sentence.startswith("Last week, representatives from the Afghan government")


def test_earlier_in_july_visit_to_moscow_is_dated_to_the_month(seed: list[Meeting]) -> None:
    meeting = next(m for m in seed if m.place == "Moscow")
    assert names(meeting) == ["Taliban delegation", "Moscow"]
    assert meeting.date == "2021-07"


def test_seed_reports_only_its_four_meetings(seed: list[Meeting]) -> None:
    assert len(seed) == 4


# --- readouts, calls, delegations, multilateral --------------------------------------------


def test_readout_met_today_in_washington_with_a_foreign_minister(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Secretary Blinken met today in Washington with Ukrainian Foreign Minister Dmytro Kuleba."
        )
    )
    assert names(meeting) == ["Blinken", "Dmytro Kuleba"]
    assert meeting.place == "Washington"
    assert meeting.date == "2021-07-29"


def test_readout_with_two_leaders_joined_by_and_lists_both(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "Secretary of State Antony J. Blinken met today with Kosovan President Vjosa Osmani and "
            "Prime Minister Albin Kurti in Washington, DC."
        )
    )
    assert names(meeting) == ["Antony J. Blinken", "Vjosa Osmani", "Albin Kurti"]
    assert meeting.place == "Washington, DC"


def test_spoke_by_phone_yesterday_is_a_call_dated_the_day_before(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in("Secretary Blinken spoke by phone yesterday with Foreign Minister Dmytro Kuleba.")
    )
    assert names(meeting) == ["Blinken", "Dmytro Kuleba"]
    assert meeting.date == "2021-07-28"


def test_calling_something_a_failure_is_not_a_call(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert (
        meetings_in(
            "Russian diplomats never miss a chance to call the U.S. mission in Afghanistan a failure."
        )
        == []
    )


def test_led_a_delegation_to_continue_discussions_in_doha(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "Special Representative Zalmay Khalilzad led a delegation to Qatar on Monday to continue "
            "discussions with Taliban representatives in Doha."
        )
    )
    assert names(meeting) == ["Zalmay Khalilzad", "Taliban representatives"]
    assert meeting.place == "Doha"


def test_multilateral_meeting_of_ministers_from_three_countries(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in("Foreign ministers from Japan, South Korea and the United States met in Bali on Friday.")
    )
    assert names(meeting) == ["Japan", "South Korea", "United States"]
    assert meeting.place == "Bali"
    assert meeting.date == "2021-07-23"  # the Friday before a Thursday publication


def test_host_is_listed_after_the_guest(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in("Chancellor Olaf Scholz hosted French President Emmanuel Macron in Berlin on Monday.")
    )
    assert names(meeting) == ["Emmanuel Macron", "Olaf Scholz"]
    assert meeting.date == "2021-07-26"


def test_headline_names_the_meeting_when_the_body_never_says_met(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "The leaders discussed regional security. "
            "President Biden thanked President Herzog for his friendship.",
            title="Readout of President Biden’s Meeting with President Isaac Herzog of Israel",
        )
    )
    assert names(meeting) == ["Biden", "Isaac Herzog"]
    assert meeting.evidence.field == "title"


# --- status: planned, cancelled, not a meeting --------------------------------------------


def test_will_meet_is_planned_and_dated_next_week(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("President Biden will meet Chinese President Xi Jinping in Bali next week."))
    assert meeting.status == "planned"
    assert meeting.date == "2021-W31"


def test_plans_to_visit_is_planned_with_the_city_as_place(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("Prime Minister Boris Johnson plans to visit Kyiv on Friday."))
    assert meeting.status == "planned"
    assert meeting.place == "Kyiv"
    assert meeting.date == "2021-07-30"  # the coming Friday: a planned visit looks ahead


def test_declined_to_meet_is_cancelled(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("Abbas declined to meet Vice President Dick Cheney on Sunday."))
    assert meeting.status == "cancelled"


def test_a_cancelled_summit_is_cancelled(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("The summit between Trump and Kim was cancelled."))
    assert meeting.status == "cancelled"
    assert names(meeting) == ["Trump", "Kim"]


def test_exchange_of_artillery_fire_is_not_a_meeting(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("The two armies exchanged artillery fire across the border on Monday.") == []


def test_meeting_resistance_is_not_a_meeting(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("The proposal met with fierce resistance from lawmakers.") == []


def test_a_hypothetical_meeting_is_not_reported(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("If Putin met Zelensky, the war could end.") == []


# --- transcripts ----------------------------------------------------------------------------


def test_first_person_meeting_under_a_speaker_label_includes_the_speaker(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "**SECRETARY BLINKEN:** We just concluded a very productive meeting. "
            "I want to thank the minister.\n"
            "**FOREIGN MINISTER KULEBA:** Thank you, Tony.\n"
            "**QUESTION:** Mr. Secretary, will you send jets?\n"
        )
    )
    assert names(meeting) == ["Blinken", "Kuleba"]  # the reporter is not a party
    assert meeting.date == "2021-07-29"  # remarks about the meeting they are in: the day of publication


def test_pleased_to_meet_today_with_the_president_of_a_country_finds_its_president(
    article_context: Callable[[str], DocContext],
) -> None:
    meeting = only(extract_meetings(article_context("024")))
    assert [p.name for p in meeting.participants] == ["Antony J. Blinken", "Irfaan Ali"]
    assert meeting.date == "2022-07-25"


def test_time_on_the_phone_with_a_counterpart_is_a_call(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "**SECRETARY BLINKEN:** Just yesterday I spent a fair bit of time on the phone with my Emirati "
            "counterpart. We share very important interests with the Gulf countries.\n"
            "**QUESTION:** Thank you.\n"
        )
    )
    assert names(meeting) == ["Blinken", "Emirati counterpart"]
    assert meeting.date == "2021-07-28"


def test_spoke_with_a_named_leader_is_a_conversation(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("President Biden spoke with King Salman of Saudi Arabia last month."))
    assert names(meeting) == ["Biden", "Salman"]
    assert meeting.date == "2021-06"


def test_talking_with_reporters_is_not_a_meeting(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("The minister talked with reporters outside the building on Monday.") == []


def test_two_leaders_who_discussed_a_topic_met_but_the_topic_is_not_the_place(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(meetings_in("President Trump and King Abdullah also discussed the situation in Gaza."))
    assert names(meeting) == ["Trump", "Abdullah"]
    assert meeting.place is None


def test_discussing_a_concern_in_a_statement_is_not_a_meeting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    body = (
        "Discussing his concern in a public statement, Malaysia's Prime Minister, Najib Razak said the "
        "region shares the desire to find a solution."
    )
    assert meetings_in(body) == []


def test_welcoming_a_decision_of_countries_is_not_a_meeting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    body = (
        "**FOREIGN SECRETARY TRUSS:** I welcome the decision of Germany, and Japan, "
        "and many others to send aid.\n"
    )
    assert meetings_in(body + "**QUESTION:** Thanks.\n") == []


def test_a_press_officer_calling_on_reporters_is_not_a_party(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "**SECRETARY BLINKEN:** It is good to see my colleague, Foreign Secretary Truss. "
            "Together we discussed our work on the Iran nuclear agreement and on the war in Ukraine.\n"
            "**FOREIGN SECRETARY TRUSS:** Thank you, Tony. We are united with our allies against this "
            "aggression, and we will keep supplying defensive weapons to Ukraine "
            "for as long as it takes to win.\n"
            "**MR SWIFT:** Could we have Sarah Smith of the BBC, please.\n"
            "**QUESTION:** Thank you very much.\n"
        )
    )
    assert names(meeting) == ["Blinken", "Truss"]


def test_a_bilateral_working_group_meeting_names_both_countries(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "The Narcotics Control Bureau, India (NCB) hosted the third meeting of the "
            "India-U.S. Counternarcotics Working Group in New Delhi, India on 7-8 July, 2022."
        )
    )
    assert {"India", "U.S."} <= set(names(meeting))
    assert meeting.place is not None and meeting.place.startswith("New Delhi")
    assert meeting.date == "2022-07-07"


def test_arriving_somewhere_for_talks_with_a_leader_is_a_meeting_there(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "U.S. Secretary of State Condoleezza Rice arrived in Cairo on Tuesday for talks with "
            "Egyptian President Hosni Mubarak."
        )
    )
    assert names(meeting) == ["Condoleezza Rice", "Hosni Mubarak"]
    assert meeting.place == "Cairo"
    assert meeting.date == "2021-07-27"


def test_arriving_for_a_funeral_is_not_a_meeting(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("Rice arrived in Cairo for a funeral.") == []


def test_who_met_in_a_relative_clause_belongs_to_the_noun_it_describes(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(meetings_in("Rice, who met Abbas earlier in the day, said she was optimistic."))
    assert names(meeting) == ["Rice", "Abbas"]


def test_travel_to_meet_takes_the_date_of_the_journey(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("Zelensky will travel to Washington next week to meet President Biden."))
    assert meeting.status == "planned"
    assert meeting.date == "2021-W31"
