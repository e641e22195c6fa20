"""Meetings a clause is set in, and visits told by their visitor (issue 15, session 13).

Invented sentences of each construction, positive and negative:
- "In a meeting with X, S discussed ...", "S reiterated it in the meeting with X": a clause set in
  or at one meeting with someone is its subject's meeting ("In separate calls with A and B, S ...",
  one call with each, since session 16: `test_meetings_news_constructions.py`); "were in South Korea
  meeting with ..." (a participle, no meeting phrase) is not read so.
- "during a visit by X to Y": the agent of a visit is the visitor; "the fifth such visit by a US
  President" is a kind of visit, no one's.
- "the Indian capital of Delhi": a place noun's "of" names the place, and its adjective the host;
  "the visit to Washington by Israeli Prime Minister Bennett": the visitor's adjective is no host.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Meeting
from tests.briefings.extract.meeting_support import names, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In a meeting with President Lula DaSilva on Monday, Tom Reyes discussed security.",
            ["Tom Reyes", "Lula DaSilva"],
        ),
        (
            "In his meeting with Prime Minister Jane Ito on Monday, Tom Reyes raised trade.",
            ["Tom Reyes", "Jane Ito"],
        ),
        (
            "Vice President Ana Ruiz reiterated that commitment in the meeting with Prime Minister Jane Ito.",
            ["Ana Ruiz", "Jane Ito"],
        ),
        (
            "Tom Reyes raised the dispute at the talks with Prime Minister Jane Ito.",
            ["Tom Reyes", "Jane Ito"],
        ),
    ],
)
def test_a_clause_set_in_a_meeting_with_someone_is_its_subjects_meeting(
    meetings_in: Callable[..., list[Meeting]], sentence: str, expected: list[str]
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == expected
    assert meeting.status == "held"


def test_a_clause_in_a_place_or_in_others_separate_calls_makes_no_subject_meeting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "The Secretary of State and the Secretary of Defense were recently in South Korea meeting "
        "with officials."
    )
    assert all("State" not in names(m) for m in found)


def test_the_agent_of_a_visit_is_the_visitor_and_the_capital_s_adjective_the_host(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "During a recent visit by Chinese Premier Wen Jiabao to the Indian capital of Delhi, a "
            "border was finally agreed."
        )
    )
    assert names(meeting) == ["Wen Jiabao", "India"]
    assert meeting.place == "Delhi"


def test_a_kind_of_visit_by_an_indefinite_visitor_is_no_meeting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    assert meetings_in("It will only be the fifth such visit by a US President to India.") == []


def test_the_visitors_nationality_is_not_the_host_of_the_place_visited(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "They discussed the upcoming visit to Washington by Israeli Prime Minister Naftali Bennett."
        )
    )
    assert names(meeting)[0] == "Naftali Bennett"
    assert "Israel" not in names(meeting)
