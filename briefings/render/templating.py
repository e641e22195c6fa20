"""The Jinja2 environments templates run in: sandboxed, strict, escaping by default.

Every template (default or a team's own, from ``BRIEFBOT_TEMPLATE_DIR``) runs
in an :class:`~jinja2.sandbox.ImmutableSandboxedEnvironment` with
:class:`~jinja2.StrictUndefined`, so a template cannot reach Python internals,
mutate the briefing, or silently print nothing for a misspelt field.

Escaping is the default path: templates receive *escaped views* of the context
(see :mod:`briefings.render.safeview`), so ``{{ item.fact.quote.text }}`` is already
safe for the format. Jinja's HTML autoescape is off because none of the four
formats is HTML. The filters ``|slack_escape``, ``|discord_escape``,
``|md_escape`` and ``|text_escape`` escape any other string a template builds
(they leave already-escaped text alone), and ``link(url, label)`` builds a
format-correct link.

Bounds: a template is code a team writes, so what one render may cost is
capped: ``range()`` yields at most ``RANGE_BUDGET`` numbers in all during one
render (nested loops cannot multiply), ``*`` and ``**`` refuse results over
``MAX_OUTPUT`` characters, and a macro's output over ``MAX_OUTPUT`` characters
is refused by the renderer (``briefings.render``). Each raises a
:class:`~jinja2.exceptions.SecurityError` the renderer reports in one line.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from briefings.model.briefing import Item, item_citations
from briefings.model.facts import Citation
from briefings.render.clipping import escape_field
from briefings.render.escaping import discord_escape, md_escape, slack_escape, text_escape
from briefings.render.formats import FORMATS, OUTPUT_FORMATS
from briefings.render.safeview import Escaped, escape_text, escape_url
from briefings.time import local_date, local_datetime

MAX_OUTPUT = 1_000_000
"""Characters one macro call (or one ``*``/``**`` result) may produce."""
RANGE_BUDGET = 100_000
"""Numbers ``range()`` may yield in all during one render."""

_RANGE_LEFT: contextvars.ContextVar[list[int] | None] = contextvars.ContextVar("range_left", default=None)


@contextmanager
def render_budget() -> Iterator[None]:
    """One render's ``range()`` budget (the renderer wraps each render in this)."""
    token = _RANGE_LEFT.set([RANGE_BUDGET])
    try:
        yield
    finally:
        _RANGE_LEFT.reset(token)


def _bounded_range(*args: int) -> range:
    numbers = range(*args)
    left = _RANGE_LEFT.get() or [RANGE_BUDGET]
    left[0] -= len(numbers)
    if left[0] < 0:
        raise SecurityError(f"range() over the budget of {RANGE_BUDGET} numbers per render")
    return numbers


def _size(value: object) -> int | None:
    return len(value) if isinstance(value, str | list | tuple) else None


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox with ``*`` and ``**`` results bounded (``"x" * 10**9``)."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int | float) and abs(right) > 1000:
            raise SecurityError(f"exponent {right} is over the bound of 1000")
        if operator == "*":
            for seq, count in ((left, right), (right, left)):
                size = _size(seq)
                if size is not None and isinstance(count, int) and size * count > MAX_OUTPUT:
                    raise SecurityError(f"a repeated value of {size * count} characters (bound {MAX_OUTPUT})")
        return super().call_binop(context, operator, left, right)


def default_template_dir() -> Path:
    """Where the built-in templates live.

    The repository's ``templates/`` folder is reached through the ``briefings``
    package (``briefings/templates`` is a symlink to it, shipped as package data),
    so one lookup works for a source checkout, an editable install and a wheel.
    """
    packaged = Path(__file__).resolve().parents[1] / "templates"
    if packaged.is_dir():
        return packaged
    # a checkout whose symlink was lost (e.g. copied without symlinks)
    return Path(__file__).resolve().parents[2] / "templates"


def _finalize(value: object) -> object:
    # None prints as nothing: optional fields need no {% if %} just to hide "None".
    return "" if value is None else value


def _filter(escape: Callable[[str], str]) -> Callable[[object], Escaped]:
    def apply(value: object) -> Escaped:
        return value if isinstance(value, Escaped) else Escaped(escape_field(str(value), escape))

    return apply


def _link_builder(fmt: str) -> Callable[[str | None, object], Escaped]:
    def link(url: str | None, label: object) -> Escaped:
        raw = label if isinstance(label, str) and label else str(label or url or "")
        text = escape_text(raw, fmt)
        href = escape_url(url, fmt)
        if href is None:
            return text
        return Escaped(OUTPUT_FORMATS[fmt].link(text, href))

    return link


def _citations(item: Item) -> tuple[Citation, ...]:
    return item_citations(item.fact)


def make_environment(fmt: str, template_dir: Path | None = None) -> BoundedSandbox:
    """The sandboxed environment for one output format: a team's folder (its
    ``<fmt>/`` subfolder) first, the built-in templates as fallback."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    loaders = []
    if template_dir is not None:
        loaders.append(FileSystemLoader(str(template_dir / fmt)))
    loaders.append(FileSystemLoader(str(default_template_dir() / fmt)))
    env = BoundedSandbox(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=False,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=False,
    )
    filters: dict[str, Any] = {
        "slack_escape": _filter(slack_escape),
        "discord_escape": _filter(discord_escape),
        "md_escape": _filter(md_escape),
        "text_escape": _filter(text_escape),
        "localdate": local_date,
        "localtime": local_datetime,
    }
    env.filters.update(filters)
    env.globals.update(
        {"link": _link_builder(fmt), "citations": _citations, "format": fmt, "range": _bounded_range}
    )
    return env
