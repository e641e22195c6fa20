"""Meetings in news prose (issue 15, session 22), from dev set 21's meeting-rich rows:

- a passive meeting verb's agent the parser hangs on the place phrase: "Howard was met Monday at a
  charity barbecue by Senator Art Eggleton"; "was joined in his meetings by X" tells who came along
  (no agent of a greeting verb);
- a proper name the recogniser leaves untagged is the subject it names: "U2 have also met with Prime
  Minister Erdoğan"; a name's suffix ("Joseph R. Biden, Jr.") or a kinship word ("Mom") never is;
- "the G20 meeting was held in South Korea": a meeting named by one organisation, held with no one
  else named at it, is that body's own sitting ("The cabinet meeting was held" names no organisation);
- "The 2009 Annual Meetings of the Boards of Governors …": a gathering's name is no person;
- "gave the opening address to the 42nd meeting of the World Economic Forum": a speech delivered to a
  body's gathering is presence at it; "as I said in my address to the joint session of Congress"
  recalls a speech, it reports no meeting;
- an object pronoun is someone named before other than the clause's own subject: "Yukon Eric was
  injured. Kowalski visited him in the hospital";
- a group's name keeps its possessive whole: "The G20's heads of state will meet in Seoul".

Every case is an invented sentence of the construction it specifies, positive and negative.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Meeting
from tests.briefings.extract.meeting_support import names, only

pytestmark = pytest.mark.slow


def test_a_passive_greeting_verbs_agent_hung_on_the_place_is_met(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(meetings_in("Howard was met Monday at a charity barbecue by Senator Art Eggleton."))
    assert names(meeting) == ["Howard", "Art Eggleton"]


def test_an_untagged_proper_name_subject_is_a_party(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "U2 have also met with Turkish Prime Minister Recep Tayyip Erdoğan in the Dolmabahçe Palace."
        )
    )
    assert names(meeting) == ["U2", "Recep Tayyip Erdoğan"]


def test_a_names_suffix_is_no_party(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in("President Joseph R. Biden, Jr. spoke today with Chancellor Olaf Scholz of Germany.")
    )
    assert "Jr." not in names(meeting)


def test_a_meeting_named_by_one_organisation_held_alone_is_its_sitting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "The plan was introduced by the United States, and the G20 meeting was held in South Korea."
        )
    )
    assert names(meeting) == ["G20"]
    assert meeting.place == "South Korea"


def test_a_meeting_named_by_no_organisation_held_alone_is_no_one(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    assert meetings_in("The cabinet meeting was held on Monday.") == []


def test_a_gatherings_name_is_no_person(meetings_in: Callable[..., list[Meeting]]) -> None:
    found = meetings_in(
        "The 2009 Annual Meetings of the Boards of Governors of the World Bank Group and the IMF will be "
        "held in Istanbul, Turkey on October 6–7, 2009."
    )
    assert not any("Annual" in name for m in found for name in names(m))


def test_an_address_given_to_a_bodys_gathering_is_presence_at_it(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Germany's Chancellor Angela Merkel gave yesterday's opening address to the 42nd meeting of the "
            "World Economic Forum (WEF), which is facing a different landscape."
        )
    )
    assert names(meeting)[0] == "Angela Merkel"
    assert "World Economic Forum" in names(meeting)[1]


def test_ones_own_address_recalled_is_no_meeting(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert (
        meetings_in(
            "That's why, as I said in my address to the joint session of Congress in April, America will "
            "be the arsenal of vaccines."
        )
        == []
    )


def test_an_object_pronoun_is_someone_named_before_not_the_subject(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(meetings_in("Yukon Eric was injured in the match. Kowalski visited him in the hospital."))
    assert names(meeting) == ["Kowalski", "Yukon Eric"]


def test_a_groups_possessive_stays_whole(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("The G20's heads of state will meet in Seoul, South Korea, next month."))
    assert names(meeting) == ["G20's heads of state"]
    assert meeting.status == "planned"
