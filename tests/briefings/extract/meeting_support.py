"""Helpers the meeting specifications share: who a meeting names, and "exactly one"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from briefings.extract import Extractor
from briefings.extract.meetings import extract_meetings
from briefings.extract.quotes import extract_quotes
from briefings.model.documents import Document
from briefings.model.facts import Meeting

MeetingsIn = Callable[..., list[Meeting]]


def meetings_reader(extractor: Extractor, published: datetime) -> MeetingsIn:
    """The meetings of an invented text (body, optional title and source author field) published at
    ``published``."""

    def run(body: str, title: str = "", author: str | None = None) -> list[Meeting]:
        meta = {"author": author} if author else {}
        document = Document.create(title=title, body=body, published=published, meta=meta)
        ctx = extractor.context(document)
        return extract_meetings(ctx, extract_quotes(ctx))  # "I" in a key quote is its speaker

    return run


def names(meeting: Meeting) -> list[str]:
    return [p.name for p in meeting.participants]


def only(meetings: list[Meeting]) -> Meeting:
    assert len(meetings) == 1, meetings
    return meetings[0]
