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
