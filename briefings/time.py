"""Time zones and time windows as people type them: "24h", "7d", "yesterday", a date.

The one home of zone names: the CLI, chat arguments, subscriptions and settings
all validate a zone through :func:`canonical_zone` and raise (or translate) the
one :class:`UnknownTimeZoneError`, with a "did you mean" hint for a typo.

A briefing is read in a channel's zone, so every displayed date goes through
:func:`local_date`, and every relative phrase is resolved against an explicit
``now`` (never the wall clock) so tests can pin time, DST edges included.
"""

from __future__ import annotations

import difflib
import re
from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, available_timezones


class UnknownTimeZoneError(ValueError):
    """The zone name is not an IANA zone; the message is fit to show a user."""


class BadTimeError(ValueError):
    """A time or window could not be understood; the message is fit to show a user."""


@cache
def _zone_names() -> frozenset[str]:
    return frozenset(available_timezones())


@cache
def _zones_by_lower() -> dict[str, str]:
    return {name.lower(): name for name in _zone_names()}


def canonical_zone(name: str, *, any_case: bool = False) -> str:
    """The canonical IANA name ``name`` stands for, or :class:`UnknownTimeZoneError`.

    Only names of the IANA database are accepted (never a file path, never a silent
    UTC). ``any_case`` takes "europe/london" and "Z" as people type them in chat;
    otherwise a wrong case is an error whose message names the zone meant.

    >>> canonical_zone("europe/london", any_case=True)
    'Europe/London'
    """
    names = _zone_names()
    if name in names:
        return name
    if any_case and name.upper() == "Z":
        return "UTC"
    hint = _zones_by_lower().get(name.lower())
    if any_case and hint is not None:
        return hint
    if hint is None:
        close = difflib.get_close_matches(name, names, n=3, cutoff=0.6)
        hint = ", ".join(close) if close else None
    message = f"unknown time zone {name!r}: use an IANA name such as Europe/London or America/New_York"
    if hint:
        message += f" (did you mean {hint}?)"
    raise UnknownTimeZoneError(message)


def resolve_zone(name: str) -> ZoneInfo:
    """The :class:`ZoneInfo` for an IANA name, or a readable :class:`UnknownTimeZoneError`.

    >>> resolve_zone("Europe/Paris").key
    'Europe/Paris'
    """
    return ZoneInfo(canonical_zone(name))


def validate_zone(name: str) -> ZoneInfo:
    """:func:`resolve_zone` for a name typed into a form (a subscription, the CLI):
    surrounding spaces do not matter.

    >>> validate_zone(" America/New_York ").key
    'America/New_York'
    """
    return resolve_zone(name.strip())


_DURATION = re.compile(r"^\s*(\d{1,5})\s*(m|min|h|d|w)\s*$", re.IGNORECASE)
_UNITS = {"m": "minutes", "min": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_when(value: str, *, now: datetime, tz: str) -> datetime:
    """A point in time from "24h"/"7d"/"90m"/"2w" (that long before ``now``),
    "today"/"yesterday" (local midnight), an ISO date (local midnight) or an ISO
    datetime (local when it has no offset).

    >>> now = datetime(2021, 7, 29, 12, tzinfo=ZoneInfo("UTC"))
    >>> parse_when("24h", now=now, tz="UTC").isoformat()
    '2021-07-28T12:00:00+00:00'
    """
    zone = resolve_zone(tz)
    text = value.strip()
    match = _DURATION.match(text)
    if match:
        amount, unit = int(match.group(1)), match.group(2).lower()
        return now - timedelta(**{_UNITS[unit]: amount})
    local_today = now.astimezone(zone).date()
    if text.lower() == "today":
        return _midnight(local_today, zone)
    if text.lower() == "yesterday":
        return _midnight(local_today - timedelta(days=1), zone)
    try:
        if len(text) == 10:
            return _midnight(date.fromisoformat(text), zone)
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise BadTimeError(
            f"cannot read the time {value!r}: use 24h, 7d, yesterday, or a date like 2021-07-29"
        ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)


def parse_now(value: str | None, *, fallback: datetime) -> datetime:
    """An explicit "now" (ISO datetime, UTC when it has no offset) or ``fallback``."""
    if value is None:
        return fallback
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise BadTimeError(
            f"cannot read --now {value!r}: use an ISO time like 2021-07-29T08:00:00+00:00"
        ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=ZoneInfo("UTC"))


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone)


def local_date(value: datetime | date | str | None, tz: str) -> str:
    """A date as readers see it in ``tz``: "29 Jul 2021". Datetimes are converted
    to the zone first (so 02:00 UTC is the previous day in New York); plain dates
    and ISO date strings are shown as they are."""
    if value is None:
        return ""
    if isinstance(value, str):
        return _iso_text_date(value)
    if isinstance(value, datetime):
        value = value.astimezone(resolve_zone(tz)).date()
    return f"{value.day} {value:%b %Y}"


_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def _iso_text_date(value: str) -> str:
    """Calendar dates as extracted (day, month or ISO-week precision), shown as
    they are: "28 Jul 2021", "Jul 2021", "week of 19 Jul 2021"; anything else verbatim."""
    try:
        if _YEAR_MONTH.match(value):
            return f"{date.fromisoformat(value + '-01'):%b %Y}"
        week = _ISO_WEEK.match(value)
        if week:
            monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
            return f"week of {monday.day} {monday:%b %Y}"
        day = date.fromisoformat(value[:10])
    except ValueError:
        return value
    return f"{day.day} {day:%b %Y}"


def local_datetime(value: datetime | None, tz: str) -> str:
    """A moment as readers see it in ``tz``: "29 Jul 2021 08:00 CEST"."""
    if value is None:
        return ""
    local = value.astimezone(resolve_zone(tz))
    return f"{local.day} {local:%b %Y %H:%M %Z}"
