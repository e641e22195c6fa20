"""A gathering told as taking place, and a body told as sitting (issue 15, session 29):

- a named gathering that is held, takes place, opens, concludes or convenes is a meeting though no
  one at it is named: its one party is the organisation whose gathering it is ("The G20 summit was
  held in Seoul": G20), else the gathering by its name, lengthened by the phrase that says what or
  whom it is about ("The first world conference of Greeks living abroad will take place in Athens",
  "The 2005 Review Conference on the Non-Proliferation Treaty was concluded in May"); a relative
  clause or a participle tells it too ("the summit held in Hanoi", "a conference on X, which will
  take place in Y"), and so does one set ahead ("is scheduled to take place", "is due to open");
- not a meeting: an unnamed gathering ("The climate conference will take place in June", "the
  meeting was held on Monday": which one the sentence does not say), a press conference, a
  gathering that does something else ("The summit opened a new chapter"), one only talked about,
  and someone's own ("its annual meeting opened");
- a body told by its common noun, as one ("the royal council", "the cabinet", "the Kuwaiti
  parliament"), that meets with no one and nothing met sat on its own: "When the royal council met,
  they chose to open the letter"; not a habit ("the committee meets every month"), not bodies in
  general ("Councils meet monthly"), not some body ("A committee met on Friday").

Invented sentences of each construction, positive and negative.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "party", "status"),
    [
        ("The G20 summit was held in Seoul last week.", "G20", "held"),
        ("The NATO summit opened in Warsaw on Friday.", "NATO", "held"),
        ("The OPEC meeting is due to open on Monday.", "OPEC", "planned"),
        (
            "The first world conference of Greeks living abroad will take place in Athens next June.",
            "world conference of Greeks living abroad",
            "planned",
        ),
        (
            "The month-long Review Conference on the Nuclear Non-Proliferation Treaty (NPT) was concluded"
            " in May.",
            "Review Conference on the Nuclear Non-Proliferation Treaty",
            "held",
        ),
        (
            "The Summit of the Americas will take place in Lima in April.",
            "Summit of the Americas",
            "planned",
        ),
        ("The ASEAN summit held in Hanoi last week agreed on a plan.", "ASEAN", "held"),
        (
            "Ministers prepared for a conference on the future of Lake Chad, which will take place in"
            " Abuja in May.",
            "conference on the future of Lake Chad",
            "planned",
        ),
    ],
)
def test_a_named_gathering_taking_place_is_a_meeting(
    meetings_in: MeetingsIn, sentence: str, party: str, status: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == [party]
    assert meeting.status == status


def test_the_gatherings_place_is_where_it_takes_place(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("The G20 summit was held in Seoul last week."))
    assert meeting.place == "Seoul"


@pytest.mark.parametrize(
    "sentence",
    [
        "The climate conference will take place in Athens in June.",
        "The meeting was held on Monday.",
        "A press conference was held in Lima on Monday.",
        "The news conference opened with a statement.",
        "The summit opened a new chapter in relations between the two countries.",
        "The union said its annual meeting opened in Leeds on Monday.",
        "Analysts discussed whether the G20 summit would be held in Seoul.",
    ],
)
def test_an_unnamed_gathering_a_press_conference_or_one_doing_something_else_is_none(
    meetings_in: MeetingsIn, sentence: str
) -> None:
    assert meetings_in(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("When the royal council met, they chose to open the letter.", "royal council"),
        ("The cabinet met on Sunday to discuss the budget.", "cabinet"),
        ("The Kuwaiti parliament met on Tuesday.", "Kuwaiti parliament"),
    ],
)
def test_a_body_told_as_one_that_meets_sat_on_its_own(
    meetings_in: MeetingsIn, sentence: str, body: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == [body]
    assert meeting.status == "held"


@pytest.mark.parametrize(
    "sentence",
    [
        "The committee meets every month.",
        "Councils meet monthly.",
        "A committee met on Friday.",
        "The council met its target for new homes.",
        "The cabinet did not meet on Sunday.",
    ],
)
def test_a_habit_bodies_in_general_some_body_or_a_target_met_is_no_sitting(
    meetings_in: MeetingsIn, sentence: str
) -> None:
    assert meetings_in(sentence) == []


def test_a_relative_clause_on_the_topic_tells_the_topic_not_the_gathering(meetings_in: MeetingsIn) -> None:
    assert meetings_in("Envoys prepared for a summit on the war in Ukraine, which began in 2022.") == []


def test_a_name_the_tagger_left_untyped_that_is_to_meet_sits_on_its_own(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("G7 was already scheduled to meet this weekend."))
    assert names(meeting) == ["G7"]
    assert meeting.status == "planned"


def test_a_term_of_sittings_ending_is_no_gathering(meetings_in: MeetingsIn) -> None:
    assert meetings_in("The lame duck session of the Lima Forum on Trade ends today.") == []
