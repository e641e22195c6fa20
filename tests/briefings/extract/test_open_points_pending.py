"""Open points in news prose (issue 16, session 14), from test set 9's news half (promoted to dev):

- "did not clarify what had happened": clarifying is telling, as explaining is;
- "He did not elaborate on the final statement.": what was meant is open ("on it" names nothing);
- "The IDF is investigating the claim.", "are investigating the shooting as domestic terrorism": an
  inquiry into a claim or an incident, ending the sentence or naming what it may have been;
- "have not yet responded to the government's request to release him": a demand still unanswered
  (a perfect; "did not respond to a request for comment" is a closed past event);
- "a decision to reopen would be made on Monday": a decision announced for later.

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
        "The airline denied the claims, but did not clarify what had happened.",
        "He did not elaborate on the final statement.",
        "The army is investigating the claim.",
        "Police are investigating the incident.",
        "Federal authorities are investigating the shooting as domestic terrorism.",
        "The kidnappers have not yet responded to the government's request to release him.",
        "The embassy was closed on Sunday and a decision to reopen would be made on Monday.",
    ],
)
def test_a_point_left_pending_is_an_implicit_question(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    (question,) = questions_in(sentence)
    assert question.kind == "implicit"
    assert question.text == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "He did not elaborate on it.",
        "The army is investigating the claim and will report back within a week.",
        "The ministry did not respond to a request for comment.",
        "The decision was made on Monday.",
    ],
)
def test_a_point_closed_or_naming_nothing_is_no_question(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    assert questions_in(sentence) == []
