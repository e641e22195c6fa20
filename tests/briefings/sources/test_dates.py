"""Publication dates are always time-zone aware; a bare date is midnight UTC."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from briefings.sources.dates import parse_published

CET = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-07-29", datetime(2021, 7, 29, tzinfo=UTC)),
        (date(2021, 7, 29), datetime(2021, 7, 29, tzinfo=UTC)),
        (datetime(2021, 7, 29, 8, 30), datetime(2021, 7, 29, 8, 30, tzinfo=UTC)),
        ("2021-07-29T08:30:00", datetime(2021, 7, 29, 8, 30, tzinfo=UTC)),
        ("2022-03-01T10:00:00+01:00", datetime(2022, 3, 1, 10, tzinfo=CET)),
        ("Thu, 29 Jul 2021 10:00:00 +0200", datetime(2021, 7, 29, 8, tzinfo=UTC)),
        ("Monday, May 18, 2015", datetime(2015, 5, 18, tzinfo=UTC)),
        ("29 July 2021", datetime(2021, 7, 29, tzinfo=UTC)),
        (time.strptime("2021-07-29 06:00", "%Y-%m-%d %H:%M"), datetime(2021, 7, 29, 6, tzinfo=UTC)),
    ],
)
def test_dates_are_read_as_aware_datetimes(value: object, expected: datetime) -> None:
    parsed = parse_published(value)
    assert parsed == expected
    assert parsed is not None and parsed.utcoffset() is not None


@pytest.mark.parametrize("value", [None, "", "   ", "not a date at all", "May 18", ["2021"], True])
def test_values_without_a_full_date_give_none(value: object) -> None:
    assert parse_published(value) is None
