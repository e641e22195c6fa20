"""A second "with" party said again after a time phrase, or with a time of its own (issue 15, session
39, from dev set 36's "Zoellick met on Thursday with … Jim Sutton and today with … Mark Vaile", read
once set 38 was promoted):

- "met with Minister Sutton on Thursday and with Minister Vaile on Friday": the parser hangs the second
  "with" on the time phrase ("on Thursday") as its conjunct, so Vaile was no party; a party preposition
  said again is the verb's own wherever the parser hangs it, as "with A and with B" already was;
- "met on Thursday with A and today with B", "was meeting with A a couple of days ago, with B earlier
  today": two "with" parties each with a time of its own are two meetings, as "with A, then with B"
  already were;
- "met with A and with B" at one time, or "met with A last week as well with B" (one time for both),
  stays one occasion.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Zoellick met with Minister Jim Sutton on Thursday and with Minister Mark Vaile on Friday.",
        "Zoellick met on Thursday with Trade Minister Jim Sutton and today with Trade Minister Mark Vaile.",
    ],
)
def test_a_with_party_at_a_time_of_its_own_is_a_meeting_of_its_own(
    meetings_in: MeetingsIn, text: str
) -> None:
    assert sorted(names(m) for m in meetings_in(text)) == [
        ["Zoellick", "Jim Sutton"],
        ["Zoellick", "Mark Vaile"],
    ]


def test_a_with_said_again_that_the_parser_hung_on_the_verb_is_a_party(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in("Zoellick met with Jim Sutton and with Mark Vaile on Thursday.")
    assert {n for m in meetings for n in names(m)} == {"Zoellick", "Jim Sutton", "Mark Vaile"}


def test_one_time_for_both_with_parties_is_one_occasion(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("President Biden met with Prime Minister Kishida last week as well with President Yoon.")
    )
    assert names(meeting) == ["Biden", "Kishida", "Yoon"]
