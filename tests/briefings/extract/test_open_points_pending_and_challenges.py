"""Open points of session 21 (issue 16): unknowns left unsaid, rulings and decisions awaited,
inquiries with a length to run, deadlines to choose, points left open both ways; and questions
that challenge rather than ask.

Each a construction, tried on invented sentences, with its boundaries:
- "has not announced who his successor will be", "have not revealed exact numbers": the one who
  knows has not said;
- "expect a ruling from the Supreme Court in the autumn", "is expected to be passed this spring",
  "the inquiry should take around two weeks", "has 30 days post-signing to either let it stand or
  veto", "are investigating claims made by a former aide that …": a decision or an inquiry to come;
- "may or may not include strikes": open both ways ("as you may or may not know" is an aside);
- challenges put as questions are not open: "How can we ban X when you allow Y?", "But if we drop
  the rule, what about the others?", "And what about A and ultimately what about B?".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Question

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank has not announced who her successor will be.",
        "The carrier has not revealed exact numbers.",
        "Both unions expect a ruling from the Supreme Court in the autumn.",
        "The new by-law is expected to be passed this spring.",
        "He said the inquiry should take around two weeks.",
        "The assembly has 30 days post-signing to either let it stand or veto it.",
        "Prosecutors are investigating claims made by a former aide that she was threatened.",
        "Refunds are due except in special cases, the scope of which may or may not cover strikes.",
    ],
)
def test_an_unsaid_awaited_or_two_way_point_is_open(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    (question,) = questions_in(sentence)
    assert question.kind == "implicit"


@pytest.mark.parametrize(
    "sentence",
    [
        "As you may or may not know, the port reopened on Monday.",
        "The bank announced on Monday who her successor will be.",
        "The inquiry took two weeks.",
        "The by-law was passed last spring.",
    ],
)
def test_a_settled_point_or_an_aside_is_not_open(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    assert questions_in(sentence) == []


@pytest.mark.parametrize(
    "question",
    [
        "How can we ban street trading when you allow street markets?",
        "But if we drop the rule for one trade, what about the others?",
        "And what about the farmers and ultimately what about the fishermen?",
    ],
)
def test_a_challenge_put_as_a_question_is_not_open(
    questions_in: Callable[..., list[Question]], question: str
) -> None:
    text = f'The mayor was unmoved. "{question}" said Mayor Ana Ruiz.'
    assert questions_in(text) == []
