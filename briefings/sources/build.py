"""From extracted text and metadata to a :class:`Document`: the step every
loader ends with, so boilerplate removal, date handling and the publisher
fallback happen one way.

Two facts travel in ``meta`` because the store has no column for them:
``author`` (when the source names one) and ``published_precision`` (``date``,
``time`` or ``zone``: whether the offset of ``published`` was stated by the
source or assumed as UTC, which ``doctor --corpus`` reports)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from briefings.model.documents import Document
from briefings.sources import errors
from briefings.sources.boilerplate import clean_body, find_title
from briefings.sources.dates import parse_published, published_precision
from briefings.sources.errors import SourceError
from briefings.sources.fields import host_name


def build_document(
    text: str,
    *,
    title: str | None,
    fallback_title: str,
    published: object = None,
    source: object = None,
    url: object = None,
    path: str | None = None,
    license: object = None,
    author: object = None,
    meta: Mapping[str, str] | None = None,
) -> Document:
    """A document whose body is ``text`` without boilerplate.

    ``title`` None means the source has none: the headline is looked for in the
    text, else ``fallback_title`` (a file stem) is used. A body left empty after
    cleaning is an error: there is nothing to extract facts from. Without a
    ``source``, the URL's host names the publisher, so every source line names something.
    """
    title = _one_line(title) or find_title(text) or fallback_title
    body = clean_body(text, title=title)
    if not body.strip():
        raise SourceError(errors.NO_TEXT)
    link = _text_or_none(url)
    extra = dict(meta or {})
    moment = parse_published(published)
    if moment is not None:
        extra["published_precision"] = published_precision(published) or "date"
    byline = _one_line(author) if isinstance(author, str) else None
    if byline:
        extra["author"] = byline
    return Document.create(
        title=title,
        body=body,
        published=moment,
        source=_text_or_none(source) or host_name(link),
        url=link,
        path=path,
        license=_text_or_none(license),
        meta=MappingProxyType(extra),
    )


def stem_title(name: str) -> str:
    """A readable title from a file or URL name: ``talks-resume_2021.txt`` → ``talks resume 2021``."""
    stem = Path(name.rstrip("/")).stem or name
    return " ".join(re.split(r"[-_\s]+", stem)).strip() or name


def _one_line(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _text_or_none(value: object) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    text = str(value).strip()
    return text or None
