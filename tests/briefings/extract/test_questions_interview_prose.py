"""An interview told in prose (issue 16, session 11): the interviewer's quoted question that the next
paragraph answers in the interviewee's first person is answered, not open; one the next paragraph
declines ("I don't know", "We'll see") or that nobody answers stays open.

Invented paragraphs of each construction.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Question

pytestmark = pytest.mark.slow

ASKED = (
    'Contrasting the two eras, the reporter asked "In the last 12 years the party had one leadership '
    'election. Which do you think is better?"\n\n'
)


def test_a_question_the_next_paragraph_answers_in_the_first_person_is_answered(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = ASKED + "I think in 1997 any leader would have won the election, because people wanted a change."
    assert [q for q in questions_in(body) if q.kind == "explicit"] == []


@pytest.mark.parametrize(
    "following",
    [
        "I don't know, and nobody in the party will tell you either.",
        "The party has not said which it prefers.",
    ],
)
def test_a_question_declined_or_left_unanswered_stays_open(
    questions_in: Callable[..., list[Question]], following: str
) -> None:
    explicit = [q for q in questions_in(ASKED + following) if q.kind == "explicit"]
    assert [q.text for q in explicit] == ["Which do you think is better?"]
