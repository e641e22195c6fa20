"""Meetings in news prose and titles (issue 15, session 12): a meeting told only as the frame of a
clause, meeting nouns that need a named "with" party, a body named after a title's meeting noun,
members of a collection, and what is received, commented on or done as a habit.

Invented sentences of each construction, positive and negative:
- "told reporters at the end of two days of discussions with X": a clause set at the end, on the
  margins or after so many days of talks with someone names who had them, its subject.
- "had a long conversation with X", "held a briefing with Members of Congress": a conversation or
  a briefing held with a named party is a meeting; "conversations with Congress" kept up as a
  habit, and "a briefing with reporters" (a press briefing), are not.
- "Remarks by X After Meeting with the Senate Democratic Caucus": remarks told before or after a
  meeting with a body, when nothing else in the text is a meeting, are that meeting.
- "met with a group of mayors": the members, not the group, are met.
- "received the nickname “Chemical Ali”", "We are having weekly calls with X", "I'm not going to
  comment on any potential negotiations with X": a thing received, a habit and a topic of comment
  are no meeting.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Meeting
from tests.briefings.extract.meeting_support import names, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence",
    [
        "Nicholas Burns told reporters at the end of two days of discussions with Foreign Secretary "
        "Shyam Saran.",
        "Nicholas Burns spoke to reporters after three rounds of talks with Foreign Secretary Shyam Saran.",
    ],
)
def test_a_clause_framed_by_talks_with_someone_names_who_had_them(
    meetings_in: Callable[..., list[Meeting]], sentence: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == ["Nicholas Burns", "Shyam Saran"]


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("President Lopez had a long conversation with Prime Minister Kerr about trade.", "Kerr"),
        ("Commerce Secretary Gina Raimondo held a briefing with Senator Chuck Grassley.", "Chuck Grassley"),
        (
            "Commerce Secretary Gina Raimondo held a briefing with a group of Members of Congress.",
            "Congress",
        ),
    ],
)
def test_a_conversation_or_briefing_held_with_a_named_party_is_a_meeting(
    meetings_in: Callable[..., list[Meeting]], sentence: str, other: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert other in names(meeting)


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister Ames continues to have conversations with Congress on the budget.",
        "Press Secretary Jen Psaki held a briefing with reporters on Monday.",
        "Minister Ames said he would not get into intelligence briefings with Prime Minister Kerr.",
    ],
)
def test_a_habit_a_press_briefing_or_a_topic_is_no_meeting(
    meetings_in: Callable[..., list[Meeting]], sentence: str
) -> None:
    assert meetings_in(sentence) == []


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Remarks by President Biden After Meeting with the Senate Democratic Caucus",
            "Senate Democratic Caucus",
        ),
        ("Remarks by Vice President Harris After Meeting with Firefighters", "Firefighters"),
        ("Remarks by President Biden Before Meeting with His Cabinet", "Cabinet"),
    ],
)
def test_remarks_titled_after_a_meeting_with_a_body_are_that_meeting(
    meetings_in: Callable[..., list[Meeting]], title: str, body: str
) -> None:
    meeting = only(meetings_in("THE PRESIDENT: Well, hello. It was a good discussion.", title))
    assert body in names(meeting)


def test_a_title_meeting_with_a_person_is_read_as_before(meetings_in: Callable[..., list[Meeting]]) -> None:
    title = "Remarks by President Biden After Meeting with Prime Minister Kishida"
    meeting = only(meetings_in("THE PRESIDENT: Well, hello. It was a good discussion.", title))
    assert "Kishida" in names(meeting)


def test_a_group_of_people_met_is_its_members(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("Governor Ames met with a group of mayors today."))
    assert names(meeting) == ["Ames", "mayors"]


@pytest.mark.parametrize(
    "sentence",
    [
        "During the campaign, Ali Hassan al-Majid received the nickname “Chemical Ali” from Saddam Hussein.",
        "Governor Ames said they are having weekly calls with Mayor Kerr.",
        "Governor Ames is having weekly calls with Mayor Kerr.",
        "Yeah, Governor Ames is not going to comment on any potential negotiations with Mayor Kerr.",
        "Members of the group claimed to have visited the Mahabodhi Temple before the attack.",
    ],
)
def test_a_thing_received_a_habit_a_topic_and_a_temple_toured_are_no_meeting(
    meetings_in: Callable[..., list[Meeting]], sentence: str
) -> None:
    assert meetings_in(sentence) == []


def test_a_guest_received_is_still_met(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("King Abdullah received French Ambassador Pierre Dupont on Monday."))
    assert sorted(names(meeting)) == ["Abdullah", "Pierre Dupont"]


@pytest.mark.parametrize(
    "sentence",
    [
        "MS. PSAKI: I don’t have any calls with President Putin to predict at this point in time.",
        "Governor Ames has not had another conversation with Mayor Kerr since that point in time.",
    ],
)
def test_a_meeting_nobody_had_is_neither_held_nor_called_off(
    meetings_in: Callable[..., list[Meeting]], sentence: str
) -> None:
    assert meetings_in(sentence) == []


def test_one_call_of_a_weekly_series_is_held(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("Governor Ames just completed his weekly call with Mayor Kerr."))
    assert names(meeting) == ["Ames", "Kerr"]
    assert meeting.status == "held"


def test_a_meeting_called_off_stays_cancelled(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("Minister Ames did not meet Mayor Kerr on Monday as planned."))
    assert meeting.status == "cancelled"
