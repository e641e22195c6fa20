"""Pure wall-clock arithmetic for daily subscriptions: when "08:00 in Europe/London" happens.

Everything here is a function of its arguments (no clock, no database, no
APScheduler), so the scheduler, its start-up catch-up and the tests all agree
on one definition of an occurrence:

* a subscription fires **once per local calendar day**, at its ``HH:MM`` in its
  IANA zone;
* on a spring-forward day a time inside the gap (02:30 in America/New_York)
  fires once at the **first valid instant after the gap** (03:00 local), not at
  PEP 495's "shifted" 03:30;
* on a fall-back day an ambiguous time (01:30) fires once, at its **first**
  occurrence (``fold=0``, still on summer time).

APScheduler 3.11's plain ``CronTrigger`` does neither (it fires at 03:30 in the
gap and twice on the ambiguous day); ``bot.scheduling.scheduler.LocalTimeTrigger``
delegates to :func:`next_occurrence` so the cron jobs fire exactly where these
functions say.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo

_HHMM = re.compile(r"^\s*([0-9]{1,2}):([0-9]{2})\s*$")


class InvalidTimeOfDayError(ValueError):
    """A subscription time that is not ``HH:MM`` on a 24-hour clock."""


def parse_time_of_day(text: str) -> tuple[int, int]:
    """``"08:00"`` -> ``(8, 0)``; :class:`InvalidTimeOfDayError` for anything else.

    >>> parse_time_of_day("7:05")
    (7, 5)
    """
    match = _HHMM.match(text)
    if match is None:
        raise InvalidTimeOfDayError(f"invalid time {text!r}: use HH:MM on a 24-hour clock, e.g. 08:00")
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise InvalidTimeOfDayError(f"invalid time {text!r}: hours run 00-23 and minutes 00-59")
    return hour, minute


def _is_valid_wall_time(naive: datetime, zone: tzinfo) -> bool:
    aware = naive.replace(tzinfo=zone)
    return aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == naive


def _gap_end(naive: datetime, zone: tzinfo) -> datetime:
    """The first instant after the DST gap that swallows ``naive`` (UTC-aware).

    Inside a gap, ``fold=1`` maps the wall time with the later offset (an instant
    before the transition) and ``fold=0`` with the earlier one (after it); the
    transition lies between, found by bisection to the second.
    """
    early = naive.replace(tzinfo=zone, fold=1).astimezone(UTC)
    late = naive.replace(tzinfo=zone, fold=0).astimezone(UTC)
    low, high = min(early, late), max(early, late)
    after_offset = late.astimezone(zone).utcoffset()
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if middle.astimezone(zone).utcoffset() == after_offset:
            high = middle
        else:
            low = middle
    return high.replace(microsecond=0)


def occurrence_on(day: date, hour: int, minute: int, zone: tzinfo) -> datetime:
    """The one instant (UTC) at which a daily ``hour:minute`` subscription fires on local ``day``.

    >>> from zoneinfo import ZoneInfo
    >>> occurrence_on(date(2026, 3, 8), 2, 30, ZoneInfo("America/New_York")).isoformat()
    '2026-03-08T07:00:00+00:00'
    """
    naive = datetime.combine(day, time(hour, minute))
    if not _is_valid_wall_time(naive, zone):
        return _gap_end(naive, zone)
    return naive.replace(tzinfo=zone, fold=0).astimezone(UTC)


def _as_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("scheduling times must be time-zone-aware")
    return moment.astimezone(UTC)


def occurrences_between(
    hour: int, minute: int, zone: tzinfo, after: datetime, until: datetime
) -> list[datetime]:
    """Occurrences in ``(after, until]``, oldest first: what should have fired since the last check."""
    start, end = _as_utc(after), _as_utc(until)
    if end <= start:
        return []
    # One day of slack each side: an occurrence's local date can differ from the
    # UTC date of the window's edges by a day in either direction.
    day = start.astimezone(zone).date() - timedelta(days=1)
    last = end.astimezone(zone).date() + timedelta(days=1)
    found: list[datetime] = []
    while day <= last:
        moment = occurrence_on(day, hour, minute, zone)
        if start < moment <= end:
            found.append(moment)
        day += timedelta(days=1)
    return found


def next_occurrence(hour: int, minute: int, zone: tzinfo, not_before: datetime) -> datetime:
    """The first occurrence at or after ``not_before`` (UTC-aware).

    >>> from zoneinfo import ZoneInfo
    >>> next_occurrence(8, 0, ZoneInfo("Europe/London"), datetime(2026, 7, 1, 7, 1, tzinfo=UTC)).isoformat()
    '2026-07-02T07:00:00+00:00'
    """
    start = _as_utc(not_before)
    day = start.astimezone(zone).date() - timedelta(days=1)
    while True:
        moment = occurrence_on(day, hour, minute, zone)
        if moment >= start:
            return moment
        day += timedelta(days=1)


def local_day(moment: datetime, zone: tzinfo) -> date:
    """The local calendar day an instant belongs to in ``zone``."""
    return _as_utc(moment).astimezone(zone).date()


def nominal_day(moment: datetime, hour: int, minute: int, zone: tzinfo) -> date:
    """The day whose ``hour:minute`` occurrence ``moment`` is (the once-per-day key).

    Usually its local date; but where a gap swallows the end of a day (America/Nuuk
    jumps from 23:00 to 00:00), 23:00's occurrence is the next day's midnight and
    still belongs to the day before. An instant that is no occurrence of this
    time (a delivery made before the subscription's time changed) counts for its
    local date.

    >>> from zoneinfo import ZoneInfo
    >>> nominal_day(datetime(2026, 3, 29, 1, 0, tzinfo=UTC), 23, 0, ZoneInfo("America/Nuuk"))
    datetime.date(2026, 3, 28)
    """
    day = local_day(moment, zone)
    for candidate in (day, day - timedelta(days=1)):
        if occurrence_on(candidate, hour, minute, zone) == moment:
            return candidate
    return day
