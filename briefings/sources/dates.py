"""Publication dates from whatever a source gives: YAML dates, ISO strings,
RFC 822 feed dates, "July 29, 2021", or ``time.struct_time``.

Every result is time-zone aware because briefing windows compare datetimes
across sources: a bare date means midnight UTC, a naive time is taken as UTC.
"""

from __future__ import annotations

import logging
import re
import time
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Literal

import dateparser
from dateutil import parser as dateutil_parser

log = logging.getLogger(__name__)

# Naive text is read as UTC; a year is required so that "May 18" never becomes
# "this year" (a result that would depend on the day the ingest ran).
_FULL_YEAR = re.compile(r"\b\d{4}\b")
# What a source stated, from least to most specific: a day, a time of day, a time with its offset.
Precision = Literal["date", "time", "zone"]
PRECISIONS: tuple[Precision, ...] = ("date", "time", "zone")
_STATED_ZONE = re.compile(r"(?:[+-]\d\d(?::?\d\d)?|Z|\b(?:UTC|GMT|[A-Z][A-Z]?[SD]T))\s*$")
_TIME_OF_DAY = re.compile(r"\d{1,2}:\d\d|T\d\d")
_DATEPARSER_SETTINGS = {
    "RETURN_AS_TIMEZONE_AWARE": True,
    "TIMEZONE": "UTC",
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["year"],
}


def aware(moment: datetime) -> datetime:
    """``moment`` with UTC attached when it has no time zone."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def parse_published(value: object) -> datetime | None:
    """Best reading of ``value`` as an aware datetime, or None when it holds no date.

    >>> parse_published("2021-07-29").isoformat()
    '2021-07-29T00:00:00+00:00'
    >>> parse_published("Thu, 29 Jul 2021 10:00:00 +0200").isoformat()
    '2021-07-29T10:00:00+02:00'
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return aware(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    if isinstance(value, time.struct_time):
        return datetime(*value[:6], tzinfo=UTC)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, tz=UTC)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    try:
        return aware(dateutil_parser.isoparse(text))
    except ValueError:
        pass
    try:
        return aware(parsedate_to_datetime(text))  # RFC 822, as RSS writes dates
    except (TypeError, ValueError, IndexError):
        pass
    if not _FULL_YEAR.search(text):
        return None  # "May 18" would be read as May 2018
    parsed = dateparser.parse(text, settings=_DATEPARSER_SETTINGS)
    if parsed is None:
        log.debug("no date in %r", text)
        return None
    return aware(parsed)


def published_precision(value: object) -> Precision | None:
    """How much of a publication time ``value`` states, or None when it holds no date.

    A bare date (or a time without an offset) becomes an aware datetime all the
    same; this says whether the zone was the source's or ours, which the field
    dialects use to prefer the most specific of two values and ``doctor --corpus``
    reports.

    >>> [published_precision(v) for v in ("2021-09-22", "2021-09-22 23:26", "2021-09-22 23:26:51-04:00")]
    ['date', 'time', 'zone']
    """
    moment = parse_published(value)
    if moment is None:
        return None
    if isinstance(value, datetime):
        return "zone" if value.tzinfo is not None else "time"
    if isinstance(value, date):
        return "date"
    if not isinstance(value, str):
        return "zone"  # an epoch timestamp or a feed's struct_time: an instant, already in UTC
    text = value.strip()
    try:
        iso = dateutil_parser.isoparse(text)
    except ValueError:
        iso = None
    if iso is not None and iso.tzinfo is not None:
        return "zone"
    if iso is None and _STATED_ZONE.search(text):
        return "zone"
    return "time" if _TIME_OF_DAY.search(text) else "date"
