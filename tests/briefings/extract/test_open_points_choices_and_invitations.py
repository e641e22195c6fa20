"""Open points and closed questions in news prose (issue 16, session 22), from dev set 21:

- an inquiry under way in the present: "judges try to find out why the country was forced to seek a
  bailout" (as "are trying to determine");
- a choice still open: "The protesters are still considering an invitation to a side-session";
- nothing set yet: "there hasn't been a definite date when analogue transmission will be cut off";
- not open: a question the speaker recalls asking ("Last September I was asking, what would be the
  most inspiring thing about Istanbul?"); an invitation to do something ("Would you like to play a
  concert?"), while "Would you like to respond to the criticism?" asks for an answer.

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
        "He may also be targeted by judges as they try to find out why the country was forced to seek "
        "a bailout.",
        "The protesters are still considering an invitation to a side-session issued by the founder.",
        "Secondly, there hasn't been a definite date when analogue transmission will be cut off.",
    ],
)
def test_an_inquiry_a_choice_or_a_date_still_open_is_an_implicit_question(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    (question,) = questions_in(sentence)
    assert question.kind == "implicit"


@pytest.mark.parametrize(
    "text",
    [
        '"Last September I was asking, what would be the most inspiring thing about Istanbul?" Bono said.',
        'The minister called. "Would you like to play a concert?" she asked the band.',
    ],
)
def test_a_recalled_asking_or_an_invitation_is_not_open(
    questions_in: Callable[..., list[Question]], text: str
) -> None:
    assert questions_in(text) == []


def test_asking_for_a_response_is_a_question(questions_in: Callable[..., list[Question]]) -> None:
    found = questions_in(
        'The minister turned to the mayor and asked: "Would you like to respond to the criticism from '
        'the governors?"'
    )
    assert [q.text for q in found] == ["Would you like to respond to the criticism from the governors?"]
