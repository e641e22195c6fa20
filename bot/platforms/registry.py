"""The platforms briefbot can run on, one line each.

Adding a platform means writing its adapter under ``bot/platforms/`` (an
:class:`~bot.platforms.adapter.AdapterBase` subclass when it answers commands
itself, or posting through :class:`~bot.core.service.BriefingService` like the
console) and adding its line to :data:`PLATFORMS`. ``briefbot run --platform``,
``briefbot doctor --platform`` and ``schedule run`` read the names from here.
Each builder imports its adapter only when chosen, so the console default starts
without Slack's or Discord's libraries.

>>> # platform = build_platform(choose_platform(settings, None), settings, service=..., ...)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TextIO

from bot.config import ConfigError, Settings
from bot.core.events import Platform
from bot.core.service import BriefingService
from briefings.render.renderer import Renderer


@dataclass(frozen=True)
class Parts:
    """What the composition root hands a platform's builder."""

    settings: Settings
    service: BriefingService
    renderer: Renderer
    clock: Callable[[], datetime]
    stdin: TextIO
    stdout: TextIO


@dataclass(frozen=True)
class Entry:
    build: Callable[[Parts], Platform]
    configured: Callable[[Settings], bool] | None = None
    """For ``platform = auto``: whether the settings select this platform (a token is set)."""


def _console(parts: Parts) -> Platform:
    from bot.platforms.console import ConsolePlatform

    return ConsolePlatform(
        parts.service,
        parts.renderer,
        clock=parts.clock,
        stdin=parts.stdin,
        stdout=parts.stdout,
        channel=parts.settings.channel,
    )


def _slack(parts: Parts) -> Platform:
    from bot.platforms.slack.platform import SlackPlatform

    return SlackPlatform(parts.settings, parts.renderer, store=parts.service.store, clock=parts.clock)


def _discord(parts: Parts) -> Platform:
    from bot.platforms.discord.platform import DiscordPlatform

    return DiscordPlatform(parts.settings, parts.renderer, store=parts.service.store, clock=parts.clock)


def _memory(parts: Parts) -> Platform:
    from bot.platforms.memory import MemoryPlatform

    return MemoryPlatform(parts.service, clock=parts.clock)


REGISTRY: dict[str, Entry] = {
    "console": Entry(_console),
    "slack": Entry(_slack, configured=lambda settings: settings.slack_bot_token is not None),
    "discord": Entry(_discord, configured=lambda settings: settings.discord_token is not None),
    "memory": Entry(_memory),
}
"""In ``auto``'s order of preference; the console when no other is configured."""

PLATFORMS = tuple(REGISTRY)
DEFAULT = "console"


def choose_platform(settings: Settings, override: str | None) -> str:
    """``--platform`` wins, then ``BRIEFBOT_PLATFORM``; "auto" picks Slack or Discord
    when their token is configured, else the console."""
    name = override or settings.platform
    if name != "auto":
        if name not in PLATFORMS:
            raise ConfigError(f"--platform: unknown platform {name!r}; choose one of {', '.join(PLATFORMS)}")
        return name
    return next(
        (
            name
            for name, entry in REGISTRY.items()
            if entry.configured is not None and entry.configured(settings)
        ),
        DEFAULT,
    )


def build_platform(
    name: str,
    settings: Settings,
    *,
    service: BriefingService,
    renderer: Renderer,
    clock: Callable[[], datetime],
    stdin: TextIO,
    stdout: TextIO,
) -> Platform:
    """The selected platform; Slack and Discord are imported only when chosen."""
    entry = REGISTRY.get(name, REGISTRY[DEFAULT])
    return entry.build(Parts(settings, service, renderer, clock, stdin, stdout))
