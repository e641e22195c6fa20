"""Plain constructions of diplomatic news that named no meeting (issue 15, session 26, from a battery
of invented sentences of the common shapes, checked against every dev set and the White House pool):

- a participle serving as a preposition heads no clause: "Following talks with Medvedev, Obama said
  …" sets the clause after talks its subject had, as "After talks with …" does;
- calling off a meeting with someone: "cancelled a meeting with X", "called off talks with X",
  "postponed talks with X" are cancelled (postponed) meetings of the subject and X, and "the meeting
  between A and B was called off" is cancelled ("cancelled the contract with X", "called off the
  strike" call off no meeting);
- a plural title over a list of bodies speaks for each: "Representatives of Hamas and Fatah will
  meet" (two sides), "Hamas and Fatah officials met" (two sides); "Leaders of the European Union met"
  is the body's own sitting, named by its phrase; "the leaders of the Association of Southeast Asian
  Nations, or ASEAN" name one body twice;
- addressing a sitting body by its proper name is a meeting with it: "will address the UN Security
  Council", "addressed the European Parliament" ("addressed the nation", "addressed the issue",
  "addressed reporters" are not);
- "brought together" two or more named people or bodies is their meeting ("a promise to bring
  Americans together" is not);
- a mediator sits in the talks mediated: "Mbeki mediated talks between Mugabe and Tsvangirai";
  a capitalised name the tagger left untagged, coordinated with a person, is a person too.

Invented sentences of each construction, positive and negative.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("opening", ["Following", "After"])
def test_a_prepositional_participle_sets_the_clause_after_talks_its_subject_had(
    meetings_in: MeetingsIn, opening: str
) -> None:
    meeting = only(
        meetings_in(
            f"{opening} talks with Chancellor Petra Hahn, President Luis Vega said the deal was good."
        )
    )
    assert names(meeting) == ["Luis Vega", "Petra Hahn"]
    assert meeting.status == "held"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("President Luis Vega cancelled a meeting with Chancellor Petra Hahn.", "cancelled"),
        ("President Luis Vega cancelled a planned meeting with Chancellor Petra Hahn.", "cancelled"),
        ("President Luis Vega called off talks with Chancellor Petra Hahn.", "cancelled"),
        ("President Luis Vega postponed talks with Chancellor Petra Hahn.", "postponed"),
        ("The meeting between President Luis Vega and Chancellor Petra Hahn was called off.", "cancelled"),
    ],
)
def test_calling_off_a_meeting_with_someone_makes_the_caller_its_other_side(
    meetings_in: MeetingsIn, sentence: str, status: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == ["Luis Vega", "Petra Hahn"]
    assert meeting.status == status


@pytest.mark.parametrize(
    "sentence",
    [
        "President Luis Vega cancelled the contract with Chancellor Petra Hahn's company.",
        "The union called off the strike on Monday.",
    ],
)
def test_calling_off_no_meeting_is_none(meetings_in: MeetingsIn, sentence: str) -> None:
    assert meetings_in(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        ("Representatives of Hamas and Fatah will meet in Cairo next week.", ["Hamas", "Fatah"]),
        ("Hamas and Fatah officials met in Cairo for reconciliation talks.", ["Hamas", "Fatah"]),
    ],
)
def test_a_plural_title_over_listed_bodies_speaks_for_each(
    meetings_in: MeetingsIn, sentence: str, sides: list[str]
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == sides
    assert meeting.place == "Cairo"


def test_a_bodys_leaders_meeting_among_themselves_are_its_sitting(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("Leaders of the European Union met in Brussels on Thursday."))
    assert names(meeting) == ["Leaders of the European Union"]
    assert meeting.place == "Brussels"


def test_one_body_named_twice_is_one_party(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "On Thursday, President Luis Vega will welcome the leaders of the Association of Southeast Asian "
            "Nations, or ASEAN, to the White House for dinner."
        )
    )
    assert names(meeting) == ["Association of Southeast Asian Nations", "Luis Vega"]


@pytest.mark.parametrize(
    ("sentence", "body", "status"),
    [
        (
            "Secretary of State Ana Reed will address the UN Security Council on Thursday.",
            "UN Security Council",
            "planned",
        ),
        (
            "President Luis Vega addressed the European Parliament in Strasbourg.",
            "European Parliament",
            "held",
        ),
    ],
)
def test_addressing_a_sitting_body_by_name_is_a_meeting_with_it(
    meetings_in: MeetingsIn, sentence: str, body: str, status: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert body in names(meeting)
    assert meeting.status == status


@pytest.mark.parametrize(
    "sentence",
    [
        "President Luis Vega addressed the nation on Tuesday.",
        "President Luis Vega addressed the issue on Tuesday.",
        "President Luis Vega addressed reporters on Tuesday.",
        "The council addressed the complaints on Tuesday.",
    ],
)
def test_addressing_no_named_body_is_none(meetings_in: MeetingsIn, sentence: str) -> None:
    assert meetings_in(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "The summit in Sochi brought together Presidents Vladimir Putin and George Bush.",
            ["Vladimir Putin", "George Bush"],
        ),
        (
            "The forum brought together Chancellor Petra Hahn, President Luis Vega and Prime Minister "
            "Jan Novak.",
            ["Petra Hahn", "Luis Vega", "Jan Novak"],
        ),
    ],
)
def test_bringing_named_people_together_is_their_meeting(
    meetings_in: MeetingsIn, sentence: str, met: list[str]
) -> None:
    meeting = only(meetings_in(sentence))
    assert all(name in names(meeting) for name in met)
    assert meeting.status == "held"


@pytest.mark.parametrize(
    "sentence",
    [
        "President Luis Vega ran on a promise to bring Americans together.",
        "The summit brought together teams from 46 cities.",
    ],
)
def test_bringing_no_one_named_together_is_none(meetings_in: MeetingsIn, sentence: str) -> None:
    assert meetings_in(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        (
            "Thabo Mbeki mediated talks between Robert Mugabe and Tsvangirai in Harare.",
            ["Robert Mugabe", "Tsvangirai"],
        ),
        ("Egypt brokered talks between Israel and Hamas in Cairo.", ["Egypt", "Israel", "Hamas"]),
    ],
)
def test_a_mediator_sits_in_the_talks_it_mediates(
    meetings_in: MeetingsIn, sentence: str, sides: list[str]
) -> None:
    meeting = only(meetings_in(sentence))
    assert all(side in names(meeting) for side in sides)
    assert len(names(meeting)) == 3
