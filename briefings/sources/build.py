"""From extracted text and metadata to a :class:`Document`: the step every
loader ends with, so boilerplate removal and date handling happen one way."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from briefings.model.documents import Document
from briefings.sources import errors
from briefings.sources.boilerplate import clean_body, find_title
from briefings.sources.dates import parse_published
from briefings.sources.errors import SourceError


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
    meta: Mapping[str, str] | None = None,
) -> Document:
    """A document whose body is ``text`` without boilerplate.

    ``title`` None means the source has none: the headline is looked for in the
    text, else ``fallback_title`` (a file stem) is used. A body left empty after
    cleaning is an error: there is nothing to extract facts from.
    """
    title = _one_line(title) or find_title(text) or fallback_title
    body = clean_body(text, title=title)
    if not body.strip():
        raise SourceError(errors.NO_TEXT)
    return Document.create(
        title=title,
        body=body,
        published=parse_published(published),
        source=_text_or_none(source),
        url=_text_or_none(url),
        path=path,
        license=_text_or_none(license),
        meta=MappingProxyType(dict(meta or {})),
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
