"""A visit to a country and the meeting the same sentence places in it are one meeting."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from briefings.extract import Extractor
from tests.briefings.extract.meeting_support import meetings_reader, names, only

pytestmark = pytest.mark.slow


def test_a_visit_and_the_meeting_held_there_are_one(extractor: Extractor) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    meeting = only(
        read(
            "President Kofi Mensah began his four-nation trip to Africa today in Benin, where he met "
            "with President Yayi Toure."
        )
    )
    assert set(names(meeting)) == {"Kofi Mensah", "Yayi Toure", "Benin"}
    assert meeting.place == "Benin"


def test_visits_to_two_countries_stay_two(extractor: Extractor) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    found = read("President Kofi Mensah visited Benin in May. He visited Ghana in June.")
    assert sorted(names(m)[-1] for m in found) == ["Benin", "Ghana"]
