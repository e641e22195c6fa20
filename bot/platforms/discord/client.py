"""The discord.py client briefbot runs: minimal intents, no mentions, and a clear
error for a missing or rejected token.

Intents: ``guilds`` (channels, threads and the guild cache that posting and
thread creation rely on) and ``guild_messages`` (to hear replies in briefing
threads). ``message_content`` is privileged and only needed so that a plain
reply such as "sources 2" can be read; without it Discord still delivers the
text of messages that mention the bot, and Sources buttons always work
(``BRIEFBOT_DISCORD_MESSAGE_CONTENT=false``; see docs/discord.md).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import discord
from discord import app_commands

from bot.config import ConfigError, Settings

log = logging.getLogger(__name__)

SourcesCallback = Callable[[discord.Interaction[Any], int], Awaitable[None]]
MessageCallback = Callable[[discord.Message], Awaitable[None]]

TOKEN_REJECTED = (
    "DISCORD_TOKEN: Discord rejected the bot token (copy it again from the Developer Portal, "
    "Bot → Reset Token)"
)
TOKEN_MISSING = "DISCORD_TOKEN: required for the Discord platform (the bot token from the Developer Portal)"
CONTENT_INTENT_OFF = (
    "BRIEFBOT_DISCORD_MESSAGE_CONTENT: the Message Content intent is not enabled for this application; "
    "enable it in the Developer Portal (Bot → Privileged Gateway Intents), or set "
    "BRIEFBOT_DISCORD_MESSAGE_CONTENT=false to answer only Sources buttons and replies that mention the bot"
)


def intents(message_content: bool) -> discord.Intents:
    """The minimum the bot needs (see the module docstring)."""
    chosen = discord.Intents.none()
    chosen.guilds = True
    chosen.guild_messages = True
    chosen.message_content = message_content
    return chosen


def token(settings: Settings) -> str:
    """The bot token, or :class:`ConfigError`; never logged."""
    value = settings.discord_token.get_secret_value().strip() if settings.discord_token else ""
    if not value:
        raise ConfigError(TOKEN_MISSING)
    return value


async def _ignore_sources(interaction: discord.Interaction[Any], number: int) -> None:
    log.warning("a Sources button was pressed before the platform started; ignored")


async def _ignore_message(message: discord.Message) -> None:
    return None


class BriefbotClient(discord.Client):
    """A :class:`discord.Client` with an app command tree and two hooks the platform sets:
    ``on_sources`` (a Sources button, see ``components``) and ``on_thread_message``."""

    def __init__(self, *, message_content: bool) -> None:
        # briefbot never joins voice: skip discord.py's start-up warnings about voice libraries.
        discord.VoiceClient.warn_nacl = False
        discord.VoiceClient.warn_dave = False
        super().__init__(intents=intents(message_content), allowed_mentions=discord.AllowedMentions.none())
        self.tree: app_commands.CommandTree[BriefbotClient] = app_commands.CommandTree(self)
        self.on_sources: SourcesCallback = _ignore_sources
        self.on_thread_message: MessageCallback = _ignore_message

    async def on_message(self, message: discord.Message) -> None:
        await self.on_thread_message(message)


async def login(client: discord.Client, secret: str) -> None:
    """Log in (``GET /users/@me``): a rejected token is one :class:`ConfigError`, not a traceback."""
    try:
        await client.login(secret)
    except discord.LoginFailure:
        raise ConfigError(TOKEN_REJECTED) from None
    except (aiohttp.ClientError, TimeoutError, discord.HTTPException) as exc:
        raise ConfigError(f"DISCORD_TOKEN: cannot reach the Discord API to check the token ({exc})") from None


async def sync_commands(
    tree: app_commands.CommandTree[Any], guild_id: int | None
) -> list[app_commands.AppCommand]:
    """Register the slash commands: on the configured guild (instant), else globally
    (Discord may take up to an hour to show global changes everywhere)."""
    if guild_id is not None:
        guild = discord.Object(id=guild_id)
        tree.copy_global_to(guild=guild)
        synced = await tree.sync(guild=guild)
        log.info("synced %d Discord commands to guild %s", len(synced), guild_id)
    else:
        synced = await tree.sync()
        log.info("synced %d global Discord commands", len(synced))
    return synced


async def connect(client: discord.Client, ready_timeout: float) -> asyncio.Task[None]:
    """Open the gateway in the background; return its task once the client is ready.

    A gateway that closes during start-up is one :class:`ConfigError` (4014, a privileged
    intent not enabled in the portal, names the setting); a gateway slow to get ready is
    logged and left trying, as discord.py reconnects on its own.
    """
    loop = asyncio.get_running_loop()
    connection = loop.create_task(client.connect(reconnect=True), name="discord-gateway")
    ready = loop.create_task(client.wait_until_ready(), name="discord-ready")
    done, _ = await asyncio.wait({connection, ready}, timeout=ready_timeout, return_when="FIRST_COMPLETED")
    if connection in done:
        ready.cancel()
        error = connection.exception()
        if isinstance(error, discord.PrivilegedIntentsRequired):
            raise ConfigError(CONTENT_INTENT_OFF)
        raise ConfigError(
            f"DISCORD_TOKEN: the Discord gateway closed at start-up ({error or 'no reason given'})"
        )
    if ready not in done:
        ready.cancel()
        log.warning("the Discord gateway is not ready after %.0f s; still trying", ready_timeout)
    else:
        log.info("Discord connected as %s", client.user)
    return connection
