"""A readout's attendee list one a line (issue 15): every listed person or body is at the meeting.

Invented readouts of each shape: a header that names attendance ("Participants
included:", "Lawmakers who participated in the meeting were:", "**Participants:**")
or lists people ("State legislative leaders included:"), then bulleted lines
"Name, Title, Organisation", "Title Name (State)" or a body alone; the list joins
the meeting the readout reported first, not a later summary of other meetings; an
office with nobody named, and the members of a trip, are no attendees.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Meeting
from tests.briefings.extract.meeting_support import names

pytestmark = pytest.mark.slow


_OPENING = (
    "Today, Domestic Policy Advisor Laura Penn hosted a roundtable with advocates to discuss "
    "access to child care. The participants shared their experiences.\n\n"
)


@pytest.mark.parametrize(
    "header",
    [
        "Participants included:",
        "Participants in today’s roundtable included:",
        "Advocates who participated in the meeting were:",
        "State legislative leaders included:",
        "**Participants:**",
    ],
)
def test_people_listed_under_an_attendance_header_are_at_the_meeting(
    meetings_in: Callable[..., list[Meeting]], header: str
) -> None:
    body = (
        _OPENING + f"{header}\n\n- Maria Delgado, Executive Director, Families First\n"
        "- Senator Thomas Whitfield (D-OH)\n- Reverend Anne Okafor, Pastor, Grace Church\n"
    )
    found = names(meetings_in(body)[0])
    assert "Laura Penn" in found
    assert {"Maria Delgado", "Thomas Whitfield", "Anne Okafor"} <= set(found)


def test_bodies_listed_alone_are_the_attendees(meetings_in: Callable[..., list[Meeting]]) -> None:
    body = _OPENING + "Participants:\n\n- National Parents Union\n- Child Care Aware of America\n"
    found = names(meetings_in(body)[0])
    assert {"National Parents Union", "Child Care Aware of America"} <= set(found)


def test_a_title_run_into_a_listed_name_is_its_role(meetings_in: Callable[..., list[Meeting]]) -> None:
    body = (
        _OPENING + "Participants included:\n\n- Oregon House Majority Leader Julia Brandt\n"
        "- Ohio Senator Mark Ellison\n"
    )
    found = names(meetings_in(body)[0])
    assert "Julia Brandt" in found and "Mark Ellison" in found


def test_offices_with_nobody_named_are_no_attendees(meetings_in: Callable[..., list[Meeting]]) -> None:
    body = (
        _OPENING + "Participants included:\n\n- Secretary of the Treasury\n"
        "- Assistant to the President for Economic Policy\n"
    )
    found = names(meetings_in(body)[0])
    assert not any("Secretary" in n or "Assistant" in n for n in found)


def test_the_list_joins_the_reported_meeting_not_a_later_summary(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    body = (
        _OPENING + "In May, Penn convened a meeting of mayors from Ohio and Iowa at the White House.\n\n"
        "Participants included:\n\n- Maria Delgado, Families First\n- Carl Hughes, Kids Count\n"
    )
    first = meetings_in(body)[0]
    assert "Maria Delgado" in names(first) and "advocates" in " ".join(names(first))


def test_the_members_of_a_trip_are_no_meeting(meetings_in: Callable[..., list[Meeting]]) -> None:
    body = (
        "On Saturday, senior officials traveled to the border to visit a processing facility.\n\n"
        "Senior officials who participated in the trip:\n\n- Maria Delgado, Deputy Secretary\n"
        "- Carl Hughes, Senior Advisor\n"
    )
    assert not any("Maria Delgado" in names(m) for m in meetings_in(body))


def test_a_bracket_after_a_listed_name_is_no_part_of_it(meetings_in: Callable[..., list[Meeting]]) -> None:
    body = (
        _OPENING + "Members attending the meeting:\n\n- Representative Sharon Davies (KS-03)\n"
        "- Representative Victor Gomez (TX-15)\n"
    )
    found = names(meetings_in(body)[0])
    assert {"Sharon Davies", "Victor Gomez"} <= set(found)


def test_a_credential_or_an_office_run_into_a_listed_name_is_no_part_of_it(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    body = (
        _OPENING + "Participants included:\n\n- White House Counsel Dana Whitcomb\n"
        "- Colonel Dr. Kathy Spalding DNP, RN, Director of Nursing\n"
    )
    found = names(meetings_in(body)[0])
    assert "Dana Whitcomb" in found and "Kathy Spalding" in found


def test_a_hyphenated_surname_the_tagger_cut_is_whole(meetings_in: Callable[..., list[Meeting]]) -> None:
    body = (
        _OPENING
        + "Participants included:\n\n- California Senator Rebecca Morales-Kahan\n- Carl Hughes, Kids Count\n"
    )
    assert "Rebecca Morales-Kahan" in names(meetings_in(body)[0])


# --- session 18, from session 17's readout meeting sample -------------------------------------------


def test_a_list_whose_bullets_the_loader_joined_into_one_line(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    body = _OPENING + (
        "Young women leaders that participated in today’s roundtable\ninclude:• Belen Buckley, "
        "Youth Advisor, Georgetown Law Center on Poverty\nand Inequality; California • Marley Dias, "
        "Author and Literary Activist; New Jersey • Ava Macomber, Youth Leader, Girl Scouts of the USA; "
        "District of Columbia\n"
    )
    found = names(meetings_in(body)[0])
    assert {"Belen Buckley", "Marley Dias", "Ava Macomber"} <= set(found)


def test_a_bare_label_of_people_heads_a_list(meetings_in: Callable[..., list[Meeting]]) -> None:
    body = _OPENING + (
        "*Community Leaders:*\n\n- Seema Agnani, Executive Director, National Coalition for "
        "Asian\n    Pacific American Community Development\n- Christine Chen, Executive Director, "
        "APIAVote\n"
    )
    found = names(meetings_in(body)[0])
    assert {"Seema Agnani", "Christine Chen"} <= set(found)


def test_a_label_that_is_a_sentence_heads_no_list(meetings_in: Callable[..., list[Meeting]]) -> None:
    body = (
        _OPENING + "The leaders said the following about the plan and its many leaders:\n\n"
        "- Child care must be affordable\n- Wages must rise\n"
    )
    assert all("Child care must be affordable" not in names(m) for m in meetings_in(body))
