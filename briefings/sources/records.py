"""JSON and JSON Lines records: the text in ``body`` | ``text`` | ``content`` |
``articleBody``; URL, publication time, title, publisher and author under any
of the names of :mod:`briefings.sources.fields` (``link``, ``pubDate``,
``datePublished``, ``publisher: {"name": ...}`` ...); and ``license``.

A JSON file holds one record or a list of them; a JSON Lines file one record a
line. A bad line or record is reported on its own and the others still load.
Records without a URL are keyed by file and position (``file.jsonl#3``), so an
edited record at the same position replaces its earlier version.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping

from briefings.model.documents import Document
from briefings.sources import errors
from briefings.sources.build import build_document, stem_title
from briefings.sources.errors import LoadError, SourceError
from briefings.sources.fields import pick_fields
from briefings.sources.markup import html_fragment_to_text
from briefings.sources.pages import looks_like_html

_BODY_FIELDS = ("body", "text", "content", "articleBody")


def load_json(text: str, *, path: str, item: str) -> Iterator[Document | LoadError]:
    """Documents of a JSON file: one record, or a list of records."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and "\n" in text.strip():  # JSON Lines saved as .json
            yield from load_jsonl(text, path=path, item=item)
            return
        raise SourceError(errors.bad_json(f"{exc.msg} at line {exc.lineno} column {exc.colno}")) from None
    if isinstance(data, dict):
        yield record_document(data, path=path)
        return
    if not isinstance(data, list):
        raise SourceError(errors.bad_record("expected an object or a list of objects"))
    for number, record in enumerate(data, 1):
        try:
            yield record_document(record, path=f"{path}#{number}")
        except SourceError as exc:
            yield LoadError(f"{item}[{number}]", exc.reason)


def load_jsonl(text: str, *, path: str, item: str) -> Iterator[Document | LoadError]:
    """Documents of a JSON Lines file; a malformed line is one LoadError."""
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SourceError(errors.bad_json(f"{exc.msg} at column {exc.colno}")) from None
            yield record_document(record, path=f"{path}#{number}")
        except SourceError as exc:
            yield LoadError(f"{item}:{number}", exc.reason)


def record_document(record: object, *, path: str) -> Document:
    """One record as a document; its body may be plain text or HTML."""
    if not isinstance(record, Mapping):
        raise SourceError(errors.bad_record("not a JSON object"))
    body = next((record[key] for key in _BODY_FIELDS if isinstance(record.get(key), str)), None)
    if body is None:
        raise SourceError(errors.bad_record("no text in body, text, content or articleBody"))
    if looks_like_html(body) or body.lstrip().startswith("<p"):
        body = html_fragment_to_text(body)
    fields = pick_fields({key: value for key, value in record.items() if isinstance(key, str)}, where=path)
    return build_document(
        body,
        title=fields.title,
        fallback_title=stem_title(path.split("#")[0]),
        published=fields.published,
        source=fields.source,
        url=fields.url,
        path=path,
        license=record.get("license"),
        author=fields.author,
        meta={"format": "json"},
    )
