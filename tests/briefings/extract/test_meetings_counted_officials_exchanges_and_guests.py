"""References back by a count of officials, exchanges of views, invited guests, and names a headline's
tagger split (issue 15, session 39, from test set 38's misses once it was promoted to a dev set):

- "The two officials met Friday": a counted plural of officials, secretaries, counterparts or
  ambassadors refers back to the two people named last, as "the two leaders met" already did;
- "had an exchange of views with Prime Minister Spiric": the views exchanged carry the "with" party
  of a meeting the subject held ("an exchange of fire" is none);
- "hosted a dinner meeting inviting African foreign ministers": whom a meeting invites are its
  guests;
- "Johannes Hahn visits Serbia", "Johannes" tagged a place: a place name that a capitalised word
  continues is the person the body names, never a place party; "the former Yugoslav Republic of
  Macedonia" keeps its "of";
- "The first-ever EU–ASEAN leaders' summit": a gathering's name starts at its capitalised words,
  never at the second half of "first-ever".
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


def test_the_two_officials_are_the_two_people_named_last(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "U.S. Defense Secretary Robert Gates and his Chinese counterpart General Liang Guanglie say the"
            " relationship is heading in the right direction. The two officials met Friday on the sidelines"
            " of the Asia Security Summit."
        )
    )
    assert names(meeting) == ["Robert Gates", "Liang Guanglie"]
    assert meeting.status == "held"


def test_a_count_that_does_not_match_the_people_named_refers_to_no_one(meetings_in: MeetingsIn) -> None:
    assert (
        meetings_in(
            "Senator Maria Lopez, Senator John Smith and Senator David Chen wrote the report. The two"
            " officials met on Friday to revise it."
        )
        == []
    )


def test_an_exchange_of_views_with_someone_is_a_meeting(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("Commissioner Stefan Fule had an exchange of views with Prime Minister Nikola Spiric.")
    )
    assert names(meeting) == ["Stefan Fule", "Nikola Spiric"]


def test_an_exchange_of_fire_is_no_meeting(meetings_in: MeetingsIn) -> None:
    assert meetings_in("The two armies had an exchange of fire near the border on Sunday.") == []


def test_the_guests_a_hosted_meeting_invites_are_met(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("Minister Taro Kono hosted a dinner meeting inviting African foreign ministers.")
    )
    assert sorted(names(meeting)) == ["African foreign ministers", "Taro Kono"]


def test_a_meeting_inviting_comments_has_no_guests(meetings_in: MeetingsIn) -> None:
    assert meetings_in("The ministry held a meeting inviting comments on the plan.") == []


def test_a_headline_name_tagged_a_place_is_the_person_the_body_names(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Johannes Hahn, the Commissioner for Enlargement, arrived on Friday.",
            title="Johannes Hahn visits Serbia",
        )
    )
    assert names(meeting) == ["Johannes Hahn", "Serbia"]


def test_a_headline_state_keeps_its_of(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Johannes Hahn, the Commissioner for Enlargement, arrived on Friday.",
            title="Johannes Hahn visits the former Yugoslav Republic of Macedonia",
        )
    )
    assert names(meeting) == ["Johannes Hahn", "Yugoslav Republic of Macedonia"]


def test_a_first_ever_gathering_is_named_by_its_capitalised_words(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "The first-ever EU–ASEAN leaders’ summit, held in Brussels on 14 December 2022, commemorated 45"
            " years of relations."
        )
    )
    assert names(meeting) == ["EU–ASEAN leaders’ summit"]
