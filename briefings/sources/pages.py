"""HTML pages: the main text via trafilatura, which drops navigation, comments
and sidebars; the boilerplate rules then catch what page layouts leave in
(repeated headlines, credits, promos). Metadata (title, publication time with
its offset, canonical URL, site name, author) comes from the page's own tags,
read through the field dialects; trafilatura's findings fill the gaps."""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

import trafilatura

from briefings.model.documents import Document
from briefings.sources import errors
from briefings.sources.build import build_document
from briefings.sources.dates import PRECISIONS, published_precision
from briefings.sources.errors import SourceError
from briefings.sources.fields import pick_fields
from briefings.sources.page_meta import page_meta

log = logging.getLogger(__name__)

_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:4096]))


def load_html(
    html: str,
    *,
    fallback_title: str,
    url: str | None = None,
    path: str | None = None,
    title: str | None = None,
    published: object = None,
    source: str | None = None,
) -> Document:
    """The article in an HTML page. ``title``, ``published`` and ``source`` fill in
    what the page does not say (a feed entry knows them)."""
    try:
        extracted = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
        )
    except Exception as exc:  # trafilatura wraps lxml; a page it cannot parse is bad input
        log.debug("trafilatura failed on %s", url or path, exc_info=True)
        raise SourceError(errors.unsupported(f"HTML could not be parsed ({type(exc).__name__})")) from None
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not str(text).strip():
        raise SourceError(errors.NO_TEXT)
    paragraphs = "\n\n".join(line for line in str(text).split("\n") if line.strip())
    fields = pick_fields(page_meta(html), where=url or path or "")
    return build_document(
        paragraphs,
        title=getattr(extracted, "title", None) or fields.title or title,
        fallback_title=fallback_title,
        published=_most_specific(fields.published, getattr(extracted, "date", None), published),
        source=fields.source or _sitename(extracted, url) or source,
        url=url or fields.url or getattr(extracted, "url", None),
        path=path,
        license=getattr(extracted, "license", None),
        author=fields.author or getattr(extracted, "author", None),
        meta={"format": "html"},
    )


def _most_specific(*candidates: object) -> object:
    """The publication time that states the most (offset > time > day); the first on a tie.
    The page's tags come first, then trafilatura's day, then what a feed said."""
    best: object = None
    best_rank = -1
    for value in candidates:
        precision = published_precision(value) if value else None
        if precision is not None and PRECISIONS.index(precision) > best_rank:
            best, best_rank = value, PRECISIONS.index(precision)
    return best


def _sitename(extracted: object, url: str | None) -> str | None:
    """The page's site name, unless it is only trafilatura's fallback (the host name)."""
    name = getattr(extracted, "sitename", None)
    if not name or (url and str(name).lower() in (urlsplit(url).netloc.lower(), urlsplit(url).hostname)):
        return None
    return str(name)
