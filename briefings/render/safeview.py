"""Escaped views of the template context: the safe path is the only path.

Templates never see raw corpus text. Before rendering, the renderer hands them
a copy of the :mod:`briefings.model.briefing` dataclasses (same types, same fields)
in which every text field is already escaped for the output format and every
URL is a sanitised http(s) link (or None). Whatever a template does with
``{{ item.fact.quote.text }}`` (print it, wrap it in bold, put it in a link
label) it cannot produce a mention, a link or broken markup.

Escaping the data rather than the output also means macro calls, ``~``
concatenation and ``join`` behave as authors expect (no double escaping).

A few fields are identifiers, not prose, and stay as they are: the time zone,
document ids, and the fixed vocabularies (``kind``, ``status``, ``field``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from briefings.render.clipping import clip_budget, escape_field, note_longest, unclipped
from briefings.render.escaping import clean_text, safe_url
from briefings.render.formats import OUTPUT_FORMATS

T = TypeVar("T")

_VERBATIM_FIELDS = frozenset({"tz", "document_id", "kind", "status", "field", "section"})
_URL_FIELDS = frozenset({"url"})
_MULTILINE_FIELDS = frozenset({"text"})  # only for Notice: help text keeps its lines


class Escaped(str):
    """Text already escaped (and clipped) for the current output format."""

    __slots__ = ()


def escape_text(value: str, fmt: str) -> Escaped:
    """One field escaped for ``fmt`` (clipped to the active budget, if any)."""
    if isinstance(value, Escaped):
        return value
    return Escaped(escape_field(value, OUTPUT_FORMATS[fmt].escape))


def escape_url(value: str | None, fmt: str) -> Escaped | None:
    """A link target safe to place in ``fmt`` markup, or None when it is not http(s)."""
    if isinstance(value, Escaped):
        return value
    url = safe_url(value)
    if url is None:
        return None
    return Escaped(OUTPUT_FORMATS[fmt].escape_url(url))


def _escape_multiline(value: str, fmt: str) -> Escaped:
    return Escaped("\n".join(escape_text(line, fmt) for line in value.splitlines()))


# Views built during one render (see memoised_views): key -> (object, view, longest field).
_MEMO: ContextVar[dict[tuple[int, str, bool], tuple[object, Any, int]] | None] = ContextVar(
    "briefbot_escaped_views", default=None
)


@contextmanager
def memoised_views() -> Iterator[None]:
    """Within this block, an object's unclipped view is built once and reused.

    The renderer asks for the escaped briefing or item for every piece and every
    clipping attempt; escaping the whole briefing again each time was most of a
    render. Only views built with no clip budget in force are reused (a clipped
    view depends on the budget), and a reused view reports its longest field as
    if escaped again, so clipping starts from the same budget.
    """
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def escaped_view(obj: T, fmt: str, *, multiline: bool = False) -> T:
    """A copy of ``obj`` (a dataclass, tuple, dict or str) with all text escaped."""
    memo = _MEMO.get()
    if memo is None or not unclipped():
        return _view(obj, fmt, multiline)  # type: ignore[no-any-return]
    key = (id(obj), fmt, multiline)
    known = memo.get(key)
    if known is None:
        with clip_budget(None) as state:
            view = _view(obj, fmt, multiline)
        # the object is kept with its view, so its id cannot be reused meanwhile
        known = memo[key] = (obj, view, state.longest)
    note_longest(known[2])
    return known[1]  # type: ignore[no-any-return]


def _view(obj: Any, fmt: str, multiline: bool, name: str = "") -> Any:
    if isinstance(obj, Escaped) or obj is None:
        return obj
    if isinstance(obj, str):
        if name in _VERBATIM_FIELDS:
            return obj
        if name in _URL_FIELDS:
            return escape_url(obj, fmt)
        if multiline and name in _MULTILINE_FIELDS:
            return _escape_multiline(obj, fmt)
        return escape_text(obj, fmt)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        changes = {
            f.name: _view(getattr(obj, f.name), fmt, multiline, f.name)
            for f in dataclasses.fields(obj)
            if f.init
        }
        return dataclasses.replace(obj, **changes)
    if isinstance(obj, tuple):
        return tuple(_view(value, fmt, multiline, name) for value in obj)
    if isinstance(obj, list):
        return [_view(value, fmt, multiline, name) for value in obj]
    if isinstance(obj, dict):
        return {_view(k, fmt, multiline): _view(v, fmt, multiline, name) for k, v in obj.items()}
    return obj


__all__ = ["Escaped", "clean_text", "escape_text", "escape_url", "escaped_view", "memoised_views"]
