"""Platform limits every rendered message must respect, in one place.

Slack and Discord numbers are the platforms' documented maxima (Block Kit
reference; Discord "Embed Limits" and message docs). Plain text and Markdown
have no platform of their own, so briefbot caps a message at 4000 characters:
it fits Telegram/Matrix-style clients (4096) and keeps a console screen
readable; a longer briefing continues in the next message.
"""

from __future__ import annotations

from typing import Any

# plain text and Markdown (briefbot's own choice, see above)
TEXT_MESSAGE_MAX = 4000

# Slack Block Kit
SLACK_BLOCKS_MAX = 50
SLACK_SECTION_TEXT_MAX = 3000
SLACK_CONTEXT_TEXT_MAX = 3000
SLACK_HEADER_MAX = 150
SLACK_BUTTON_TEXT_MAX = 75
SLACK_BUTTON_VALUE_MAX = 2000
SLACK_ACTION_ID_MAX = 255
SLACK_CONTEXT_ELEMENTS_MAX = 10
SLACK_FALLBACK_TEXT_MAX = 4000  # the top-level "text" is a notification fallback: keep it short

# Discord
DISCORD_CONTENT_MAX = 2000
DISCORD_EMBEDS_MAX = 10
DISCORD_EMBED_TITLE_MAX = 256
DISCORD_EMBED_DESCRIPTION_MAX = 4096
DISCORD_EMBED_FIELDS_MAX = 25
DISCORD_FIELD_NAME_MAX = 256
DISCORD_FIELD_VALUE_MAX = 1024
DISCORD_FOOTER_MAX = 2048
DISCORD_EMBEDS_TOTAL_MAX = 6000

# Every clipped field keeps at least this many characters, so a shortened quote
# still says something; below it the whole rendered piece is cut instead.
MIN_FIELD_BUDGET = 24


def slack_violations(message: dict[str, Any]) -> list[str]:
    """Every way ``message`` breaks a Slack Block Kit limit (empty when it fits).
    Used by tests and available to adapters as a last check before posting."""
    problems: list[str] = []
    blocks = message.get("blocks", [])
    if len(blocks) > SLACK_BLOCKS_MAX:
        problems.append(f"{len(blocks)} blocks > {SLACK_BLOCKS_MAX}")
    if len(message.get("text", "")) > SLACK_FALLBACK_TEXT_MAX:
        problems.append("fallback text too long")
    for index, block in enumerate(blocks):
        kind = block["type"]
        if kind == "header" and len(block["text"]["text"]) > SLACK_HEADER_MAX:
            problems.append(f"block {index}: header over {SLACK_HEADER_MAX}")
        if kind == "section":
            if not block["text"]["text"] or len(block["text"]["text"]) > SLACK_SECTION_TEXT_MAX:
                problems.append(f"block {index}: section text empty or over {SLACK_SECTION_TEXT_MAX}")
            button = block.get("accessory")
            if button is not None:
                if not 0 < len(button["text"]["text"]) <= SLACK_BUTTON_TEXT_MAX:
                    problems.append(f"block {index}: button text over {SLACK_BUTTON_TEXT_MAX}")
                if (
                    len(button["value"]) > SLACK_BUTTON_VALUE_MAX
                    or len(button["action_id"]) > SLACK_ACTION_ID_MAX
                ):
                    problems.append(f"block {index}: button value or action_id too long")
        if kind == "context":
            elements = block["elements"]
            if not 0 < len(elements) <= SLACK_CONTEXT_ELEMENTS_MAX:
                problems.append(f"block {index}: {len(elements)} context elements")
            if any(not e["text"] or len(e["text"]) > SLACK_CONTEXT_TEXT_MAX for e in elements):
                problems.append(f"block {index}: context text empty or over {SLACK_CONTEXT_TEXT_MAX}")
    return problems


def discord_violations(message: dict[str, Any]) -> list[str]:
    """Every way ``message`` breaks a Discord message or embed limit."""
    problems: list[str] = []
    if len(message.get("content", "")) > DISCORD_CONTENT_MAX:
        problems.append(f"content over {DISCORD_CONTENT_MAX}")
    if message.get("allowed_mentions") != {"parse": []}:
        problems.append("allowed_mentions must be {'parse': []}")
    embeds = message.get("embeds", [])
    if len(embeds) > DISCORD_EMBEDS_MAX:
        problems.append(f"{len(embeds)} embeds > {DISCORD_EMBEDS_MAX}")
    if not message.get("content") and not embeds:
        problems.append("empty message")
    total = 0
    for index, embed in enumerate(embeds):
        title = embed.get("title", "")
        description = embed.get("description", "")
        footer = embed.get("footer", {}).get("text", "")
        fields = embed.get("fields", [])
        total += len(title) + len(description) + len(footer)
        if len(title) > DISCORD_EMBED_TITLE_MAX:
            problems.append(f"embed {index}: title over {DISCORD_EMBED_TITLE_MAX}")
        if len(description) > DISCORD_EMBED_DESCRIPTION_MAX:
            problems.append(f"embed {index}: description over {DISCORD_EMBED_DESCRIPTION_MAX}")
        if len(footer) > DISCORD_FOOTER_MAX:
            problems.append(f"embed {index}: footer over {DISCORD_FOOTER_MAX}")
        if len(fields) > DISCORD_EMBED_FIELDS_MAX:
            problems.append(f"embed {index}: {len(fields)} fields")
        for field in fields:
            total += len(field["name"]) + len(field["value"])
            if len(field["name"]) > DISCORD_FIELD_NAME_MAX or len(field["value"]) > DISCORD_FIELD_VALUE_MAX:
                problems.append(f"embed {index}: a field over its limit")
    if total > DISCORD_EMBEDS_TOTAL_MAX:
        problems.append(f"embeds total {total} > {DISCORD_EMBEDS_TOTAL_MAX}")
    return problems


def text_violations(message: str) -> list[str]:
    """Whether a plain-text or Markdown message breaks briefbot's per-message cap."""
    return [f"message of {len(message)} > {TEXT_MESSAGE_MAX}"] if len(message) > TEXT_MESSAGE_MAX else []
