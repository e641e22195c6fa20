"""Points a story leaves open in a statement of fact (issue 16, session 42, from test set 41's misses
once it was promoted to a dev set):

- "The collapse puts the future of the trade talks in question", "left the summit in doubt", "casts
  doubt on the deal": the fate of what is put in question is open, as with "calls into question";
- "the sides remain apart on amnesty", "are still divided over the budget": the point the sides
  still disagree on is open;
- "the warring sides had not yet made a deal to allow aid into Homs": no deal made yet, as none
  reached or struck;
- "Obama would make an assessment at the end of March on whether it is worthwhile": an assessment
  to come on a yes-or-no point leaves it open, as "will decide whether" does;
- "agreed to sit down after a day of uncertainty about whether the talks would proceed": a doubt the
  sentence puts behind it is settled.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Question

pytestmark = pytest.mark.slow

QuestionsIn = Callable[..., list[Question]]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            "The collapse puts the future of the effort to reach a worldwide trade agreement in question.",
            "in question",
        ),
        ("The dispute has left the summit in doubt.", "in doubt"),
        ("The new report casts doubt on the ceasefire agreement.", "casts doubt on"),
        (
            "Envoys say the sides remain apart on questions of amnesty for the rebels and security"
            " arrangements.",
            "remain apart on",
        ),
        ("The two parties are still divided over the budget for next year.", "divided over"),
        (
            "Brahimi also said the warring sides had not yet made a deal to allow aid into the city of Homs.",
            "had not yet made a deal",
        ),
        (
            "A senior official said that President Barack Obama would make an assessment at the end of March"
            " on whether it is worthwhile to continue the talks.",
            "on whether",
        ),
    ],
)
def test_a_point_stated_as_unsettled_is_open(questions_in: QuestionsIn, body: str, words: str) -> None:
    questions = questions_in(body)
    assert len(questions) == 1, questions
    assert questions[0].kind == "implicit"
    assert words in questions[0].text


@pytest.mark.parametrize(
    "body",
    [
        "The two sides agreed to sit down together after a day of uncertainty about whether the talks would"
        " proceed at all.",
        "Following weeks of speculation about whether he would run, the senator entered the race.",
        "The sides came together on questions of amnesty and agreed on security arrangements.",
    ],
)
def test_a_doubt_put_behind_or_a_speakers_own_state_is_not_open(questions_in: QuestionsIn, body: str) -> None:
    assert questions_in(body) == []
