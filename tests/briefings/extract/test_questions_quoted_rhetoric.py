"""Rhetorical questions a quoted speaker puts in news prose (issue 16, session 24, from the dev sets'
leaks: 19 of the 30 questions quoted from named people in the news dev sets are annotated as not open).

A question inside a quotation in prose is open when the speaker asks something the story leaves
unanswered; these constructions make a point instead:
- ability denied: "How can Delhi sleep today when …?", "If the election goes ahead, how can I negotiate
  with him?" ("How can the ministry explain the missing funds?" asks for an account, and "How can you
  …" is weighed by the reproach rule);
- the speaker's own side asked: "Have we become so insensitive?", "Do we have a king in this country?";
- a cleft that accuses: "Why is it that the killings continued?", "What is it about polygamy that's
  different?";
- a conclusion drawn as a question: "The killings go on, so what has the commission accomplished?".
A transcript's questions are weighed by the exchange, not by these.

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
        'After the visit, Mayor Ana Ruiz tweeted: "How can the city sleep today when a child has been hurt?"',
        '"If the sham vote goes ahead, how can I or the party negotiate with him?" Tom Hale asked.',
        'Senator Ana Ruiz said: "We keep failing them. Have we become so insensitive?"',
        '"Why is it that after the general retired, the killings continued?" asked activist Tom Hale.',
        '"What is it about this law that is different?" asked pastor Tom Hale.',
        '"The killings go on even with him out, so what has the commission accomplished?" said Ana Ruiz.',
    ],
)
def test_a_quoted_point_made_as_a_question_is_not_open(
    questions_in: Callable[..., list[Question]], text: str
) -> None:
    assert questions_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        '"How much longer will this last?" asked Tom Hale, a shopkeeper.',
        '"How can the ministry explain the missing funds?" asked Senator Ana Ruiz.',
        '"When will the water be safe to drink?" asked resident Ana Ruiz.',
    ],
)
def test_a_quoted_question_asking_for_an_answer_stays_open(
    questions_in: Callable[..., list[Question]], text: str
) -> None:
    (question,) = questions_in(text)
    assert question.kind == "explicit"
