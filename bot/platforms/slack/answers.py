"""The work acknowledged requests still owe, run in the background after the ack.

An answer has two halves with opposite needs. Computing it (the handler, which
reads the store and builds a briefing, then rendering) is CPU work in worker
threads, and every such thread takes the GIL from the event loop that acks the
next requests. Sending it (``chat.postMessage``, ``response_url``) is network
I/O that costs the loop little but may wait hundreds of milliseconds on Slack.
So computation takes one of a few *compute slots*, held until the answer is
rendered, and sending happens outside them: a slow Slack never holds up the
next briefing build, and a burst of commands queues its builds instead of
running them all against the loop that acks.

>>> work = BackgroundWork(compute_slots=2)
>>> # work.spawn(answer())  # in an answer: ``async with work.compute: ...``
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

COMPUTE_SLOTS = 2
"""Answers computed at once. Measured with ``benchmarks/slack_ack.py`` (200 concurrent
``/brief``): over PostgreSQL two slots post the burst ~30% sooner than one (a build
waits on the database part of the time) and eight no sooner than two; over SQLite
the time to post is the same for 1-8 slots. More slots only add threads taking the
GIL from the loop: with the Web API fake sharing the bot's process, ack p99 was
100-160 ms with eight slots, 41-148 ms with two, 45-70 ms with one (load 5-7 on
2 CPUs, so the ranges are wide)."""


class BackgroundWork:
    """Tasks started after acks, with the compute slots they share.

    ``spawn`` never waits, so a listener can ack and return at once however
    much work is queued; ``drain`` waits for every spawned task, including
    those spawned while draining (a shutdown finishes what was acknowledged).
    """

    def __init__(self, compute_slots: int = COMPUTE_SLOTS) -> None:
        if compute_slots < 1:
            raise ValueError("compute_slots must be at least 1")
        self.compute_slots = compute_slots
        self.compute = asyncio.Semaphore(compute_slots)
        """Hold while computing an answer (handler call and rendering), never while sending it."""
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def pending(self) -> int:
        """Spawned tasks not finished yet (computing, waiting for a slot, or sending)."""
        return len(self._tasks)

    def spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def drain(self) -> None:
        """Wait until every spawned task has finished."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
