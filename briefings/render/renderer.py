"""Render a Briefing, Notice or SourcesReply into platform messages.

``Renderer().render(response, fmt)`` gives, per format:

* ``"text"`` / ``"markdown"``: a list of message strings (≤ 4000 characters each);
* ``"slack"``: a list of ``{"text": fallback, "blocks": [...]}`` Block Kit payloads;
* ``"discord"``: a list of ``{"content", "embeds", "allowed_mentions": {"parse": []}}``.

Templates (``templates/<fmt>/*.j2``, see ``templates/README.md``) define one
macro per piece (title, heading, quote …). Each piece is rendered from an
escaped view of its context (:mod:`briefings.render.safeview`) and made to fit its
platform limit by clipping the longest corpus field at a word boundary
(:mod:`briefings.render.clipping`); :mod:`briefings.render.splitting` then packs pieces into
messages. So a message is never cut inside a quote, and a quote too long for
any message is shortened with "…" and a note.

>>> # Renderer().render(briefing, "slack")[0]["blocks"][0]["type"]  -> 'header'
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, Literal, overload

from jinja2 import TemplateError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from briefings.model.briefing import Briefing, Item, Notice, Response, SourcesReply
from briefings.render import limits
from briefings.render.clipping import clip_budget, hard_cut
from briefings.render.formats import FORMATS, OUTPUT_FORMATS
from briefings.render.safeview import escaped_view, memoised_views
from briefings.render.splitting import Piece
from briefings.render.templating import MAX_OUTPUT, make_environment, render_budget

log = logging.getLogger(__name__)

Format = Literal["text", "markdown", "slack", "discord"]


class TemplateSetError(ValueError):
    """A template folder lacks a template or macro the renderer needs, or a template
    failed while rendering (sandbox violation, missing include, recursion, a bound
    exceeded). The message is one line naming the template and the problem."""


_PROBLEM_MAX = 200


def _problem(error: BaseException) -> str:
    """One short line: the exception's kind and the start of its message, control characters shown escaped."""
    text = " ".join(str(error).split()) or type(error).__name__
    text = text.encode("unicode_escape").decode("ascii")
    if len(text) > _PROBLEM_MAX:
        text = text[: _PROBLEM_MAX - 1] + "…"
    kind = "too deep (recursion)" if isinstance(error, RecursionError) else type(error).__name__
    return f"{kind}: {text}"


EMPTY_TEXT = "—"
_BLANK_LINES = re.compile(r"\n{3,}")


def tidy(text: str) -> str:
    """Trailing spaces off every line, at most one blank line in a row."""
    lines = "\n".join(line.rstrip() for line in text.splitlines())
    return _BLANK_LINES.sub("\n\n", lines).strip("\n")


def fit(render: Callable[[], str], limit: int) -> tuple[str, bool]:
    """Render a piece, lowering the per-field clip budget until it fits ``limit``.
    Returns the text and whether anything was shortened."""
    with clip_budget(None) as state:
        text = tidy(render())
    if len(text) <= limit:
        return text, False
    budget = state.longest
    while True:
        budget = min(budget - (len(text) - limit) - 1, int(budget * 0.9))
        if budget < limits.MIN_FIELD_BUDGET:
            break
        with clip_budget(budget):
            text = tidy(render())
        if len(text) <= limit:
            return text, True
    log.warning("a rendered piece stayed over %d characters after clipping; cutting it", limit)
    return hard_cut(text, limit), True


class _Macros:
    """The macros of one template file, with a clear error for a missing one."""

    def __init__(self, env: ImmutableSandboxedEnvironment, fmt: str, name: str) -> None:
        self._where = f"{fmt}/{name}"
        try:
            self._module = env.get_template(name).module
        except (TemplateError, RecursionError, MemoryError) as error:
            raise TemplateSetError(f"template {self._where} cannot be loaded: {_problem(error)}") from None

    def has(self, name: str) -> bool:
        return hasattr(self._module, name)

    def __call__(self, name: str, *args: Any) -> str:
        macro = getattr(self._module, name, None)
        if macro is None:
            raise TemplateSetError(f"template {self._where} defines no macro {name!r}")
        try:
            text = str(macro(*args))
        except TemplateSetError:
            raise
        except Exception as error:  # a team's template is code: any failure is the template's
            raise TemplateSetError(f"template {self._where}, macro {name}: {_problem(error)}") from None
        if len(text) > MAX_OUTPUT:
            raise TemplateSetError(
                f"template {self._where}, macro {name}: {len(text)} characters of output, "
                f"over the bound of {MAX_OUTPUT}"
            )
        return text


