"""What is still unfound, unsaid or unmade (issue 16, session 29): the slots of adverbs and asides
that real news puts inside the constructions of an open point.

Open:
- a thing sought and not recovered, whatever it is: "The toilet has not been recovered", "The
  painting has not yet been found" (where it is, is open);
- an answer owed and not given, ending its clause: "The government has yet to respond";
- a choice not disclosed, with an aside before the wh-word: "Interpol didn't disclose at the time
  whether it received any warrants";
- a name withheld in public: "The weapon was not publicly identified" (in a relative clause, an
  aside, as every open state: "a weapon, which was not publicly identified, was found");
- a step not yet made or taken: "Final decisions were not yet made";
- no word yet on a matter, in an official voice: "There was no official information on what
  treatment he had received".
Not open: "No evidence has been found" (settles the point), a name given later ("was not publicly
identified until Monday"), history ("The album was not released in Europe"), an answer given
("The government has responded"), a decision made.

Invented sentences of each construction, positive and negative.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Question

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence",
    [
        "The golden statue was stolen from the palace on Saturday. The statue has not been recovered.",
        "The painting has not yet been found.",
        "Both countries agreed to attend the talks, but the Bahraini government has yet to respond.",
        "Interpol didn't disclose at the time whether it received any arrest warrants.",
        "Police found a weapon in the van. The weapon was not publicly identified.",
        "A second phase is planned, but final decisions were not yet made.",
        "There was no official information on what treatment he had received.",
    ],
)
def test_a_thing_unfound_an_answer_owed_or_a_step_not_made_is_open(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    (question,) = questions_in(sentence)
    assert question.kind == "implicit"


@pytest.mark.parametrize(
    "sentence",
    [
        "No evidence has been found.",
        "The suspect was not publicly identified until Monday.",
        "The album was not released in Europe.",
        "The Bahraini government has responded.",
        "Final decisions were made on Monday.",
        "There was official information on the treatment he had received.",
    ],
)
def test_a_point_settled_a_name_given_later_or_history_is_not_open(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    assert questions_in(sentence) == []
