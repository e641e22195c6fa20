"""Time zones and windows as users type them, DST edges included."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from briefings.compose.builder import build_briefing
from briefings.store import SqlStore
from briefings.time import (
    BadTimeError,
    UnknownTimeZoneError,
    local_date,
    local_datetime,
    parse_now,
    parse_when,
    resolve_zone,
)
from tests.briefings.briefing_factory import Draft, person

NOW = datetime(2021, 7, 29, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24h", NOW - timedelta(hours=24)),
        ("7d", NOW - timedelta(days=7)),
        ("90m", NOW - timedelta(minutes=90)),
        ("2w", NOW - timedelta(weeks=2)),
        ("yesterday", datetime(2021, 7, 28, tzinfo=ZoneInfo("Europe/Paris"))),
        ("today", datetime(2021, 7, 29, tzinfo=ZoneInfo("Europe/Paris"))),
        ("2021-07-01", datetime(2021, 7, 1, tzinfo=ZoneInfo("Europe/Paris"))),
        ("2021-07-01T06:00", datetime(2021, 7, 1, 6, tzinfo=ZoneInfo("Europe/Paris"))),
        ("2021-07-01T06:00+00:00", datetime(2021, 7, 1, 6, tzinfo=UTC)),
    ],
)
def test_parse_when_understands_durations_words_and_iso(text: str, expected: datetime) -> None:
    assert parse_when(text, now=NOW, tz="Europe/Paris") == expected


@pytest.mark.parametrize("text", ["soon", "24x", "2021-13-01", "", "-5h"])
def test_parse_when_rejects_nonsense_with_a_readable_message(text: str) -> None:
    with pytest.raises(BadTimeError, match="cannot read the time"):
        parse_when(text, now=NOW, tz="UTC")


def test_yesterday_is_local_midnight_in_the_channel_zone() -> None:
    late_utc = datetime(2021, 7, 29, 23, 30, tzinfo=UTC)  # already 30 July in Tokyo
    assert parse_when("yesterday", now=late_utc, tz="Asia/Tokyo").date() == date(2021, 7, 29)


@pytest.mark.parametrize("name", ["Mars/Olympus", "", "../etc/passwd", " UTC", "/UTC"])
def test_unknown_zones_raise_a_value_error_subclass(name: str) -> None:
    with pytest.raises(UnknownTimeZoneError, match="unknown time zone"):
        resolve_zone(name)


def test_parse_now_defaults_to_utc_for_naive_times_and_rejects_garbage() -> None:
    assert parse_now("2021-07-29T08:00", fallback=NOW) == datetime(2021, 7, 29, 8, tzinfo=UTC)
    assert parse_now(None, fallback=NOW) is NOW
    with pytest.raises(BadTimeError):
        parse_now("tomorrowish", fallback=NOW)


def test_dates_are_shown_in_the_channel_zone() -> None:
    early_utc = datetime(2021, 7, 29, 2, tzinfo=UTC)
    assert local_date(early_utc, "UTC") == "29 Jul 2021"
    assert local_date(early_utc, "America/New_York") == "28 Jul 2021"
    assert local_date("2021-07-28", "Asia/Tokyo") == "28 Jul 2021"  # a calendar date stays put


def test_times_across_the_spring_forward_edge_show_the_right_offset() -> None:
    before = datetime(2021, 3, 14, 6, 30, tzinfo=UTC)  # 01:30 EST
    after = datetime(2021, 3, 14, 7, 30, tzinfo=UTC)  # 03:30 EDT: 02:xx never happened
    assert local_datetime(before, "America/New_York") == "14 Mar 2021 01:30 EST"
    assert local_datetime(after, "America/New_York") == "14 Mar 2021 03:30 EDT"


def test_a_duration_window_spans_real_hours_across_the_fall_back_edge() -> None:
    now = datetime(2021, 11, 7, 12, tzinfo=UTC)  # New York fell back at 06:00 UTC
    since = parse_when("24h", now=now, tz="America/New_York")
    assert now - since == timedelta(hours=24)
    assert parse_when("today", now=now, tz="America/New_York").utcoffset() == timedelta(hours=-4)


def test_briefing_dates_follow_the_channel_zone_across_dst(store: SqlStore) -> None:
    published = datetime(2021, 3, 14, 4, 30, tzinfo=UTC)  # 23:30 EST on 13 March
    Draft("Night talks", published).meeting(person("A. Diplomat"), person("B. Envoy"), place="Doha").save(
        store, now=published
    )
    now = datetime(2021, 3, 14, 7, 30, tzinfo=UTC)
    briefing = build_briefing(store, now=now, tz="America/New_York")
    assert briefing.meetings[0].date_display == "reported 13 Mar 2021"
    assert briefing.generated_at.isoformat() == "2021-03-14T03:30:00-04:00"
    london = build_briefing(store, now=now, tz="Europe/London")
    assert london.meetings[0].date_display == "reported 14 Mar 2021"


@pytest.mark.parametrize(
    ("extracted", "shown"),
    [
        ("2021-07-28", "28 Jul 2021"),
        ("2021-07", "Jul 2021"),
        ("2021-W29", "week of 19 Jul 2021"),
        ("soon", "soon"),
    ],
)
def test_extracted_meeting_dates_are_shown_at_their_precision(extracted: str, shown: str) -> None:
    assert local_date(extracted, "Asia/Tokyo") == shown
