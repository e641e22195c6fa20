"""What a web page says about itself: ``<meta>`` tags, ``<link rel=canonical>`` and
schema.org JSON-LD, as one mapping of names to values for the field dialects.

trafilatura finds the article text and a title, but keeps only the day of the
publication time; the page's own tags keep the time and its offset
(``article:published_time``), the canonical URL and the site name.

>>> page_meta('<head><meta property="og:url" content="https://x.example/a">'
...           '<link rel="canonical" href="https://x.example/a?b"></head>')
{'og:url': 'https://x.example/a', 'canonical': 'https://x.example/a?b'}
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from html.parser import HTMLParser

log = logging.getLogger(__name__)

_NAME_ATTRIBUTES = ("property", "name", "itemprop")
# schema.org types whose JSON-LD describes the article itself (not the site or a breadcrumb)
_ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting", "report"}
    | {"webpage", "pressrelease", "liveblogposting"}
)
_MAX_JSON_LD_CHARS = 200_000


class _MetaCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.values: dict[str, str] = {}
        self.json_ld: list[str] = []
        self._in_json_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = {key.lower(): value or "" for key, value in attrs}
        if tag == "meta":
            name = next((named[a] for a in _NAME_ATTRIBUTES if named.get(a)), "")
            content = named.get("content", "").strip()
            if name and content:
                self.values.setdefault(name.strip(), content)
        elif tag == "link" and "canonical" in named.get("rel", "").lower().split():
            if named.get("href", "").strip():
                self.values.setdefault("canonical", named["href"].strip())
        elif tag == "time" and named.get("itemprop") == "datePublished" and named.get("datetime"):
            self.values.setdefault("datePublished", named["datetime"].strip())
        elif tag == "script" and named.get("type", "").lower() == "application/ld+json":
            self._in_json_ld = True
            self.json_ld.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data: str) -> None:
        if self._in_json_ld and len(self.json_ld[-1]) < _MAX_JSON_LD_CHARS:
            self.json_ld[-1] += data


def page_meta(html: str) -> dict[str, object]:
    """The page's metadata by name: tags first, JSON-LD article fields where no tag said."""
    collector = _MetaCollector()
    try:
        collector.feed(html)
        collector.close()
    except Exception:  # a page the tolerant parser still chokes on: keep what was read
        log.debug("meta tags: parser stopped early", exc_info=True)
    values: dict[str, object] = dict(collector.values)
    for block in collector.json_ld:
        for article in _articles(block):
            for key, value in article.items():
                if key in {"url", "datePublished", "headline", "publisher", "author"}:
                    values.setdefault(key, value)
    return values


def _articles(block: str) -> Iterator[Mapping[str, object]]:
    try:
        data = json.loads(block)
    except (ValueError, RecursionError):
        return
    stack: list[object] = [data]
    seen = 0
    while stack and seen < 50:
        item = stack.pop(0)
        seen += 1
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, Mapping):
            if "@graph" in item:
                stack.append(item["@graph"])
            kinds = item.get("@type")
            names = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(kind, str) and kind.lower() in _ARTICLE_TYPES for kind in names):
                yield item
