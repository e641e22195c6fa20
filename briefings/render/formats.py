"""One object per output format: everything that differs between text, Markdown,
Slack and Discord, in one place instead of ``fmt ==`` branches across the renderer.

A format says how to escape a field and a link target, how to write a link, how
long each kind of piece may be, whether briefing items carry their own Sources
button (Slack's Block Kit) or a sources reply gets a heading (Discord's embed
title), and how pieces are packed into messages. Adding a format means one
:class:`OutputFormat` here and a ``templates/<name>/`` folder.

>>> OUTPUT_FORMATS["slack"].link("Report", "https://example.org/a")
'<https://example.org/a|Report>'
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from briefings.render import limits
from briefings.render.clipping import hard_cut
from briefings.render.escaping import Escaper, discord_escape, md_escape, slack_escape, text_escape
from briefings.render.splitting import Marker, Piece, PieceKind, pack_discord, pack_slack, pack_text

Messages = list[str] | list[dict[str, Any]]

_FALLBACK_MAX = 150
"""Slack's notification text (``text`` beside the blocks) is a short preview."""


@dataclass(frozen=True)
class OutputFormat:
    name: str
    escape: Escaper
    piece_limits: Mapping[PieceKind, int]
    """Size limit of each piece (characters of the rendered piece)."""
    link: Callable[[str, str], str]
    """``(escaped text, escaped href)`` → the format's link markup."""
    pack: Callable[[list[Piece], Marker], Messages]
    """A briefing's or reply's pieces → messages within the platform's limits."""
    pack_notice: Callable[[list[Piece], Marker], Messages]
    """A notice's lines → messages."""
    escape_url: Callable[[str], str] = str
    item_buttons: bool = False
    """Each briefing item carries its sources line and a Sources button (Slack)."""
    reply_heading: bool = False
    """A sources reply's citations go under a heading (Discord's embed title)."""


_TEXT_LIMITS: dict[PieceKind, int] = {
    "title": 300,
    "intro": 1000,
    "lead": 2000,
    "heading": 200,
    "item": 3500,
    "line": 1000,
    "note": 500,
    "footer": 500,
}
_SLACK_LIMITS: dict[PieceKind, int] = {
    "title": limits.SLACK_HEADER_MAX,
    "intro": limits.SLACK_CONTEXT_TEXT_MAX,
    "lead": limits.SLACK_SECTION_TEXT_MAX,
    "heading": limits.SLACK_SECTION_TEXT_MAX,
    "item": limits.SLACK_SECTION_TEXT_MAX,
    "line": limits.SLACK_SECTION_TEXT_MAX,
    "note": limits.SLACK_CONTEXT_TEXT_MAX,
    "footer": limits.SLACK_CONTEXT_TEXT_MAX,
}
_DISCORD_LIMITS: dict[PieceKind, int] = {
    # title + intro + lead + a continuation marker share the 2000-character content
    "title": 250,
    "intro": 500,
    "lead": 1200,
    "heading": limits.DISCORD_EMBED_TITLE_MAX - 20,
    "item": limits.DISCORD_EMBED_DESCRIPTION_MAX - 96,
    "line": 1000,
    "note": 500,
    "footer": limits.DISCORD_FOOTER_MAX,
}


def _pack_slack(pieces: list[Piece], marker: Marker) -> Messages:
    fallback = next((p.body for p in pieces if p.kind in ("title", "lead")), "")
    return pack_slack(pieces, marker, fallback=hard_cut(fallback, _FALLBACK_MAX))


def _pack_slack_notice(pieces: list[Piece], marker: Marker) -> Messages:
    return pack_slack(pieces, marker, fallback=hard_cut(pieces[0].body, _FALLBACK_MAX))


def _pack_text(pieces: list[Piece], marker: Marker) -> Messages:
    return pack_text(pieces, marker)


def _pack_discord(pieces: list[Piece], marker: Marker) -> Messages:
    return pack_discord(pieces, marker)


def _pack_discord_notice(pieces: list[Piece], marker: Marker) -> Messages:
    messages = pack_text(pieces, marker, cap=limits.DISCORD_CONTENT_MAX)
    return [{"content": m, "embeds": [], "allowed_mentions": {"parse": []}} for m in messages]


OUTPUT_FORMATS: dict[str, OutputFormat] = {
    "text": OutputFormat(
        "text",
        text_escape,
        _TEXT_LIMITS,
        link=lambda text, href: f"{text} <{href}>",
        pack=_pack_text,
        pack_notice=_pack_text,
    ),
    "markdown": OutputFormat(
        "markdown",
        md_escape,
        _TEXT_LIMITS,
        link=lambda text, href: f"[{text}](<{href}>)",
        pack=_pack_text,
        pack_notice=_pack_text,
    ),
    "slack": OutputFormat(
        "slack",
        slack_escape,
        _SLACK_LIMITS,
        link=lambda text, href: f"<{href}|{text}>",
        pack=_pack_slack,
        pack_notice=_pack_slack_notice,
        escape_url=lambda url: url.replace("&", "&amp;"),
        item_buttons=True,
    ),
    "discord": OutputFormat(
        "discord",
        discord_escape,
        _DISCORD_LIMITS,
        link=lambda text, href: f"[{text}]({href})",
        pack=_pack_discord,
        pack_notice=_pack_discord_notice,
        reply_heading=True,
    ),
}

FORMATS = tuple(OUTPUT_FORMATS)
