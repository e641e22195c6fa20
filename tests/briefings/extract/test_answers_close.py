"""When an answer that looks like a deflection answers the question (issue 16, answered leaks).

The rules read the answer's sentences (:func:`briefings.extract.answers.deflection`); every
answer here is invented in the shape it specifies.
"""

from __future__ import annotations

import pytest

from briefings.extract.answers import deflection, deflects


@pytest.mark.parametrize(
    "answer",
    [
        # a closing deflection that declines only what goes beyond the answer just given
        "Our assessment is that this is part of a pattern of escalation at the border. "
        "But beyond that, I don't have any prediction of what it means.",
        "We are looking at a range of sites for the families and expect to name some soon. "
        "I don't have anything more to preview beyond that.",
        # a no with its negated clause answers a yes/no question, whatever it defers after
        "No, I'm not suggesting that — that's up to the Ukrainians.",
        "No, he isn't. I'd point you to the Department for the rest.",
        # a reason answers a why
        "Because it's up to the Hill to make that determination.",
        # a hedge over a clause disagrees, which answers
        "I don't know that he looked at the bill as his own definition of the middle class.",
    ],
)
def test_an_answer_that_gives_the_substance_closes_the_question(answer: str) -> None:
    assert deflection(answer, 0) is None


@pytest.mark.parametrize(
    "answer",
    [
        "No, I'm not going to get into that. He will decide in his own time.",
        "We don't know that right now.",
        "I'm not going to get ahead of the President. Beyond that, he will speak on Friday.",
    ],
)
def test_a_refusal_after_a_no_or_before_a_beyond_stays_a_deflection(answer: str) -> None:
    assert deflection(answer, 0) is not None


def test_asking_whether_someone_is_on_mute_is_no_deflection() -> None:
    assert not deflects("I don't know if you are on mute.")


@pytest.mark.parametrize(
    "answer",
    [
        # a transcript wrapped at 72 columns breaks the construction over a line
        "So I'm not going\nto speculate on his motives. He will decide.",
        "Look, I don't have anything to\npreview on that at this point.",
        # leaving it to those concerned, however many words name them
        "We have been in close touch with her. But we will, of course, leave that to her and "
        "her family to speak to.",
        # an offer to follow up later closes the answer
        "There can be changes made there. I'm happy to do that. And I can follow up with you "
        "after the briefing.",
        # passing the floor on adds nothing after a closing deflection
        "There is a range of options under review for the farmers. I don't have anything to "
        "preview at this point in time. I'll go to Maria and then Tom, and then I'll go to the back.",
    ],
)
def test_a_deferral_that_opens_or_closes_the_answer_leaves_the_question_open(answer: str) -> None:
    assert deflection(answer, 0) is not None


def test_going_to_a_place_is_no_hand_off() -> None:
    answer = (
        "There is a range of options under review. I don't have anything to preview today. "
        "I'll go to Warsaw and meet the troops there next week."
    )
    assert deflection(answer, 0) is None
