"""A readout titled after its meeting with a body of people (issue 15): the title is the meeting.

Invented readouts whose body reports no meeting in a form the rules read: the
title's principal (a person, or the house itself) and the body of people after
"with" are the parties; a title "with" one named person, or without a body of
people, gives nothing here. A closing attendee list that is the only account of the
meeting joins the title's principal.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Meeting
from tests.briefings.extract.meeting_support import names

pytestmark = pytest.mark.slow

_BODY = "The discussion focused on the rising cost of housing and on ways to protect renters."


@pytest.mark.parametrize(
    ("title", "parties"),
    [
        ("Readout of Vice President Laura Penn’s Meeting with Faith Leaders on Housing", ["Faith Leaders"]),
        ("Readout of White House Meetings with Landlords and Tenant Advocates", ["White House"]),
    ],
)
def test_a_titled_meeting_with_a_body_of_people(
    meetings_in: Callable[..., list[Meeting]], title: str, parties: list[str]
) -> None:
    found = meetings_in(_BODY, title=title)
    assert len(found) == 1 and set(parties) <= set(names(found[0]))


def test_a_title_without_a_body_of_people_gives_no_meeting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    assert meetings_in(_BODY, title="Readout of the White House Summit on Housing Costs") == []


def test_a_closing_attendee_list_that_is_the_only_account_joins_the_titled_principal(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    body = (
        _BODY + "\n\nParticipants included:\n\n- Maria Delgado, Families First\n- Carl Hughes, Kids Count\n"
    )
    found = meetings_in(body, title="Readout of Vice President Laura Penn’s Meeting with Housing Advocates")
    assert len(found) == 1 and {"Laura Penn", "Maria Delgado", "Carl Hughes"} <= set(names(found[0]))
