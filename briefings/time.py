"""Time zones and time windows as people type them: "24h", "7d", "yesterday", a date.

The one home of zone names: the CLI, chat arguments, subscriptions and settings
all validate a zone through :func:`canonical_zone` and raise (or translate) the
one :class:`UnknownTimeZoneError`, with a "did you mean" hint for a typo.

A briefing is read in a channel's zone, so every displayed date goes through
:func:`local_date`, and every relative phrase is resolved against an explicit
``now`` (never the wall clock) so tests can pin time, DST edges included.
"""

from __future__ import annotations

import calendar
import difflib
import re
from datetime import UTC, date, datetime, time, timedelta
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


# --- the one grammar of times, for chat and the command line alike -----------------
#
# "24h", "7d", "2 weeks", "last week", "the past 3 days", "yesterday", "this month",
# "monday", "2021-07-20", "20 July", "July 20, 2021", an ISO datetime, and (after
# "since", or on the command line) a bare year. One phrase, one meaning: "last
# week" is the 7 days before now everywhere. Digits are ASCII only ("²" is no
# number) and at most six of them, and no window reaches back before 1900.

EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
MAX_DIGITS = 6
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


_DURATION = re.compile(r"^(?:(?:the\s+)?(?:last|past)\s+)?([0-9]+)\s*([a-z]+)(?:\s+ago)?$", re.ASCII)
_LAST_UNIT = re.compile(r"^(?:the\s+)?(?:last|past)\s+(minute|hour|day|week|fortnight|month|year)$")
_THIS_UNIT = re.compile(r"^this\s+(week|month|year)$")
_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$", re.ASCII)
_YEAR = re.compile(r"^[0-9]{4}$", re.ASCII)
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name} | {
    name.lower(): i for i, name in enumerate(calendar.month_abbr) if name
}
_MONTHS["sept"] = 9
_DAY_MONTH = re.compile(r"^([0-9]{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?(?:\s+([0-9]{4}))?$", re.ASCII)
_MONTH_DAY = re.compile(r"^([a-z]+)\.?\s+([0-9]{1,2})(?:st|nd|rd|th)?,?(?:\s+([0-9]{4}))?$", re.ASCII)
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_HINT = "use 24h, 7d, last week, yesterday, or a date like 2021-07-29"


def _shown(phrase: str, width: int = 40) -> str:
    """A phrase as an error message quotes it: whole when short, else its start."""
    return phrase if len(phrase) <= width else phrase[:width] + "…"


def read_when(text: str, *, now: datetime, tz: str, explicit: bool = False) -> datetime | None:
    """The instant a time phrase means, or None when ``text`` is not one.

    ``explicit`` is true when the user wrote "since ..." (or gave ``--since``): a
    bare year is then accepted too. A phrase that is a time but cannot be one (a
    date not on the calendar, a number too large, before 1900) raises
    :class:`BadTimeError` naming it.

    >>> now = datetime(2021, 7, 29, 12, 0, tzinfo=UTC)
    >>> read_when("last week", now=now, tz="UTC").isoformat()
    '2021-07-22T12:00:00+00:00'
    >>> read_when("Baradar", now=now, tz="UTC") is None
    True
    """
    zone = resolve_zone(tz)
    phrase = " ".join(text.lower().split()).strip(" .!?")
    try:
        found = _read(phrase, now=now, zone=zone, explicit=explicit)
    except OverflowError:
        raise BadTimeError(f'"{_shown(phrase)}" reaches back before 1900: give a later time') from None
    if found is not None and found < EARLIEST:
        raise BadTimeError(f'"{_shown(phrase)}" is before 1900: give a later time')
    return found


