"""Who "the President" is as a meeting's party in a government's own text.

A White House briefing says "the President spoke with Prime Minister Trudeau" and never
writes the President's name; the nearest president the text names may well be the other
side. The publisher's holder of the office on the publication date (``publishers``) is the
party, unless the text names another holder of the office just before, and a text of any
other publisher keeps what the text says.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from briefings.extract import Extractor
from briefings.extract.meetings import extract_meetings
from briefings.model.documents import Document
from briefings.model.facts import Meeting
from tests.briefings.extract.meeting_support import names

WHEN = datetime(2022, 2, 11, 18, tzinfo=UTC)
WHITE_HOUSE = "https://www.whitehouse.gov/briefing-room/press-briefings/2022/02/11/press-briefing/"
NEWS = "https://en.wikinews.org/wiki/Example"


def _meetings(extractor: Extractor, body: str, url: str, title: str = "Press Briefing") -> list[Meeting]:
    document = Document.create(title=title, body=body, url=url, published=WHEN)
    return extract_meetings(extractor.context(document))


@pytest.mark.parametrize(
    "body",
    [
        "And on one other topic: the President spoke with Prime Minister Justin Trudeau this morning.",
        "President Zelenskyy has asked for more help. We have sent it. The bridges are still closed. "
        "The President spoke with Prime Minister Justin Trudeau this morning about the blockade.",
    ],
)
def test_the_publishers_president_is_the_party_in_its_own_briefing(extractor: Extractor, body: str) -> None:
    found = _meetings(extractor, body, WHITE_HOUSE)
    assert any({"Joe Biden", "Justin Trudeau"} <= set(names(m)) for m in found), found
    assert not any("Zelenskyy" in " ".join(names(m)) for m in found), found


def test_a_president_named_in_the_sentence_before_keeps_the_title_to_the_text(extractor: Extractor) -> None:
    body = (
        "President Emmanuel Macron arrived in Kyiv on Monday. "
        "The President met with Prime Minister Denys Shmyhal at the palace."
    )
    found = _meetings(extractor, body, WHITE_HOUSE)
    assert not any("Joe Biden" in names(m) for m in found), found


def test_news_of_another_publisher_names_no_one_by_the_table(extractor: Extractor) -> None:
    body = "The President spoke with Prime Minister Justin Trudeau this morning."
    found = _meetings(extractor, body, NEWS, title="Leaders talk")
    assert not any("Joe Biden" in names(m) for m in found), found
