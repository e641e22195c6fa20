"""Readout parties: a standing process a meeting serves, modifiers shared by a list, and the roles of a
list of names each set off with its own office (issue 15, session 19, from a fresh 50-meeting sample of
the whitehouse readouts).

Invented sentences of each construction, positive and negative:
- "met with Minister Vega to discuss the region and continue the consultations between Chile and
  Peru": a standing process the meeting is held to carry on is what it serves; the countries of the
  process are no party ("spoke with Prime Minister Rao to inaugurate the U.S.-India Dialogue" opens an
  event: that stays a meeting; "agreed to hold talks between A and B" has no meeting above it);
- "hosted a virtual meeting with over 70 veteran, military family, caregiver and survivor
  organizations": singular nouns the parser read as conjuncts of a plural group noun are its
  modifiers, so the whole phrase is the party ("mayors and county officials" stay two groups);
- "Ann Ruiz, Senior Advisor to the Governor, Lee Park, Deputy Assistant to the Governor, and …": the
  office set off after one name is that name's, never the next name's title;
- "President Joseph R. Biden, Jr. Meeting with King Abdullah II": a name suffix after the comma ends
  the name, and what follows it is no appositive role;
- "met with the President of Guatemala, Alejandro Giammattei, and his delegation": the holder set off
  after the country of an office is met, though the tagger ran country and name into one organisation.
"""

from __future__ import annotations

import pytest

from briefings.model.facts import Meeting
from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


def _role(meeting: Meeting, name: str) -> str | None:
    return next(p.role for p in meeting.participants if p.name == name)


def test_a_standing_process_a_meeting_carries_on_adds_no_party(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Foreign Minister Ana Ruiz met today in Lima with Defense Minister Jorge Vega to discuss "
            "recent developments in the region and continue the consultations between Chile and Peru on "
            "border issues."
        )
    )
    assert names(meeting) == ["Ana Ruiz", "Jorge Vega"]


def test_an_event_a_meeting_opens_stays_a_meeting(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "President Ana Ruiz spoke today with Prime Minister Vikram Rao of India to inaugurate the fourth "
        "Chile-India Ministerial Dialogue."
    )
    assert ["Ana Ruiz", "Vikram Rao"] in [names(m) for m in found]
    assert ["Chile", "India"] in [names(m) for m in found]


def test_talks_agreed_with_no_meeting_above_them_are_planned(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("The two governments agreed to hold talks between Armenia and Azerbaijan in Brussels.")
    )
    assert {"Armenia", "Azerbaijan"} <= set(names(meeting))
    assert meeting.status == "planned"


def test_singular_nouns_before_a_group_noun_are_its_modifiers(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Today, Secretary of Veterans Affairs Dennis Hale hosted a virtual meeting with over 70 veteran, "
            "military family, caregiver and survivor organizations to discuss the drawdown."
        )
    )
    assert "veteran, military family, caregiver and survivor organizations" in names(meeting)


def test_coordinated_plural_groups_stay_two(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("Governor Ann Lee met with mayors and county officials in Austin."))
    assert {"mayors", "county officials"} <= set(names(meeting))


def test_each_office_set_off_after_a_name_is_that_names(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Today Julia Moreno, Senior Advisor to the Governor and State Intergovernmental Affairs "
            "Director, Stefan Feld, Deputy Assistant to the Governor for Domestic Policy, and Rosa Hidal, "
            "Special Assistant to the Governor, convened a meeting of state legislators."
        )
    )
    assert _role(meeting, "Stefan Feld") == "Deputy Assistant to the Governor for Domestic Policy"
    assert _role(meeting, "Rosa Hidal") == "Special Assistant to the Governor"


def test_a_title_before_a_comma_still_opens_the_name_after_it(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("Malaysia's Prime Minister, Ahmad Zaki, met with President Ann Lee on Monday.")
    )
    assert _role(meeting, "Ahmad Zaki") == "Malaysia's Prime Minister"


def test_a_name_suffix_ends_the_name_and_gives_no_role(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "President Joseph R. Biden, Jr. met today with His Majesty King Abdullah II of Jordan.",
            title="Readout of President Joseph R. Biden, Jr. Meeting with King Abdullah II of Jordan",
        )
    )
    assert _role(meeting, "Joseph R. Biden") == "President"


def test_a_holder_set_off_after_the_country_of_an_office_is_met(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "National Security Advisor Jake Sullivan met with the President of Guatemala, Alejandro "
            "Giammattei, and his delegation on December 8."
        )
    )
    assert names(meeting) == ["Jake Sullivan", "Alejandro Giammattei"]
