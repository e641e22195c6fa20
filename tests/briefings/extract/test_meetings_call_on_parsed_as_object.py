"""A call on someone the parser reads as a bare "on" and a direct object (issue 15, session 39, from
dev set 33's "The Minister will call on Prime Minister Narendra Modi", read once set 38 was promoted):

- "will call on Prime Minister Narendra Modi": the parser leaves "on" with no object and takes the
  person for the verb's direct object; the person is still the one called on, a visit;
- calling on someone to do something ("called on President Vega to resign") urges and meets no one,
  and a call on a day ("called on Monday") is a date.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names

pytestmark = pytest.mark.slow


def test_a_call_on_a_person_read_as_the_verbs_object_is_a_visit(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "Foreign Minister Julie Bishop will visit India this week. The Minister will call on Prime"
        " Minister Narendra Modi."
    )
    called = [m for m in meetings if "Narendra Modi" in names(m)]
    assert [names(m) for m in called] == [["Julie Bishop", "Narendra Modi"]]
    assert called[0].status == "planned"


@pytest.mark.parametrize(
    "text", ["The senator called on President Vega to resign.", "Ana Ruiz called on Monday."]
)
def test_urging_someone_or_calling_on_a_day_meets_no_one(meetings_in: MeetingsIn, text: str) -> None:
    assert meetings_in(text) == []
