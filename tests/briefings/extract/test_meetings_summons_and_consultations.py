"""Consulting someone is meeting them (issue 15, session 23, from dev set 19's misses):

- "Netanyahu consulted cabinet ministers about a potential response": consulting a named person or
  office-holders is a meeting with them;
- "consulted the records", "consulted his lawyer" and "summoned the courage" meet no one; a summons
  ("summoned the Israeli ambassador") is no meeting to these rules yet: tried and dropped, because
  "was summoned by officials to face questions" and "ordered X to summon the ambassador" need the
  summons' own status and its controller.

Invented sentences of each construction, positive and negative.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


def test_consulting_office_holders_is_a_meeting(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Prime Minister Benjamin Netanyahu consulted cabinet ministers about a potential response."
        )
    )
    assert "Benjamin Netanyahu" in names(meeting)
    assert meeting.status == "held"


def test_consulting_a_named_person_is_a_meeting(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("Chancellor Ana Weber consulted President Tom Hale by phone on Friday."))
    assert set(names(meeting)) == {"Ana Weber", "Tom Hale"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Maria Lopez summoned the courage to speak against the bill.",
        "Governor Tom Hale consulted the records before the vote.",
        "Mayor Ana Ruiz consulted her lawyer on Friday.",
        "Hosni Mubarak has been summoned by officials to face questions about corruption.",
    ],
)
def test_consulting_or_summoning_no_one_is_no_meeting(meetings_in: MeetingsIn, sentence: str) -> None:
    assert meetings_in(sentence) == []
