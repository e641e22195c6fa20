"""A second party hung on the manner of a meeting (issue 15, session 29).

"Prime Minister Haider al-Abadi spoke with President Trump by phone and Vice President Pence in
person": the parser coordinates Pence with "phone", the noun of the manner phrase, so the "with"
phrase holds Trump alone. A named person coordinated with the noun of a manner phrase ("by phone",
"over video", "in person") that follows the verb's "with" party is met too, and so is one the parser
reads as the manner's object with the manner's noun as its modifier ("by [phone and Vice President]
Tom Kerr"). Met in another manner, they are met on an occasion of their own: two meetings, one with
each. Not a party: a second manner ("by phone and video").

Invented sentences of the construction, positive and negative.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        (
            "Prime Minister Luis Vega spoke with President Petra Hahn by phone and Vice President Tom"
            " Kerr in person.",
            ["Luis Vega", "Petra Hahn", "Tom Kerr"],
        ),
        (
            "Prime Minister Luis Vega met with President Petra Hahn over video and Chancellor Eva Lind in"
            " person on Monday.",
            ["Luis Vega", "Petra Hahn", "Eva Lind"],
        ),
    ],
)
def test_a_person_coordinated_with_the_manner_is_met_on_an_occasion_of_their_own(
    meetings_in: MeetingsIn, sentence: str, parties: list[str]
) -> None:
    lead, first, second = parties
    assert sorted(names(m) for m in meetings_in(sentence)) == sorted([[lead, first], [lead, second]])


def test_a_second_manner_is_no_party(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("Prime Minister Luis Vega spoke with President Petra Hahn by phone and video.")
    )
    assert names(meeting) == ["Luis Vega", "Petra Hahn"]
