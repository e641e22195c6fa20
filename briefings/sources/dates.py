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

import dateparser
from dateutil import parser as dateutil_parser

log = logging.getLogger(__name__)

# Naive text is read as UTC; a year is required so that "May 18" never becomes
# "this year" (a result that would depend on the day the ingest ran).
_FULL_YEAR = re.compile(r"\b\d{4}\b")
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
