"""Open points kept from the public for now, deadlines to decide, and askings the one asked answers
(issue 16, session 18), from test set 16's news (promoted to dev).

Invented sentences of each construction, positive and negative:

- kept from the public: "the full 207-page inquiry report is not to be made public", "plans for an
  international force would be made public by the end of June", "The specifics of the package were
  not revealed";
- nobody owns an act, told as hearsay: "No groups were reported to have claimed responsibility";
- a decision awaited from someone: "A decision by the Supreme Court in the case is expected before
  the end of June"; a deadline to decide: "The President has ten days to sign the bill or reject it";
- a thing not yet done: "The draft of the policy is not yet prepared";
- an asking the one asked answers in a quotation is settled ("Déby was asked whether …. “Why not,”
  Déby replied."), but not when the asker goes on ("Baird asked officials how …. “…,” Baird said."),
  nor when the reply deflects ("“We'll see,” he said.") or declines ("“I will not discuss that”").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Question

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence",
    [
        "Other than the summary, the full 207-page inquiry report is not to be made public.",
        "Déby revealed that plans for an international force for Chad would be made public by the end of "
        "June.",
        "The specifics of the incentive package were not revealed.",
        "No groups were reported to have claimed responsibility for the incident.",
        "A decision by the Supreme Court in the detainees' case is expected before the end of June.",
        "From the date the bill was approved, President Hussain has ten days to sign the bill or reject it.",
        "The draft for the policy to implement this bill is not yet prepared.",
    ],
)
def test_a_point_kept_back_or_awaited_is_an_implicit_question(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    (question,) = questions_in(sentence)
    assert question.kind == "implicit"


@pytest.mark.parametrize(
    "sentence",
    [
        "The full report was made public on Monday.",
        "The President signed the bill ten days ago.",
        "The draft of the policy was prepared last year.",
    ],
)
def test_a_point_made_public_or_done_is_no_question(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    assert questions_in(sentence) == []


def test_an_asking_the_one_asked_answers_in_a_quotation_is_settled(
    questions_in: Callable[..., list[Question]],
) -> None:
    assert (
        questions_in(
            "Following the meeting, Déby was asked by reporters whether he would allow UN troops to take a "
            'role in security. "Why not," Déby replied.'
        )
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Environment Minister John Baird has asked government officials how such documents wound up on the "
        'street. "I am told it is neither classified nor secret," Baird said.',
        "Reporters asked Harmon whether he would visit Kenya before the end of the year. "
        '"We\'ll see," he said.',
        'Ruiz was asked whether she would resign. "I will not discuss that," she said.',
    ],
)
def test_an_asking_the_asker_goes_on_from_or_the_reply_deflects_stays_open(
    questions_in: Callable[..., list[Question]], text: str
) -> None:
    (question,) = questions_in(text)
    assert question.kind == "implicit"
