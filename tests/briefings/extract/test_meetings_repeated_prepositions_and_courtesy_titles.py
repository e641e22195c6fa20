"""A party preposition said again, names behind a courtesy title, people an "including" names, a wire
dateline (issue 15, session 35, from test set 34's misses once it was promoted to a dev set):

- "met with President Cortizo and with Foreign Minister Mouynes": the preposition said again after
  "and" (which the parser hangs on the first "with") gives a party of its own, and the two are two
  meetings, as "and with" set apart by the parser already were; "met with Ann Kerr and Luis Lopez",
  one preposition, stays one meeting;
- "H.E. Ms. Retno L.P. Marsudi", "H.E. Mr. Joko Widodo": a style and a courtesy title before a name the
  tagger took for an organisation make it a person (initials inside the name are name words); a
  body's name takes no such title;
- on a trip, the people an "including" names after a group met are calls of their own ("will meet
  with other Chinese officials, including Politburo member Yang Jiechi and Minister Song Tao": a
  meeting with each, and with the group); at home such a list stays one meeting convened;
- a wire dateline with a dash ("Washington, DC – Treasury Secretary Henry M. Paulson will lead …") is
  never a party;
- a gathering's name keeps its possessive mark as written ("the APEC Leaders’ Meeting").
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


def test_a_preposition_said_again_gives_a_second_meeting(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Ames met with President Cortizo and with Foreign Minister Mouynes in Panama on Monday."
    )
    assert sorted(names(m) for m in found) == [["Ames", "Cortizo"], ["Ames", "Mouynes"]]


def test_one_preposition_over_two_names_is_one_meeting(meetings_in: MeetingsIn) -> None:
    assert names(only(meetings_in("Ames met with Ann Kerr and Luis Lopez in Panama on Monday."))) == [
        "Ames",
        "Ann Kerr",
        "Luis Lopez",
    ]


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        (
            "Ames held a meeting with H.E. Ms. Retno L.P. Marsudi, Minister for Foreign Affairs of"
            " Indonesia.",
            "Retno L.P. Marsudi",
        ),
        ("Ames held a meeting with H.E. Mr. Joko Widodo, President of Indonesia.", "Joko Widodo"),
    ],
)
def test_a_name_after_a_style_and_a_courtesy_title_is_a_person(
    meetings_in: MeetingsIn, text: str, guest: str
) -> None:
    assert names(only(meetings_in(text))) == ["Ames", guest]


def test_people_an_including_names_on_a_trip_are_calls_of_their_own(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Winston Peters will travel to Beijing next week. Mr Peters will meet with other high ranking Chinese"
        " officials, including Politburo member Yang Jiechi and Minister Song Tao."
    )
    assert ["Winston Peters", "Yang Jiechi"] in [names(m) for m in found]
    assert ["Winston Peters", "Song Tao"] in [names(m) for m in found]


def test_a_gatherings_name_keeps_its_possessive_mark(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Justin Trudeau will travel to Da Nang, Vietnam, to attend the Asia Pacific Economic Cooperation"
        " (APEC) Leaders’ Meeting on November 10."
    )
    assert any("Leaders’ Meeting" in p.name for m in found for p in m.participants)


def test_a_wire_dateline_is_no_party(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Washington, DC – Treasury Secretary Henry M. Paulson met with Vice Premier Wu Yi in Beijing on"
        " Monday."
    )
    assert names(only(found)) == ["Henry M. Paulson", "Wu Yi"]
