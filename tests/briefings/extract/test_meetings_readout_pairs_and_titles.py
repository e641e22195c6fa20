"""Readout parties: a summit named by its pair, a list a plural title introduces, and an office that
runs on between a body's name and its holder (issue 15, session 18, from session 17's readout
meeting sample).

Invented sentences of each construction, positive and negative:
- "thanked President Parmelin for hosting the U.S.-Russia Summit in Geneva": the pair the summit's
  name gives are its parties, not the summit itself ("joined the leaders for the U.S.-ASEAN Summit"
  names no pair of countries: the summit stays the body met);
- "hosted a meeting with PCA leaders Ajay Banga and Ray Chambers": every name a plural title
  introduces is met, not only the first;
- "Department of Agriculture Under Secretary for Farm Production and Conservation Robert Bonnie led a
  call": the department opens the office of the person named after it, however long the office runs
  ("HUD Secretary Marcia Fudge" as before); "ranchers" and "foresters" are people met;
- "met with Jordanian Deputy Prime Minister and Minister of Foreign Affairs Ayman Safadi": an office with
  no holder coordinated with a named person's office is that person's first title, no party;
- "President Ruiz spoke today with President Vega. The President reiterated his support …. He discussed
  his plans for the upcoming summit with President Putin.": a "he" subject of a meeting noun's clause
  is found by the antecedent rules (the readout's principal), not by the nearest holder of the office.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


def test_a_summit_named_by_its_pair_meets_the_pair(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("President Ruiz thanked President Parmelin for hosting the U.S.-Russia Summit in Geneva.")
    )
    assert names(meeting) == ["U.S.", "Russia"]
    assert meeting.place == "Geneva"


def test_a_summit_named_by_no_pair_is_the_body_met(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("The President joined the leaders for the U.S.-ASEAN Summit in Washington."))
    assert "U.S.-ASEAN Summit" in names(meeting)


def test_every_name_a_plural_title_introduces_is_met(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Dr. Phil Gordon hosted a meeting today with Partnership for Central America (PCA) leaders Ajay "
            "Banga and Ray Chambers, CEOs from companies that have responded to the Call to Action."
        )
    )
    assert {"Ajay Banga", "Ray Chambers", "Phil Gordon"} <= set(names(meeting))


def test_a_body_opening_a_long_office_is_no_party(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "McCarthy and Department of Agriculture Under Secretary for Farm Production and Conservation "
            "Robert Bonnie led a call with farmers, ranchers, foresters, and climate advocates."
        )
    )
    assert "Department of Agriculture" not in names(meeting)
    assert {"McCarthy", "Robert Bonnie", "farmers", "ranchers", "foresters", "climate advocates"} <= set(
        names(meeting)
    )


def test_a_he_after_the_readouts_principal_is_the_principal(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "President Tomas Ruiz spoke today on the margins of the summit with President Ana Vega of Poland. "
        "The President reiterated his support for the defense of Allies. He discussed his plans for the "
        "upcoming summit with President Putin.",
        title="Readout of President Tomas Ruiz's Meeting with President Ana Vega of Poland",
    )
    putin = [m for m in found if "Putin" in names(m)]
    assert putin and "Tomas Ruiz" in names(putin[0]) and "Ana Vega" not in names(putin[0]), found


def test_an_office_coordinated_with_a_named_persons_office_is_their_first_title(
    meetings_in: MeetingsIn,
) -> None:
    meeting = only(
        meetings_in(
            "Today, National Security Advisor Jake Sullivan met in Washington with Jordanian Deputy Prime "
            "Minister and Minister of Foreign Affairs and Expatriates Ayman Safadi as part of close "
            "bilateral consultations between Jordan and the United States."
        )
    )
    assert names(meeting) == ["Jake Sullivan", "Ayman Safadi"]
