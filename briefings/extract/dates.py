"""Dates of events, resolved against the document's publication date.

News copy dates events relative to the day it is published ("today", "last
week", "on Monday", "Earlier in July"), so a stored meeting is only useful when
those expressions are turned into calendar dates. The result is an ISO 8601
string at the precision the text allows: a day ("2021-07-28"), an ISO week
("2021-W29") or a month ("2021-07"). Anything vaguer resolves to ``None``.

>>> from datetime import datetime, timezone
>>> resolve_date("last week", datetime(2021, 7, 29, tzinfo=timezone.utc))
'2021-W29'
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: n
    for n, name in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}
_UNIT_DAYS = {"day": 1, "week": 7}

_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# A month's day as a regex fragment ("July 14, 2022", "Sept. 3"), for rules that find dates in a clause.
MONTH_DAY = rf"{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b"),
        ("mdy", rf"\b{_MONTH}\s+{_DAY}(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+{_YEAR})?\b"),
        ("dmy", rf"\b{_DAY}(?:\s*[-–]\s*\d{{1,2}})?\s+{_MONTH}(?:,?\s+{_YEAR})?\b"),
        ("last_month", rf"\b(?P<dir>last|next)\s+{_MONTH}\b"),
        ("my", rf"\b(?:(?P<edge>early|earlier|late|later|mid)(?:\s+in|-)?\s+)?{_MONTH}(?:\s+{_YEAR})?\b"),
        ("rel_day", r"\b(?P<word>today|tonight|this (?:morning|afternoon|evening)|yesterday|tomorrow)\b"),
        (
            "rel_unit",
            r"\b(?P<dir>last|next|this|earlier this|later this)\s+(?P<unit>week|month|year)\b",
        ),
        (
            "weekday",
            r"\b(?:(?P<dir>last|next|this)\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        ),
        ("ago", r"\b(?P<n>\d+|a|one|two|three|four|five|six|seven|ten)\s+(?P<unit>day|week)s?\s+ago\b"),
        ("ordinal", r"\bthe\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b"),
    )
)


def _past_year(published: date, month: int, day: int = 1) -> int:
    """The year of a month/day said without one: this year, unless that lies ahead of a past event."""
    year = published.year
    if (month, day) > (published.month, published.day) and month - published.month > 2:
        return year - 1
    return year


def _week(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def resolve_date(text: str, published: datetime | None, *, future: bool = False) -> str | None:
    """The calendar date one expression in ``text`` names, relative to ``published``.

    ``future`` says the event lies ahead (a planned meeting), which decides
    whether a bare weekday is the last or the next one; the publication's own
    weekday is that day either way, unless the text says "next" or "last". The first expression
    found wins; with no publication date only absolute dates resolve.

    >>> from datetime import datetime, timezone
    >>> resolve_date("on Monday", datetime(2021, 7, 29, tzinfo=timezone.utc))
    '2021-07-26'
    >>> resolve_date("Earlier in July", datetime(2021, 7, 29, tzinfo=timezone.utc))
    '2021-07'
    """
    base = published.date() if published is not None else None
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            resolved = _resolve(kind, match, base, future)
            if resolved is not None:
                return resolved
    return None


def _resolve(kind: str, m: re.Match[str], base: date | None, future: bool) -> str | None:
    groups = m.groupdict()
    if kind == "iso":
        try:
            return date(int(m["year"]), int(m["m"]), int(m["d"])).isoformat()
        except ValueError:
            return None
    if kind in {"mdy", "dmy"}:
        month, day = MONTHS[m["month"].lower().rstrip(".")], int(m["day"])
        if groups.get("year"):
            year = int(m["year"])
        elif base is not None:
            year = base.year if future else _past_year(base, month, day)
        else:
            return None
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    if kind == "last_month":
        month = MONTHS[m["month"].lower().rstrip(".")]
        if base is None:
            return None
        if m["dir"].lower() == "last":
            year = base.year if month < base.month else base.year - 1
        else:
            year = base.year if month > base.month else base.year + 1
        return f"{year}-{month:02d}"
    if kind == "my":
        month = MONTHS[m["month"].lower().rstrip(".")]
        if m["month"].lower() == "may" and not groups.get("year") and not groups.get("edge"):
            return None  # the modal verb, far more often than the month
        if groups.get("year"):
            year = int(m["year"])
        elif base is not None:
            year = base.year if future else _past_year(base, month)
        else:
            return None
        return f"{year}-{month:02d}"
    if base is None:
        return None
    if kind == "rel_day":
        word = m["word"].lower()
        shift = -1 if word == "yesterday" else 1 if word == "tomorrow" else 0
        return (base + timedelta(days=shift)).isoformat()
    if kind == "rel_unit":
        direction, unit = m["dir"].lower(), m["unit"].lower()
        step = -1 if direction == "last" else 1 if direction == "next" else 0
        if unit == "week":
            return _week(base + timedelta(days=7 * step))
        if unit == "month":
            first = base.replace(day=1)
            if step < 0:
                first = (first - timedelta(days=1)).replace(day=1)
            elif step > 0:
                first = (first + timedelta(days=32)).replace(day=1)
            return f"{first.year}-{first.month:02d}"
        return str(base.year + step)
    if kind == "weekday":
        target = WEEKDAYS[m["weekday"].lower()]
        direction = (groups.get("dir") or "").lower()
        ahead = direction == "next" or (future and direction != "last")
        if ahead:
            # a planned "on Saturday" in Saturday's paper is that day (news names the day, not
            # "today"); only "next Saturday" skips it
            delta = (target - base.weekday()) % 7
            if direction == "next" and delta == 0:
                delta = 7
            return (base + timedelta(days=delta)).isoformat()
        delta = (base.weekday() - target) % 7
        if direction == "last" and delta == 0:
            delta = 7
        return (base - timedelta(days=delta)).isoformat()
    if kind == "ordinal":
        # "on the 4th": a day of the publication's month, or of the next month when that day is past
        # and the event lies ahead
        day = int(m["day"])
        month_start = base.replace(day=1)
        if future and day < base.day:
            month_start = (month_start + timedelta(days=32)).replace(day=1)
        elif not future and day > base.day:
            month_start = (month_start - timedelta(days=1)).replace(day=1)
        try:
            return month_start.replace(day=day).isoformat()
        except ValueError:
            return None
    if kind == "ago":
        count = _NUMBERS.get(m["n"].lower()) or int(m["n"])
        days = count * _UNIT_DAYS[m["unit"].lower()]
        when = base - timedelta(days=days)
        return when.isoformat() if m["unit"].lower() == "day" else _week(when)
    return None
