"""An aside on the person, an audience granted, the first to visit, and a body's members in a
meeting (issue 15, session 29, from a battery of the plain shapes news tells meetings in):

- "Chancellor Hahn, in Washington for talks with President Vega, said …": a phrase set off after a
  person that says what they came for makes them a party of the talks;
- "King Juan Carlos granted an audience to Chancellor Hahn": the one granting receives the one the
  audience is granted to ("The judge granted a hearing to the defendants" is no audience);
- "Hahn became the first German chancellor to visit Peru", "will be the first leader to meet
  Vega": the infinitive on the complement of "be"/"become" is the copula's subject's doing (not
  "the first German leader" as a party);
- "At a meeting in Brussels, European Union ministers agreed …": a body's members acting in an
  unnamed meeting sat as that body ("At a meeting in Brussels, ministers agreed" names no body;
  "At the meeting" is one told before).

Invented sentences of each construction, positive and negative.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        (
            "Chancellor Petra Hahn, in Washington for talks with President Luis Vega, said trade would grow.",
            ["Petra Hahn", "Luis Vega"],
        ),
        (
            "King Juan Carlos granted an audience to Chancellor Petra Hahn on Monday.",
            ["Petra Hahn", "Juan Carlos"],
        ),
        ("Petra Hahn became the first German chancellor to visit Peru.", ["Petra Hahn", "Peru"]),
        (
            "Petra Hahn was the first foreign leader to meet President Luis Vega since his election.",
            ["Petra Hahn", "Luis Vega"],
        ),
        (
            "At a meeting in Brussels, European Union ministers agreed to cut tariffs.",
            ["European Union ministers"],
        ),
    ],
)
def test_asides_audiences_firsts_and_members_in_a_meeting_name_its_parties(
    meetings_in: MeetingsIn, sentence: str, parties: list[str]
) -> None:
    assert names(only(meetings_in(sentence))) == parties


@pytest.mark.parametrize(
    "sentence",
    [
        "The judge granted a hearing to the defendants.",
        "It was the best place to meet President Luis Vega.",
        "At a meeting in Brussels, ministers agreed to cut tariffs.",
        "At the meeting, European Union ministers agreed to cut tariffs.",
    ],
)
def test_a_hearing_a_place_unnamed_ministers_or_a_meeting_told_before_is_none(
    meetings_in: MeetingsIn, sentence: str
) -> None:
    assert meetings_in(sentence) == []
