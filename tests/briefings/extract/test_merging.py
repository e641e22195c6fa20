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
    # the stop is where the meeting was, not a party to it (session 33: readers list the people met)
    assert set(names(meeting)) == {"Kofi Mensah", "Yayi Toure"}
    assert meeting.place == "Benin"


def test_visits_to_two_countries_stay_two(extractor: Extractor) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    found = read("President Kofi Mensah visited Benin in May. He visited Ghana in June.")
    assert sorted(names(m)[-1] for m in found) == ["Benin", "Ghana"]


def test_an_office_alone_is_no_second_party_once_its_holder_is_named(extractor: Extractor) -> None:
    read = meetings_reader(extractor, datetime(2022, 8, 31, tzinfo=UTC))
    body = (
        "President Tom Hale spoke today with Prime Minister Ana Ruiz of Peru to discuss trade. "
        "The President and the Prime Minister welcomed the return of security to the streets."
    )
    found = read(body, "Readout of President Hale’s Call with Prime Minister Ruiz of Peru")
    assert [names(m) for m in found] == [["Tom Hale", "Ana Ruiz"]]


def test_company_on_a_trip_is_no_meeting_of_its_own(extractor: Extractor) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    body = (
        "Earlier this week, Deputy Advisor Jon Finer traveled to Nigeria and Mauritania. He was joined by "
        "Senior Director Dana Banks and Deputy Assistant Secretary Michael Gonzales."
    )
    # the journey visits each country (issue 15: a trip to a country is a visit with it); the company
    # makes no meeting among the travellers
    found = read(body)
    assert sorted(m.place or "" for m in found) == ["Mauritania", "Nigeria"]
    assert all({"Jon Finer", m.place} <= set(names(m)) for m in found)


def test_who_joined_a_meeting_told_before_was_at_it(extractor: Extractor) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    body = (
        "Vice President Ana Ruiz met with flood survivors in Lowell on Monday. She was joined by Governor "
        "Charlie Baker and Senator Ed Markey."
    )
    assert set(names(only(read(body)))) == {"Ana Ruiz", "flood survivors", "Charlie Baker", "Ed Markey"}
