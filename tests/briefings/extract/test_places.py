"""Where a meeting took place, when the place is a building or an institution.

"met at the Pentagon", "talks at the State Department", "at the United Nations
headquarters in New York": the tagger calls these organisations, but after
"at" on the meeting they are where it happened. An institution that says where
someone works ("an adviser at the Finance Ministry") is not where they met.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from briefings.extract import Extractor
from briefings.extract.meetings import extract_meetings
from briefings.model.documents import Document
from briefings.model.facts import Meeting

pytestmark = pytest.mark.slow

PUBLISHED = datetime(2026, 3, 11, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def place_of(extractor: Extractor) -> Callable[[str], str | None]:
    def run(body: str) -> str | None:
        found = extract_meetings(extractor.context(Document.create(title="", body=body, published=PUBLISHED)))
        assert len(found) == 1, found
        meeting: Meeting = found[0]
        assert len(meeting.participants) == 2, meeting
        return meeting.place

    return run


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Defense Secretary Mark Hale met with Polish Defence Minister Jan Nowicki at the Pentagon.",
            "Pentagon",
        ),
        (
            "Secretary Lydia Cole met Minister Samuel Kiprop at the State Department on Monday.",
            "State Department",
        ),
        (
            "President Ruth Okoye held talks with Prime Minister Paul Girard at the White House.",
            "White House",
        ),
        ("Prime Minister Lena Varga met President Tomas Ruiz at the Kremlin on Monday.", "Kremlin"),
    ],
)
def test_an_institution_after_at_is_the_meeting_place(
    place_of: Callable[[str], str | None], sentence: str, place: str
) -> None:
    assert place_of(sentence) == place


def test_the_headquarters_of_an_organisation_is_the_place_with_its_city(
    place_of: Callable[[str], str | None],
) -> None:
    place = place_of(
        "Foreign Minister Ana Silva met her Chilean counterpart Diego Rojas at the United Nations "
        "headquarters in New York."
    )
    assert place == "United Nations headquarters, New York"


def test_an_institution_someone_works_at_is_not_where_they_met(place_of: Callable[[str], str | None]) -> None:
    assert (
        place_of("Secretary Lydia Cole met Samuel Kiprop, an adviser at the Finance Ministry, on Monday.")
        is None
    )
    assert (
        place_of("Tomas Ruiz, a senior official at the Trade Ministry, met Lena Varga in Lisbon.") == "Lisbon"
    )


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Prime Minister Lena Varga arrived in Lisbon on Monday, where she met President Tomas Ruiz.",
            "Lisbon",
        ),
        ("Lena Varga flew to Nairobi, where she held talks with President Grace Wanjiru.", "Nairobi"),
        ("Lena Varga will fly to Lisbon on Friday, where she will meet President Tomas Ruiz.", "Lisbon"),
    ],
)
def test_a_meeting_in_a_where_clause_is_at_the_place_the_clause_hangs_from(
    place_of: Callable[[str], str | None], sentence: str, place: str
) -> None:
    assert place_of(sentence) == place
