"""Open points in news prose (issue 16, session 12): a source that will not elaborate or state, reports
that differ, confirmation not available, a response still awaited; an asking the text answers; and
the line shown: the sentence, unless the clause is a statement of its own.

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
        "The minister said the process had improved, though he did not say what exactly changed.",
        "He would not elaborate on how long the church has used the firm.",
        "Lyon didn't state how much revenue is made from the church.",
        "One of them grabbed his face, though reports differ as to whether she used a needle or a cloth.",
        "Indonesia confirmed one woman is a citizen, but confirmation was not then available on whether "
        "the other is Vietnamese.",
        "The paper contacted the church for a statement, but as of this report, no response has been "
        "received.",
    ],
)
def test_what_a_source_leaves_unsaid_is_an_implicit_question_shown_as_its_sentence(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    (question,) = questions_in(sentence)
    assert question.kind == "implicit"
    assert question.text == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The company did not respond to a request for comment.",
        "No decision has been made yet.",
        # an asking the same sentence or the next one answers
        "When asked why the report was not made public, McClellan responded that it takes time.",
        "Josh Ernest was asked if Edward Snowden would also be pardoned. Ernest said no.",
    ],
)
def test_a_closed_request_a_bare_no_decision_and_an_answered_asking_are_not_open(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    assert questions_in(sentence) == []


def test_an_asking_the_next_sentence_declines_stays_open(questions_in: Callable[..., list[Question]]) -> None:
    (question,) = questions_in("Reporters asked whether the minister would resign. He did not say.")
    assert question.text == "Reporters asked whether the minister would resign."


def test_a_conjunct_after_and_is_shown_alone(questions_in: Callable[..., list[Question]]) -> None:
    (question,) = questions_in(
        "Fire officials said three people had already been rescued and taken to hospital, and emergency "
        "workers were working to free an unknown number of others."
    )
    assert question.text == "emergency workers were working to free an unknown number of others"


def test_a_question_put_in_a_fronted_participle_is_shown_alone(
    questions_in: Callable[..., list[Question]],
) -> None:
    questions = questions_in(
        "Asked whether the Netherlands would supply long-range missiles, van Aalst declined to say whether "
        "such a request had been made."
    )
    assert questions[0].text == "Asked whether the Netherlands would supply long-range missiles"


@pytest.mark.parametrize(
    "sentence",
    [
        "Journalists asked the Brazilian Vice-President José Alencar if Brazil will list the group as "
        "terrorists. Alencar was evasive and refused to answer directly.",
        "Reporters asked Foreign Minister Ana Ruiz whether the border would reopen. She declined to say.",
    ],
)
def test_an_asking_of_a_titled_person_that_the_text_leaves_unanswered_is_open(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    (question,) = questions_in(sentence)
    assert question.kind == "implicit"
    assert question.text.startswith(("Journalists asked", "Reporters asked"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor asked residents to stay home when the storm arrives.",
        "She asked for help when the flood came.",
    ],
)
def test_a_request_is_no_asking(questions_in: Callable[..., list[Question]], sentence: str) -> None:
    assert questions_in(sentence) == []
