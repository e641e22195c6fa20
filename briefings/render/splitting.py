"""Packing rendered pieces into messages that respect each platform's limits.

The renderer produces :class:`Piece` objects, each already within its own
size limit (an item never exceeds a section text, a source line never exceeds
a description). Packing only decides where one message ends and the next
begins, so a cut never falls inside a quote or a word; a section heading is
never left alone at the end of a message; every message after the first starts
with a "(continued, 2/3)" marker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from briefings.render import limits

PieceKind = Literal["title", "intro", "lead", "heading", "item", "line", "note", "footer"]


@dataclass(frozen=True)
class Piece:
    """One rendered unit. ``context`` is a small line shown under an item
    (Slack context block); ``action`` the value of the item's Sources button."""

    kind: PieceKind
    body: str
    context: str = ""
    action: str | None = None
    button: str = "Sources"


Marker = Callable[[int, int], str]


def _pages(pieces: list[Piece], cost: Callable[[Piece], int], capacity: int) -> list[list[Piece]]:
    """Greedy pages of pieces whose total cost stays within ``capacity``;
    a heading moves to the next page with the piece that follows it."""
    pages: list[list[Piece]] = [[]]
    used = 0
    for index, piece in enumerate(pieces):
        need = cost(piece)
        if piece.kind == "heading" and index + 1 < len(pieces):
            need += cost(pieces[index + 1])
        if pages[-1] and used + need > capacity:
            pages.append([])
            used = 0
        pages[-1].append(piece)
        used += cost(piece)
    return pages


# --- plain text and Markdown --------------------------------------------------


def _text_separator(previous: Piece | None, piece: Piece) -> str:
    if previous is None:
        return ""
    if previous.kind == "line" and piece.kind == "line":
        return "\n"
    if previous.kind == "title":
        return "\n"
    return "\n\n"


def pack_text(pieces: list[Piece], marker: Marker, cap: int = limits.TEXT_MESSAGE_MAX) -> list[str]:
    """Plain text / Markdown messages of at most ``cap`` characters."""
    reserve = len(marker(999, 999)) + 2
    pages = _pages(pieces, lambda p: len(p.body) + 2, cap - reserve)
    messages: list[str] = []
    for number, page in enumerate(pages, start=1):
        parts: list[str] = []
        previous: Piece | None = None
        for piece in page:
            parts.append(_text_separator(previous, piece) + piece.body)
            previous = piece
        text = "".join(parts)
        if number > 1:
            text = f"{marker(number, len(pages))}\n\n{text}"
        messages.append(text)
    return messages


# --- Slack Block Kit ------------------------------------------------------------


def _mrkdwn(text: str) -> dict[str, Any]:
    # verbatim: Slack must not auto-link channel names or parse mentions in corpus
    # text; briefbot's own links use explicit <url|label> syntax, which still works.
    return {"type": "mrkdwn", "text": text, "verbatim": True}


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [_mrkdwn(text)]}


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": _mrkdwn(text)}


def _group_lines(pieces: list[Piece], limit: int) -> list[Piece]:
    """Merge consecutive line pieces into as few pieces of ≤ ``limit`` as possible."""
    grouped: list[Piece] = []
    for piece in pieces:
        last = grouped[-1] if grouped else None
        if (
            piece.kind == "line"
            and last is not None
            and last.kind == "line"
            and len(last.body) + 1 + len(piece.body) <= limit
        ):
            grouped[-1] = Piece("line", f"{last.body}\n{piece.body}")
        else:
            grouped.append(piece)
    return grouped


def slack_blocks(piece: Piece) -> list[dict[str, Any]]:
    """The blocks of one piece."""
    if piece.kind == "title":
        return [{"type": "header", "text": {"type": "plain_text", "text": piece.body, "emoji": True}}]
    if piece.kind in ("intro", "note", "footer"):
        return [_context(piece.body)]
    block = _section(piece.body)
    if piece.action is not None:
        block["accessory"] = {
            "type": "button",
            "text": {"type": "plain_text", "text": piece.button, "emoji": True},
            "action_id": "sources",
            "value": piece.action,
        }
    blocks = [block]
    if piece.context:
        blocks.append(_context(piece.context))
    return blocks


