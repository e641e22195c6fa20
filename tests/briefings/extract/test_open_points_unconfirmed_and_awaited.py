"""Open points of session 20 (issue 16): unconfirmed, never explained, withheld conditions, trials
under way and decisions with a deadline.

Each a construction, tried on invented sentences, with its boundaries:
- a claim nobody has confirmed: "there is no confirmation that ..."; "has not been conclusively
  confirmed" (an adverb between "been" and the participle);
- the one who knows never said, or has not commented on a yes-or-no point: "never said why",
  "has not yet commented on whether"; "He never said he would resign" states a fact;
- a disclosure owed and not given: "provided no specific cases", "conditions that were not
  disclosed";
- a trial under way (its outcome open), a decision with a deadline to weigh ("has two weeks to weigh
  the evidence"), a result due to be announced, a postponement until a review is completed; "Clinical
  trials are under way" is research, no open point;
- an asking answered in its own sentence ("…, to which the chief had replied in the negative") is
  no open point.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Question

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy added that there is no confirmation that chemical weapons were used.",
        "The yield of the device has not been conclusively confirmed.",
        "The ministry never said why the activist was jailed.",
        "The Vatican has not yet commented on whether the report is true.",
        "However, the minister provided no specific cases.",
        "The court freed the monk, saying he had obeyed certain conditions that were not disclosed.",
        "A closed-door trial is underway in the capital.",
        "The investigating officer has two weeks to weigh the evidence that was presented.",
        "The vote closes on the 1st March, with the result due to be announced on the 2nd March.",
        "The spokesman said the exhibition has been postponed until the regular review process is completed.",
    ],
)
def test_an_unconfirmed_unexplained_or_awaited_point_is_open(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    (question,) = questions_in(sentence)
    assert question.kind == "implicit"
    assert question.text == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor never said he would resign.",
        "Clinical trials are under way at three hospitals.",
        "The minister provided support to the families.",
        "The report has been confirmed by two officials.",
        "The mayor had asked the chief if he would resign, to which the chief had replied in the negative.",
    ],
)
def test_facts_and_research_are_not_open(questions_in: Callable[..., list[Question]], sentence: str) -> None:
    assert questions_in(sentence) == []
