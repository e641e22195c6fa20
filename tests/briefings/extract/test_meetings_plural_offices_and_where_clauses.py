"""Office-holders named by a capitalised plural office, and a trip to where a group meets (issue 15,
session 38, from test set 37's misses once it was promoted to a dev set):

- "APEC Ministers will meet in Sapporo", "G20 Leaders met in Rome": the recogniser tags "APEC
  Ministers" a person (or a body) and the tagger reads "Ministers" as a singular name; a capitalised
  plural office ending the name is the office-holders, a group that meets as the lower-case "APEC
  ministers" does;
- "Tim Groser will join APEC Ministers in Sapporo": joining them is meeting them;
- "The Council of Ministers met in Brussels": a body's noun before an "of" heads a body, which stays one;
- "Prime Ministers Ito, Rao and Kerr met in Osaka": a plural title before names is each name's title;
- "Mr Groser then travels on to Sapporo, Japan, where APEC Ministers will meet": a group's meeting in a
  "where" clause of a trip's destination has the traveller at it ("The delegation traveled to Geneva,
  where the two sides met": a traveller no one names joins nothing);
- a meeting with "APEC ministers" restates no meetings with ministers met by name just because the one
  who meets them is himself a Trade Minister (his own title is no member of the group).
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("APEC Ministers will meet in Sapporo next week.", "APEC Ministers"),
        ("G20 Leaders met in Rome on Sunday.", "G20 Leaders"),
        ("NATO Defence Ministers met in Brussels on Thursday.", "NATO Defence Ministers"),
    ],
)
def test_a_capitalised_plural_office_is_a_group_that_meets(
    meetings_in: MeetingsIn, text: str, group: str
) -> None:
    meeting = only(meetings_in(text))
    assert names(meeting) == [group]
    assert meeting.participants[0].kind == "group"


def test_joining_a_capitalised_plural_office_meets_the_group(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("Trade Minister Tim Groser will join APEC Ministers in Sapporo next week."))
    assert names(meeting) == ["Tim Groser", "APEC Ministers"]
    assert (meeting.place, meeting.status) == ("Sapporo", "planned")


def test_a_body_headed_before_its_of_stays_a_body(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("The Council of Ministers met in Brussels on Thursday."))
    assert names(meeting) == ["Council of Ministers"]


def test_a_plural_title_before_names_is_each_names_title(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("Prime Ministers Ito, Rao and Kerr met in Osaka on Monday."))
    ito, rao = meeting.participants[:2]
    assert (ito.name, ito.role, ito.kind) == ("Ito", "Prime Minister", "person")
    assert (rao.name, rao.role, rao.kind) == ("Rao", "Prime Minister", "person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trade Minister Tim Groser will travel to Sapporo, where APEC Ministers will meet next week.",
            ["Tim Groser", "APEC Ministers"],
        ),
        (
            "President Biden traveled to Brussels, where NATO leaders met on Thursday.",
            ["Biden", "NATO leaders"],
        ),
    ],
)
def test_a_traveller_is_at_the_meeting_where_the_trip_goes(
    meetings_in: MeetingsIn, text: str, expected: list[str]
) -> None:
    assert names(only(meetings_in(text))) == expected


def test_an_unnamed_traveller_joins_no_meeting(meetings_in: MeetingsIn) -> None:
    assert meetings_in("The delegation traveled to Geneva, where the two sides met on Monday.") == []


def test_the_travellers_own_title_makes_no_member_of_the_group_he_meets(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Trade Minister Tim Groser is attending the OECD Economic Forum in Paris.\n\n"
        "Mr Groser then travels to Moscow to meet with his Russian counterpart, Elvira Nabiullina, Minister"
        " of Economic Development.\n\n"
        "Mr Groser then travels on to Sapporo, where APEC Ministers will meet to discuss free trade."
    )
    assert ["Tim Groser", "APEC Ministers"] in [names(m) for m in found]