def pack_slack(pieces: list[Piece], marker: Marker, fallback: str) -> list[dict[str, Any]]:
    """Slack messages of at most 50 blocks; ``fallback`` is the notification text."""
    pieces = _group_lines(pieces, limits.SLACK_SECTION_TEXT_MAX)
    pages = _pages(pieces, lambda p: len(slack_blocks(p)), limits.SLACK_BLOCKS_MAX - 1)
    messages: list[dict[str, Any]] = []
    for number, page in enumerate(pages, start=1):
        blocks: list[dict[str, Any]] = []
        text = fallback
        if number > 1:
            mark = marker(number, len(pages))
            blocks.append(_context(mark))
            text = f"{fallback} {mark}"
        for piece in page:
            blocks.extend(slack_blocks(piece))
        messages.append({"text": text[: limits.SLACK_FALLBACK_TEXT_MAX], "blocks": blocks})
    return messages


# --- Discord embeds -------------------------------------------------------------

EMBED_COLOUR = 0x2B6CB0


@dataclass
class _DiscordMessage:
    content: str
    embeds: list[dict[str, Any]] = field(default_factory=list)

    def total(self) -> int:
        return sum(embed_size(e) for e in self.embeds)


def embed_size(embed: dict[str, Any]) -> int:
    """Characters Discord counts toward the 6000 limit of one embed."""
    size = len(embed.get("title", "")) + len(embed.get("description", ""))
    size += len(embed.get("footer", {}).get("text", ""))
    size += len(embed.get("author", {}).get("name", ""))
    size += sum(len(f["name"]) + len(f["value"]) for f in embed.get("fields", []))
    return size


def discord_payload(content: str, embeds: list[dict[str, Any]]) -> dict[str, Any]:
    """One Discord message body; mentions are never parsed, whatever the text says."""
    return {"content": content, "embeds": embeds, "allowed_mentions": {"parse": []}}


def pack_discord(
    pieces: list[Piece], marker: Marker, continued_title: str = "(continued)"
) -> list[dict[str, Any]]:
    """Discord messages: title/intro/lead pieces form the content, headings open
    embeds, items and lines fill descriptions within every embed limit."""
    head = [p.body for p in pieces if p.kind in ("title", "intro", "lead")]
    body = [p for p in pieces if p.kind not in ("title", "intro", "lead")]
    messages = [_DiscordMessage(content="\n".join(head))]
    section_title = ""
    pending_heading = False

    def open_embed(title: str, text: str) -> None:
        current = messages[-1]
        embed: dict[str, Any] = {"title": title, "description": text, "color": EMBED_COLOUR}
        too_many = len(current.embeds) >= limits.DISCORD_EMBEDS_MAX
        if too_many or current.total() + len(title) + len(text) > _TOTAL_BUDGET:
            current = _DiscordMessage(content="")
            messages.append(current)
        current.embeds.append(embed)

    for piece in body:
        if piece.kind == "heading":
            section_title = piece.body[: limits.DISCORD_EMBED_TITLE_MAX]
            pending_heading = True
            continue
        current = messages[-1]
        if piece.kind == "footer":
            if current.embeds and current.total() + len(piece.body) <= _TOTAL_BUDGET:
                current.embeds[-1]["footer"] = {"text": piece.body}
            else:
                messages.append(_DiscordMessage(content="", embeds=[{"description": piece.body}]))
            continue
        separator = "\n" if piece.kind == "line" else "\n\n"
        embed = current.embeds[-1] if current.embeds and not pending_heading else None
        if embed is not None:
            description = embed["description"]
            joined = f"{description}{separator}{piece.body}" if description else piece.body
            fits_embed = len(joined) <= limits.DISCORD_EMBED_DESCRIPTION_MAX
            fits_message = current.total() - len(description) + len(joined) <= _TOTAL_BUDGET
            if fits_embed and fits_message:
                embed["description"] = joined
                continue
        title = section_title if pending_heading else f"{section_title} {continued_title}".strip()
        open_embed(title, piece.body)
        pending_heading = False

    total = len(messages)
    payloads = []
    for number, message in enumerate(messages, start=1):
        content = message.content
        if number > 1:
            mark = marker(number, total)
            content = f"{mark}\n{content}" if content else mark
        for embed in message.embeds:
            if not embed.get("title"):
                embed.pop("title", None)
        payloads.append(discord_payload(content[: limits.DISCORD_CONTENT_MAX], message.embeds))
    return payloads


# headroom under the 6000-character total for a continuation title on a new embed
_TOTAL_BUDGET = limits.DISCORD_EMBEDS_TOTAL_MAX - 16
