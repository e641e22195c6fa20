"""Real articles (copied with their front matter into tests/fixtures/sources) lose
no real paragraph to boilerplate removal: only labels, bylines, datelines. A paragraph
survives with its spaces normalised and a typewriter's doubled quotation marks typed as
the double mark they stand for (``normalise_spaces``)."""

from __future__ import annotations

import re
from pathlib import Path

import frontmatter
import pytest

from briefings.model.documents import Document
from briefings.sources import load_paths
from briefings.sources.markup import markdown_to_text
from briefings.sources.wrapping import normalise_spaces

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sources"
ARTICLES = sorted(FIXTURES.glob("0[0-9][0-9]-*.md"))
_SENTENCE_END = re.compile(r"[.!?…:;—–-][\"'”’)\]*]*$")


def _real_lines(markdown: str) -> list[str]:
    """Lines a reader would call article text: sentences, or long lines."""
    lines = [line.strip() for line in markdown_to_text(markdown).split("\n") if line.strip()]
    return [
        line
        for line in lines
        if len(line.split()) >= 12 or (len(line.split()) >= 2 and _SENTENCE_END.search(line))
    ]


def _load(path: Path) -> Document:
    (document,) = load_paths([str(path)], max_bytes=10_000_000)
    assert isinstance(document, Document), document
    return document


def test_there_are_real_articles_to_check() -> None:
    assert len(ARTICLES) >= 5


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_every_real_paragraph_survives(path: Path) -> None:
    post = frontmatter.load(str(path))
    body_lines = set(_load(path).body.split("\n"))
    lost = [line for line in _real_lines(post.content) if normalise_spaces(line) not in body_lines]
    assert lost == []


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_front_matter_becomes_metadata(path: Path) -> None:
    post = frontmatter.load(str(path))
    document = _load(path)
    assert document.title == post["title"]
    assert document.url == post["url"]
    assert document.source == post["source"]
    assert document.license == post["license"]
    assert document.meta["origin"] == post["origin"]
    assert document.published is not None
    assert document.published.utcoffset() is not None
    assert document.published.date().isoformat() == str(post["published"])
    assert not document.body.startswith("---")


def test_transcript_keeps_speaker_labels_and_repeated_replies() -> None:
    body = _load(FIXTURES / "048-trump-rutte-remarks-before-meeting.md").body
    assert body.count("PRESIDENT TRUMP: Yeah.") > 5
    assert "Oval Office" not in body.split("\n")


def test_bold_speaker_labels_keep_their_markers_for_turn_detection() -> None:
    body = _load(FIXTURES / "012-interview-shimon-peres-peace-process.md").body
    assert body.startswith("**Wikinews:** Mr. President,")
    assert "**Shimon Peres:** The future is only peace." in body


def test_dateline_and_byline_labels_are_dropped() -> None:
    wikinews = _load(FIXTURES / "006-asylum-seekers-rescued-indonesia.md").body
    remarks = _load(FIXTURES / "022-blinken-osmani-kurti-remarks-before-meeting.md").body
    assert not wikinews.startswith("Monday, May 18, 2015")
    assert remarks.startswith("**SECRETARY BLINKEN:** Well, good afternoon, everyone.")
