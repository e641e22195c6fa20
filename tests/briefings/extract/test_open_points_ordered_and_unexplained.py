"""Open points in news prose (issue 16, session 17), from test set 14's news (promoted to dev):

- an inquiry ordered into an unknown: "He instructed security agencies to investigate who leaked
  the recording.", "ordered officials to find out why the plant failed" (who or why is open); a task
  handed on ("asked the team to determine how best to help", "how to help") leaves nothing unknown;
- an act done with its reason withheld: "resigned on Friday without public explanation", "was
  detained without explanation", "left without giving a reason" (why is open); "without a word" or
  "without any doubt" withhold no reason.

Every case is an invented sentence of the construction it specifies, positive and negative.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Question

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence",
    [
        "He also instructed security agencies to investigate who leaked the recording.",
        "The governor ordered state officials to find out why the plant failed.",
        "The special envoy resigned on Friday without public explanation.",
        "The journalist was detained at the border without explanation.",
        "The coach left the club in March without giving a reason.",
    ],
)
def test_an_inquiry_ordered_or_a_reason_withheld_is_an_implicit_question(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    (question,) = questions_in(sentence)
    assert question.kind == "implicit"
    assert question.text == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The President asked the team to determine how best to help the families.",
        "The President asked the team to determine how to help the families.",
        "She won the race without any doubt and left without a word.",
    ],
)
def test_a_task_handed_on_or_nothing_withheld_is_no_question(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    assert questions_in(sentence) == []
