"""Talking *to* someone (issue 15, session 9): "X spoke to Y" is a conversation like "spoke with".

Invented sentences of the construction, positive and negative:
- "Secretary Ames recently spoke to China's Foreign Minister Wang Li": a finite past "spoke to" a
  named person is a held conversation;
- "spoke with CEOs of the largest energy companies": chief executives named by whose they are are
  a body of people one talks with;
- not a meeting: "Speaking to news site Harbour Live, …" (an interview), a briefer's "I have not
  spoken to the President" (negated), and "spoke to reporters" (no named person).
  "has been talking to X" (talks under way) is a meeting since session 16
  (`test_meetings_news_constructions.py`).

Session 28:
- the first person talks too: "I spoke to President Kovac this morning" in the President's remarks
  is his call (a briefer's "I talked to the President" is the briefer's); a briefer's "we have been
  talking to Congress" is the office's ongoing business, no meeting, and "I've talked to our FEMA
  partners" names no one the speaker met;
- an infinitive that fills an opportunity someone had tells the occasion as a finite verb does:
  "I had the opportunity to speak to Maria Lopez a couple of hours ago"; a wished chance ("I hope you
  have a chance to talk to …"), one not had ("did not have the chance to talk to …") and one no one
  has ("a chance to talk to …") tell none.
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


_REMARKS_TITLE = "Remarks by President Ruiz on the Economy"


def _remarks(sentence: str) -> str:
    """A two-turn transcript of the President's remarks with ``sentence`` in his first turn."""
    return (
        f"THE PRESIDENT:  Good afternoon.  {sentence}  Thank you.\n\n"
        "Q Mr. President, what about the economy?\n\n"
        "THE PRESIDENT:  Well, it is good."
    )


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("I spoke to President Kovac this morning.", "Kovac"),
        ("I talked to Governor Hale yesterday.", "Hale"),
        ("I had the opportunity to speak to Governor Hale a couple of hours ago.", "Hale"),
        ("I will talk to Senator Maria Lopez about this.", "Maria Lopez"),
        ("I have spoken to the CEOs of Intel and Micron.", "CEOs of Intel and Micron"),
    ],
)
def test_the_speakers_own_talk_to_a_named_person_is_a_meeting(
    meetings_in: Meetings, sentence: str, other: str
) -> None:
    meeting = only(meetings_in(_remarks(sentence), _REMARKS_TITLE))
    assert names(meeting) == ["Ruiz", other]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Minister Elena Varga had the chance to talk to President Kovac on Monday.",
            ["Elena Varga", "Kovac"],
        ),
        ("Tom Reyes had the chance to talk to Prime Minister Mark Rutte.", ["Tom Reyes", "Mark Rutte"]),
    ],
)
def test_a_chance_someone_had_to_talk_to_a_named_person_is_a_held_conversation(
    meetings_in: Meetings, sentence: str, expected: list[str]
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == expected
    assert meeting.status == "held"


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope you have a chance to talk to Governor Hale.",
        "I did not have the chance to talk to Governor Hale.",
        "There will be a chance to talk to Governor Hale.",
        "I talked to him yesterday.",
        "We have been talking to Congress for weeks.",
        "We spoke to Senator Maria Lopez and her staff on an array of issues.",
        "I've talked to our FEMA partners and the public health professionals.",
    ],
)
def test_a_wished_or_missed_chance_or_an_unnamed_one_is_no_meeting(
    meetings_in: Meetings, sentence: str
) -> None:
    assert meetings_in(_remarks(sentence), _REMARKS_TITLE) == []
