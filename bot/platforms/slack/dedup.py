"""Answer each Slack request once, across retries, replicas and restarts.

Slack redelivers an event it thinks was not acknowledged in time (same
``event_id``, up to three retries over about five minutes), possibly to another
replica or to a restarted process; a replayed slash command or button press
carries the same ``trigger_id``. The key is remembered in the store
(``Store.first_request``) for ``BRIEFBOT_SLACK_DEDUP_TTL_SECONDS`` (an hour by
default, well past Slack's retry window), so only the first replica to see it
answers. A small in-process memory spares the database the common case of a
retry to the same process. When the store cannot be reached the request is
answered: twice is better than never.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta

from bot.core.store import off_loop
from bot.platforms.slack.payloads import PLATFORM, RecentIds
from briefings.store.protocol import Store

log = logging.getLogger(__name__)

KEY_MAX = 200


def request_key(kind: str, body: Mapping[str, object], raw_body: str, timestamp: str) -> str:
    """The dedup key of a request: its ``event_id``, else its ``trigger_id``, else a hash of
    its signed body and timestamp (what a replay repeats exactly).

    >>> request_key("event", {"event_id": "Ev1"}, "", "")
    'event:Ev1'
    >>> request_key("command", {"trigger_id": "1.2.3"}, "", "")
    'command:1.2.3'
    """
    ident = str(body.get("event_id") or body.get("trigger_id") or "")
    if not ident:
        ident = "sha256:" + hashlib.sha256(f"{timestamp}:{raw_body}".encode()).hexdigest()
    key = f"{kind}:{ident}"
    if len(key) > KEY_MAX:
        key = f"{kind}:sha256:" + hashlib.sha256(ident.encode()).hexdigest()
    return key


def header(headers: Mapping[str, Sequence[str]], name: str) -> str:
    values = headers.get(name.lower()) or ()
    return str(values[0]) if values else ""


class RequestDedup:
    """``await first_time(key)`` is True for exactly one caller per key within ``ttl``."""

    def __init__(self, store: Store | None, *, ttl: timedelta, clock: Callable[[], datetime]) -> None:
        self._store = store
        self._ttl = ttl
        self._clock = clock
        self._local = RecentIds()

    async def first_time(self, key: str) -> bool:
        if not self._local.first_time(key):
            return False
        if self._store is None:
            return True
        try:
            return await off_loop(self._store.first_request, PLATFORM, key, now=self._clock(), ttl=self._ttl)
        except Exception:
            log.warning("could not check request %s against the store; answering it", key, exc_info=True)
            return True
