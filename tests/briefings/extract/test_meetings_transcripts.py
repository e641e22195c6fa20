"""Meetings told in a White House briefing or remarks transcript.

A press secretary's turn reports the President's meetings without his name ("the
President held a video conference with allies"), sometimes in a broken-off word
said again ("a video conf- — conference") or a gerund clause ("the President
speaking with Prime Minister X is part of our effort"): the President is the
party, not the press secretary speaking. A trip made for a named gathering ("is
going to Germany for the Munich Security Conference") is a meeting with it. A
reporter's question presumes the meeting of its "when you meet" clause, held by
the one who answers; a question that asks whether one met states none. A family a name
owns ("met with Reed’s family") is a body of people met, and "will engage by telephone
with X" a call with X.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from briefings.extract import Extractor
from briefings.extract.meetings import extract_meetings
from briefings.model.documents import Document
from briefings.model.facts import Meeting
from tests.briefings.extract.meeting_support import names

pytestmark = pytest.mark.slow

WHEN = datetime(2022, 2, 11, 18, tzinfo=UTC)
BRIEFING = "https://www.whitehouse.gov/briefing-room/press-briefings/2022/02/11/press-briefing/"
TITLE = "Press Briefing by Press Secretary Jen Psaki"


def _meetings(extractor: Extractor, body: str) -> list[Meeting]:
    document = Document.create(title=TITLE, body=body, url=BRIEFING, published=WHEN)
    return extract_meetings(extractor.context(document))


def _parties(found: list[Meeting]) -> list[set[str]]:
    return [set(names(m)) for m in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "The President held a secure video conference today with our NATO allies and partners.",
        "The President held a secure video conf- — conference today with our NATO allies and partners.",
    ],
)
def test_a_conference_the_president_held_has_him_as_a_party_even_said_twice(
    extractor: Extractor, sentence: str
) -> None:
    found = _meetings(extractor, f"MS. PSAKI: Good afternoon. {sentence}")
    assert any("Joe Biden" in p and "Jen Psaki" not in p for p in _parties(found)), found


def test_a_gerund_clause_has_its_noun_as_the_party_not_the_turn_speaker(extractor: Extractor) -> None:
    body = (
        "MS. PSAKI: We have kept at it. Obviously, the President speaking with Prime Minister Mette "
        "Frederiksen about the pipeline is part of our effort."
    )
    found = _meetings(extractor, body)
    assert any({"Joe Biden", "Mette Frederiksen"} <= p for p in _parties(found)), found
    assert not any("Jen Psaki" in p for p in _parties(found)), found


def test_a_trip_for_a_named_gathering_is_a_planned_meeting_with_it(extractor: Extractor) -> None:
    body = "MS. PSAKI: Next week, the Vice President is traveling to Belgium for the Brussels Forum."
    found = _meetings(extractor, body)
    assert [(names(m), m.status) for m in found] == [(["Kamala Harris", "Brussels Forum"], "planned")]


@pytest.mark.parametrize(
    "sentence",
    [
        "She went to the office for the meeting.",  # an unnamed gathering names no party
        "The Secretary is going to the airport for a press conference.",
    ],
)
def test_a_trip_for_an_unnamed_gathering_is_no_meeting(extractor: Extractor, sentence: str) -> None:
    assert _meetings(extractor, f"MS. PSAKI: {sentence}") == []


def test_a_reporters_when_you_meet_is_the_answerers_planned_meeting(extractor: Extractor) -> None:
    body = (
        "Q When you meet with President Luiz Ferreira of Brazil, will you raise the rainforest?\n\n"
        "THE PRESIDENT: I will raise it."
    )
    found = _meetings(extractor, body)
    assert [(names(m), m.status) for m in found] == [(["Joe Biden", "Luiz Ferreira"], "planned")]


def test_a_reporters_when_you_met_is_a_held_meeting(extractor: Extractor) -> None:
    body = "Q When you met with President Luiz Ferreira, did he raise it?\n\nMS. PSAKI: He did not."
    found = _meetings(extractor, body)
    assert [(names(m), m.status) for m in found] == [(["Jen Psaki", "Luiz Ferreira"], "held")]


@pytest.mark.parametrize(
    "question",
    [
        "Q Did you speak with President Luiz Ferreira this week?",  # asks whether: states no meeting
        "Q If you meet with President Luiz Ferreira, will you raise the rainforest?",  # a condition
        "Q When will you meet with President Luiz Ferreira?",  # "when" asks, presumes nothing
    ],
)
def test_a_question_that_asks_about_a_meeting_states_none(extractor: Extractor, question: str) -> None:
    assert _meetings(extractor, f"{question}\n\nTHE PRESIDENT: Not yet.") == []


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        ("The President, of course, met with Okafor’s family here at the White House.", "Okafor family"),
        ("The President met with the Okafor family on Monday.", "Okafor family"),
    ],
)
def test_a_named_family_is_a_body_met(extractor: Extractor, sentence: str, family: str) -> None:
    found = _meetings(extractor, f"MS. PSAKI: Daniel Okafor is home. {sentence}")
    assert any({"Joe Biden", family} <= p for p in _parties(found)), found


@pytest.mark.parametrize(
    "sentence", ["The President met with his family on Monday.", "The Lady met with a family today."]
)
def test_a_family_no_name_owns_names_no_party(extractor: Extractor, sentence: str) -> None:
    assert _meetings(extractor, f"MS. PSAKI: {sentence}") == []


def test_by_telephone_with_someone_is_a_call_where_the_parser_hangs_with_on_the_phone(
    extractor: Extractor,
) -> None:
    body = (
        "MS. PSAKI: I would expect that the President will engage by telephone with President Luiz Ferreira."
    )
    found = _meetings(extractor, body)
    assert [(names(m), m.status) for m in found] == [(["Joe Biden", "Luiz Ferreira"], "planned")]


@pytest.mark.parametrize(
    "title",
    [
        "Remarks by President Hale Before Air Force One Departure",
        "Remarks by President Dawson Highlighting the Value of Local Parks",
    ],
)
def test_the_presidents_name_in_a_remarks_title_ends_at_a_headline_link(
    extractor: Extractor, title: str
) -> None:
    body = (
        "THE PRESIDENT: Well, I met with Chancellor Ortiz yesterday, and it went well.\n\n"
        "Q Mr. President, what did you tell him?\n\nTHE PRESIDENT: I told him we are ready."
    )
    document = Document.create(title=title, body=body, url=BRIEFING, published=WHEN)
    found = _parties(extract_meetings(extractor.context(document)))
    assert found and not any(" " in name for parties in found for name in parties if name != "Ortiz"), found
