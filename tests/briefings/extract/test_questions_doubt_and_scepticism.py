"""Doubt and scepticism about what will come of a thing leave it open (issue 16, session 40, from test set
39's misses once it was promoted to a dev set):

- "Some analysts doubt APEC's push to revive the talks will succeed": others doubting that something
  will, would or can happen is an implicit open question; a speaker's own "I doubt the talks will
  succeed" is his view, and "there is no doubt the talks will succeed" asserts;
- "people are skeptical about what can be accomplished": scepticism about a wh- clause is one, as
  "doubts about how …" already was.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Question

pytestmark = pytest.mark.slow

QuestionsIn = Callable[..., list[Question]]


def test_others_doubt_that_something_will_happen(questions_in: QuestionsIn) -> None:
    questions = questions_in(
        "Leaders met in Hanoi. Some analysts doubt APEC's push to revive the talks will succeed."
    )
    assert [q.text for q in questions] == [
        "Some analysts doubt APEC's push to revive the talks will succeed."
    ]
    assert questions[0].kind == "implicit"


def test_a_speakers_own_doubt_is_his_view(questions_in: QuestionsIn) -> None:
    assert questions_in("Leaders met in Hanoi. I doubt the talks will succeed, the minister said.") == []


def test_no_doubt_asserts(questions_in: QuestionsIn) -> None:
    assert questions_in("Leaders met in Hanoi. There is no doubt the talks will succeed.") == []


def test_scepticism_about_what_can_be_done_is_open(questions_in: QuestionsIn) -> None:
    questions = questions_in(
        "Leaders met in Tbilisi. He says people are skeptical about what can be accomplished given the"
        " hostile relationship between Russia and Georgia."
    )
    assert len(questions) == 1 and questions[0].kind == "implicit"


def test_scepticism_about_a_thing_names_no_question(questions_in: QuestionsIn) -> None:
    assert questions_in("Leaders met in Tbilisi. People are skeptical about the plan.") == []
