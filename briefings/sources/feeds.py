"""RSS and Atom feeds: one document per entry.

An entry's full text is its ``content`` when the feed carries it. Many feeds
carry only a summary (a teaser); then the linked page is fetched and its main
text extracted, because facts from a teaser would be half facts. An entry that
fails is reported on its own; the feed's other entries still load.
"""

from __future__ import annotations

import logging
import re
import xml.sax
from collections.abc import Callable, Iterator
from typing import Any

import feedparser

from briefings.model.documents import Document
from briefings.sources import errors
from briefings.sources.build import build_document, stem_title
from briefings.sources.errors import LoadError, SourceError
from briefings.sources.markup import html_fragment_to_text
from briefings.sources.pages import load_html

log = logging.getLogger(__name__)

_FEED_START = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)

PageFetcher = Callable[[str], str]
"""Fetch a page: URL in, decoded HTML out; raises SourceError."""


def looks_like_feed(data: bytes) -> bool:
    return bool(_FEED_START.search(data[:2048]))


def load_feed(data: bytes, *, item: str, fetch_page: PageFetcher) -> Iterator[Document | LoadError]:
    """Documents of the feed in ``data``; ``item`` names the feed in errors."""
    parsed = feedparser.parse(data)
    problem = parsed.get("bozo_exception")
    if not parsed.entries:
        if isinstance(problem, xml.sax.SAXException):
            raise SourceError(errors.bad_feed(_describe(problem)))
        if not parsed.get("version"):
            raise SourceError(errors.bad_feed("not an RSS or Atom feed"))
        log.info("feed %s has no entries", item)
        return
    if isinstance(problem, xml.sax.SAXException):
        # feedparser's lenient parser recovers entries from broken XML; a stray "&"
        # is common and harmless, a truncated feed is not: keep only intact ones.
        if not all(entry.get("title") and entry.get("link") for entry in parsed.entries):
            raise SourceError(errors.bad_feed(_describe(problem)))
        log.warning(
            "feed %s is not well-formed (%s); reading the entries recovered", item, _describe(problem)
        )
    feed_title = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, 1):
        label = entry.get("link") or f"{item}#{number}"
        try:
            yield _entry_document(entry, number=number, item=item, source=feed_title, fetch_page=fetch_page)
        except SourceError as exc:
            yield LoadError(label, exc.reason)


def _entry_document(
    entry: Any, *, number: int, item: str, source: str | None, fetch_page: PageFetcher
) -> Document:
    link = entry.get("link") or None
    title = entry.get("title") or None
    published = entry.get("published_parsed") or entry.get("updated_parsed")
    path = None if link else f"{item}#{entry.get('id') or number}"
    content = _full_content(entry)
    if content is None and link:
        html = fetch_page(link)
        return load_html(
            html,
            fallback_title=title or stem_title(link),
            url=link,
            title=title,
            published=published,
            source=source,
        )
    text = content or _text(entry.get("summary", ""), entry.get("summary_detail", {}).get("type", ""))
    if not text.strip():
        raise SourceError(errors.NO_TEXT)
    return build_document(
        text,
        title=title,
        fallback_title=stem_title(item),
        published=published,
        source=source,
        url=link,
        path=path,
        meta={"format": "feed"},
    )


def _full_content(entry: Any) -> str | None:
    """The entry's full text (RSS ``content:encoded``, Atom ``content``), or None
    when it only carries a summary (RSS ``description``, Atom ``summary``)."""
    contents = [_text(c.get("value", ""), c.get("type", "")) for c in entry.get("content", [])]
    longest = max(contents, key=len, default="")
    return longest if longest.strip() else None


def _text(value: str, kind: str) -> str:
    return html_fragment_to_text(value) if "html" in kind or "<" in value else value.strip()


def _describe(problem: BaseException) -> str:
    message = problem.getMessage() if isinstance(problem, xml.sax.SAXParseException) else str(problem)
    line = problem.getLineNumber() if isinstance(problem, xml.sax.SAXParseException) else None
    return f"{message} at line {line}" if line else message or type(problem).__name__
