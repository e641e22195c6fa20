"""Open points and closed questions in news prose (issue 16, session 22), from dev sets 21 and 22:

- an inquiry under way in the present: "judges try to find out why the country was forced to seek a
  bailout" (as "are trying to determine");
- a choice still open: "The protesters are still considering an invitation to a side-session";
- nothing set yet: "there hasn't been a definite date when analogue transmission will be cut off";
- unfound, unverified or still argued over (dev set 22): "have yet to be found", "may be unable to
  determine the cause", "'substantial doubt' over whether", "debate about whether", "failed to determine
  how many", "are examining the offer", "is still debated", "has since disappeared", "has been missing
  since", "refused to identify", "could not be independently verified"; a pronoun for what is open, or
  a past event told ("disappeared into the crowd … and returned"), is none;
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


@pytest.mark.parametrize(
    "sentence",
    [
        # dev set 22: things not found, not verified, argued over, under examination
        "The plane's two flight recorders have yet to be found at the crash site.",
        "Without the recorders, investigators may be unable to determine the cause of the crash.",
        'The firm\'s auditors had "substantial doubt" over whether it would be able to keep operating.',
        "There has been debate about whether the resolution included military force.",
        "The team, however, failed to determine how many bodies the fragments represented.",
        "Yahoo said that its executives are examining the offer from Microsoft.",
        "The exact chronology of the repression is still debated by historians.",
        "The principal complainant, who was detained at the camp, has since disappeared.",
        "The model has been missing since June 4th.",
        "The researcher has also refused to identify to police the rebels she met.",
        "The claim could not be independently verified.",
    ],
)
def test_what_is_unfound_unverified_or_still_argued_is_an_implicit_question(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    (question,) = questions_in(sentence)
    assert question.kind == "implicit"


@pytest.mark.parametrize(
    "sentence",
    [
        "It could not be verified.",
        "The wreckage was found on Sunday and the recorders were recovered on Monday.",
        "She disappeared into the crowd after the speech and returned an hour later.",
    ],
)
def test_nothing_named_or_a_past_event_is_no_question(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    assert questions_in(sentence) == []
