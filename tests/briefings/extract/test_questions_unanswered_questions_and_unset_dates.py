"""Points a story says nobody settled (issue 16, session 41, from test set 40's misses once it was
promoted to a dev set):

- "they did not discuss when they will meet Taliban representatives": not discussing when, like not
  saying when, leaves the when open;
- "no exact date has been set for the meeting yet": an exact date unset, like a firm or specific one;
- "Pompeo did not respond to journalists’ questions about the meeting": questions put and left
  unanswered leave their subject open;
- "U.S. officials had nothing of substance to say about any of the talks": as "had no comment on";
  a speaker's own "I have nothing to say about that" is his answer declining, no point the coverage
  leaves open.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Question

pytestmark = pytest.mark.slow

QuestionsIn = Callable[..., list[Question]]


def only_implicit(questions: list[Question]) -> Question:
    assert len(questions) == 1, questions
    assert questions[0].kind == "implicit"
    return questions[0]


def test_not_discussing_when_leaves_the_when_open(questions_in: QuestionsIn) -> None:
    question = only_implicit(
        questions_in(
            "The negotiating team left Tuesday for Doha, but officials did not discuss when they will meet"
            " Taliban representatives."
        )
    )
    assert "did not discuss when" in question.text


def test_discussing_a_subject_leaves_nothing_open(questions_in: QuestionsIn) -> None:
    assert questions_in("The ministers discussed when the talks began and what they achieved.") == []


def test_no_exact_date_set_leaves_the_date_open(questions_in: QuestionsIn) -> None:
    only_implicit(questions_in("A Taliban spokesman said no exact date has been set for the meeting yet."))


def test_questions_left_unanswered_leave_their_subject_open(questions_in: QuestionsIn) -> None:
    question = only_implicit(
        questions_in("Pompeo did not respond to journalists’ questions about the meeting.")
    )
    assert question.text == "Pompeo did not respond to journalists’ questions about the meeting."


def test_questions_answered_leave_nothing_open(questions_in: QuestionsIn) -> None:
    assert questions_in("Pompeo responded to journalists’ questions about the meeting.") == []


def test_nothing_to_say_about_a_subject_leaves_it_open(questions_in: QuestionsIn) -> None:
    only_implicit(questions_in("U.S. officials had nothing of substance to say about any of the talks."))


def test_a_speakers_own_nothing_to_say_is_his_answer(questions_in: QuestionsIn) -> None:
    assert questions_in("“I have nothing to say about that,” the minister said.") == []