def _with_view(macros: _Macros, name: str, obj: object, fmt: str, *rest: Any) -> str:
    """Call a macro on the escaped view of ``obj``, built inside the active clip budget."""
    return macros(name, escaped_view(obj, fmt), *rest)


class Renderer:
    """Turns responses into platform payloads using the default templates, or a
    team's folder (``BRIEFBOT_TEMPLATE_DIR``) whose ``<fmt>/<name>.j2`` files
    replace the defaults one file at a time."""

    def __init__(self, template_dir: Path | None = None) -> None:
        self.template_dir = template_dir
        self._envs: dict[str, ImmutableSandboxedEnvironment] = {}

    def _macros(self, fmt: str, name: str) -> _Macros:
        if fmt not in self._envs:
            self._envs[fmt] = make_environment(fmt, self.template_dir)
        return _Macros(self._envs[fmt], fmt, name)

    @overload
    def render(
        self, response: Response, fmt: Literal["text", "markdown"], *, split: bool = True
    ) -> list[str]: ...
    @overload
    def render(
        self, response: Response, fmt: Literal["slack", "discord"], *, split: bool = True
    ) -> list[dict[str, Any]]: ...
    @overload
    def render(
        self, response: Response, fmt: str, *, split: bool = True
    ) -> list[str] | list[dict[str, Any]]: ...

    def render(self, response: Response, fmt: str, *, split: bool = True) -> list[str] | list[dict[str, Any]]:
        """Messages for ``response`` in ``fmt``, each within the platform's limits.

        ``split=False`` is for a terminal or a file (text and Markdown): one message
        however long, so no "(continued, 2/19)" marker lands mid-section where no
        platform split anything."""
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
        with memoised_views(), render_budget():
            messages = self._render(response, fmt)
        if not split and fmt in ("text", "markdown"):
            return self._join(response, fmt, [str(m) for m in messages])
        return messages

    def _join(self, response: Response, fmt: str, messages: list[str]) -> list[str]:
        """One message from a split text: the markers dropped, the parts rejoined."""
        if len(messages) < 2:
            return messages
        name = "briefing.j2" if not isinstance(response, SourcesReply) else "sources_reply.j2"
        macros = self._macros(fmt, name)
        total = len(messages)
        parts = [messages[0]]
        for part, text in enumerate(messages[1:], start=2):
            marker = tidy(macros("continued", part, total)) if macros.has("continued") else ""
            parts.append(text.removeprefix(marker).lstrip("\n") if marker else text)
        return ["\n\n".join(parts)]

    def _render(self, response: Response, fmt: str) -> list[str] | list[dict[str, Any]]:
        if isinstance(response, Notice):
            return self._render_notice(response, fmt)
        if isinstance(response, SourcesReply):
            macros = self._macros(fmt, "sources_reply.j2")
            pieces = self._reply_pieces(response, fmt, macros)
        else:
            macros = self._macros(fmt, "briefing.j2")
            pieces = self._briefing_pieces(response, fmt, macros)
        return self._pack(pieces, fmt, macros)

    # --- pieces ----------------------------------------------------------------

    def _briefing_pieces(self, briefing: Briefing, fmt: str, macros: _Macros) -> list[Piece]:
        limit = OUTPUT_FORMATS[fmt].piece_limits
        view = escaped_view(briefing, fmt)
        pieces = [
            Piece("title", fit(lambda: macros("title", escaped_view(briefing, fmt)), limit["title"])[0])
        ]
        if briefing.is_empty:
            empty = fit(lambda: macros("empty", escaped_view(briefing, fmt)), limit["lead"])[0]
            return [*pieces, Piece("lead", empty)]
        intro = fit(lambda: macros("intro", escaped_view(briefing, fmt)), limit["intro"])[0]
        if intro:
            pieces.append(Piece("intro", intro))
        groups: list[tuple[str, tuple[Item, ...]]] = [
            ("meetings", briefing.meetings),
            ("quotes", briefing.quotes),
            ("about", briefing.quotes_about),
            ("questions", briefing.questions),
        ]
        for section, items in sorted((g for g in groups if g[1]), key=lambda g: g[1][0].number):
            pieces.append(
                Piece("heading", fit(partial(macros, "heading", section, view), limit["heading"])[0])
            )
            macro = {"meetings": "meeting", "quotes": "quote", "about": "quote", "questions": "question"}[
                section
            ]
            for item in items:
                pieces.extend(self._item_pieces(item, macro, view, fmt, macros))
        if briefing.sources:
            pieces.append(
                Piece("heading", fit(lambda: macros("heading", "sources", view), limit["heading"])[0])
            )
            for source in briefing.sources:
                line = fit(partial(_with_view, macros, "source", source, fmt, view), limit["line"])[0]
                pieces.append(Piece("line", line))
        pieces.append(Piece("footer", fit(lambda: macros("footer", view), limit["footer"])[0]))
        return pieces

    def _item_pieces(self, item: Item, macro: str, view: Briefing, fmt: str, macros: _Macros) -> list[Piece]:
        limit = OUTPUT_FORMATS[fmt].piece_limits
        body, clipped = fit(lambda: macros(macro, escaped_view(item, fmt), view), limit["item"])
        if not OUTPUT_FORMATS[fmt].item_buttons:
            piece = Piece("item", body)
        else:
            context = fit(lambda: macros("item_sources", escaped_view(item, fmt), view), limit["note"])[0]
            button = "Sources"
            if macros.has("button"):
                button = fit(lambda: macros("button", escaped_view(item, fmt)), limits.SLACK_BUTTON_TEXT_MAX)[
                    0
                ]
            piece = Piece(
                "item", body, context=context, action=f"sources:{item.number}", button=button or "Sources"
            )
        if not clipped:
            return [piece]
        note = fit(lambda: macros("clipped", item.number), limit["note"])[0]
        return [piece, Piece("note", note)]

    def _reply_pieces(self, reply: SourcesReply, fmt: str, macros: _Macros) -> list[Piece]:
        limit = OUTPUT_FORMATS[fmt].piece_limits
        view = escaped_view(reply, fmt)
        lead, clipped = fit(lambda: macros("title", escaped_view(reply, fmt)), limit["lead"])
        pieces = [Piece("lead", lead)]
        if OUTPUT_FORMATS[fmt].reply_heading:
            heading = macros("heading", view) if macros.has("heading") else "Sources"
            pieces.append(Piece("heading", hard_cut(tidy(heading), limit["heading"])))
        for index, citation in enumerate(reply.citations, start=1):
            text, was_clipped = fit(
                partial(_with_view, macros, "citation", citation, fmt, index, view), limit["item"]
            )
            clipped = clipped or was_clipped
            pieces.append(Piece("item", text))
        if reply.answer is not None and macros.has("answer"):
            # the second evidence line of an open question, escaped and clipped like the first
            text, was_clipped = fit(
                partial(_with_view, macros, "answer", reply.answer, fmt, view), limit["item"]
            )
            clipped = clipped or was_clipped
            pieces.append(Piece("item", text))
        if clipped:
            pieces.append(Piece("note", fit(lambda: macros("clipped", reply.number), limit["note"])[0]))
        return pieces

    # --- notices and packing ------------------------------------------------------

    def _render_notice(self, notice: Notice, fmt: str) -> list[str] | list[dict[str, Any]]:
        macros = self._macros(fmt, "notice.j2")
        # an empty notice is a caller's slip, but platforms reject empty messages
        body = tidy(macros("body", escaped_view(notice, fmt, multiline=True))) or EMPTY_TEXT
        limit = OUTPUT_FORMATS[fmt].piece_limits["line"]
        pieces = [Piece("line", hard_cut(line, limit)) for line in body.split("\n")]
        return OUTPUT_FORMATS[fmt].pack_notice(pieces, self._marker(fmt))

    def _marker(self, fmt: str) -> Callable[[int, int], str]:
        macros = self._macros(fmt, "briefing.j2")
        return lambda part, total: tidy(macros("continued", part, total))

    def _pack(self, pieces: list[Piece], fmt: str, macros: _Macros) -> list[str] | list[dict[str, Any]]:
        # a (team) template may render a piece as nothing: platforms reject empty blocks
        pieces = [p for p in pieces if p.body.strip()] or [Piece("lead", EMPTY_TEXT)]
        marker: Callable[[int, int], str] = (
            (lambda part, total: tidy(macros("continued", part, total)))
            if macros.has("continued")
            else self._marker(fmt)
        )
        return OUTPUT_FORMATS[fmt].pack(pieces, marker)
