"""Field dialects: the many names sources give one piece of metadata, mapped onto a document.

News archives, scrapers and CMS exports name the same facts a dozen ways
(``url``, ``source_url``, ``og:url``; ``published``, ``pubDate``,
``article:published_time``). Front matter, JSON/JSONL records and HTML
``<meta>`` tags are all read through this one table, so a user never has to
rewrite a corpus to get links, zones and publishers (README, "Field dialects").

Names match case-insensitively with ``_`` and ``-`` ignored (``published_time``,
``publishedTime`` and ``Published-Time`` are one name). When a source names two
*different* values for one field, the most specific wins and a debug line says
so: for the publication time, a stated offset beats a bare time, which beats a
bare date, then the table order decides; for the other fields, the table order.

>>> pick_fields({"source_url": "https://example.org/a", "date": "2021-09-22"}).url
'https://example.org/a'
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from briefings.sources.dates import PRECISIONS, published_precision
from briefings.sources.errors import excerpt

log = logging.getLogger(__name__)

# Most specific first. Keys are normalised (see _norm); the README table lists them as written.
DIALECTS: Mapping[str, tuple[str, ...]] = {
    "url": (
        "canonical_url",
        "canonical",
        "og:url",
        "permalink",
        "url",
        "web_url",
        "source_url",
        "link",
        "twitter:url",
    ),
    "published": (
        "published_time",
        "article:published_time",
        "datePublished",
        "published",
        "pubDate",
        "published_at",
        "publish_date",
        "publication_date",
        "dc.date.issued",
        "dcterms.issued",
        "dc.date",
        "dcterms.date",
        "date",
    ),
    "title": ("title", "headline", "og:title", "dc.title", "twitter:title"),
    "source": ("publisher", "source", "site_name", "og:site_name", "application-name"),
    "author": ("author", "article:author", "byline", "creator", "dc.creator", "authors"),
}
_Converter = Callable[[object], str | None]
_ABSOLUTE_URL = re.compile(r"^https?://[^\s/]+", re.IGNORECASE)


def _norm(name: str) -> str:
    return name.lower().replace("_", "").replace("-", "")


_FIELD_OF = {_norm(name): field for field, names in DIALECTS.items() for name in names}
_RANK = {_norm(name): rank for names in DIALECTS.values() for rank, name in enumerate(names)}


def is_known(name: str) -> bool:
    """Whether ``name`` is one of the dialect names (consumed, not copied into ``meta``)."""
    return _norm(name) in _FIELD_OF


@dataclass(frozen=True)
class Fields:
    """The chosen value of each field; None when the source names none usable."""

    url: str | None = None
    published: object = None
    title: str | None = None
    source: str | None = None
    author: str | None = None
    # every published value the source gave, when none of them reads as a date (the caller's error)
    unreadable_published: object = None


def pick_fields(record: Mapping[str, object], *, where: str = "") -> Fields:
    """The fields of one record (front matter, a JSON object, a page's meta tags).

    >>> f = pick_fields({"date": "2021-09-22", "published_time": "2021-09-22 23:26:51-04:00"})
    >>> f.published
    '2021-09-22 23:26:51-04:00'
    """
    found: dict[str, list[tuple[int, str, object]]] = {}
    for name, value in record.items():
        key = _norm(name) if isinstance(name, str) else ""
        field = _FIELD_OF.get(key)
        if field is None or value is None or value == "":
            continue
        found.setdefault(field, []).append((_RANK[key], name, value))
    url = _choose(where, "url", [(r, n, v) for r, n, v in found.get("url", []) if _as_url(v)], _as_url)
    published, unreadable = _choose_published(where, found.get("published", []))
    return Fields(
        url=url,
        published=published,
        title=_choose(where, "title", found.get("title", []), _as_text),
        source=_choose(where, "source", found.get("source", []), _as_name),
        author=_choose(where, "author", found.get("author", []), _as_name),
        unreadable_published=unreadable,
    )


def host_name(url: str | None) -> str | None:
    """The publisher a URL names when no field does: its host, without a leading ``www.``.

    >>> host_name("https://www.example.org/a"), host_name("https://bidenwhitehouse.archives.gov/x")
    ('example.org', 'bidenwhitehouse.archives.gov')
    """
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") and host.count(".") > 1 else host


def _choose(
    where: str, field: str, candidates: list[tuple[int, str, object]], convert: _Converter
) -> str | None:
    values = sorted((rank, name, text) for rank, name, value in candidates if (text := convert(value)))
    if not values:
        return None
    _say_if_different(where, field, values)
    return values[0][2]


def _choose_published(where: str, candidates: list[tuple[int, str, object]]) -> tuple[object, object]:
    readable = []
    for rank, name, value in candidates:
        precision = published_precision(value)
        if precision is not None:
            readable.append((-PRECISIONS.index(precision), rank, name, value))
    if not readable:
        return None, (candidates[0][2] if candidates else None)
    readable.sort(key=lambda item: item[:3])
    _say_if_different(where, "published", [(rank, name, value) for _, rank, name, value in readable])
    return readable[0][3], None


def _say_if_different(where: str, field: str, values: Sequence[tuple[int, str, object]]) -> None:
    chosen = values[0]
    others = [(name, value) for _, name, value in values[1:] if str(value) != str(chosen[2])]
    if others:
        log.debug(
            "%s: %s named twice; using %s=%s over %s",
            excerpt(where or "record"),
            field,
            chosen[1],
            excerpt(chosen[2]),
            ", ".join(f"{name}={excerpt(value)}" for name, value in others),
        )


def _as_text(value: object) -> str | None:
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        text = " ".join(str(value).split())
        return text or None
    return None


def _as_url(value: object) -> str | None:
    text = _as_text(value)
    return text if text and " " not in text and _ABSOLUTE_URL.match(text) else None


def _as_name(value: object) -> str | None:
    """A publisher or author as text: a plain value, ``{"name": ...}`` (schema.org,
    NewsAPI), or a list of them joined with commas."""
    if isinstance(value, Mapping):
        return _as_text(value.get("name"))
    if isinstance(value, list):
        names = [name for item in value[:10] if (name := _as_name(item))]
        return ", ".join(names) or None
    return _as_text(value)
