"""Forgiving argument parsing for chat commands.

People type "/brief Afghanistan since yesterday", "/whomet Wang Yi 7d" or
"/subscribe 8am europe/london Taliban"; these helpers pull the time window,
clock time and zone out of such text with explicit rules (no guessing from a
lone word such as "May", which is as likely a person as a month).

Every helper takes "now" and the channel's zone as parameters, so results are
reproducible in tests.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.core import messages
from briefings.time import UnknownTimeZoneError, canonical_zone


class ArgumentError(ValueError):
    """A command argument could not be understood; the message says why in plain words."""


@dataclass(frozen=True)
class Window:
    """A "since" as the user meant it: the start instant and how to say it back."""

    start: datetime
    text: str


_UNITS: dict[str, timedelta] = {}
for _names, _delta in (
    (("m", "min", "mins", "minute", "minutes"), timedelta(minutes=1)),
    (("h", "hr", "hrs", "hour", "hours"), timedelta(hours=1)),
    (("d", "day", "days"), timedelta(days=1)),
    (("w", "wk", "wks", "week", "weeks"), timedelta(weeks=1)),
    (("mo", "month", "months"), timedelta(days=30)),
    (("y", "yr", "yrs", "year", "years"), timedelta(days=365)),
):
    for _name in _names:
        _UNITS[_name] = _delta

_DURATION = re.compile(r"^(?:(?:the\s+)?(?:last|past)\s+)?(\d+)\s*([a-z]+)(?:\s+ago)?$")
_LAST_UNIT = re.compile(r"^(?:the\s+)?(?:last|past)\s+(minute|hour|day|week|fortnight|month|year)$")
_THIS_UNIT = re.compile(r"^this\s+(week|month|year)$")
_ISO_DATE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name} | {
    name.lower(): i for i, name in enumerate(calendar.month_abbr) if name
}
_MONTHS["sept"] = 9
_DAY_MONTH = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?(?:\s+(\d{4}))?$")
_MONTH_DAY = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?$")
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_SINCE_WORDS = ("since", "from", "after")
_CLOCK = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$")


def _local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=zone)


def parse_when(text: str, *, now: datetime, tz: str, explicit: bool = False) -> datetime | None:
    """The instant a "since" phrase means, or None when ``text`` is not one.

    ``explicit`` is true when the user wrote "since ...": a bare year is then
    accepted too. A date that does not exist ("2021-02-30") raises ArgumentError.

    >>> from datetime import timezone
    >>> now = datetime(2021, 7, 29, 12, 0, tzinfo=timezone.utc)
    >>> parse_when("7d", now=now, tz="UTC").isoformat()
    '2021-07-22T12:00:00+00:00'
    >>> parse_when("Baradar", now=now, tz="UTC") is None
    True
    """
    zone = ZoneInfo(tz)
    local_now = now.astimezone(zone)
    phrase = " ".join(text.lower().split()).strip(" .!?")
    today = local_now.date()
    if phrase in ("today", "this morning"):
        return _local_midnight(today, zone)
    if phrase in ("yesterday", "last night"):
        return _local_midnight(today - timedelta(days=1), zone)
    if match := _DURATION.match(phrase):
        unit = _UNITS.get(match.group(2))
        if unit is None:
            return None
        return now - int(match.group(1)) * unit
    if match := _LAST_UNIT.match(phrase):
        word = match.group(1)
        return now - (timedelta(days=14) if word == "fortnight" else _UNITS[word])
    if match := _THIS_UNIT.match(phrase):
        word = match.group(1)
        if word == "week":
            return _local_midnight(today - timedelta(days=today.weekday()), zone)
        if word == "month":
            return _local_midnight(today.replace(day=1), zone)
        return _local_midnight(today.replace(month=1, day=1), zone)
    if phrase in _WEEKDAYS or (phrase.startswith("last ") and phrase[5:] in _WEEKDAYS):
        weekday = _WEEKDAYS[phrase.removeprefix("last ")]
        back = (today.weekday() - weekday) % 7 or 7
        return _local_midnight(today - timedelta(days=back), zone)
    return _parse_date(phrase, today=today, zone=zone, explicit=explicit)


def _parse_date(phrase: str, *, today: date, zone: ZoneInfo, explicit: bool) -> datetime | None:
    if _ISO_DATE.match(phrase):
        year, month, day = (int(part) for part in phrase.split("-"))
        return _local_midnight(_make_date(year, month, day, phrase), zone)
    if "t" in phrase and _ISO_DATE.match(phrase.split("t", 1)[0]):
        try:
            parsed = datetime.fromisoformat(phrase.upper())
        except ValueError:
            raise ArgumentError(messages.not_a_date(phrase)) from None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)
    day_month = _DAY_MONTH.match(phrase)
    month_day = _MONTH_DAY.match(phrase)
    if day_month and day_month.group(2) in _MONTHS:
        day_text, month_text, year_text = day_month.groups()
    elif month_day and month_day.group(1) in _MONTHS:
        month_text, day_text, year_text = month_day.groups()
    else:
        if explicit and re.fullmatch(r"\d{4}", phrase):
            return _local_midnight(date(int(phrase), 1, 1), zone)
        return None
    month, day = _MONTHS[month_text], int(day_text)
    if year_text:
        return _local_midnight(_make_date(int(year_text), month, day, phrase), zone)
    # No year: the most recent such date, since a window start lies in the past.
    candidate = _make_date(today.year, month, day, phrase, leap_ok=True)
    if candidate > today:
        candidate = _make_date(today.year - 1, month, day, phrase, leap_ok=True)
    return _local_midnight(candidate, zone)


def _make_date(year: int, month: int, day: int, phrase: str, *, leap_ok: bool = False) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        if leap_ok and month == 2 and day == 29:
            return date(year, 2, 28)
        raise ArgumentError(messages.not_a_date(phrase)) from None


def split_since(text: str, *, now: datetime, tz: str) -> tuple[str, Window | None]:
    """Split command arguments into a subject and an optional trailing "since".

    The longest trailing phrase that reads as a time wins, so "Wang Yi last week"
    gives ("Wang Yi", last week). "since ..." that cannot be read is an error
    rather than part of the subject, because the user clearly meant a time.

    >>> from datetime import timezone
    >>> now = datetime(2021, 7, 29, 12, 0, tzinfo=timezone.utc)
    >>> subject, window = split_since("Wang Yi since yesterday", now=now, tz="UTC")
    >>> subject, window.start.isoformat(), window.text
    ('Wang Yi', '2021-07-28T00:00:00+00:00', 'since yesterday')
    """
    words = text.split()
    for index in range(len(words)):
        tail = words[index:]
        explicit = tail[0].lower() in _SINCE_WORDS
        phrase_words = tail[1:] if explicit else tail
        if not phrase_words:
            if explicit:
                raise ArgumentError(messages.since_needs_time())
            continue
        phrase = " ".join(phrase_words)
        start = parse_when(phrase, now=now, tz=tz, explicit=explicit)
        if start is None:
            if explicit:
                raise ArgumentError(messages.not_a_time(phrase))
            continue
        if start > now:
            raise ArgumentError(messages.since_in_future(phrase))
        subject = " ".join(words[:index])
        return subject, Window(start=start, text=f"since {phrase}")
    return " ".join(words), None


def parse_clock(text: str) -> str:
    """A time of day as "HH:MM": accepts "08:00", "8:00", "8.30", "8am", "8:30 pm".

    >>> parse_clock("8:30pm")
    '20:30'
    """
    match = _CLOCK.match(text.strip().lower())
    if not match or (match.group(2) is None and match.group(3) is None):
        raise ArgumentError(messages.not_a_clock_time(text))
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    meridiem = (match.group(3) or "").replace(".", "")
    if meridiem:
        if not 1 <= hour <= 12:
            raise ArgumentError(messages.not_a_clock_time(text))
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59:
        raise ArgumentError(messages.not_a_clock_time(text))
    return f"{hour:02d}:{minute:02d}"


def looks_like_zone(token: str) -> bool:
    """Whether a word is meant as a time zone: an IANA-style "Area/City" or UTC/GMT.
    Single-word zone names ("Japan") are not taken as zones: they are more likely topics."""
    return (
        "/" in token
        or token.upper() in ("UTC", "GMT", "Z")
        or bool(re.fullmatch(r"(?i)(utc|gmt)[+-]\d+", token))
    )


def parse_zone(token: str) -> str:
    """The canonical IANA name for ``token`` (case-insensitive), or ArgumentError.

    >>> parse_zone("europe/london")
    'Europe/London'
    """
    try:
        return canonical_zone(token, any_case=True)
    except UnknownTimeZoneError:
        raise ArgumentError(messages.unknown_zone(token)) from None


def parse_subscription(text: str, *, default_tz: str) -> tuple[str, str, str | None]:
    """ "/subscribe HH:MM [ZONE] [topic]" -> (time, zone, topic)."""
    words = text.split()
    if not words:
        raise ArgumentError(messages.subscribe_needs_time())
    consumed = 1
    clock_text = words[0]
    if len(words) > 1 and words[1].lower().replace(".", "") in ("am", "pm"):
        clock_text, consumed = f"{words[0]} {words[1]}", 2
    clock = parse_clock(clock_text)
    rest = words[consumed:]
    zone = default_tz
    if rest and looks_like_zone(rest[0]):
        zone = parse_zone(rest[0])
        rest = rest[1:]
    topic = " ".join(rest) or None
    return clock, zone, topic
