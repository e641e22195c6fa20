"""Talks opened, calls taken, invitations answered and a gathering's attendees (issue 15, session 29,
from a battery of the plain shapes news tells meetings in):

- opening or entering into talks with someone holds them: "opened talks with Chancellor Hahn",
  "entered into negotiations with" ("agreed to launch a high-level strategic dialogue" starts a
  standing process, no meeting);
- consulting with a named person, told as one past occasion, meets them ("consulted with Chancellor
  Hahn"; "consulted the records" meets no one, and "looks forward to consulting with President Hahn"
  or "more people to consult with their doctors" is a press room's ongoing business);
- a call taken from someone is a call with them: "received a phone call from Chancellor Hahn", "got a
  call from"; a call made to congratulate someone is a call ("called President Vega to congratulate
  him"; "called Hahn to testify" summons a witness); ringing someone is calling them ("rang Chancellor
  Hahn"; "the phone rang" calls no one);
- an invitation answered: accepted, its meeting is to come ("accepted an invitation to visit Lima");
  declined, it is called off ("declined an invitation to meet Chancellor Hahn");
- a meeting that "is scheduled for Monday" or "is planned for May" is to come (one that "was
  scheduled" is told as past);
- a gathering's participle of attending names who were there together: "The summit, attended by
  President Vega and Chancellor Hahn, ended on Friday".

Invented sentences of each construction, positive and negative.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        (
            "President Luis Vega opened talks with Chancellor Petra Hahn on Monday.",
            ["Luis Vega", "Petra Hahn"],
        ),
        (
            "President Luis Vega entered into negotiations with Chancellor Petra Hahn.",
            ["Luis Vega", "Petra Hahn"],
        ),
        ("President Luis Vega consulted with Chancellor Petra Hahn.", ["Luis Vega", "Petra Hahn"]),
        (
            "President Luis Vega received a phone call from Chancellor Petra Hahn.",
            ["Luis Vega", "Petra Hahn"],
        ),
        ("President Luis Vega got a call from Chancellor Petra Hahn on Monday.", ["Luis Vega", "Petra Hahn"]),
        (
            "Chancellor Petra Hahn called President Luis Vega to congratulate him.",
            ["Petra Hahn", "Luis Vega"],
        ),
        ("President Luis Vega rang Chancellor Petra Hahn on Monday.", ["Luis Vega", "Petra Hahn"]),
        (
            "The summit, attended by President Luis Vega and Chancellor Petra Hahn, ended on Friday.",
            ["Luis Vega", "Petra Hahn"],
        ),
    ],
)
def test_talks_opened_calls_taken_and_attendees_together_are_meetings(
    meetings_in: MeetingsIn, sentence: str, parties: list[str]
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == parties
    assert meeting.status == "held"


@pytest.mark.parametrize(
    "sentence",
    [
        "President Luis Vega consulted the records.",
        "The United States and Peru agreed to launch a high-level strategic dialogue.",
        "President Luis Vega looks forward to consulting with President Petra Hahn.",
        "We want more people to consult with their doctors.",
        "The committee called Petra Hahn to testify.",
        "The phone rang.",
        "President Luis Vega opened the session with a statement.",
    ],
)
def test_records_consulted_a_witness_called_or_a_phone_ringing_is_no_meeting(
    meetings_in: MeetingsIn, sentence: str
) -> None:
    assert meetings_in(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "parties", "status"),
    [
        ("Chancellor Petra Hahn accepted an invitation to visit Lima.", ["Petra Hahn", "Lima"], "planned"),
        (
            "President Luis Vega declined an invitation to meet Chancellor Petra Hahn.",
            ["Luis Vega", "Petra Hahn"],
            "cancelled",
        ),
        (
            "A meeting between President Luis Vega and opposition leader Tom Kerr is scheduled for Monday.",
            ["Luis Vega", "Tom Kerr"],
            "planned",
        ),
        (
            "A summit between President Luis Vega and Chancellor Petra Hahn is planned for May.",
            ["Luis Vega", "Petra Hahn"],
            "planned",
        ),
    ],
)
def test_an_invitation_answered_or_a_meeting_scheduled_tells_its_status(
    meetings_in: MeetingsIn, sentence: str, parties: list[str], status: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == parties
    assert meeting.status == status