def _read(phrase: str, *, now: datetime, zone: ZoneInfo, explicit: bool) -> datetime | None:
    today = now.astimezone(zone).date()
    if phrase in ("today", "this morning"):
        return _midnight(today, zone)
    if phrase in ("yesterday", "last night"):
        return _midnight(today - timedelta(days=1), zone)
    match = _DURATION.match(phrase)
    unit = _UNITS.get(match.group(2)) if match else None
    if match and unit is not None:  # "20 july" is no duration: a date, below
        if len(match.group(1)) > MAX_DIGITS:
            raise BadTimeError(f'"{_shown(phrase)}" is too long ago to be a time: {_HINT}')
        return now - int(match.group(1)) * unit
    if match := _LAST_UNIT.match(phrase):
        word = match.group(1)
        return now - (timedelta(days=14) if word == "fortnight" else _UNITS[word])
    if match := _THIS_UNIT.match(phrase):
        word = match.group(1)
        if word == "week":
            return _midnight(today - timedelta(days=today.weekday()), zone)
        if word == "month":
            return _midnight(today.replace(day=1), zone)
        return _midnight(today.replace(month=1, day=1), zone)
    if phrase in _WEEKDAYS or (phrase.startswith("last ") and phrase[5:] in _WEEKDAYS):
        weekday = _WEEKDAYS[phrase.removeprefix("last ")]
        back = (today.weekday() - weekday) % 7 or 7
        return _midnight(today - timedelta(days=back), zone)
    return _read_date(phrase, today=today, zone=zone, explicit=explicit)


def _read_date(phrase: str, *, today: date, zone: ZoneInfo, explicit: bool) -> datetime | None:
    if _ISO_DATE.match(phrase):
        year, month, day = (int(part) for part in phrase.split("-"))
        return _midnight(_make_date(year, month, day, phrase), zone)
    head = phrase.split("t", 1)[0]
    if "t" in phrase and _ISO_DATE.match(head) and phrase.isascii():
        try:
            parsed = datetime.fromisoformat(phrase.upper())
        except ValueError:
            raise BadTimeError(f'"{_shown(phrase)}" is not a date and time on the calendar') from None
        parsed = parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)
        parsed.astimezone(UTC)  # an offset that leaves the calendar raises OverflowError here
        return parsed
    day_month = _DAY_MONTH.match(phrase)
    month_day = _MONTH_DAY.match(phrase)
    if day_month and day_month.group(2) in _MONTHS:
        day_text, month_text, year_text = day_month.groups()
    elif month_day and month_day.group(1) in _MONTHS:
        month_text, day_text, year_text = month_day.groups()
    else:
        if explicit and _YEAR.match(phrase):
            return _midnight(_make_date(int(phrase), 1, 1, phrase), zone)
        return None
    month, day = _MONTHS[month_text], int(day_text)
    if year_text:
        return _midnight(_make_date(int(year_text), month, day, phrase), zone)
    # No year: the most recent such date, since a window start lies in the past.
    candidate = _make_date(today.year, month, day, phrase, leap_ok=True)
    if candidate > today:
        candidate = _make_date(today.year - 1, month, day, phrase, leap_ok=True)
    return _midnight(candidate, zone)


def _make_date(year: int, month: int, day: int, phrase: str, *, leap_ok: bool = False) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        if leap_ok and month == 2 and day == 29:
            return date(year, 2, 28)
        raise BadTimeError(f'"{_shown(phrase)}" is not a date on the calendar') from None


def parse_when(value: str, *, now: datetime, tz: str) -> datetime:
    """A point in time from any phrase of the grammar above (the command line's
    ``--since``/``--until``), or a readable :class:`BadTimeError`.

    >>> now = datetime(2021, 7, 29, 12, tzinfo=ZoneInfo("UTC"))
    >>> parse_when("24h", now=now, tz="UTC").isoformat()
    '2021-07-28T12:00:00+00:00'
    """
    try:
        found = read_when(value, now=now, tz=tz, explicit=True)
    except BadTimeError as problem:
        raise BadTimeError(f"cannot read the time {value!r}: {problem}") from None
    if found is None:
        raise BadTimeError(f"cannot read the time {value!r}: {_HINT}")
    return found


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
