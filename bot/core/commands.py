"""The bot's commands, the same on every platform: parse, query the core, return data.

:class:`CommandHandler` is the one :data:`~bot.core.events.Handler`: platforms
turn a slash command, a thread reply or a button press into an
:class:`~bot.core.events.Incoming` and post whatever :class:`Outgoing` comes
back. It never builds platform markup (the renderer does) and never reads the
wall clock (``clock`` is injected). Store calls are synchronous, so they run in a
worker thread to keep the platform's event loop responsive. What a lookup means
(subject, window, "more", the "nothing found" answers) is :mod:`bot.core.lookups`;
this module dispatches, holds the registry with each command's help, and answers
thread replies and Sources buttons.

>>> # handler = CommandHandler(store, clock=lambda: now, tz="Europe/London")
>>> # outgoing = await handler(Incoming("command", "memory", "c", "u", "Baradar", command="whomet"))
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from bot.core import messages
from bot.core.arguments import ArgumentError, check_text
from bot.core.events import Incoming, Outgoing
from bot.core.lookups import Lookups
from bot.core.store import off_loop
from bot.core.subscriptions import ChangeHook, SubscriptionCommands
from bot.core.threads import match_number, match_reply, sources_for
from briefings.model.briefing import Notice
from briefings.store.protocol import Store

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
MAX_COMMAND_NAME = 30


def _error(problem: str, command: str) -> Outgoing:
    return Outgoing(Notice(with_help(problem, command), kind="error", title=f"/{command}"), ephemeral=True)


class CommandHandler:
    """Answers commands, thread replies and Sources buttons against one store."""

    def __init__(
        self,
        store: Store,
        *,
        clock: Clock,
        tz: str = "UTC",
        on_subscriptions_changed: ChangeHook | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._tz = tz
        self._lookups = Lookups(store, tz=tz)
        self._subscriptions = SubscriptionCommands(store, default_tz=tz, on_change=on_subscriptions_changed)

    async def __call__(self, incoming: Incoming) -> Outgoing:
        if incoming.kind == "command":
            return await self.command(incoming)
        if incoming.kind == "thread_reply":
            return await self.thread_reply(incoming)
        return await self.action(incoming)

    # --- commands ---------------------------------------------------------------

    async def command(self, incoming: Incoming) -> Outgoing:
        name = (incoming.command or "").strip().lstrip("/").lower()
        args = " ".join(incoming.text.split())
        log.info(
            "command /%s from %s in %s:%s",
            name[:MAX_COMMAND_NAME],
            incoming.user,
            incoming.platform,
            incoming.channel,
        )
        entry = COMMANDS.get(name)
        if entry is None:
            printable = "".join(ch for ch in name if ch.isprintable())
            shown = printable if len(printable) <= MAX_COMMAND_NAME else printable[:MAX_COMMAND_NAME] + "…"
            return Outgoing(Notice(unknown_command(shown), kind="error"), ephemeral=True)
        try:
            check_text(incoming.text, f"argument of /{name}")
            return await entry.run(self, incoming, args, self._clock())
        except ArgumentError as problem:
            return _error(str(problem), name)

    async def help_command(self, incoming: Incoming, args: str, now: datetime) -> Outgoing:
        return self._help(args)

    async def subscribe_command(self, incoming: Incoming, args: str, now: datetime) -> Outgoing:
        return Outgoing(
            await self._subscriptions.subscribe(
                args, platform=incoming.platform, channel=incoming.channel, now=now
            )
        )

    async def unsubscribe_command(self, incoming: Incoming, args: str, now: datetime) -> Outgoing:
        return Outgoing(
            await self._subscriptions.unsubscribe(args, platform=incoming.platform, channel=incoming.channel)
        )

    async def subscriptions_command(self, incoming: Incoming, args: str, now: datetime) -> Outgoing:
        return Outgoing(
            await self._subscriptions.listing(args, platform=incoming.platform, channel=incoming.channel)
        )

    async def brief_command(self, incoming: Incoming, args: str, now: datetime) -> Outgoing:
        return await self._lookups.brief(self._lookups.ask("brief", args, now))

    async def whomet_command(self, incoming: Incoming, args: str, now: datetime) -> Outgoing:
        return await self._lookups.whomet(self._lookups.ask("whomet", args, now))

    async def quotes_command(self, incoming: Incoming, args: str, now: datetime) -> Outgoing:
        return await self._lookups.quotes(self._lookups.ask("quotes", args, now))

    async def questions_command(self, incoming: Incoming, args: str, now: datetime) -> Outgoing:
        return await self._lookups.questions(self._lookups.ask("questions", args, now))

    def _help(self, args: str) -> Outgoing:
        if not args:
            return Outgoing(Notice(overview(), kind="help", title="briefbot commands"))
        name = args.split()[0].lstrip("/").lower()
        if name not in COMMANDS:
            raise ArgumentError(unknown_help_topic(name[:MAX_COMMAND_NAME]))
        return Outgoing(Notice(command_help(name), kind="help", title=f"/{name}"))

    async def _channel_zone(self, platform: str, channel: str) -> str:
        """The zone a channel reads dates in: its scheduled briefings' zone when they
        agree on one (the channel chose it with /subscribe), else the bot's."""
        subscriptions = await off_loop(self._store.subscriptions, platform=platform, channel=channel)
        zones = {s.tz for s in subscriptions if s.active}
        return zones.pop() if len(zones) == 1 else self._tz

    # --- threads ----------------------------------------------------------------

    async def thread_reply(self, incoming: Incoming) -> Outgoing:
        thread = incoming.thread
        posted = None
        if thread is not None:
            posted = await off_loop(
                self._store.find_posted_briefing, thread.platform, thread.channel, thread.message_id
            )
        if thread is None or posted is None:
            return Outgoing(Notice(messages.not_a_briefing_thread()), in_thread=thread)
        match = match_reply(incoming.text, posted)
        if match.item is None:
            return Outgoing(Notice(match.hint or messages.thread_hint(len(posted.items))), in_thread=thread)
        log.info("sources of item %d for %s in %s", match.item.number, incoming.user, incoming.channel)
        tz = await self._channel_zone(incoming.platform, incoming.channel)
        return Outgoing(await sources_for(self._store, match.item, tz=tz), in_thread=thread)

    async def action(self, incoming: Incoming) -> Outgoing:
        value = incoming.action_value or ""
        kind, _, number = value.partition(":")
        thread = incoming.thread
        if kind != "sources" or not (number.isascii() and number.isdigit()) or len(number) > 6:
            return Outgoing(
                Notice(messages.unknown_action(value), kind="error"), in_thread=thread, ephemeral=True
            )
        posted = None
        if thread is not None:
            posted = await off_loop(
                self._store.find_posted_briefing, thread.platform, thread.channel, thread.message_id
            )
        if thread is None or posted is None:
            return Outgoing(Notice(messages.not_a_briefing_thread()), in_thread=thread, ephemeral=True)
        match = match_number(int(number), posted)
        if match.item is None:
            return Outgoing(Notice(match.hint or ""), in_thread=thread)
        tz = await self._channel_zone(incoming.platform, incoming.channel)
        return Outgoing(await sources_for(self._store, match.item, tz=tz), in_thread=thread)


