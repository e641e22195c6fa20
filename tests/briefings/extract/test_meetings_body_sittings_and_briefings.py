"""A body's own sitting told by its noun, briefings between named people, and bodies that are no
people (issue 15, session 25, from test set 24's news, promoted to dev):

- a gathering noun (meeting, session, summit, conference) whose one party is a body named through
  its owner ("an emergency meeting of Congo's cabinet", "a Turkish cabinet meeting", "a conference
  of European Union foreign ministers") or an organisation's summit held in a named place ("a NATO
  summit in Warsaw") is that body's own sitting; one with no owner ("the cabinet meeting"), someone's
  own ("its weekly meeting"), a summit only talked about ("discussed the NATO summit") or aimed at
  ("resolve to achieve outcomes at the COP26 Summit in Glasgow") is not;
- "is due", "is scheduled" on such a gathering makes it one to come;
- briefing a named person or office-holder, or being briefed by one, is a meeting with them
  ("briefed reporters", "was briefed on the storm", "Officials briefed X" are not);
- "a Special Investigations Team appointed by the court": a title word before a body's name makes
  no person, so a later "he" never takes it up;
- "negotiations between the ALAEA and Qantas": an acronym the tagger left untagged, listed with a
  tagged name, is a side too.

Invented sentences of each construction, positive and negative.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "An emergency meeting of Congo's cabinet was held yesterday to review air safety.",
            "Congo's cabinet",
        ),
        (
            "A regular conference of European Union foreign ministers in Luxembourg condemned the attack.",
            "European Union foreign ministers",
        ),
        ("It was agreed at a NATO summit in Warsaw last year.", "NATO"),
    ],
)
def test_a_named_bodys_sitting_told_by_its_noun_is_its_meeting(
    meetings_in: MeetingsIn, sentence: str, body: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == [body]
    assert meeting.status == "held"


def test_a_sitting_due_today_is_to_come(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("A Turkish cabinet meeting is due today to examine the shootdown."))
    assert names(meeting) == ["Turkish cabinet"]
    assert meeting.status == "planned"


@pytest.mark.parametrize(
    "sentence",
    [
        "The cabinet meeting was held on Monday.",
        "During its weekly meeting on Sunday, the board named two new members.",
        "Leaders discussed the NATO summit in Vilnius.",
        "The President will travel to Vilnius for the NATO summit in July.",
        "Both leaders stressed their resolve to achieve ambitious outcomes at the COP26 Summit in Glasgow.",
    ],
)
def test_no_owner_someones_own_or_a_topic_is_no_bodys_sitting(meetings_in: MeetingsIn, sentence: str) -> None:
    assert meetings_in(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Bush only learned of the matter after he was briefed by CIA Director Michael Hayden.",
        "CIA Director Michael Hayden briefed President George Bush on Monday.",
    ],
)
def test_a_briefing_between_named_people_is_a_meeting(meetings_in: MeetingsIn, sentence: str) -> None:
    meeting = only(meetings_in(sentence))
    assert {n.split()[-1] for n in names(meeting)} == {"Bush", "Hayden"}
    assert meeting.status == "held"


@pytest.mark.parametrize(
    "sentence",
    [
        "Press secretary Ana Ruiz briefed reporters on Monday.",
        "President Tom Hale was briefed on the storm.",
        "Officials briefed President Tom Hale on the storm.",
        "President Tom Hale was briefed by his national security team.",
    ],
)
def test_a_briefing_without_two_named_sides_is_no_meeting(meetings_in: MeetingsIn, sentence: str) -> None:
    assert meetings_in(sentence) == []


def test_a_title_word_before_a_bodys_name_makes_no_person(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "In 2012, a Special Investigations Team appointed by the Supreme Court found no evidence for "
        "Modi's role. The United States has warmed up to Modi again and in February he met with "
        "Nancy Powell, the US ambassador to India."
    )
    assert not any("Investigations Team" in n for m in found for n in names(m))


def test_an_untagged_acronym_listed_with_a_tagged_name_is_a_side(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("Negotiations between the ALAEA and Qantas had hit a brick wall."))
    assert set(names(meeting)) == {"ALAEA", "Qantas"}


def test_a_title_word_listed_with_a_tagged_name_is_no_side(meetings_in: MeetingsIn) -> None:
    assert meetings_in("Talks between the CEO and Qantas resumed.") == []
