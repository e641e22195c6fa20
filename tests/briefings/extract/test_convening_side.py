"""Named parties of a readout (issue 15): the convening side's named members, names with particles.

Invented sentences of the shape "<group> including A, B and C <met/hosted> ...": the
group stays a party and each person named as one of it is a party too; a surname after
particles ("von der", "de la") keeps the given name the tagger split off.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Meeting
from tests.briefings.extract.meeting_support import names, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("verb", ["hosted", "met with"])
def test_people_named_as_members_of_a_convening_group_are_parties(
    meetings_in: Callable[..., list[Meeting]], verb: str
) -> None:
    meeting = only(
        meetings_in(
            f"Today, White House officials including Laura Penn, Carl Hughes and Mia Torres {verb} "
            "community leaders to discuss hate crimes."
        )
    )
    assert {"Laura Penn", "Carl Hughes", "Mia Torres", "community leaders"} <= set(names(meeting))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "President Ken Ito spoke today with Commission President Ursula von der Leyen.",
            "Ursula von der Leyen",
        ),
        ("Prime Minister Ken Ito met with Foreign Minister Ana de la Cruz in Lima.", "Ana de la Cruz"),
    ],
)
def test_a_surname_after_particles_keeps_its_given_name(
    meetings_in: Callable[..., list[Meeting]], sentence: str, name: str
) -> None:
    assert name in names(only(meetings_in(sentence)))
