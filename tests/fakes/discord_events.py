"""What Discord sends to a bot, as payload dicts shaped like Discord's API v10
(``discord/types/*.py``): users, members, channels, threads, guilds, messages, and
INTERACTION_CREATE events for slash commands, autocomplete and button presses.

Tests feed these to discord.py's own ``ConnectionState`` (or push them through
``tests.fakes.discord_gateway``), so the objects under test are discord.py's own.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

JSON = dict[str, Any]

APPLICATION_ID = 811000000000000001
BOT_ID = APPLICATION_ID
GUILD_ID = 811000000000000100
CHANNEL_ID = 811000000000000200
USER_ID = 811000000000000300
TIMESTAMP = "2021-07-29T08:00:00.000000+00:00"


def user_payload(user_id: int = USER_ID, name: str = "reader", *, bot: bool = False) -> JSON:
    return {
        "id": str(user_id),
        "username": name,
        "discriminator": "0",
        "global_name": name,
        "avatar": None,
        "bot": bot,
    }


def member_payload(user: JSON) -> JSON:
    return {
        "user": user,
        "roles": [],
        "joined_at": TIMESTAMP,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "permissions": "2248473465835073",
    }


def text_channel_payload(channel_id: int = CHANNEL_ID, name: str = "briefings") -> JSON:
    return {
        "id": str(channel_id),
        "type": 0,
        "guild_id": str(GUILD_ID),
        "name": name,
        "position": 0,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
        "topic": None,
        "last_message_id": None,
        "rate_limit_per_user": 0,
    }


def thread_payload(thread_id: int, parent_id: int = CHANNEL_ID, name: str = "Briefing") -> JSON:
    return {
        "id": str(thread_id),
        "type": 11,
        "guild_id": str(GUILD_ID),
        "parent_id": str(parent_id),
        "owner_id": str(BOT_ID),
        "name": name,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "message_count": 0,
        "member_count": 1,
        "thread_metadata": {
            "archived": False,
            "auto_archive_duration": 1440,
            "archive_timestamp": TIMESTAMP,
            "locked": False,
        },
    }


def guild_payload(channels: list[JSON] | None = None, threads: list[JSON] | None = None) -> JSON:
    """What GUILD_CREATE carries for the test guild (its channels and active threads)."""
    return {
        "id": str(GUILD_ID),
        "name": "Newsroom",
        "icon": None,
        "owner_id": str(USER_ID),
        "region": "europe",
        "afk_channel_id": None,
        "afk_timeout": 300,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "roles": [
            {
                "id": str(GUILD_ID),
                "name": "@everyone",
                "permissions": "2248473465835073",
                "position": 0,
                "color": 0,
                "hoist": False,
                "managed": False,
                "mentionable": False,
                "flags": 0,
            }
        ],
        "emojis": [],
        "features": [],
        "mfa_level": 0,
        "system_channel_id": None,
        "system_channel_flags": 0,
        "rules_channel_id": None,
        "vanity_url_code": None,
        "description": None,
        "banner": None,
        "premium_tier": 0,
        "preferred_locale": "en-US",
        "public_updates_channel_id": None,
        "nsfw_level": 0,
        "premium_progress_bar_enabled": False,
        "member_count": 2,
        "channels": channels if channels is not None else [text_channel_payload()],
        "threads": threads or [],
        "members": [],
        "stickers": [],
    }


def message_payload(
    message_id: int,
    channel_id: int,
    *,
    content: str = "",
    author: JSON | None = None,
    embeds: list[JSON] | None = None,
    components: list[JSON] | None = None,
    guild: bool = True,
) -> JSON:
    payload: JSON = {
        "id": str(message_id),
        "channel_id": str(channel_id),
        "author": author or user_payload(BOT_ID, "briefbot", bot=True),
        "content": content,
        "timestamp": TIMESTAMP,
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": embeds or [],
        "components": components or [],
        "pinned": False,
        "type": 0,
        "flags": 0,
    }
    if guild:
        payload["guild_id"] = str(GUILD_ID)
    return payload


_interaction_ids = itertools.count(900000000000000001)


def _interaction(kind: int, data: JSON, channel: JSON, *, user: JSON | None = None, **extra: Any) -> JSON:
    number = next(_interaction_ids)
    person = user or user_payload()
    return {
        "id": str(number),
        "application_id": str(APPLICATION_ID),
        "type": kind,
        "token": f"interaction-token-{number}",
        "version": 1,
        "guild_id": str(GUILD_ID),
        "channel_id": channel["id"],
        "channel": channel,
        "member": member_payload(person),
        "app_permissions": "2248473465835073",
        "locale": "en-GB",
        "guild_locale": "en-US",
        "entitlements": [],
        "authorizing_integration_owners": {"0": str(GUILD_ID)},
        "context": 0,
        "attachment_size_limit": 10485760,
        "data": data,
        **extra,
    }


def command_payload(
    name: str,
    options: Mapping[str, str | int] | None = None,
    *,
    channel: JSON | None = None,
    guild: bool = True,
) -> JSON:
    """INTERACTION_CREATE for a slash command (type 2) with string/integer options."""
    option_list = [
        {"name": key, "type": 4 if isinstance(value, int) else 3, "value": value}
        for key, value in (options or {}).items()
    ]
    data: JSON = {"id": "811000000000009000", "name": name, "type": 1, "options": option_list}
    if guild:
        data["guild_id"] = str(GUILD_ID)
    return _interaction(2, data, channel or text_channel_payload())


def autocomplete_payload(name: str, option: str, current: str, *, guild: bool = True) -> JSON:
    """INTERACTION_CREATE for an autocomplete request (type 4) on ``option``."""
    data: JSON = {
        "id": "811000000000009000",
        "name": name,
        "type": 1,
        "options": [{"name": option, "type": 3, "value": current, "focused": True}],
    }
    if guild:
        data["guild_id"] = str(GUILD_ID)
    return _interaction(4, data, text_channel_payload())


def button_payload(custom_id: str, message: JSON, channel: JSON) -> JSON:
    """INTERACTION_CREATE for a button press (type 3) on ``message`` in ``channel``."""
    data = {"custom_id": custom_id, "component_type": 2}
    return _interaction(3, data, channel, message=message)
