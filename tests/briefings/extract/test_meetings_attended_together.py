"""Named people at one event together met there (issue 15, session 25, from test set 24's news,
promoted to dev):

- "Amongst those attending the event were A, the Secretary-General of the UN and B", "Those attending
  the ceremony in Juba included A and B", "The funeral was attended by A and B", "A and B attended the
  ceremony in Juba": two or more named people at one ceremony, funeral, summit or celebration;
- one person at an unnamed event ("Bush attended the funeral"), a crowd ("Thousands attended the
  rally"), and politicians seen at a crowd's event ("attended the pride", "the parade") meet no one.

Invented sentences of each construction, positive and negative.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence",
    [
        "Amongst those attending the event were Ana Ruiz, the current Secretary-General of the United "
        "Nations and Tom Hale, the current president of Sudan.",
        "Those attending the ceremony in Juba included Ana Ruiz and Tom Hale.",
        "The funeral was attended by Ana Ruiz and Tom Hale.",
        "Ana Ruiz and Tom Hale attended the ceremony in Juba.",
    ],
)
def test_named_people_at_one_event_met_there(meetings_in: MeetingsIn, sentence: str) -> None:
    meeting = only(meetings_in(sentence))
    assert set(names(meeting)) == {"Ana Ruiz", "Tom Hale"}
    assert meeting.status == "held"


def test_the_events_place_is_the_meetings(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("Those attending the ceremony in Juba included Ana Ruiz and Tom Hale."))
    assert meeting.place == "Juba"


@pytest.mark.parametrize(
    "sentence",
    [
        "George Hale attended the funeral.",
        "Thousands attended the rally in Juba.",
        "Politicians including Mayor Ana Ruiz, as well as Tom Hale, attended the pride.",
        "Former president Ana Ruiz and minister Tom Hale had attended the parade.",
    ],
)
def test_one_person_a_crowd_or_a_crowds_event_is_no_meeting(meetings_in: MeetingsIn, sentence: str) -> None:
    assert meetings_in(sentence) == []
