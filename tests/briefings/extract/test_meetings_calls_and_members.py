"""Calls placed to someone, meetings of listed states, and a finite verb the parser joined to an
infinitive (issue 15, session 17).

Invented sentences of each construction, positive and negative:
- a call goes from its caller to whom it is made: "a phone call made by X to Y", "a phone call by X
  to Y", "X made a phone call to Y" (the "to" of a call or of the verb that placed it); a call to a
  group named by a common noun ("made calls to his supporters") names no one met, and an appeal
  ("the President's strong call to Congress to move on health", "a call to Congress to act") is none;
- "the trilateral meeting of A, B and C" with two or more named states or bodies listed is theirs;
  "a history of A and B" is no meeting, "a meeting of ministers" names no one, and "a session of
  the Joint Coordination and Monitoring Board" is one body's name with an "and" in it;
- "X urged the embassy to reconsider and spoke with Y": the finite "spoke" is a second act of X's,
  not a thing urged ("urged both sides to negotiate and meet" stays an appeal);
- "met with the IMF, then with President Trump": a second "with" party set after the first by an
  adverb of sequence is a second meeting ("met with X and then traveled to Lima" stays one);
- "Participants in the call included A, B and C", told after the call, lists who was on it;
- a thing welcomed or received ("welcomed the news", "are expected to receive waves") is no guest; a
  delegation or an envoy is;
- "The President did not speak with Modi about this": a talk that did not happen is no meeting, and
  none called off ("will not meet", "declined to meet" stay cancelled);
- "Ruiz told Prime Minister Vega in a phone call that …": who tells something in a call or a meeting
  and whom they tell are on it ("told reporters during the meeting", "after the meeting" name no party).
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
        "The office released a summary of a phone call made by President Ana Ruiz in July to Prime "
        "Minister Tomas Vega.",
        "The office released a summary of a phone call by President Ana Ruiz to Prime Minister Tomas Vega.",
        "President Ana Ruiz made a phone call to Prime Minister Tomas Vega in July.",
    ],
)
def test_a_call_made_to_someone_meets_the_caller_with_them(
    meetings_in: Callable[..., list[Meeting]], sentence: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == ["Ana Ruiz", "Tomas Vega"]
    assert meeting.status == "held"


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Ruiz made calls to her supporters in July.",
        "The budget repeats the President's strong call to Congress during his address to move on health.",
        "Senator Ruth Ames made a call to Congress to act on climate.",
    ],
)
def test_calls_to_an_unnamed_group_or_appeals_are_no_meeting(
    meetings_in: Callable[..., list[Meeting]], sentence: str
) -> None:
    assert meetings_in(sentence) == []


def test_a_meeting_of_listed_states_is_theirs(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "During the trilateral meeting of Cyprus, Greece and Israel on January 28, 2016, the "
            "route was considered."
        )
    )
    assert names(meeting) == ["Cyprus", "Greece", "Israel"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A history of France and Germany was discussed at the school.",
        "It was a meeting of ministers, the first this year.",
        "Concluding her remarks at a special session of the Joint Coordination and Monitoring Board "
        "(JCMB), Deborah Lyons said that aid must go on.",
    ],
)
def test_a_list_of_states_under_no_meeting_or_a_meeting_of_unnamed_people_is_none(
    meetings_in: Callable[..., list[Meeting]], sentence: str
) -> None:
    assert meetings_in(sentence) == []


def test_a_finite_verb_joined_to_an_infinitive_is_the_subjects_own_act(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Foreign Secretary Dominic Raab urged the embassy to reconsider and spoke with Secretary "
            "of State Mike Pompeo about the case."
        )
    )
    assert names(meeting) == ["Dominic Raab", "Mike Pompeo"]
    assert meeting.status == "held"


def test_an_appeal_to_negotiate_and_meet_stays_an_appeal(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("The envoy urged President Ana Ruiz to negotiate and meet Tomas Vega.") == []


def test_a_second_with_party_set_after_the_first_is_a_second_meeting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "Later on Tuesday Prime Minister Kyriakos Mitsotakis met with the International Monetary Fund, "
        "then with President Donald Trump, where he denounced the agreement again."
    )
    assert sorted(names(m) for m in found) == [
        ["Kyriakos Mitsotakis", "Donald Trump"],
        ["Kyriakos Mitsotakis", "International Monetary Fund"],
    ]


def test_one_with_party_and_a_later_journey_stay_one_meeting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    assert names(only(meetings_in("President Ana Ruiz met with Tomas Vega and then traveled to Lima."))) == [
        "Ana Ruiz",
        "Tomas Vega",
    ]


def test_participants_in_the_call_listed_later_join_the_reported_call(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "President Ana Ruiz held a secure video call with transatlantic leaders today.\n\n"
            "The leaders discussed sanctions.\n\n"
            "Participants in the call included Prime Minister Justin Trudeau of Canada, President "
            "Emmanuel Macron of France, and Chancellor Olaf Scholz of Germany."
        )
    )
    assert {"Ana Ruiz", "Justin Trudeau", "Emmanuel Macron", "Olaf Scholz"} <= set(names(meeting))


@pytest.mark.parametrize(
    "sentence",
    [
        "The U.N. and the European Parliament also welcomed the news.",
        "Japan, Malaysia and Singapore also welcomed the news.",
        "Australia and New Zealand are expected to receive waves of one metre within a day.",
    ],
)
def test_a_thing_welcomed_or_received_is_no_guest(
    meetings_in: Callable[..., list[Meeting]], sentence: str
) -> None:
    assert meetings_in(sentence) == []


def test_a_delegation_or_an_envoy_received_is_met(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("President Ana Ruiz welcomed the delegation from Peru on Monday.") != []
    assert meetings_in("President Ana Ruiz received the ambassador of Peru on Monday.") != []
    # a title stammered in a transcript is still someone
    assert (
        meetings_in("Also Monday, President Ana Ruiz will welcome Prime Min- — the Prime Minister of Peru.")
        != []
    )


def test_a_talk_that_did_not_happen_is_none_and_none_called_off(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    body = (
        "MR. SULLIVAN:  We have begun talks with India about how a price cap would work.\n\n"
        "Q    Did the President speak with Prime Minister Modi about this issue\nspecifically?\n\n"
        "MR. SULLIVAN:  President Biden did not speak with Prime Minister Modi\nabout this yesterday, but "
        "at senior levels of the U.S. government, we\nhad communications with the Indians yesterday."
    )
    assert not any(m.status == "cancelled" for m in meetings_in(body))


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Ruiz told Prime Minister Tomas Vega in a phone call that the sanctions would stay.",
        "In a phone call, President Ana Ruiz told Prime Minister Tomas Vega that the sanctions would stay.",
        "President Ana Ruiz told Prime Minister Tomas Vega during a meeting that the sanctions would stay.",
    ],
)
def test_whom_one_tells_something_in_a_call_is_on_the_call(
    meetings_in: Callable[..., list[Meeting]], sentence: str
) -> None:
    assert names(only(meetings_in(sentence))) == ["Ana Ruiz", "Tomas Vega"]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Ruiz told reporters during the meeting that the sanctions would stay.",
        "President Ana Ruiz told Tomas Vega after the meeting that the sanctions would stay.",
    ],
)
def test_telling_reporters_or_telling_after_the_meeting_names_no_party(
    meetings_in: Callable[..., list[Meeting]], sentence: str
) -> None:
    assert meetings_in(sentence) == []
