"""The bot's commands, the same on every platform: parse, query the core, return data.

:class:`CommandHandler` is the one :data:`~bot.core.events.Handler`: platforms
turn a slash command, a thread reply or a button press into an
:class:`~bot.core.events.Incoming` and post whatever :class:`Outgoing` comes
back. It never builds platform markup (the renderer does) and never reads the
wall clock (``clock`` is injected). Store calls are synchronous, so they run in a
worker thread to keep the platform's event loop responsive.

>>> # handler = CommandHandler(store, clock=lambda: now, tz="Europe/London")
>>> # outgoing = await handler(Incoming("command", "memory", "c", "u", "Baradar", command="whomet"))
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.core import messages
from bot.core.arguments import ArgumentError, Window, check_text, split_since
from bot.core.events import Incoming, Outgoing
from bot.core.store import off_loop
from bot.core.subscriptions import ChangeHook, SubscriptionCommands
from bot.core.threads import match_number, match_reply, sources_for
from briefings.compose.builder import DEFAULT_MAX_ITEMS, build_briefing
from briefings.model.briefing import Briefing, Notice, Section
from briefings.store.protocol import Store
from briefings.subjects import Subject

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
MAX_SUBJECT = 200
MAX_COMMAND_NAME = 30
MORE_ITEMS = 50  # "/quotes Sherman more": items per section, still one platform message or a few
_SECTION_COMMANDS = {"meetings": "whomet", "quotes": "quotes", "about": "quotes", "questions": "questions"}


@dataclass(frozen=True)
class _Ask:
    """One lookup as asked: the command, its subject and window, how many items."""

    command: str
    subject: str
    window: Window | None
    now: datetime
    max_items: int

    @property
    def window_text(self) -> str | None:
        return self.window.text if self.window else None

    def more_hint(self, section: str, total: int) -> str:
        """How to see the rest of a cut section: the same question with "more", and
        the command line for everything."""
        when = f" {self.window.text}" if self.window else ""
        person = f' --person "{self.subject}"' if self.subject else ""
        cli = f"briefbot brief{person} --max-items {total}"
        if self.max_items < MORE_ITEMS:
            command = (
                self.command if self.command == "brief" else _SECTION_COMMANDS.get(section, self.command)
            )
            about = f" {self.subject}" if self.subject else ""
            return f"/{command}{about} more{when}, or {cli}"
        return f"{cli} shows them all"


def _wants_more(subject: str) -> tuple[str, bool]:
    """ "Sherman more" -> ("Sherman", True): the user asks for the rest of a cut list."""
    words = subject.split()
    if words and words[-1].lower() == "more":
        return " ".join(words[:-1]), True
    return subject, False


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

    def _ask(self, command: str, args: str, now: datetime) -> _Ask:
        """A lookup's subject, window and size from its arguments ("Sherman more 7d")."""
        if len(args) > MAX_SUBJECT:
            raise ArgumentError(messages.too_long(MAX_SUBJECT))
        subject, window = split_since(args, now=now, tz=self._tz)
        subject, more = _wants_more(subject)
        return _Ask(command, subject, window, now, MORE_ITEMS if more else DEFAULT_MAX_ITEMS)

    async def brief_command(self, incoming: Incoming, args: str, now: datetime) -> Outgoing:
        return await self._brief(self._ask("brief", args, now))

    async def whomet_command(self, incoming: Incoming, args: str, now: datetime) -> Outgoing:
        return await self._whomet(self._ask("whomet", args, now))

    async def quotes_command(self, incoming: Incoming, args: str, now: datetime) -> Outgoing:
        return await self._quotes(self._ask("quotes", args, now))

    async def questions_command(self, incoming: Incoming, args: str, now: datetime) -> Outgoing:
        return await self._questions(self._ask("questions", args, now))

    def _help(self, args: str) -> Outgoing:
        if not args:
            return Outgoing(Notice(overview(), kind="help", title="briefbot commands"))
        name = args.split()[0].lstrip("/").lower()
        if name not in COMMANDS:
            raise ArgumentError(unknown_help_topic(name[:MAX_COMMAND_NAME]))
        return Outgoing(Notice(command_help(name), kind="help", title=f"/{name}"))

    async def _build(
        self,
        ask: _Ask,
        *,
        title: str,
        topic: str | None = None,
        subject: Subject | None = None,
        sections: Sequence[Section] = ("meetings", "quotes", "questions"),
        everything_by_default: bool = True,
    ) -> Briefing:
        # A lookup ("/whomet Baradar") covers everything published up to now; a bare
        # "/brief" means what `briefbot brief` means: what was read in the last day.
        window = ask.window
        until = ask.now if window is None and everything_by_default else None
        return await off_loop(
            build_briefing,
            self._store,
            now=ask.now,
            tz=self._tz,
            since=window.start if window else None,
            until=until,
            topic=topic,
            subject=subject,
            sections=sections,
            title=title,
            max_items_per_section=ask.max_items,
            clock="all" if until is not None else None,
            more=ask.more_hint,
            strict_topic=True,
        )

    async def _subject(self, name: str) -> Subject | None:
        """The identity a lookup names (person, organisation, country), or None for a topic."""
        return await off_loop(self._store.resolve_subject, name)

    async def _brief(self, ask: _Ask) -> Outgoing:
        if not ask.subject:
            title = f"Briefing {ask.window.text}" if ask.window else "Briefing"
            return Outgoing(await self._build(ask, title=title, everything_by_default=False))
        title = f"Briefing: {ask.subject}"
        subject = await self._subject(ask.subject)
        if subject is not None:
            return Outgoing(await self._build(ask, title=title, subject=subject))
        return Outgoing(await self._build(ask, title=title, topic=ask.subject))

    async def _whomet(self, ask: _Ask) -> Outgoing:
        if not ask.subject:
            raise ArgumentError(messages.needs_name("whomet"))
        subject = await self._subject(ask.subject)
        title = f"Who met {ask.subject}"  # the user's words; the labels name the identity
        if subject is not None:
            briefing = await self._build(ask, title=title, subject=subject, sections=("meetings",))
        else:
            briefing = await self._build(ask, title=title, topic=ask.subject, sections=("meetings",))
        if briefing.is_empty:
            shown = (
                f"{ask.subject} ({subject.name})" if subject and subject.name != ask.subject else ask.subject
            )
            return Outgoing(Notice(messages.no_meetings(shown, ask.window_text)))
        return Outgoing(briefing)

    async def _quotes(self, ask: _Ask) -> Outgoing:
        if not ask.subject:
            raise ArgumentError(messages.needs_name("quotes"))
        subject = await self._subject(ask.subject)
        if subject is not None:
            briefing = await self._build(
                ask, title=f"Quotes: {ask.subject}", subject=subject, sections=("quotes",)
            )
        else:
            briefing = await self._build(
                ask, title=f"Quotes: {ask.subject}", topic=ask.subject, sections=("quotes",)
            )
        if briefing.is_empty:
            if subject is not None:
                return Outgoing(Notice(messages.nothing_by_or_about("quotes", subject, ask.window_text)))
            return Outgoing(Notice(messages.nothing_found("quotes", ask.subject, ask.window_text)))
        return Outgoing(briefing)

    async def _questions(self, ask: _Ask) -> Outgoing:
        subject = await self._subject(ask.subject) if ask.subject else None
        title = (
            f"Open questions: {subject.name if subject else ask.subject}" if ask.subject else "Open questions"
        )
        if subject is not None:
            briefing = await self._build(ask, title=title, subject=subject, sections=("questions",))
        else:
            briefing = await self._build(ask, title=title, topic=ask.subject or None, sections=("questions",))
        if briefing.is_empty:
            if subject is not None:
                text = messages.nothing_by_or_about("open questions", subject, ask.window_text)
            else:
                text = messages.nothing_found("open questions", ask.subject or None, ask.window_text)
            return Outgoing(Notice(text))
        return Outgoing(briefing)

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