# --- the command registry: each command with its help ------------------------------

Run = Callable[[CommandHandler, Incoming, str, datetime], Awaitable[Outgoing]]


@dataclass(frozen=True)
class Command:
    """One command: its help and its handler, registered together, so the help a
    user reads and the code that runs cannot drift apart (errbot and opsdroid do the
    same). ``run`` gets the handler, the event, the arguments (spaces collapsed) and now."""

    usage: str
    summary: str
    examples: tuple[str, ...]
    run: Run


COMMANDS: dict[str, Command] = {
    "brief": Command(
        "/brief [topic or person] [since]",
        "An on-demand briefing: meetings, key quotes and open questions, optionally about one "
        "topic or person and since a time.",
        ("/brief", "/brief Afghanistan since yesterday", "/brief Wang Yi 7d"),
        CommandHandler.brief_command,
    ),
    "whomet": Command(
        "/whomet NAME [since]",
        "Meetings of a person, or of an organisation or country with its members and officials.",
        ("/whomet Baradar", "/whomet Wang Yi since 2021-07-20", "/whomet Taliban last week"),
        CommandHandler.whomet_command,
    ),
    "quotes": Command(
        "/quotes NAME_OR_TOPIC [since]",
        "Quotes by a person, organisation or country, and quotes about them (or about a topic); "
        "add 'more' for up to 50.",
        ("/quotes Lyons", "/quotes legitimacy 30d"),
        CommandHandler.quotes_command,
    ),
    "questions": Command(
        "/questions [topic] [since]",
        "Open questions raised in the news, optionally about a topic.",
        ("/questions", "/questions Taliban since last week"),
        CommandHandler.questions_command,
    ),
    "subscribe": Command(
        "/subscribe HH:MM [ZONE] [topic]",
        "A daily briefing in this channel at a local time (ZONE is an IANA name such as "
        "Europe/London; default: the bot's zone).",
        ("/subscribe 08:00", "/subscribe 7:30am America/New_York Afghanistan"),
        CommandHandler.subscribe_command,
    ),
    "unsubscribe": Command(
        "/unsubscribe [id]",
        "Stop a scheduled briefing of this channel (the id is shown by /subscriptions; it may be "
        "left out when the channel has only one).",
        ("/unsubscribe", "/unsubscribe 3"),
        CommandHandler.unsubscribe_command,
    ),
    "subscriptions": Command(
        "/subscriptions",
        "This channel's scheduled briefings, and any that were missed.",
        ("/subscriptions",),
        CommandHandler.subscriptions_command,
    ),
    "help": Command(
        "/help [command]", "What each command does.", ("/help", "/help whomet"), CommandHandler.help_command
    ),
}


def command_help(name: str) -> str:
    """The help of one command: usage, what it does, examples."""
    entry = COMMANDS[name]
    examples = "\n".join(f"  {example}" for example in entry.examples)
    return f"Usage: {entry.usage}\n{entry.summary}\nExamples:\n{examples}"


def overview() -> str:
    """The answer to /help: one line per command, then how thread replies work."""
    lines = [f"{entry.usage} — {entry.summary}" for entry in COMMANDS.values()]
    lines.append(
        'Reply in a briefing\'s thread with an item number ("2", "sources 2") or a few words '
        '("who said that about legitimacy?") to see the source quote behind it.'
    )
    return "\n".join(lines)


def command_list() -> str:
    return ", ".join(f"/{name}" for name in COMMANDS)


def with_help(problem: str, command: str) -> str:
    """A bad-argument error followed by the command's help, so the fix is in view."""
    return f"{problem}\n\n{command_help(command)}"


def unknown_help_topic(name: str) -> str:
    return f"There is no command /{name}. Commands: {command_list()}."


def unknown_command(name: str) -> str:
    return f"I don't know /{name}. Commands: {command_list()}. /help explains them."
