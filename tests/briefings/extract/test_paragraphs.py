"""Sentence starts set before the parser runs (:mod:`briefings.extract.paragraphs`):

- a sentence never runs across a blank line;
- a wire-style dateline that opens a paragraph ("WASHINGTON, Sept. 4, 2014 – …", "HANOI, Vietnam,
  Oct. 11, 2010 — …", "GENEVA (VOA) – …") is a sentence of its own, so the story's first verb gets
  the story's subject, not the city; capitals and a dash with no place, date or credit after them
  ("ISIL – also known as Daesh – …") are no dateline.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


def test_a_sentence_never_runs_across_a_blank_line(nlp: Language) -> None:
    doc = nlp(
        "The following is attributable to Spokesperson Ana Ruiz:\n\nThe Secretary met today with Tom Okafor."
    )
    assert [s.text.strip() for s in doc.sents][-1] == "The Secretary met today with Tom Okafor."


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON, Sept. 4, 2014 – Defense Secretary Chuck Hagel today met Secretary Michael Fallon.",
        "HANOI, Vietnam, Oct. 11, 2010 — Defense Secretary Chuck Hagel today met Secretary Michael Fallon.",
        "GENEVA (VOA) – Defense Secretary Chuck Hagel today met Defense Secretary Michael Fallon.",
        "A report.\n\nWASHINGTON, Sept. 4, 2014 – Defense Secretary Chuck Hagel today met Defense Secretary"
        " Michael Fallon.",
    ],
)
def test_a_dateline_is_a_sentence_of_its_own(nlp: Language, text: str) -> None:
    doc = nlp(text)
    story = next(s for s in doc.sents if "Hagel" in s.text)
    assert story.text.startswith("Defense Secretary Chuck Hagel")
    assert [t.text for t in story if t.dep_ == "nsubj"] == ["Hagel"]


def test_capitals_and_a_dash_alone_are_no_dateline(nlp: Language) -> None:
    doc = nlp("ISIL – also known as Daesh – holds the city.")
    assert len(list(doc.sents)) == 1


def test_the_story_under_a_dateline_keeps_its_meeting(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "WASHINGTON, Sept. 4, 2014 – Defense Secretary Chuck Hagel today met in person for the first"
            " time with Defense Secretary Michael Fallon, his new British counterpart."
        )
    )
    assert names(meeting) == ["Chuck Hagel", "Michael Fallon"]
