"""Open points of session 24 (issue 16, from set 20's misses): silence kept, details not given,
checks still to run.

Each a construction, tried on invented sentences, with its boundaries:
- one who could speak is still silent: "has not yet commented on the strike" (a perfect: the comment
  is awaited; "did not comment on the report" tells a closed past event), "has given no comment to
  the press about the sale" (a speaker's own "we have given no comment" is an answer, not a point);
- a detail owed and not given: "specified no date or location", "did not release any specific
  information about", "their identities were not provided", "did not mention if", "did not
  immediately announce whom";
- a state still unclear whatever adverb it carries ("are also unclear"); no information "as to how
  long";
- a check or a decision still to come: "still awaited approval" (not "the long-awaited approval"),
  "a probe is ongoing", "assessments will be carried out to confirm if", "further charges may be
  laid".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Question

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence",
    [
        "Opposition leader Maria Lopez has not yet commented on the port strike.",
        "The company has given no comment to the press about the sale.",
        "The agency did not mention if there were casualties.",
        "Officials said two guards died; their identities were not provided.",
        "The statement specified no date or exact location.",
        "There is no information at the moment as to how long the strike will last.",
        "Crew numbers are also unclear, with both ten and twelve reported.",
        "The treaty still awaited approval by the senate.",
        "The party did not immediately announce whom it would support in the runoff.",
        "Psychiatric assessments will be carried out to confirm if the suspect is fit for trial.",
        "Firefighters have indicated an arson probe is ongoing.",
        "Further charges may be laid in the future, police said.",
        "The manufacturer did not release any specific information about the engine.",
    ],
)
def test_a_silence_or_a_pending_check_is_open(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    (question,) = questions_in(sentence)
    assert question.kind == "implicit"


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister did not comment on the budget at the time.",
        "The long-awaited approval came on Monday.",
        "The company has given its comment to the press.",
        "The statement specified the date and the location.",
        "Charges were laid against two men on Friday.",
        "Crew numbers are clear from the manifest.",
        "The senate awaited the president in the chamber.",
        "Finally, as we await this decision, the best thing that we can do is to get vaccinated.",
    ],
)
def test_a_comment_given_or_a_closed_past_event_is_not_open(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    assert questions_in(sentence) == []
