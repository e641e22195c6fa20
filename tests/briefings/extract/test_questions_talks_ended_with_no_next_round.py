"""Talks that ended with no next round set (issue 16, session 36, from the promoted sets' misses):

- "the discussion ended without a solution to the dispute or a schedule for further talks", "the
  talks ended without a date for the next round of negotiations": when the sides meet again is open;
- talks that ended without an agreement, or that ended with a date set, leave no such point open.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Question

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "They spoke for eight hours, but the discussion ended without a solution to the dispute or a"
        " schedule for further talks.",
        "The talks in Oslo ended without a date for the next round of negotiations.",
        "The meeting concluded without any timetable for renewed talks between the two sides.",
    ],
)
def test_talks_ended_with_no_next_round_set_leave_it_open(
    questions_in: Callable[..., list[Question]], text: str
) -> None:
    assert [q.kind for q in questions_in(text)] == ["implicit"]


@pytest.mark.parametrize(
    "text",
    [
        "The talks in Oslo ended without an agreement on the border.",
        "The talks in Oslo ended with a date set for the next round of negotiations in May.",
    ],
)
def test_talks_ended_otherwise_leave_no_such_point(
    questions_in: Callable[..., list[Question]], text: str
) -> None:
    assert questions_in(text) == []
