"""Whose meeting it is when the clause does not say it in subject position (issue 15, session 10).

Invented sentences of each construction, positive and negative:
- "X, whose trip includes meetings with A, B and C": a traveller's trip, schedule or agenda that
  includes meetings makes them the traveller's; a plural meeting noun of a count sense with one
  owner ("Kerr's meetings with A, B and C") is one meeting with each.
- "talks with A and B" (a plural-only noun) stays one set of talks.
- A meeting clause's "he"/"she" is found by the same rules as a quote's speaker: agreement
  ("Ms. Ruiz praised the workers. He then met with …" is not Ruiz) and salience.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Meeting
from tests.briefings.extract.meeting_support import names

pytestmark = pytest.mark.slow


def test_a_trip_that_includes_meetings_is_the_travellers_one_meeting_with_each(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "President Ana Ruiz landed in Lisbon on Monday. Ruiz, whose state trip includes meetings with "
        "Tom Hale, Lena Moss and Omar Diallo, as well as a speech to parliament, plans to stay a week."
    )
    pairs = sorted(names(m) for m in found if "Lisbon" not in names(m))
    assert pairs == [["Ana Ruiz", "Lena Moss"], ["Ana Ruiz", "Omar Diallo"], ["Ana Ruiz", "Tom Hale"]]


def test_a_possessed_schedule_that_features_talks_is_its_owners(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "Prime Minister Ken Ito flew home. Ito's schedule features talks with Ravi Rao in Osaka."
    )
    assert ["Ken Ito", "Ravi Rao"] in [names(m) for m in found]


def test_owned_plural_meetings_with_a_list_are_one_meeting_with_each(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "Senator Ann Kerr returned on Friday. Kerr's meetings with Ana Ruiz, Tom Reyes and Li Wei ended "
        "on Thursday."
    )
    assert sorted(names(m) for m in found) == [
        ["Ann Kerr", "Ana Ruiz"],
        ["Ann Kerr", "Li Wei"],
        ["Ann Kerr", "Tom Reyes"],
    ]


def test_talks_with_several_parties_stay_one_set_of_talks(meetings_in: Callable[..., list[Meeting]]) -> None:
    found = meetings_in("Senator Ann Kerr's talks with Ana Ruiz and Tom Reyes ended on Thursday.")
    assert [names(m) for m in found] == [["Ann Kerr", "Ana Ruiz", "Tom Reyes"]]


def test_a_trip_that_includes_a_speech_and_no_meeting_is_no_meeting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    assert meetings_in("Ruiz, whose trip includes a speech to parliament, plans to stay a week.") == []


def test_a_meeting_clauses_he_agrees_with_its_antecedent_not_the_last_subject(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "Mayor Tom Hale toured the plant with Ms. Ana Ruiz. Ms. Ruiz praised the workers. He then met "
        "with union leader Omar Diallo."
    )
    diallo = [names(m) for m in found if "Omar Diallo" in names(m)]
    assert diallo == [["Tom Hale", "Omar Diallo"]]
