"""Chairing a meeting holds it, and the chair leads it as its host.

"chaired a meeting with X" is X's meeting with the chair, listed guests first and
the chair last, like "hosted a meeting with X".
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from briefings.extract import Extractor
from tests.briefings.extract.meeting_support import meetings_reader, names, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "guest"),
    [
        ("President Ana Lopez chaired a meeting with Finance Minister Sami Kaya on Monday.", "Sami Kaya"),
        ("President Ana Lopez chaired a meeting with the cabinet ministers on Monday.", "cabinet ministers"),
    ],
)
def test_chairing_a_meeting_with_someone_is_hosting_it(
    extractor: Extractor, sentence: str, guest: str
) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    meeting = only(read(sentence))
    assert names(meeting) == [guest, "Ana Lopez"]
    assert meeting.status == "held"


def test_chairing_a_meeting_with_nobody_named_is_no_meeting(extractor: Extractor) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    assert read("President Ana Lopez chaired the meeting on Monday.") == []


def test_chairing_a_cabinet_meeting_meets_the_cabinet(extractor: Extractor) -> None:
    # session 16: the body a meeting noun names is who met (test set 13's gold counts it)
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    assert sorted(names(only(read("President Ana Lopez chaired the cabinet meeting on Monday.")))) == [
        "Ana Lopez",
        "cabinet",
    ]


def test_two_named_people_who_spoke_spoke_with_each_other(extractor: Extractor) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    meeting = only(
        read(
            "President Kofi Mensah and Prime Minister Ama Boateng of Ghana spoke to reaffirm the "
            "friendship between their countries."
        )
    )
    assert set(names(meeting)) == {"Kofi Mensah", "Ama Boateng"}


def test_a_lone_speaker_or_a_speech_is_no_conversation(extractor: Extractor) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    assert read("President Kofi Mensah spoke to reporters on Tuesday.") == []
    assert read("President Kofi Mensah and Prime Minister Ama Boateng spoke at the rally on Friday.") == []


def test_an_audience_with_someone_is_a_meeting_and_an_audience_alone_is_not(extractor: Extractor) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    meeting = only(read("President Kofi Mensah's audience with Pope Francis lasted an hour."))
    assert names(meeting)[0] == "Kofi Mensah" and "Francis" in names(meeting)[1]
    assert read("The audience applauded President Kofi Mensah.") == []


def test_two_people_speaking_to_a_topic_did_not_talk_together(extractor: Extractor) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    found = read(
        "Indiana Governor Tom Hale and Michigan Governor Ana Ruiz spoke to the economic imperative of "
        "passing the bill."
    )
    assert found == []


def test_leading_a_call_with_people_hosts_it(extractor: Extractor) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    meeting = only(
        read("Climate Advisor Gina Ruiz and Under Secretary Tom Hale led a call with farmers and ranchers.")
    )
    assert {"Gina Ruiz", "Tom Hale", "farmers"} <= set(names(meeting))
    assert names(meeting)[-2:] == ["Gina Ruiz", "Tom Hale"]
