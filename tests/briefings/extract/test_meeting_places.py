"""Where a visit goes, and whom it meets there.

A continent or world region hosts nobody ("a four-nation trip to Africa"): the meeting is
with the country or person met there. "the country" a visit goes to is the country named
earlier in the same sentence after a preposition ("asked about Kenya, ... to visit the
country"), before any named in an earlier sentence; a name's modifier ("U.S. Deputy
Secretary") is no such place.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from briefings.extract import Extractor
from tests.briefings.extract.meeting_support import meetings_reader, names, only

pytestmark = pytest.mark.slow

WHEN = datetime(2022, 3, 9, tzinfo=UTC)


@pytest.mark.parametrize("region", ["Africa", "the Middle East", "Southeast Asia"])
def test_a_trip_to_a_continent_meets_no_continent(extractor: Extractor, region: str) -> None:
    read = meetings_reader(extractor, WHEN)
    found = read(
        f"President Kofi Mensah began his four-nation trip to {region} today in Benin, where he met "
        "with President Yayi Toure."
    )
    assert [set(names(m)) for m in found] == [{"Kofi Mensah", "Yayi Toure"}]
    assert found[0].place == "Benin"


def test_a_trip_to_a_country_still_meets_it(extractor: Extractor) -> None:
    read = meetings_reader(extractor, WHEN)
    assert names(only(read("President Kofi Mensah began his trip to Ghana today."))) == [
        "Kofi Mensah",
        "Ghana",
    ]


def test_the_country_is_the_one_named_before_in_the_sentence(extractor: Extractor) -> None:
    read = meetings_reader(extractor, WHEN)
    found = read(
        "The fighting in Darfur goes on. Asked about the violence in Kenya, Mensah said he has sent "
        "Foreign Minister Ama Boateng to visit the country on Monday."
    )
    assert names(only(found)) == ["Ama Boateng", "Kenya"]


def test_the_city_is_not_a_name_modifier_before_it(extractor: Extractor) -> None:
    read = meetings_reader(extractor, WHEN)
    found = read(
        "Talks opened in Tianjin on Monday. U.S. Deputy Secretary of State Ana Ruiz visited the city for "
        "contentious talks."
    )
    assert any(m.place == "Tianjin" and "Ana Ruiz" in names(m) for m in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "President Kofi Mensah will visit Rwanda, Ghana, and Liberia next week.",
        "President Kofi Mensah will then continue his trip in Rwanda, Ghana, and Liberia.",
        "President Kofi Mensah will then continue his trip to Rwanda, Ghana, and Liberia.",
    ],
)
def test_a_tour_of_countries_is_one_visit_to_each(extractor: Extractor, sentence: str) -> None:
    read = meetings_reader(extractor, WHEN)
    found = read(sentence)
    assert [(names(m), m.place, m.status) for m in found] == [
        (["Kofi Mensah", country], country, "planned") for country in ("Rwanda", "Ghana", "Liberia")
    ]


def test_a_city_and_its_country_stay_one_place(extractor: Extractor) -> None:
    read = meetings_reader(extractor, WHEN)
    meeting = only(read("President Kofi Mensah visited Bali, Indonesia last week."))
    assert names(meeting) == ["Kofi Mensah", "Indonesia"]
    assert meeting.place == "Bali, Indonesia"


def test_the_people_a_visit_verb_sees_in_a_place_are_no_trip_there(extractor: Extractor) -> None:
    read = meetings_reader(extractor, WHEN)
    assert read("Before school started, Tom Reed wanted to visit his cousins in Mississippi.") == []


def test_a_place_in_what_was_talked_about_is_not_where(extractor: Extractor) -> None:
    read = meetings_reader(extractor, WHEN)
    meeting = only(
        read(
            "President Kofi Mensah and Prime Minister Ama Boateng of Ghana talked today about the latest "
            "developments in Afghanistan."
        )
    )
    assert meeting.place is None


def test_a_camp_visited_is_toured_not_met(extractor: Extractor) -> None:
    read = meetings_reader(extractor, WHEN)
    found = read(
        "During the visit, Dr. Ana Ruiz met with President Vjosa Kera and visited Camp Liya and Camp Bond."
    )
    assert [names(m) for m in found] == [["Ana Ruiz", "Vjosa Kera"]]
