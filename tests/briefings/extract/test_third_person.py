"""A turn's "he" or "she" is never the one speaking the turn.

A press secretary names herself "I"; her "he" is the person talked about, most often the
subject of the sentence or the reporter's question before ("the President is meeting ...").
When nobody else is named there, the pronoun names nobody: no meeting is invented for the
speaker.
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

WHEN = datetime(2022, 3, 9, 18, tzinfo=UTC)
BRIEFING = "https://www.whitehouse.gov/briefing-room/press-briefings/2022/03/09/press-briefing/"
TITLE = "Press Briefing by Press Secretary Jen Psaki"


def _meetings(extractor: Extractor, body: str) -> list[Meeting]:
    document = Document.create(title=TITLE, body=body, url=BRIEFING, published=WHEN)
    return extract_meetings(extractor.context(document))


def test_he_in_the_answer_is_the_president_the_question_named(extractor: Extractor) -> None:
    body = (
        "Q    The President is reportedly meeting with some mayors. What is it about?\n\n"
        "MS. PSAKI:  Well, he's having this meeting today with the county executives."
    )
    found = _meetings(extractor, body)
    assert any("Joe Biden" in names(m) and "county executives" in names(m) for m in found), found
    assert not any("Jen Psaki" in names(m) for m in found), found


def test_he_is_the_subject_of_the_sentence_before_not_the_speaker(extractor: Extractor) -> None:
    body = (
        "Q    Where is he today?\n\n"
        "MS. PSAKI:  The President is in Ohio.  He will meet with Governor Tom Hale tomorrow."
    )
    found = _meetings(extractor, body)
    assert [set(names(m)) for m in found] == [{"Joe Biden", "Tom Hale"}], found


def test_he_with_nobody_else_named_before_makes_no_meeting_for_the_speaker(extractor: Extractor) -> None:
    body = "Q    Any news?\n\nMS. PSAKI:  I have two items.  He will meet with Governor Tom Hale tomorrow."
    found = _meetings(extractor, body)
    assert not any("Jen Psaki" in names(m) for m in found), found


def test_a_press_secretarys_we_is_the_government_she_speaks_for(extractor: Extractor) -> None:
    body = (
        "Q    Any news on the detainee?\n\n"
        "MS. PSAKI:  As we have said, we’ve been speaking with the Ruiz family, including today.  "
        "And we have been engaging in intense negotiations with Russia."
    )
    found = _meetings(extractor, body)
    assert [set(names(m)) for m in found] == [{"White House", "Ruiz family"}, {"White House", "Russia"}], (
        found
    )


def test_a_press_secretarys_i_is_herself(extractor: Extractor) -> None:
    body = (
        "Q    Any news on the talks?\n\n"
        "MS. PSAKI:  We have been engaging in intense negotiations with Russia.  I spoke with Governor "
        "Tom Hale this morning."
    )
    assert {"Jen Psaki", "Tom Hale"} in [set(names(m)) for m in _meetings(extractor, body)]
