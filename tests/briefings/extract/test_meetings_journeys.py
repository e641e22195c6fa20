"""Journeys (issue 15, session 19): whose country a visited city is, and a journey made for talks.

Invented sentences of each construction, positive and negative:
- "Japanese Prime Minister Ken Sato traveled to Moscow for talks": the nationality in a traveller's
  title is the traveller's, so the city visited is no Japanese city and Japan is no counterpart
  ("Deputy Secretary Ruiz met with Chinese Foreign Minister Li Wen in Tianjin": the adjective is the
  host's, whose city it is);
- "traveled to Moscow on Monday for talks", "arrived in Nairobi for meetings with both leaders": a
  journey made for talks visits the city where they are held (a journey "for the holidays" meets no
  one; an arrival in a city with no purpose stays no visit).
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


def test_a_travellers_nationality_is_no_counterpart(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("Japanese Prime Minister Ken Sato traveled to Moscow on Monday for talks."))
    assert names(meeting) == ["Ken Sato", "Moscow"]
    assert meeting.place == "Moscow"


def test_a_hosts_nationality_still_places_the_city(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("Deputy Secretary Ana Ruiz met with Chinese Foreign Minister Wang Yi in Tianjin.")
    )
    assert names(meeting) == ["Ana Ruiz", "Wang Yi"]


def test_a_journey_for_talks_visits_the_city(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("Secretary Lena Ortiz flew to Riyadh on Sunday for consultations."))
    assert names(meeting) == ["Lena Ortiz", "Riyadh"]


def test_a_journey_for_a_holiday_meets_no_one(meetings_in: MeetingsIn) -> None:
    assert meetings_in("Governor Lena Ortiz traveled to Detroit on Monday for the holidays.") == []


def test_an_arrival_in_a_city_with_no_purpose_is_no_visit(meetings_in: MeetingsIn) -> None:
    assert meetings_in("Secretary Lena Ortiz arrived in Nairobi late on Sunday.") == []
