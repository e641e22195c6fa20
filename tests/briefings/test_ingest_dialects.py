"""A scraper's corpus ingested as it arrives: its facts link to their source, and the
evidence of a hard-wrapped transcript indexes the stored body and reads as one line."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from briefings.compose.replies import sources_reply
from briefings.extract import Extractor
from briefings.ingest import IngestReport, ingest
from briefings.model.facts import StoredMeeting, StoredQuestion
from briefings.render.renderer import Renderer
from briefings.store import SqlStore

pytestmark = pytest.mark.slow

DIALECTS = Path(__file__).parents[1] / "fixtures" / "sources" / "dialects"
BRIEFING_URL = "https://briefing.example.gov/room/2023/05/02/press-briefing/"


def test_a_wrapped_transcript_gives_facts_whose_sources_reply_shows_the_link(
    store: SqlStore, now: datetime
) -> None:
    report = ingest([DIALECTS / "transcript_wrapped.md"], store, Extractor(), now=now, max_bytes=100_000)
    assert report == IngestReport(new=1)
    assert store.quotes() == [], "a transcript's turns are no key quotes"
    meetings, questions = store.meetings(), store.questions()
    facts: list[StoredMeeting | StoredQuestion] = [*meetings, *questions]
    assert facts, "the transcript's turns yield meetings and open questions"
    citations = [cited for meeting in meetings for cited in meeting.citations]
    citations += [question.citation for question in questions]
    for cited in citations:
        document = store.get_document(cited.source.document_id)
        assert document is not None
        evidence = cited.evidence
        assert document.body[evidence.start : evidence.end] == evidence.sentence
        assert "\n" not in evidence.sentence
        assert cited.source.url == BRIEFING_URL
    (text,) = Renderer().render(sources_reply(facts[0], 1, tz="America/New_York"), "text")
    assert f"<{BRIEFING_URL}>" in text
    assert "briefing.example.gov" in text  # the publisher, from the URL's host
