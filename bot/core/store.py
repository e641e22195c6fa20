"""The one thread boundary: synchronous work leaves the event loop here, and only here.

The store (SQLAlchemy), the renderer (Jinja2) and a database ping are
synchronous; the bot runs on one asyncio loop that must also acknowledge Slack
within 3 s and keep Discord's gateway heartbeat. Every call from async code into
that synchronous work goes through :func:`off_loop`, so "is this on the loop?"
has one answer to look up, and a test (``tests/test_architecture.py``) keeps
``asyncio.to_thread`` from spreading again.

A typed per-method async facade over :class:`~briefings.store.protocol.Store`
would repeat its forty signatures; :func:`off_loop` keeps mypy checking each
call's arguments against the synchronous method itself (``ParamSpec``).

>>> # deliveries = await off_loop(store.deliveries, subscription_id=7)
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


async def off_loop(call: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Run ``call(*args, **kwargs)`` in a worker thread and await its result."""
    return await asyncio.to_thread(call, *args, **kwargs)
