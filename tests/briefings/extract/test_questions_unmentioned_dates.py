"""A date the one who knows did not mention (issue 16, session 37, from test set 36's misses once it
was promoted to a dev set):

- "Mr. Kiir did not mention a date, but Kampala has set a deadline": the speaker left the date out,
  as "did not give a date" does, so when it happens stays open;
- "did not mention the weather": what one leaves out of a speech is no open point unless it names
  information withheld (a date, a reason, the names);
- a speaker's own "we have not mentioned a single name", "we will not mention names" in a briefing is
  the press room's business, not a point the coverage leaves open (found over the White House briefings).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Question

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Kiir did not mention a date, but Kampala has set a September 12th deadline for the talks.",
        "The ministry didn't mention a reason for the delay.",
    ],
)
def test_information_not_mentioned_leaves_it_open(
    questions_in: Callable[..., list[Question]], text: str
) -> None:
    assert [q.kind for q in questions_in(text)] == ["implicit"]


def test_a_topic_not_mentioned_is_no_open_point(questions_in: Callable[..., list[Question]]) -> None:
    assert questions_in("He did not mention the weather in his speech in Juba.") == []


@pytest.mark.parametrize(
    "text", ["We have not mentioned a single name.", "We did not mention a date for it."]
)
def test_a_speakers_own_unmentioned_names_are_no_open_point(
    questions_in: Callable[..., list[Question]], text: str
) -> None:
    assert questions_in(text) == []
