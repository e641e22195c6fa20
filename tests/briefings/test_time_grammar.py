"""The one time grammar (chat and command line), its bounds and its zones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from briefings.time import BadTimeError, UnknownTimeZoneError, canonical_zone, parse_when, read_when

NOW = datetime(2021, 7, 29, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("last week", NOW - timedelta(days=7)),
        ("the past 3 days", NOW - timedelta(days=3)),
        ("2 weeks", NOW - timedelta(weeks=2)),
        ("this week", datetime(2021, 7, 26, tzinfo=ZoneInfo("Europe/Paris"))),
        ("20 July", datetime(2021, 7, 20, tzinfo=ZoneInfo("Europe/Paris"))),
        ("July 20, 2021", datetime(2021, 7, 20, tzinfo=ZoneInfo("Europe/Paris"))),
        ("2021", datetime(2021, 1, 1, tzinfo=ZoneInfo("Europe/Paris"))),
    ],
)
def test_the_command_line_reads_every_phrase_chat_reads(phrase: str, expected: datetime) -> None:
    assert parse_when(phrase, now=NOW, tz="Europe/Paris") == expected
    assert read_when(phrase, now=NOW, tz="Europe/Paris", explicit=True) == expected


@pytest.mark.parametrize(
    "phrase",
    ["3000 years", "99999999999999999999d", "0000", "0001-01-01T00:00+14:00", "1899-12-31", "9999999 days"],
)
def test_times_before_1900_or_past_the_calendar_are_one_readable_error(phrase: str) -> None:
    with pytest.raises(BadTimeError) as raised:
        read_when(phrase, now=NOW, tz="UTC", explicit=True)
    assert "\n" not in str(raised.value) and len(str(raised.value)) < 120


@pytest.mark.parametrize("phrase", ["²d", "2²d", "٣d", "Baradar", "May"])
def test_only_ascii_digits_make_numbers_and_names_are_no_times(phrase: str) -> None:
    assert read_when(phrase, now=NOW, tz="UTC") is None


def test_zones_are_read_in_any_case_and_typos_get_a_suggestion() -> None:
    assert canonical_zone("europe/london", any_case=True) == "Europe/London"
    assert canonical_zone("z", any_case=True) == "UTC"
    with pytest.raises(UnknownTimeZoneError, match=r"did you mean Europe/London"):
        canonical_zone("Europe/Londn")
    with pytest.raises(UnknownTimeZoneError) as raised:
        canonical_zone("Mars/Olympus_Mons")
    assert "did you mean" not in str(raised.value)
