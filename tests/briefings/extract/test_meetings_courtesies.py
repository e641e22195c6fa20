"""Courtesies that are meetings: meals, summonses, greetings and handshakes (issue 15, session 26):

- a meal shared with someone named is a meeting: "had dinner (lunch, breakfast) with X", "held a
  working lunch with X", "dined with X", "over dinner with X", "X's dinner with Y", "hosted a dinner
  for X"; "had dinner with friends", "had lunch" alone and "a state dinner for 300 guests" are none;
  its status as any meeting's ("will have breakfast with X" is to come, "was cancelled" called off);
- a government's summons of an envoy is a meeting with the envoy: "summoned the German ambassador,
  Karl Weber", "summoned Karl Weber, the German ambassador", "Israel's ambassador was summoned by X";
  "Ambassador Sullivan" is no one of that surname in another office; an envoy named only by the
  state they serve ("the Israeli ambassador") is that state's side, never the envoy of another state
  there; "was summoned to the Foreign Ministry" meets the ministry; "ordered X to summon the ambassador" is a
  summons to come, made by X. "summoned the courage", "summoned witnesses", "the court summoned the
  defendant" and "was summoned by officials to face questions" call in no envoy;
- greeting a named guest, told or to come, is a meeting ("greeted Chancellor Hahn at the airport",
  "was greeted by President Vega", "will greet"); "greeted the crowd", "greeted the news", "greeted
  her remarks with skepticism" and a speaker's "I want to greet Governor X" are not;
- a handshake or an exchange of views or greetings between named parties is a meeting ("shook hands
  with X", "A and B shook hands", "an exchange of handshakes between A and B", "A and B exchanged
  views", "exchanged views with X"); "shook hands with supporters", "the two leaders shook hands",
  "exchanged fire", "exchanged prisoners" and "participants exchanged views" name no one met, and
  a courtesy not told as done or to come ("might not want to be seen shaking hands with X") is none.

Invented sentences of each construction, positive and negative.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


def _surnames(meeting_names: list[str]) -> set[str]:
    return {n.split()[-1] for n in meeting_names}


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        ("President Luis Vega had dinner with Chancellor Petra Hahn in Lima on Monday.", {"Vega", "Hahn"}),
        ("Governor Ted Lang had lunch with Senator Maria Ortiz on Friday.", {"Lang", "Ortiz"}),
        ("Prime Minister Kenji Mori held a working lunch with President Amara Diallo.", {"Mori", "Diallo"}),
        ("Senator Maria Ortiz dined with Governor Ted Lang in Austin on Tuesday.", {"Ortiz", "Lang"}),
        ("President Luis Vega discussed trade over dinner with Chancellor Petra Hahn.", {"Vega", "Hahn"}),
        (
            "During a breakfast with Senator Maria Ortiz, Governor Ted Lang outlined the budget.",
            {"Lang", "Ortiz"},
        ),
        (
            "Prime Minister Kenji Mori hosted a working lunch for President Amara Diallo at his residence.",
            {"Mori", "Diallo"},
        ),
    ],
)
def test_a_meal_shared_with_someone_named_is_a_meeting(
    meetings_in: MeetingsIn, sentence: str, parties: set[str]
) -> None:
    meeting = only(meetings_in(sentence))
    assert _surnames(names(meeting)) == parties
    assert meeting.status == "held"


def test_a_meal_to_come_is_planned_and_one_called_off_cancelled(meetings_in: MeetingsIn) -> None:
    planned = only(
        meetings_in("President Luis Vega will have breakfast with Chancellor Petra Hahn on Monday.")
    )
    assert planned.status == "planned"
    cancelled = only(meetings_in("Governor Ted Lang's dinner with Senator Maria Ortiz was cancelled."))
    assert _surnames(names(cancelled)) == {"Lang", "Ortiz"}
    assert cancelled.status == "cancelled"


@pytest.mark.parametrize(
    "sentence",
    [
        "President Luis Vega had dinner with friends on Monday.",
        "President Luis Vega had lunch on Monday.",
        "President Luis Vega hosted a state dinner for 300 guests on Monday.",
        "The President had lunch with reporters on Sunday.",
    ],
)
def test_a_meal_with_no_one_named_is_no_meeting(meetings_in: MeetingsIn, sentence: str) -> None:
    assert meetings_in(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Ana Silva summoned the German ambassador, Karl Weber, on Monday.",
        "Foreign Minister Ana Silva summoned Karl Weber, the German ambassador, on Monday.",
        "Ambassador Karl Weber was summoned by Foreign Minister Ana Silva on Monday.",
    ],
)
def test_an_envoy_summoned_is_met(meetings_in: MeetingsIn, sentence: str) -> None:
    meeting = only(meetings_in(sentence))
    assert _surnames(names(meeting)) == {"Silva", "Weber"}
    assert meeting.status == "held"


def test_an_envoy_named_by_their_state_is_its_side(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("The Kremlin summoned the Dutch ambassador on Monday."))
    assert set(names(meeting)) == {"Kremlin", "Dutch ambassador"}


def test_an_envoy_of_another_state_is_not_the_envoy_summoned(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Yasser Said, the Egyptian ambassador in Israel, was recalled by Cairo yesterday. The cabinet "
        "ordered Foreign Minister Mohamed Amr to summon the Israeli ambassador."
    )
    meeting = only([m for m in found if "Mohamed Amr" in names(m)])
    assert set(names(meeting)) == {"Mohamed Amr", "Israeli ambassador"}


def test_an_envoy_summoned_by_title_and_surname_is_no_one_else_of_that_surname(
    meetings_in: MeetingsIn,
) -> None:
    found = meetings_in(
        "Jake Sullivan is going to be joining us tomorrow. The Russian Foreign Ministry summoned "
        "Ambassador Sullivan to the Ministry in Moscow on Monday."
    )
    meeting = only(found)
    assert set(names(meeting)) == {"Sullivan", "Russian Foreign Ministry"}


def test_an_envoy_summoned_to_a_ministry_meets_the_ministry(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("The German ambassador was summoned to the Foreign Ministry on Monday."))
    assert set(names(meeting)) == {"Foreign Ministry", "German ambassador"}


def test_a_summons_ordered_is_to_come_and_made_by_the_one_ordered(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("They also ordered foreign minister Mohamed Kamel Amr to summon the Israeli ambassador.")
    )
    assert set(names(meeting)) == {"Mohamed Kamel Amr", "Israeli ambassador"}
    assert meeting.status == "planned"


@pytest.mark.parametrize(
    "sentence",
    [
        "The suspect was summoned by officials to face questions on Monday.",
        "Ana Silva summoned the courage to speak on Monday.",
        "Ana Silva was summoned to court on Monday.",
        "The committee summoned witnesses to testify on Monday.",
        "The court summoned the defendant on Monday.",
    ],
)
def test_a_summons_of_no_envoy_is_no_meeting(meetings_in: MeetingsIn, sentence: str) -> None:
    assert meetings_in(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("President Luis Vega greeted Chancellor Petra Hahn at the airport on Monday.", "held"),
        ("Chancellor Petra Hahn was greeted by President Luis Vega at the airport.", "held"),
        ("President Luis Vega will greet Chancellor Petra Hahn at the palace on Friday.", "planned"),
    ],
)
def test_greeting_a_named_guest_is_a_meeting(meetings_in: MeetingsIn, sentence: str, status: str) -> None:
    meeting = only(meetings_in(sentence))
    assert _surnames(names(meeting)) == {"Vega", "Hahn"}
    assert meeting.status == status


@pytest.mark.parametrize(
    "sentence",
    [
        "President Luis Vega greeted the crowd on Monday.",
        "President Luis Vega greeted the news with relief on Monday.",
        "President Luis Vega greeted Chancellor Hahn's remarks with skepticism.",
        "I want to greet Governor Ted Lang, who is here with us today.",
        "We were greeted by cheering crowds in Lima.",
    ],
)
def test_greeting_no_named_guest_is_no_meeting(meetings_in: MeetingsIn, sentence: str) -> None:
    assert meetings_in(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "President Luis Vega shook hands with Chancellor Petra Hahn on Monday.",
        "President Luis Vega and Chancellor Petra Hahn shook hands before the talks.",
        "There was an exchange of handshakes between President Luis Vega and Chancellor Petra Hahn.",
        "There was a brief exchange of views between President Luis Vega and Chancellor Petra Hahn.",
        "President Luis Vega and Chancellor Petra Hahn exchanged views on trade on Monday.",
        "President Luis Vega exchanged views with Chancellor Petra Hahn on Monday.",
        "President Luis Vega exchanged greetings with Chancellor Petra Hahn at the summit.",
    ],
)
def test_a_handshake_or_views_exchanged_between_named_parties_is_a_meeting(
    meetings_in: MeetingsIn, sentence: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert _surnames(names(meeting)) == {"Vega", "Hahn"}
    assert meeting.status == "held"


@pytest.mark.parametrize(
    "sentence",
    [
        "President Luis Vega shook hands with supporters on Monday.",
        "The President might not want to be seen shaking hands with Crown Prince Omar Said.",
        "The two leaders shook hands on Monday.",
        "Israeli troops exchanged fire with Hamas fighters on Monday.",
        "The two sides exchanged prisoners on Monday.",
        "Participants exchanged views on the draft.",
    ],
)
def test_no_named_party_or_no_greeting_exchanged_is_no_meeting(
    meetings_in: MeetingsIn, sentence: str
) -> None:
    assert meetings_in(sentence) == []
