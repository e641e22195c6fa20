"""A meeting's date follows the tense of the words that carry it.

"will meet on Saturday" in Saturday's paper is that Saturday, and so is "met on
Saturday"; a date that belongs to a past act around a planned meeting ("agreed
on Monday to meet", "said on Monday she will meet") is when that act happened,
not when the meeting will.
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

SATURDAY = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def meeting_in(extractor: Extractor) -> Callable[[str], Meeting]:
    def run(body: str) -> Meeting:
        found = extract_meetings(extractor.context(Document.create(title="", body=body, published=SATURDAY)))
        assert len(found) == 1, found
        return found[0]

    return run


@pytest.mark.parametrize(
    ("sentence", "status", "date"),
    [
        (
            "Prime Minister Lena Varga will meet President Tomas Ruiz on Saturday in Lisbon.",
            "planned",
            "2026-03-14",
        ),
        ("Prime Minister Lena Varga met President Tomas Ruiz on Saturday in Lisbon.", "held", "2026-03-14"),
        (
            "Prime Minister Lena Varga will meet President Tomas Ruiz next Saturday in Lisbon.",
            "planned",
            "2026-03-21",
        ),
        (
            "Prime Minister Lena Varga will meet President Tomas Ruiz on Monday in Lisbon.",
            "planned",
            "2026-03-16",
        ),
        ("Prime Minister Lena Varga met President Tomas Ruiz on Monday in Lisbon.", "held", "2026-03-09"),
    ],
)
def test_a_weekday_is_the_coming_or_the_last_one_by_tense_and_today_in_both(
    meeting_in: Callable[[str], Meeting], sentence: str, status: str, date: str
) -> None:
    meeting = meeting_in(sentence)
    assert (meeting.status, meeting.date) == (status, date)


def test_a_journey_due_on_a_day_to_meet_someone_is_a_planned_meeting_on_that_day(
    meeting_in: Callable[[str], Meeting],
) -> None:
    meeting = meeting_in("Lena Varga is due to travel to Lisbon on Saturday to meet Tomas Ruiz.")
    assert (meeting.status, meeting.date, meeting.place) == ("planned", "2026-03-14", "Lisbon")


def test_the_day_a_plan_was_announced_is_not_the_day_of_the_meeting(
    meeting_in: Callable[[str], Meeting],
) -> None:
    meeting = meeting_in(
        "The Hungarian premier, Lena Varga, said on Monday she will meet Tomas Ruiz in Lisbon."
    )
    assert meeting.status == "planned"
    assert meeting.date is None


def test_a_past_journey_to_meet_someone_dates_the_meeting(meeting_in: Callable[[str], Meeting]) -> None:
    meeting = meeting_in("Lena Varga travelled to Lisbon on Monday to meet Tomas Ruiz.")
    assert (meeting.status, meeting.date) == ("held", "2026-03-09")
