"""Who met, read from signings, counts and coordinated sides (issue 15, session 26, from a battery of
invented sentences of the shapes summit and peace-talks coverage uses):

- two or more named people signing one agreement met to sign it: "Mugabe and Tsvangirai signed a
  power-sharing deal", "Mugabe signed the deal with Tsvangirai", "the agreement was signed by A and
  B", "are due to sign the deal" (to come); states signing a deal, or one person signing a bill, tell
  of no meeting;
- a counted plural noun for people where a meeting's sides stand ("The two leaders met", "a summit
  between the two leaders") refers back to that many people named most recently; more than that
  many leave it ambiguous ("the two men were arrested" is no side at all);
- named bodies or nationalities coordinated before a plural noun are one side each, whatever the
  meeting word: "Israeli and Hamas negotiators held indirect talks";
- speaking to a sitting body by its name ("have spoken to the United Nations Security Council") is
  addressing it in session; "spoke to the nation" is not;
- the place a discussion's topic names ("a discussion on the state of events in Gaza") is not where
  the discussion was held, though the parser hangs it on the verb.

Invented sentences of each construction, positive and negative.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Robert Mugabe and Morgan Tsvangirai signed a power-sharing deal in Harare on Monday.", "held"),
        ("Robert Mugabe signed the deal with Morgan Tsvangirai in Harare on Monday.", "held"),
        ("The agreement was signed by Robert Mugabe and Morgan Tsvangirai at a ceremony in Harare.", "held"),
        ("Robert Mugabe and Morgan Tsvangirai are due to sign the deal in Harare on Monday.", "planned"),
    ],
)
def test_people_signing_one_agreement_met_to_sign_it(
    meetings_in: MeetingsIn, sentence: str, status: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == ["Robert Mugabe", "Morgan Tsvangirai"]
    assert meeting.place == "Harare"
    assert meeting.status == status


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran and Iraq signed a trade deal on Monday.",
        "President Luis Vega signed the bill into law on Monday.",
        "President Luis Vega signed the agreement on Monday.",
    ],
)
def test_a_signing_by_states_or_by_one_person_is_no_meeting(meetings_in: MeetingsIn, sentence: str) -> None:
    assert meetings_in(sentence) == []


def test_the_two_leaders_are_the_two_people_named_just_before(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Prime Minister Jan Novak and President Ida Berg clashed over trade last year. "
            "The two leaders met in Prague on Tuesday."
        )
    )
    assert names(meeting) == ["Jan Novak", "Ida Berg"]
    assert meeting.place == "Prague"


def test_the_two_leaders_after_three_named_people_name_no_one(meetings_in: MeetingsIn) -> None:
    assert (
        meetings_in(
            "Prime Minister Jan Novak, President Ida Berg and Chancellor Petra Hahn clashed over trade. "
            "The two leaders met in Prague on Tuesday."
        )
        == []
    )


def test_a_counted_noun_that_is_no_side_names_no_meeting(meetings_in: MeetingsIn) -> None:
    assert (
        meetings_in("Jan Novak and Ida Berg were seen in Prague. The two men were arrested on Tuesday.") == []
    )


def test_coordinated_sides_before_a_plural_noun_are_one_party_each(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("Israeli and Hamas negotiators held indirect talks in Cairo on Sunday."))
    assert len(meeting.participants) == 2
    assert "Hamas" in names(meeting)
    assert meeting.place == "Cairo"


def test_speaking_to_a_sitting_body_is_addressing_it(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("Djibouti and Eritrea have spoken to the United Nations Security Council on Thursday.")
    )
    assert names(meeting) == ["Djibouti", "Eritrea", "United Nations Security Council"]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Luis Vega spoke to the nation on Tuesday.",
        "President Luis Vega spoke to reporters on Tuesday.",
    ],
)
def test_speaking_to_no_sitting_body_is_none(meetings_in: MeetingsIn, sentence: str) -> None:
    assert meetings_in(sentence) == []


def test_the_place_a_discussions_topic_names_is_not_where_it_was_held(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "President Luis Vega spoke with Chancellor Petra Hahn today. "
            "The two leaders had a detailed discussion on the state of events in Gaza."
        )
    )
    assert names(meeting) == ["Luis Vega", "Petra Hahn"]
    assert meeting.place is None
