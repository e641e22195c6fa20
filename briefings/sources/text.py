"""Plain text and Markdown with YAML front matter.

Markdown is the corpus format: YAML front matter (``title``, ``published``,
``source``, ``url``, ``license``, ``origin`` ... under any of the names of
:mod:`briefings.sources.fields`, e.g. a scraper's ``source_url`` and
``published_time``). YAML aliases are refused: a few hundred bytes of nested
aliases expand to gigabytes, and no article's metadata needs them.

Plain text has no metadata: the title is its headline line (else the file
name) and a dateline such as "Monday, May 18, 2015" before the first paragraph
gives the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import yaml
from frontmatter.default_handlers import YAMLHandler

from briefings.model.documents import Document
from briefings.sources import errors
from briefings.sources.build import build_document
from briefings.sources.dates import parse_published
from briefings.sources.errors import SourceError, excerpt
from briefings.sources.fields import is_known, pick_fields
from briefings.sources.markup import markdown_to_text

_LICENSE_FIELDS = ("license", "licence")
_OPENING_FENCE = re.compile(r"\A\ufeff?---[ \t]*\n")
_CLOSING_FENCE = re.compile(r"^(---|\.\.\.)[ \t]*$", re.MULTILINE)
_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")
_DATELINE_MAX_CHARS = 60
_DATELINE_SCAN_LINES = 5


# libyaml's safe loader when PyYAML was built with it: re-ingesting a corpus
# parses every file's front matter again, and the pure-Python parser was half of it.
_SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_text(text: str, *, path: str, fallback_title: str) -> Document:
    """A plain-text article.

    >>> load_text("Talks Resume\\n\\nMonday, May 18, 2015\\n\\nThe talks resumed.", path="a.txt",
    ...           fallback_title="a").published.isoformat()
    '2015-05-18T00:00:00+00:00'
    """
    return build_document(
        text,
        title=None,
        fallback_title=fallback_title,
        published=_dateline(text),
        path=path,
        meta={"format": "text"},
    )


def load_markdown(text: str, *, path: str, fallback_title: str) -> Document:
    """A Markdown article, with or without YAML front matter."""
    metadata, content = _split_front_matter(text)
    fields = pick_fields(metadata, where=path)
    if fields.unreadable_published is not None:
        raise SourceError(
            errors.bad_front_matter(f"published {excerpt(fields.unreadable_published)} is not a date")
        )
    meta = {"format": "markdown"}
    meta.update(
        {
            key: str(value)
            for key, value in metadata.items()
            if not is_known(key) and key not in _LICENSE_FIELDS and isinstance(value, str | int | float)
        }
    )
    plain = markdown_to_text(content)
    return build_document(
        plain,
        title=fields.title,
        fallback_title=fallback_title,
        published=fields.published if fields.published is not None else _dateline(plain),
        source=fields.source,
        url=fields.url,
        path=path,
        license=metadata.get("license", metadata.get("licence")),
        author=fields.author,
        meta=meta,
    )


def has_front_matter(text: str) -> bool:
    return bool(_OPENING_FENCE.match(text))


def _split_front_matter(text: str) -> tuple[Mapping[str, object], str]:
    if not has_front_matter(text):
        return {}, text
    if not _CLOSING_FENCE.search(text, _OPENING_FENCE.match(text).end()):  # type: ignore[union-attr]
        raise SourceError(errors.bad_front_matter("not closed by a '---' line"))
    try:
        raw, content = YAMLHandler().split(text.lstrip("\ufeff"))
        _refuse_aliases(raw)
        metadata = yaml.load(raw, Loader=_SAFE_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or type(exc).__name__
        raise SourceError(errors.bad_front_matter(f"invalid YAML{where} ({problem})")) from None
    except ValueError as exc:
        raise SourceError(errors.bad_front_matter(str(exc) or type(exc).__name__)) from None
    if metadata is None:
        metadata = {}
    if not isinstance(metadata, dict) or not all(isinstance(key, str) for key in metadata):
        raise SourceError(errors.bad_front_matter("not a mapping of fields"))
    title = metadata.get("title")
    if title is not None and not isinstance(title, str | int | float):
        raise SourceError(errors.bad_front_matter("title is not text"))
    return metadata, content


def _refuse_aliases(raw: str) -> None:
    """SourceError at the first YAML alias (``*name``): parsing events builds nothing,
    so a file made of nested aliases fails here in microseconds and a few kilobytes."""
    for event in yaml.parse(raw, Loader=_SAFE_LOADER):
        if isinstance(event, yaml.AliasEvent):
            mark = event.start_mark
            where = f" at line {mark.line + 1}" if mark is not None else ""
            raise SourceError(errors.bad_front_matter(f"YAML alias{where} (aliases are not supported)"))


def _dateline(text: str) -> str | None:
    """A short line near the top that is only a date (with a year)."""
    for line in [line.strip() for line in text.split("\n") if line.strip()][:_DATELINE_SCAN_LINES]:
        short = len(line) <= _DATELINE_MAX_CHARS and not line.endswith(".")
        if short and _YEAR.search(line) and parse_published(line) is not None:
            return line
    return None
