"""Invitations to visit, governments named by their nationalities, a fronted "his visit", a
"between" broken by an aside, and an assembly attended (issue 15, session 18), from test set 16's
news (promoted to dev).

Invented sentences of each construction, positive and negative:
- "has been invited by Prime Minister Vega to visit Canada", "Vega invited Ruiz to visit Canada": an
  invitation to visit or meet is a planned meeting of the invited (who visits: the one invited, not
  the inviter) with whoever invites ("urged both sides to meet" stays an appeal: no meeting);
- "The Rwandan and Burundian governments met": nationalities coordinated before a plural noun are a
  party each;
- "Following his visit to Chad, Foreign Minister Kouchner traveled to Sudan": a possessive in a
  fronted phrase is the clause's subject, even when "Following" reads as a verb;
- "a meeting between Giuliani, claiming to represent the State Department, and Andriy Yermak": the
  second side after an aside the parser closed the phrase at;
- "will attend the United Nations General Assembly": a named assembly attended is a gathering ("the
  assembly voted" names none);
- "He has no intention of meeting with President Putin": a meeting nobody intends is called off, never
  held.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Tom Kerr has been invited by Prime Minister Ana Vega to visit Canada.",
        "Prime Minister Ana Vega invited Governor Tom Kerr to visit Canada.",
    ],
)
def test_an_invitation_to_visit_is_a_planned_meeting_with_the_inviter(
    meetings_in: MeetingsIn, sentence: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert {"Tom Kerr", "Ana Vega"} <= set(names(meeting))
    assert meeting.status == "planned"
    assert names(meeting)[0] == "Tom Kerr"  # the one invited is the visitor


def test_an_appeal_to_meet_is_no_meeting(meetings_in: MeetingsIn) -> None:
    assert meetings_in("Prime Minister Ana Vega urged Governor Tom Kerr and Mayor Li Wei to meet soon.") == []


def test_governments_named_by_their_nationalities_are_a_party_each(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("The Rwandan and Burundian governments met over the weekend in Kigali."))
    assert names(meeting) == ["Rwandan government", "Burundian government"]


def test_a_possessive_in_a_fronted_phrase_is_the_clauses_subject(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        '"Aid must be recognised," said Isabelle Defourny, manager of the charity\'s programmes. '
        "Following his "
        "visit to Chad, Foreign Minister Bernard Kouchner traveled to Sudan where he met with President Omar "
        "al-Bashir."
    )
    assert all("Isabelle Defourny" not in names(m) for m in found), found
    assert any("Bernard Kouchner" in names(m) and "Chad" in names(m) for m in found), found


def test_the_second_side_of_a_between_past_an_aside(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "In July, he set up a meeting between Rudy Giuliani, claiming to represent the State "
            "Department, and Andriy Yermak, one of the President's aides."
        )
    )
    assert {"Rudy Giuliani", "Andriy Yermak"} <= set(names(meeting))


def test_a_named_assembly_attended_is_a_gathering(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("President Hassan Rouhani will attend the United Nations General Assembly next week.")
    )
    assert names(meeting) == ["Hassan Rouhani", "United Nations General Assembly"]
    assert meeting.status == "planned"


def test_an_assembly_voting_is_no_gathering_met(meetings_in: MeetingsIn) -> None:
    assert meetings_in("The assembly voted on the bill on Tuesday.") == []


def test_a_meeting_nobody_intends_is_called_off(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "President Joe Biden spoke in Ohio today. He has no intention of meeting with President Putin."
        )
    )
    assert names(meeting) == ["Joe Biden", "Putin"]
    assert meeting.status == "cancelled"
