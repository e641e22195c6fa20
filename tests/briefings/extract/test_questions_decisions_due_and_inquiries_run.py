"""Decisions still to be taken and inquiries being run (issue 16, session 26, from a battery of the
shapes news uses for what it cannot yet say).

Open:
- a decision to come on a yes-or-no point, whoever takes it: "Officials will decide next week whether
  to extend the ban", "A vote will be held today to decide whether to send the articles to the
  Senate", "The board will meet on Monday to decide whether to accept the offer", "A decision on
  whether to reopen the embassy will be made on Monday";
- an inquiry someone is running: "The Justice Department is conducting a criminal investigation into
  …"; a step held "pending review";
- "No arrests have been made." names what is open by its noun (who did it), where "No decision has
  been made." alone does not say on what.
Not open: a decision urged ("Leaders need to decide whether to go to war"), one handed to the
listener ("You decide whether to go"), one taken ("The board decided to accept the offer"), an
inquiry closed ("completed its investigation into …"), arrests made.

Invented sentences of each construction, positive and negative.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Question

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials will decide next week whether to extend the ban.",
        "The court is expected to decide whether the law is valid.",
        "A vote will be held today to decide whether to send the articles to the Senate.",
        "The board will meet on Monday to decide whether to accept the offer.",
        "A decision on whether to reopen the embassy will be made on Monday.",
        "The Justice Department is conducting a criminal investigation into the company's emissions testing.",
        "The website will be suspended pending review.",
        "Two men were shot dead in the capital on Monday. No arrests have been made.",
    ],
)
def test_a_decision_due_or_an_inquiry_run_is_open(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    (question,) = questions_in(sentence)
    assert question.kind == "implicit"


@pytest.mark.parametrize(
    "sentence",
    [
        "Leaders need to decide whether to go to war.",
        "You decide whether to go.",
        "The board decided to accept the offer on Monday.",
        "The Justice Department completed its investigation into the company last year.",
        "Police said two arrests have been made.",
        "No decision has been made.",
    ],
)
def test_a_decision_urged_or_taken_or_an_inquiry_closed_is_not_open(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    assert questions_in(sentence) == []
