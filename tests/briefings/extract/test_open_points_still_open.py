"""Open points in news prose, session 11 (issue 16): what is still missing or unfound, no charge or
arrest yet, a ruling not yet given or a cause not ruled out, a decision still expected, a report
nobody confirms (two sides that both keep silent, a reporter who cannot verify), no word on a
wh-point, a doubt that persists, and a point whose subject is a clause ("How the virus got in is
still being investigated").

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
        # still missing, unaccounted for, not found
        "Three fishermen are still missing after the storm.",
        "Two crew members remain unaccounted for.",
        "The bodies of the climbers have not yet been recovered.",
        "The black box of the helicopter has not been found.",
        # nobody charged or arrested yet
        "No charges have been filed in the case.",
        "No arrests have yet been made over the shooting.",
        # a ruling not yet given, a cause not ruled out, a decision still to come
        "The judge has not yet ruled on the motion to dismiss.",
        "Police have not ruled out foul play in the death of the guard.",
        "A decision on the appeal is expected next month.",
        "The results of the autopsy are expected on Friday.",
        # a search under way
        "Police are still searching for the gunman.",
        # nobody confirms what the report says
        "Neither the army nor the rebels have commented on the claims.",
        "The agency could not independently confirm the report.",
        "The ministry would not confirm the layoffs.",
        # no word on a wh-point; a doubt that persists
        "There is no indication of when the strike will end.",
        "Doubts remain about whether the ceasefire will hold.",
        # the open point is a clause
        "How the virus entered the laboratory is still being investigated.",
    ],
)
def test_what_is_still_missing_unfound_or_unconfirmed_is_an_implicit_question(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    (question,) = questions_in(sentence)
    assert question.kind == "implicit"
    assert question.text.rstrip(".") == sentence.rstrip(".")


@pytest.mark.parametrize(
    "sentence",
    [
        # a person missing a thing, a find, a history: nothing open
        "He was still missing his wallet when the train left.",
        "No evidence of tampering has been found.",
        "The missing link was found in 1999.",
        # a report confirmed, a ruling given, a question answered
        "The ministry confirmed the layoffs on Monday.",
        "The judge ruled on the motion last week.",
        "Police ruled out foul play on Tuesday.",
        # a forecast is no decision awaited
        "He said results in the fourth quarter are expected to continue to be challenging.",
        # a briefer's own "we have not ruled out" is an answer, not a point the coverage leaves open
        "No, we have not ruled out additional sanctions.",
        # a plan to hire is no search for what is open
        "The club is looking for a new coach.",
        # "did not respond to a request for comment" names no point a reader could follow
        "The company did not respond to a request for comment.",
    ],
)
def test_finds_histories_and_answered_points_are_not_open(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    assert questions_in(sentence) == []
