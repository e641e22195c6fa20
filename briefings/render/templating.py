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
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from briefings.model.briefing import Item, item_citations
from briefings.model.facts import Citation
from briefings.render.clipping import escape_field
from briefings.render.escaping import discord_escape, md_escape, slack_escape, text_escape
from briefings.render.formats import FORMATS, OUTPUT_FORMATS
from briefings.render.safeview import Escaped, escape_text, escape_url
from briefings.time import local_date, local_datetime


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


def make_environment(fmt: str, template_dir: Path | None = None) -> ImmutableSandboxedEnvironment:
    """The sandboxed environment for one output format: a team's folder (its
    ``<fmt>/`` subfolder) first, the built-in templates as fallback."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    loaders = []
    if template_dir is not None:
        loaders.append(FileSystemLoader(str(template_dir / fmt)))
    loaders.append(FileSystemLoader(str(default_template_dir() / fmt)))
    env = ImmutableSandboxedEnvironment(
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
    env.globals.update({"link": _link_builder(fmt), "citations": _citations, "format": fmt})
    return env
