"""Who "he" is in a briefing about the publisher's President (issue 15, session 28).

A press secretary's or an official's transcript about the President tells his day in a run of
"he" subjects. A person named as the object of such a clause ("He had a separate encounter with
President Duda of Poland") is not that "he" (a clause's subject pronoun never stands for its own
object's name), so the next "He had the chance to talk to …" is still the President, not the last
name the text gave. A person named as the object of a clause with another subject ("I want to thank
Executive Vice-President Dombrovskis. … he and I have met") is the "he" after it.

The cases are an invented transcript of each construction, published on a White House address so the
President is known from the publisher, and the dev article the rule was written for.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefings.extract import Extractor
from briefings.extract.meetings import extract_meetings
from briefings.model.documents import Document
from briefings.model.facts import Meeting
from briefings.sources import load_paths
from tests.briefings.extract.meeting_support import names

pytestmark = pytest.mark.slow

_URL = "https://bidenwhitehouse.archives.gov/briefing-room/press-briefings/2021/06/14/background-press-call/"


def _briefing(extractor: Extractor, turn: str) -> list[Meeting]:
    body = f"SENIOR ADMINISTRATION OFFICIAL:  {turn}\n\nQ Thanks.  On Russia?\n\nMODERATOR:  Next one."
    document = Document.create(
        title="Background Press Call on President Biden's Engagements at the Summit",
        body=body,
        published=datetime(2021, 6, 14, 18, 0, tzinfo=UTC),
        url=_URL,
    )
    return extract_meetings(extractor.context(document))


_NATO_CALL = (
    Path(__file__).resolve().parents[2]
    / "fixtures"
    / "testset8"
    / "articles"
    / "wh8-2021-06-14-background-press-call-by-a-senior-administration-official-on-president-bidens"
    "-engagements-at-nato-summit.md"
)


def test_a_run_of_he_subjects_past_an_objects_name_is_the_president(extractor: Extractor) -> None:
    """The official's "He had a separate encounter — an engagement with President Duda of Poland, …
    He had the chance to talk to a number of other leaders as well" (dev set 8, public domain): the
    second "he" is the President, not Duda. Invented texts of this shape are already read right by
    the subject chain; this real one needs the rule."""
    (document,) = load_paths([str(_NATO_CALL)], max_bytes=5_000_000)
    assert isinstance(document, Document)
    meetings = extract_meetings(extractor.context(document))
    talked = [m for m in meetings if "had the chance to talk to a number" in m.evidence.sentence]
    assert talked
    assert all("Biden" in names(m) and "Duda" not in names(m) for m in talked)


# The President named with "he" two paragraphs before, so the text says his gender and the topic rule
# could apply, but he is no longer the nearest subject (a wider rule took the "he" below for him).
_PRESIDENT_AWAY = (
    "President Biden is at the summit today, and he sends his regards.\n\n"
    "The summit opened on Monday with a session on trade.\n\n"
)


def test_the_object_of_the_speakers_own_clause_is_the_he_after_it(extractor: Extractor) -> None:
    meetings = _briefing(
        extractor,
        f"{_PRESIDENT_AWAY}Before I close, I want to thank European Commission Executive Vice-President "
        "Valdis Dombrovskis.  "
        "In the last month alone, he and I have met with each other more than ten times.",
    )
    assert not any("Biden" in names(m) for m in meetings)


def test_a_name_in_a_clause_with_another_subject_keeps_the_he_after_it(extractor: Extractor) -> None:
    meetings = _briefing(
        extractor,
        f"{_PRESIDENT_AWAY}We appreciated President Olek Koval's visit last year, when he came to town "
        "and he visited the White House.",
    )
    assert [names(m)[0] for m in meetings] == ["Olek Koval"]
