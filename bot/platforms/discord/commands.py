"""The bot core's commands as Discord application (slash) commands with typed options.

Each command only gathers its options back into the argument text the core
parses ("Wang Yi since 7d") and hands it to ``answer``; the core stays the one
place that understands arguments, so Discord, Slack and the console agree.
Person names autocomplete from the store (``Store.person_names``).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import discord
from discord import app_commands

from bot.core.commands import COMMANDS
from bot.core.store import off_loop
from briefings.store.protocol import Store

log = logging.getLogger(__name__)

Answer = Callable[[discord.Interaction[Any], str, str], Awaitable[None]]
"""``answer(interaction, command_name, argument_text)``."""

DESCRIPTION_MAX = 100
CHOICE_MAX = 100
AUTOCOMPLETE_MAX = 25
TEXT_MAX = 200
_SINCE_WORDS = ("since ", "from ", "after ")
SINCE_HELP = "a time: yesterday, 7d, last week, 2021-07-20"


def description(name: str) -> str:
    """The command's summary from the core's help texts, within Discord's 100 characters."""
    summary = COMMANDS[name].summary
    return summary if len(summary) <= DESCRIPTION_MAX else summary[: DESCRIPTION_MAX - 1].rstrip() + "…"


def arguments(*parts: str | None, since: str | None = None) -> str:
    """Options back into the core's argument text.

    >>> arguments("Wang Yi", since="7d")
    'Wang Yi since 7d'
    >>> arguments(None, since="since yesterday")
    'since yesterday'
    """
    words = [" ".join(part.split()) for part in parts if part and part.strip()]
    if since and since.strip():
        phrase = " ".join(since.split())
        words.append(phrase if phrase.lower().startswith(_SINCE_WORDS) else f"since {phrase}")
    return " ".join(words)


class PersonNames:
    """Autocomplete for name options: the store's people whose name starts with (or contains) the text."""

    def __init__(self, store: Store | None) -> None:
        self._store = store

    async def complete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        if self._store is None:
            return []
        try:
            names = await off_loop(self._store.person_names, current.strip(), limit=AUTOCOMPLETE_MAX)
        except Exception:  # autocomplete must answer; an empty list is better than an error
            log.exception("person name autocomplete failed")
            return []
        return [
            app_commands.Choice(name=name[:CHOICE_MAX], value=name[:CHOICE_MAX])
            for name in names[:AUTOCOMPLETE_MAX]
            if name.strip()
        ]


def register(tree: app_commands.CommandTree[Any], answer: Answer, store: Store | None) -> None:
    """Add every core command to ``tree`` (global commands; ``sync`` decides where they go)."""
    names = PersonNames(store)

    @tree.command(name="brief", description=description("brief"))
    @app_commands.describe(query="a topic or a person (optional)", since=SINCE_HELP)
    async def brief(
        interaction: discord.Interaction[Any],
        query: app_commands.Range[str, 1, TEXT_MAX] | None = None,
        since: app_commands.Range[str, 1, 60] | None = None,
    ) -> None:
        await answer(interaction, "brief", arguments(query, since=since))

    @tree.command(name="whomet", description=description("whomet"))
    @app_commands.describe(name="a person, organisation or country", since=SINCE_HELP)
    @app_commands.autocomplete(name=names.complete)
    async def whomet(
        interaction: discord.Interaction[Any],
        name: app_commands.Range[str, 1, TEXT_MAX],
        since: app_commands.Range[str, 1, 60] | None = None,
    ) -> None:
        await answer(interaction, "whomet", arguments(name, since=since))

    @tree.command(name="quotes", description=description("quotes"))
    @app_commands.describe(name_or_topic="a speaker's name or a topic", since=SINCE_HELP)
    @app_commands.autocomplete(name_or_topic=names.complete)
    async def quotes(
        interaction: discord.Interaction[Any],
        name_or_topic: app_commands.Range[str, 1, TEXT_MAX],
        since: app_commands.Range[str, 1, 60] | None = None,
    ) -> None:
        await answer(interaction, "quotes", arguments(name_or_topic, since=since))

    @tree.command(name="questions", description=description("questions"))
    @app_commands.describe(topic="a topic (optional); may end with a time, e.g. 'Taliban last week'")
    async def questions(
        interaction: discord.Interaction[Any], topic: app_commands.Range[str, 1, TEXT_MAX] | None = None
    ) -> None:
        await answer(interaction, "questions", arguments(topic))

    @tree.command(name="subscribe", description=description("subscribe"))
    @app_commands.describe(
        time="local time of day, e.g. 08:00 or 7:30am",
        zone="an IANA time zone such as Europe/London (default: the bot's)",
        topic="only briefings about this topic (optional)",
    )
    async def subscribe(
        interaction: discord.Interaction[Any],
        time: app_commands.Range[str, 1, 20],
        zone: app_commands.Range[str, 1, 64] | None = None,
        topic: app_commands.Range[str, 1, TEXT_MAX] | None = None,
    ) -> None:
        await answer(interaction, "subscribe", arguments(time, zone, topic))

    @tree.command(name="unsubscribe", description=description("unsubscribe"))
    @app_commands.describe(id="the subscription's id from /subscriptions (optional when there is one)")
    async def unsubscribe(
        interaction: discord.Interaction[Any], id: app_commands.Range[int, 1] | None = None
    ) -> None:
        await answer(interaction, "unsubscribe", "" if id is None else str(id))

    @tree.command(name="subscriptions", description=description("subscriptions"))
    async def subscriptions(interaction: discord.Interaction[Any]) -> None:
        await answer(interaction, "subscriptions", "")

    @tree.command(name="help", description=description("help"))
    @app_commands.describe(command="a command to explain (optional)")
    @app_commands.choices(command=[app_commands.Choice(name=name, value=name) for name in COMMANDS])
    async def help_(
        interaction: discord.Interaction[Any], command: app_commands.Choice[str] | None = None
    ) -> None:
        await answer(interaction, "help", command.value if command else "")
