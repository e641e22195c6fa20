"""Meetings on news the rules were not tuned to: long titles, statements about a meeting,
obligations to negotiate, press availabilities, delegations, separate meetings (issue 3 item 2)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from briefings.model.facts import Meeting
from tests.briefings.extract.meeting_support import names, only

pytestmark = pytest.mark.slow


def test_a_long_title_with_for_or_of_is_the_role_of_the_name_after_it(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "National Security Advisor Tom Pryor met today with Korean Minister of National Defense "
            "Kim Jae-won in Washington, DC to discuss the alliance. National Security Advisor Pryor "
            "and Minister Kim discussed plans for the upcoming consultations."
        )
    )
    assert names(meeting) == ["Tom Pryor", "Kim Jae-won"]
    roles = {p.name: p.role for p in meeting.participants}
    assert roles["Kim Jae-won"] == "Korean Minister of National Defense"
    assert meeting.place is not None and meeting.place.startswith("Washington")
    assert meeting.date == "2026-03-11"


def test_the_country_after_a_city_is_a_place_never_a_participant(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Secretary of State Lydia Cole spoke today with Indonesian Minister for Foreign Affairs "
            "Dewi Sari in Jakarta, Indonesia about maritime security."
        )
    )
    assert names(meeting) == ["Lydia Cole", "Dewi Sari"]
    assert dict((p.name, p.role) for p in meeting.participants)["Dewi Sari"] == (
        "Indonesian Minister for Foreign Affairs"
    )


def test_the_spokesperson_of_a_statement_about_a_meeting_is_no_participant(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "The following is attributable to NSC Spokesperson Rachel Dunn:\n\n"
        "National Security Advisor Tom Pryor met today with Minister Kim Jae-won at the White House.",
        title="Statement by NSC Spokesperson Rachel Dunn on National Security Advisor Tom Pryor's "
        "Meeting with Minister Kim Jae-won",
    )
    assert all("Rachel Dunn" not in names(m) for m in found)
    assert names(only(found)) == ["Tom Pryor", "Kim Jae-won"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The specific boundaries must be resolved through final status negotiations between Israelis "
        "and Palestinians.",
        "The Ministers said the conflict can only be resolved through talks between Kinshasa and Kigali.",
        "The United Nations urged Israelis and Palestinians to negotiate.",
        "The envoy called for talks between the government and the rebels.",
        "It is not clear whether Chinese Foreign Minister Zhao Lin plans to meet Philippine officials.",
    ],
)
def test_owed_urged_or_doubted_talks_are_no_meeting(
    meetings_in: Callable[..., list[Meeting]], sentence: str
) -> None:
    assert meetings_in(sentence) == []


def test_reported_would_with_a_future_time_is_a_planned_meeting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Ukrainian President Oksana Melnyk met reporters. Her chief of staff said Melnyk would "
            "also hold talks with European Commission President Ines Larsen in Brussels next week."
        )
    )
    assert names(meeting) == ["Oksana Melnyk", "Ines Larsen"]
    assert meeting.status == "planned"
    assert meeting.place == "Brussels"


def test_we_concluded_a_meeting_is_with_whom_the_labelled_speaker_thanked(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "SECRETARY COLE: Good afternoon. I want to sincerely thank President Karim Bensalah for his "
            "hospitality and warm welcome. We just concluded a very productive meeting covering energy "
            "and the situation in Libya.\n\nQUESTION: Madam Secretary, did you raise the detained "
            "journalists?\n\nSECRETARY COLE: We did, directly, and we will keep raising it with them.",
            title="Secretary Lydia Cole at a Press Availability in Algiers",
        )
    )
    assert names(meeting) == ["Lydia Cole", "Karim Bensalah"]
    assert meeting.status == "held"
    assert meeting.place == "Algiers"


def test_a_delegation_leader_meets_at_the_journeys_destination(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Special Envoy for Hostage Affairs Robert Keane led a delegation to Doha, Qatar this week "
            "to meet with Houthi negotiator Abdulmalik al-Saadi."
        )
    )
    assert names(meeting)[0] == "Robert Keane"
    assert "Abdulmalik al-Saadi" in names(meeting)
    assert meeting.place is not None and meeting.place.startswith("Doha")


def test_meeting_two_people_separately_is_two_meetings(meetings_in: Callable[..., list[Meeting]]) -> None:
    found = meetings_in(
        "Envoy Farida Osman met General Omar Hassan and General Ali Idris separately in Jeddah."
    )
    assert sorted(names(m)[1] for m in found) == ["Ali Idris", "Omar Hassan"]
    assert all(m.place == "Jeddah" for m in found)


def test_a_separate_bilateral_is_not_merged_into_the_summit(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "Tanzanian President Amina Mwakyusa hosted Ugandan President Joseph Okello and Rwandan President "
        "Claude Habimana at the State House in Arusha on Thursday. Habimana and Okello also held a "
        "separate bilateral meeting on the sidelines."
    )
    assert len(found) == 2
    assert sorted(names(found[1])) == ["Claude Habimana", "Joseph Okello"]


def test_the_ministers_of_two_countries_are_two_parties_at_a_misread_city(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in("When the foreign ministers of Norway and Iceland met in Tromsø on Monday, it rained.")
    )
    assert names(meeting) == ["Norway", "Iceland"]
    assert meeting.place == "Tromsø"
    assert meeting.date == "2026-03-09"


def test_a_lone_surname_of_someone_named_before_still_takes_part(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "Kenyan President Grace Wanjiru toured a clinic. Wanjiru later spoke by phone with Canadian "
        "Prime Minister Louis Tremblay, her office said."
    )
    assert names(only(found)) == ["Grace Wanjiru", "Louis Tremblay"]


def test_a_sentence_never_runs_across_a_blank_line(nlp: Language) -> None:
    doc = nlp("The following is attributable to Spokesperson Rachel Dunn:\n\nTom Pryor met Kim today.")
    starts = [s.start_char for s in doc.sents]
    assert doc.text.index("Tom Pryor") in starts


def test_one_delegation_visit_told_twice_is_one_meeting_with_the_place_and_the_day(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Special Envoy Robert Keane led a delegation to Doha, Qatar this week to meet with senior "
            "representatives of the Houthi movement.\n\nKeane met Houthi negotiator Abdulmalik al-Saadi "
            "on Tuesday at a government guesthouse, officials said."
        )
    )
    assert names(meeting) == ["Robert Keane", "Abdulmalik al-Saadi"]
    assert meeting.place is not None and meeting.place.startswith("Doha")
    assert meeting.date == "2026-03-10"


def test_a_call_told_twice_is_one_meeting_dated_today_without_the_topics_place(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "Secretary of State Lydia Cole spoke today with Indonesian Minister for Foreign Affairs "
        "Dewi Sari.\n\n"
        "Secretary Cole and Foreign Minister Sari discussed freedom of navigation in the South China Sea."
    )
    meeting = only(found)
    assert meeting.status == "held"
    assert meeting.place is None  # the sea is what they discussed, not where
    assert meeting.date == "2026-03-11"


def test_a_discussion_the_speaker_had_with_an_unnamed_office_holder_is_a_held_meeting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "SECRETARY COLE: Good afternoon. I also want to thank the Foreign Minister, continuing the "
        "discussion I had with him earlier today over breakfast.\n\nQUESTION: Did you discuss Libya?\n\n"
        "SECRETARY COLE: We did, at length, and we will keep working with our partners on it.",
        title="Secretary Lydia Cole at a Press Availability in Algiers",
    )
    meeting = only(found)
    assert names(meeting) == ["Lydia Cole", "Foreign Minister"]
    assert (meeting.status, meeting.place, meeting.date) == ("held", "Algiers", "2026-03-11")


def test_a_wire_dateline_is_no_party_and_an_untagged_titled_name_is_the_person(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "BEIJING, Nov 14 (Wire) - Secretary of Defense Mark Ellis hosted Polish Minister of National "
        "Defence Tomasz Nowak at the Great Hall of the People on Friday.\n\n"
        "Minister Nowak thanked Secretary Ellis for the welcome."
    )
    meeting = only(found)
    assert sorted(names(meeting)) == ["Mark Ellis", "Tomasz Nowak"]
    assert meeting.place == "Great Hall of the People"


def test_any_holder_of_an_office_is_no_one_in_particular(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("It is the first time any US president has visited Benin.") == []
