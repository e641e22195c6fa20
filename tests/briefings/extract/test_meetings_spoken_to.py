"""Talking *to* someone (issue 15, session 9): "X spoke to Y" is a conversation like "spoke with".

Invented sentences of the construction, positive and negative:
- "Secretary Ames recently spoke to China's Foreign Minister Wang Li": a finite past "spoke to" a
  named person is a held conversation;
- "spoke with CEOs of the largest energy companies": chief executives named by whose they are are
  a body of people one talks with;
- not a meeting: "Speaking to news site Harbour Live, …" (an interview), a briefer's "I have not
  spoken to the President" (negated, first person), and "spoke to reporters" (no named person).
  "has been talking to X" (talks under way) is a meeting since session 16
  (`test_meetings_news_constructions.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from briefings.extract import Extractor
from briefings.model.facts import Meeting
from tests.briefings.extract.meeting_support import meetings_reader, names, only

pytestmark = pytest.mark.slow

PUBLISHED = datetime(2026, 3, 11, 12, 0, tzinfo=UTC)

Meetings = Callable[..., list[Meeting]]


@pytest.fixture(scope="module")
def meetings_in(extractor: Extractor) -> Meetings:
    return meetings_reader(extractor, PUBLISHED)


def test_spoke_to_a_named_minister_is_a_held_conversation(meetings_in: Meetings) -> None:
    meeting = only(
        meetings_in(
            "Secretary of State Antony Blinken recently spoke to China’s Foreign Minister Wang Yi, his "
            "counterpart, and underscored the risks."
        )
    )
    assert names(meeting) == ["Antony Blinken", "Wang Yi"]
    assert meeting.status == "held"


def test_spoke_with_chief_executives_of_named_companies_meets_them(meetings_in: Meetings) -> None:
    meeting = only(
        meetings_in(
            "To help accelerate these efforts, President Joe Biden spoke with CEOs of the largest energy "
            "companies in the Gulf Coast yesterday."
        )
    )
    assert names(meeting)[0] == "Joe Biden"
    assert names(meeting)[1].startswith("CEOs of the largest energy companies")


@pytest.mark.parametrize(
    "text",
    [
        "Speaking to news site Harbour Live, Mayor Ciaran Walsh said the contest should be boycotted.",
        "PSAKI: So, I have not spoken to the President about this.",
        "Governor Tom Hale spoke to reporters outside the statehouse.",
    ],
)
def test_talking_to_someone_with_no_one_occasion_is_no_meeting(meetings_in: Meetings, text: str) -> None:
    assert meetings_in(text) == []
