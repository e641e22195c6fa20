"""`briefbot run`: the running bot (console by default, Slack or Discord when configured).

Configuration problems (a bad setting, a missing token) print one clear line
per problem and exit with status 2, never a traceback.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Annotated

import typer

from bot.app import run_bot, system_clock
from bot.config import ConfigError, load_settings
from bot.ops.logging_setup import configure_logging
from bot.platforms.registry import PLATFORMS, choose_platform

CONFIG_ERROR_EXIT = 2
INTERRUPTED_EXIT = 130


def _parse_now(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError(f"--now: {value!r} is not an ISO time such as 2021-07-29T08:00:00+00:00") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def run_command(
    platform: Annotated[
        str | None,
        typer.Option(
            "--platform", help=f"One of {', '.join(PLATFORMS)} (default: from settings, else auto)."
        ),
    ] = None,
    db: Annotated[
        str | None, typer.Option("--db", help="Database URL (overrides BRIEFBOT_DATABASE_URL).")
    ] = None,
    now: Annotated[
        str | None, typer.Option("--now", help="Start the clock at this ISO time (demos, tests).")
    ] = None,
) -> None:
    """Run the bot: post the morning briefing, answer commands and thread replies."""
    try:
        overrides = {"BRIEFBOT_DATABASE_URL": db} if db else {}
        settings = load_settings(**overrides)
        name = choose_platform(settings, platform)
        configure_logging(settings, default_level="WARNING" if name == "console" else None)
        start = _parse_now(now)
        code = asyncio.run(run_bot(settings, platform_name=name, clock=system_clock(start)))
    except ConfigError as problem:
        typer.echo(f"briefbot: configuration error:\n{problem}", err=True)
        raise typer.Exit(CONFIG_ERROR_EXIT) from None
    except KeyboardInterrupt:  # Ctrl-C before the signal handlers were installed (e.g. during seed ingest)
        code = INTERRUPTED_EXIT
    raise typer.Exit(code)


def register(app: typer.Typer) -> None:
    """Add this module's commands to app."""
    app.command("run")(run_command)
