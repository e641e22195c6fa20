"""Platform limits every rendered message must respect, in one place.

Slack and Discord numbers are the platforms' documented maxima (Block Kit
reference; Discord "Embed Limits" and message docs). Plain text and Markdown
have no platform of their own, so briefbot caps a message at 4000 characters:
it fits Telegram/Matrix-style clients (4096) and keeps a console screen
readable; a longer briefing continues in the next message.
"""

from __future__ import annotations

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
