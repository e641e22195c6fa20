"""A list of titled names as the direct objects of a verb whose objects are the people met (issue 15,
session 38, from test set 37's misses once it was promoted to a dev set):

- "Minister Duddridge met Chief of Staff to President Buhari, Professor Ibrahim Gambari, Senate
  President Ahmed Lawan, Foreign Minister Geoffrey Onyeama, …": the parser hangs the list under the
  "to" of the first item's office, so nobody was met; each titled name ending an item is met, as in a
  "with" list;
- the principal an office serves ("to President Buhari") is whose office it is, not one more item;
- a titled name that ends no item ("Secretary Blinken told reporters") is no party.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


def test_every_titled_name_ending_an_item_of_the_object_list_is_met(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "In Abuja, Minister James Duddridge met Chief of Staff to President Buhari, Professor Ibrahim"
            " Gambari, Senate President Ahmed Lawan and Foreign Minister Geoffrey Onyeama."
        )
    )
    assert names(meeting) == ["James Duddridge", "Ibrahim Gambari", "Ahmed Lawan", "Geoffrey Onyeama"]
    assert meeting.place == "Abuja"


def test_a_titled_name_that_ends_no_item_is_no_party(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "President Biden met Prime Minister Kishida, and Secretary Blinken told reporters it went well."
        )
    )
    assert names(meeting) == ["Biden", "Kishida"]
