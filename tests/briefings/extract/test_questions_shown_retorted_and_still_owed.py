"""Questions shown or retorted, and steps still owed (issue 16, session 25, from test set 24's news,
promoted to dev).

Not open:
- a quoted question the words before name as a wording ('voted for the proposition "Should Scotland
  be …?"', 'an abbreviation of either "Wukan" or "What is going on?"'): shown, not asked;
- a quoted question someone "retorted", "scoffed" or "quipped": a reply making a point;
- "…, why would anybody have sanctions?", "Who could argue with that?": no one would, the speaker
  asserts.
Still open ("the question “Who will pay?” remains unanswered" keeps its question):
- a refusal to say, in the present too: "refuses to say what techniques are used";
- "remains to be developed", "still need to be ratified by the Emir", "have not been published";
- "nobody has been convicted", "no one has been charged".

Invented sentences of each construction, positive and negative.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Question

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        'Voters backed the proposition "Should the city build a new stadium?" by a wide margin.',
        'Users switched to the tag "KT", read as either "Kotor" or "What is going on?" in the posts.',
        'Judge Ana Ruiz retorted "You want to delay these proceedings? How much longer do you want to wait?"',
        '"If the talks are really working, why would anybody keep the sanctions?" Tom Hale asked.',
        '"Who could argue with that?" Mayor Ana Ruiz said of the plan.',
    ],
)
def test_a_question_shown_retorted_or_asserted_is_not_open(
    questions_in: Callable[..., list[Question]], text: str
) -> None:
    assert questions_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'The question "Who will pay for the bridge?" remains unanswered.',
        'The mayor asked: "Who will pay for the new bridge?"',
    ],
)
def test_a_question_asked_or_left_unanswered_stays_open(
    questions_in: Callable[..., list[Question]], text: str
) -> None:
    (question,) = questions_in(text)
    assert question.text.startswith("Who will pay")


@pytest.mark.parametrize(
    "sentence",
    [
        "The army says it does not use torture, but refuses to say what techniques are used.",
        "A formula remains to be developed on how to split the revenues between the two regions.",
        "The election results still need to be ratified by the Emir.",
        "The details of the deal have not been published.",
        "Several politicians are suspects in the killing but nobody has been convicted.",
    ],
)
def test_a_refusal_or_a_step_still_owed_is_open(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    (question,) = questions_in(sentence)
    assert question.kind == "implicit"


@pytest.mark.parametrize(
    "sentence",
    [
        "The army said what techniques are used.",
        "A formula was developed on how to split the revenues.",
        "The election results were ratified by the Emir on Sunday.",
        "The details of the deal have been published.",
        "Two men have been convicted of the killing.",
    ],
)
def test_a_statement_or_a_step_taken_is_not_open(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    assert questions_in(sentence) == []
