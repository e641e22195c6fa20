"""The clock a briefing's window is on, and the sentences that say it out loud.

A window can be read on publication time ("Published since …") or on the time
briefbot read the articles ("New since your last briefing at …", "New to
briefbot in the last 24 hours"); a reader must never have to guess which. The
sentences live with the :data:`Clock` type so that a :class:`~briefings.model.briefing.Briefing`
made anywhere (the builder, a test, a template preview) says its clock the same way.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from briefings.time import local_datetime

Clock = Literal["published", "last_briefing", "ingested", "all"]


def window_text(clock: Clock, since: datetime | None, until: datetime | None, now: datetime, tz: str) -> str:
    """The header line naming the clock the window is on."""
    to = f" until {local_datetime(until, tz)}" if until else ""
    if clock == "last_briefing" and since is not None:
        return (
            f"New since your last briefing at {local_datetime(since, tz)} (time read, any publication date)"
        )
    if clock == "ingested" and since is not None:
        return (
            f"New to briefbot in the last 24 hours (read since {local_datetime(since, tz)}, "
            "any publication date)"
        )
    if since is not None:
        return f"Published since {local_datetime(since, tz)}{to}"
    if clock == "all":
        return "Published any time (everything read so far)"
    if until is not None:
        return f"Published before {local_datetime(until, tz)}"
    return "Published any time"


def nothing_text(clock: Clock, since: datetime | None, until: datetime | None, now: datetime, tz: str) -> str:
    """What an empty briefing says, on the same clock as its header."""
    if clock == "last_briefing" and since is not None:
        return f"Nothing new since your last briefing at {local_datetime(since, tz)}."
    if clock == "ingested" and since is not None:
        return f"Nothing new to briefbot in the last 24 hours (read since {local_datetime(since, tz)})."
    if since is not None:
        to = f" until {local_datetime(until, tz)}" if until else ""
        return f"Nothing published since {local_datetime(since, tz)}{to}."
    return "Nothing found."
