"""Points the coverage leaves open by a step still owed, an agreement not yet reached, a date not set,
silence from those named, or a meeting put off with no new date (issue 16, session 38, from test set
37's misses once it was promoted to a dev set):

- "The plan is awaiting approval by the U.N. Security Council.": whether it is approved is open;
- "the two countries have not yet reached an agreement to create …" (a perfect with "yet": awaited;
  "The talks did not reach an agreement." tells a closed meeting's end);
- "a specific day and time is not set for the gathering", "The venue has not been decided." (a date
  that was set is no open point);
- "There was no comment from MNLA or Ansar Dine.": their answer is awaited (the wire's "There was no
  immediate comment from the ministry." is its press-time formula and stays no open point);
- "the meeting was put off indefinitely": when it happens is open.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Question

pytestmark = pytest.mark.slow

QuestionsIn = Callable[..., list[Question]]


@pytest.mark.parametrize(
    "text",
    [
        "The plan is awaiting approval by the U.N. Security Council.",
        "The accord remains pending ratification in both parliaments.",
        "A party member said the two countries have not yet reached an agreement on a border.",
        "Agencies reported that a specific day and time is not set for the gathering of ministers.",
        "The venue for the next round has not been decided.",
        "There was no comment from MNLA or Ansar Dine.",
        "The foreign ministry said the summit was put off indefinitely because of differences over reform.",
    ],
)
def test_a_step_owed_or_a_date_unset_leaves_the_point_open(questions_in: QuestionsIn, text: str) -> None:
    assert [q.kind for q in questions_in(text)] == ["implicit"]


@pytest.mark.parametrize(
    "text",
    [
        "The talks in Geneva did not reach an agreement.",
        "The date was set for May 4 at the foreign ministry.",
        "The plan won approval by the U.N. Security Council on Tuesday.",
    ],
)
def test_a_closed_outcome_or_a_set_date_is_no_open_point(questions_in: QuestionsIn, text: str) -> None:
    assert questions_in(text) == []
