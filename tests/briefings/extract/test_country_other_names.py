"""A country under its other common names (issue 15, session 19).

"Britain", "South Korea", "the UK", "Burma" name countries as surely as "United Kingdom" and
"Korea" do: a visit to one has that country as the host ("Chinese Premier Wen Jiabao began a
visit to Britain" meets Britain, not the visitor's own China, which only his title names).
"""

from __future__ import annotations

import pytest

from briefings.extract.places import is_country
from tests.briefings.extract.meeting_support import MeetingsIn, names, only


@pytest.mark.parametrize(
    "name",
    [
        "Britain",
        "Great Britain",
        "UK",
        "England",
        "Scotland",
        "South Korea",
        "North Korea",
        "Burma",
        "Holland",
    ],
)
def test_a_countrys_other_names_are_countries(name: str) -> None:
    assert is_country(name)


@pytest.mark.parametrize("name", ["Moldova", "Korea", "United Kingdom"])
def test_a_countrys_formal_names_stay_countries(name: str) -> None:
    assert is_country(name)


@pytest.mark.slow
def test_a_visit_to_a_country_by_its_other_name_meets_that_country(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("Chinese Premier Li Wen began a three-day visit to Britain on Friday."))
    assert names(meeting) == ["Li Wen", "Britain"]
    assert meeting.place == "Britain"
