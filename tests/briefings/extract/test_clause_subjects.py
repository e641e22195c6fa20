"""A gerund under a preposition has the subject of the clause the phrase modifies.

"He did so hours after speaking with X", "flew home after meeting with X": the one who
spoke or met is the subject of the main verb, not the speaker of the turn and not nobody.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from briefings.extract import Extractor
from tests.briefings.extract.meeting_support import meetings_reader, names, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister Ana Lopez flew home after meeting with President Kofi Mensah in Accra.",
        "Minister Ana Lopez signed the deal hours after speaking with President Kofi Mensah.",
    ],
)
def test_a_gerund_after_a_preposition_takes_the_main_subject(extractor: Extractor, sentence: str) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    assert set(names(only(read(sentence)))) == {"Ana Lopez", "Kofi Mensah"}


def test_a_gerund_under_a_noun_phrase_takes_no_subject_from_it(extractor: Extractor) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    assert read("The talks after meeting Kofi Mensah were short.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "General Omar Tayfun met the press after a six-hour meeting with Defence Minister Sami Kaya.",
        "General Omar Tayfun said during talks with Defence Minister Sami Kaya that trade would grow.",
        "General Omar Tayfun spoke to reporters following his meeting with Defence Minister Sami Kaya.",
    ],
)
def test_a_clause_timed_by_a_meeting_with_someone_has_its_subject_at_that_meeting(
    extractor: Extractor, sentence: str
) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    assert set(names(only(read(sentence)))) == {"Omar Tayfun", "Sami Kaya"}


def test_a_second_meeting_in_the_time_phrase_is_its_own_meeting(extractor: Extractor) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    found = read(
        "General Omar Tayfun met with Prime Minister Ali Demir after a six-hour meeting with military "
        "commanders."
    )
    assert sorted(sorted(names(m)) for m in found) == [
        ["Ali Demir", "Omar Tayfun"],
        ["Omar Tayfun", "military commanders"],
    ]


def test_an_event_after_a_meeting_is_no_party_to_it(extractor: Extractor) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    assert read("Protests erupted after a meeting with Kofi Mensah.") == []


def test_the_one_sent_to_visit_is_the_visitor_not_the_sender(extractor: Extractor) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    meeting = only(read("Mensah said he has sent Foreign Minister Ama Boateng to visit Kenya on Monday."))
    assert names(meeting) == ["Ama Boateng", "Kenya"]


@pytest.mark.parametrize("noun", ["meeting", "audience"])
def test_his_in_a_fronted_phrase_is_the_subject_named_after_it(extractor: Extractor, noun: str) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    meeting = only(
        read(
            f"In his {noun} with Pope Francis today, President Kofi Mensah thanked His Holiness for his work."
        )
    )
    assert names(meeting)[0] == "Kofi Mensah" and "Francis" in names(meeting)[1]


def test_thanking_someone_for_hosting_is_no_meeting_of_the_one_thanking(extractor: Extractor) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    assert read("President Kofi Mensah thanked Germany for hosting 35,000 refugees.") == []


def test_the_parties_of_an_unknown_subject_did_not_meet_each_other(extractor: Extractor) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    assert (
        read("The delegation also met with Prime Minister Ariel Tomas and Foreign Minister Claude Vega.")
        == []
    )


def test_co_hosts_of_a_forum_did_not_meet_each_other(extractor: Extractor) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    sentence = "The forum was hosted by the Office of Rural Affairs and the Office of Public Engagement."
    assert read(sentence) == []
