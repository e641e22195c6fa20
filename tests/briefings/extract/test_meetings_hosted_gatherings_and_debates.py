"""Gatherings someone oversees, debates between candidates, and an assembly one speaks at (issue 15,
session 18), from test set 15's news (promoted to dev).

Invented sentences of each construction, positive and negative:
- "bishops from around the world attended a summit in Rome, overseen by the Pope": whoever oversees,
  chairs or leads a gathering that others attend is there with them ("a summit in Rome regarding
  abuse" names no host);
- "the second presidential debate between Ana Ruiz and Tom Kerr … has been cancelled", "participated
  in the first debate against Tom Kerr": candidates who debate face each other (a debate in a chamber
  about a bill names no one met);
- "spoke at the United Nations General Assembly": an assembly one speaks at is a gathering one is at.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


def test_who_oversees_a_gathering_others_attend_is_there(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Pope Francis issued the decree on Thursday. In February, Catholic bishops from around the "
            "world attended a summit in Rome, overseen by the Pope, regarding abuse by the clergy."
        )
    )
    assert names(meeting) == ["Catholic bishops", "Francis"]
    assert meeting.participants[1].role == "Pope"
    assert meeting.place == "Rome"
    assert meeting.status == "held"


def test_a_gathering_attended_with_no_host_named_meets_no_one(meetings_in: MeetingsIn) -> None:
    assert meetings_in("In February, bishops attended a summit in Rome regarding abuse by the clergy.") == []


def test_candidates_in_a_debate_face_each_other(meetings_in: MeetingsIn) -> None:
    cancelled = only(
        meetings_in(
            "The commission announced on Friday that the second presidential debate between Senator Ana "
            "Ruiz and Governor Tom Kerr, which was slated for October 15, has been cancelled."
        )
    )
    assert names(cancelled) == ["Ana Ruiz", "Tom Kerr"]
    assert cancelled.status == "cancelled"
    held = only(
        meetings_in(
            "Senator Ana Ruiz participated in the first presidential debate against Governor Tom Kerr "
            "in Cleveland."
        )
    )
    assert names(held) == ["Ana Ruiz", "Tom Kerr"]
    assert held.place == "Cleveland"


@pytest.mark.parametrize(
    "sentence",
    [
        "There was a long debate in the Senate about the budget bill.",
        "Senator Ana Ruiz said the debate against the bill was lost.",
    ],
)
def test_a_debate_about_a_thing_meets_no_one(meetings_in: MeetingsIn, sentence: str) -> None:
    assert meetings_in(sentence) == []


def test_an_assembly_spoken_at_is_a_gathering(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("President Hassan Rouhani spoke at the United Nations General Assembly on Tuesday.")
    )
    assert names(meeting) == ["Hassan Rouhani", "United Nations General Assembly"]
