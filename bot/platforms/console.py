"""The console platform, the embedded default: briefings on stdout, commands from stdin.

One channel (the terminal). Lines starting with "/" are commands
("/whomet Baradar"), and so are lines starting with a command's name ("brief",
"whomet Baradar": a terminal has no slash-command menu to remind anyone of the
slash); lines starting with ">" (or any other text) are replies in the thread of
the last briefing shown ("> 1", "> sources 1", "> who said that
about legitimacy?"). Messages are the renderer's "text" output, written as plain
text: nothing from the corpus is interpreted as terminal markup.

Input is read on a daemon thread so that a blocked ``readline`` never holds up
shutdown. At end of input (Ctrl-D, or the end of a pipe or file) the platform
reports itself closed and ``briefbot run`` exits; with stdin not a terminal that
makes ``printf '/whomet Baradar\\n' | briefbot run`` answer and exit 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import threading
from collections.abc import Callable
from datetime import datetime
from typing import TextIO

from bot.core import messages
from bot.core.commands import COMMANDS
from bot.core.events import Handler, Incoming, MessageRef
from bot.core.service import BriefingService
from briefings.model.briefing import Briefing, Response
from briefings.render.renderer import Renderer

log = logging.getLogger(__name__)

PROMPT = "briefbot> "
QUIT_WORDS = frozenset({"/quit", "/exit", "quit", "exit"})


class ConsolePlatform:
    """A terminal as a one-channel chat platform."""

    name = "console"

    def __init__(
        self,
        service: BriefingService,
        renderer: Renderer,
        *,
        clock: Callable[[], datetime],
        stdin: TextIO,
        stdout: TextIO,
        channel: str = "console",
        interactive: bool | None = None,
        user: str = "you",
    ) -> None:
        self.service = service
        self.renderer = renderer
        self.clock = clock
        self.stdin = stdin
        self.stdout = stdout
        self.channel = channel
        self.user = user
        self.interactive = stdin.isatty() if interactive is None else interactive
        self.last_briefing: MessageRef | None = None
        self._ids = itertools.count(1)
        self._closed = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    # --- Platform ----------------------------------------------------------------

    async def start(self, handler: Handler) -> None:
        loop = asyncio.get_running_loop()
        lines: asyncio.Queue[str | None] = asyncio.Queue()
        reader = threading.Thread(
            target=self._read_lines, args=(loop, lines), name="console-stdin", daemon=True
        )
        reader.start()
        self._task = loop.create_task(self._serve(handler, lines), name="console-commands")

    async def stop(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._closed.set()

    async def post(self, channel: str, response: Response) -> MessageRef:
        ref = MessageRef(self.name, channel, str(next(self._ids)))
        self._write(response, header=None)
        if isinstance(response, Briefing) and response.items():
            self.last_briefing = ref
            if self.interactive:
                self.stdout.write(messages.console_reply_hint() + "\n")
        return ref

    async def reply(self, thread: MessageRef, response: Response) -> MessageRef:
        ref = MessageRef(self.name, thread.channel, str(next(self._ids)), thread_id=thread.message_id)
        self._write(response, header=f"↳ in reply to message {thread.message_id}")
        return ref

    async def wait_closed(self) -> None:
        """Return at end of input: the console's way of saying the user is done."""
        await self._closed.wait()

    # --- internals -------------------------------------------------------------------

    def _write(self, response: Response, *, header: str | None) -> None:
        parts = self.renderer.render(response, "text", split=False)
        if header:
            self.stdout.write(header + "\n")
        for part in parts:
            self.stdout.write(part.rstrip("\n") + "\n")
        self.stdout.write("\n")
        self.stdout.flush()

    def _read_lines(self, loop: asyncio.AbstractEventLoop, lines: asyncio.Queue[str | None]) -> None:
        try:
            for line in iter(self.stdin.readline, ""):
                loop.call_soon_threadsafe(lines.put_nowait, line)
        except (OSError, ValueError) as exc:  # closed or unreadable stdin ends the session too
            log.debug("console input ended: %s", exc)
        finally:
            # RuntimeError: the loop is already closed, so nobody is listening any more.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(lines.put_nowait, None)

    def _prompt(self) -> None:
        if self.interactive:
            self.stdout.write(PROMPT)
            self.stdout.flush()

    async def _serve(self, handler: Handler, lines: asyncio.Queue[str | None]) -> None:
        try:
            self._prompt()
            while (line := await lines.get()) is not None:
                text = line.strip()
                if text.lower() in QUIT_WORDS:
                    break
                if text:
                    await self._answer(handler, text)
                self._prompt()
        finally:
            if self.interactive:
                self.stdout.write("\n")
                self.stdout.flush()
            self._closed.set()

    def to_incoming(self, text: str) -> Incoming | None:
        """A typed line as the event a chat platform would deliver (None: nothing to reply to)."""
        first = text.split(maxsplit=1)[0].lower() if text.split() else ""
        if text.startswith("/") or first in COMMANDS:
            name, _, args = text.removeprefix("/").partition(" ")
            return Incoming("command", self.name, self.channel, self.user, text=args.strip(), command=name)
        reply = text.removeprefix(">").strip()
        if self.last_briefing is None:
            return None
        return Incoming(
            "thread_reply", self.name, self.channel, self.user, text=reply, thread=self.last_briefing
        )

    async def _answer(self, handler: Handler, text: str) -> None:
        incoming = self.to_incoming(text)
        if incoming is None:
            self.stdout.write(messages.console_no_thread() + "\n\n")
            self.stdout.flush()
            return
        try:
            outgoing = await handler(incoming)
            await self.service.send(self, self.channel, outgoing, now=self.clock())
        except Exception:
            # One failing command must not end the session; the log has the details.
            log.exception("command failed: %s", text)
            self.stdout.write(messages.command_failed() + "\n\n")
            self.stdout.flush()
