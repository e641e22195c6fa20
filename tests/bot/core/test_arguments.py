"""Forgiving argument parsing: time windows, clock times and zones as people type them."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.arguments import (
    ArgumentError,
    parse_clock,
    parse_subscription,
    parse_when,
    parse_zone,
    split_since,
)

NOW = datetime(2021, 7, 29, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("7d", datetime(2021, 7, 22, 12, 0, tzinfo=UTC)),
        ("24h", datetime(2021, 7, 28, 12, 0, tzinfo=UTC)),
        ("3 days", datetime(2021, 7, 26, 12, 0, tzinfo=UTC)),
        ("past 2 weeks", datetime(2021, 7, 15, 12, 0, tzinfo=UTC)),
        ("2 days ago", datetime(2021, 7, 27, 12, 0, tzinfo=UTC)),
        ("yesterday", datetime(2021, 7, 28, tzinfo=UTC)),
        ("today", datetime(2021, 7, 29, tzinfo=UTC)),
        ("last week", datetime(2021, 7, 22, 12, 0, tzinfo=UTC)),
        ("this week", datetime(2021, 7, 26, tzinfo=UTC)),
        ("2021-07-20", datetime(2021, 7, 20, tzinfo=UTC)),
        ("20 July 2021", datetime(2021, 7, 20, tzinfo=UTC)),
        ("July 20", datetime(2021, 7, 20, tzinfo=UTC)),
        ("Dec 25", datetime(2020, 12, 25, tzinfo=UTC)),
        ("monday", datetime(2021, 7, 26, tzinfo=UTC)),
    ],
)
def test_time_phrases_resolve_against_the_given_now(phrase: str, expected: datetime) -> None:
    assert parse_when(phrase, now=NOW, tz="UTC") == expected


def test_calendar_phrases_use_the_channel_zone() -> None:
    start = parse_when("yesterday", now=NOW, tz="America/New_York")
    assert start == datetime(2021, 7, 28, tzinfo=ZoneInfo("America/New_York"))


@pytest.mark.parametrize("word", ["Baradar", "May", "Taliban", "2021", "3"])
def test_names_and_bare_numbers_are_not_time_phrases(word: str) -> None:
    assert parse_when(word, now=NOW, tz="UTC") is None


def test_a_bare_year_is_a_time_only_after_since() -> None:
    assert parse_when("2021", now=NOW, tz="UTC", explicit=True) == datetime(2021, 1, 1, tzinfo=UTC)


def test_a_date_not_on_the_calendar_is_an_error() -> None:
    with pytest.raises(ArgumentError, match="not a date"):
        parse_when("2021-02-30", now=NOW, tz="UTC")


@pytest.mark.parametrize(
    ("text", "subject", "since_text"),
    [
        ("Wang Yi since yesterday", "Wang Yi", "since yesterday"),
        ("Wang Yi 7d", "Wang Yi", "since 7d"),
        ("Taliban last week", "Taliban", "since last week"),
        ("since 2021-07-20", "", "since 2021-07-20"),
        ("Mullah Abdul Ghani Baradar", "Mullah Abdul Ghani Baradar", None),
        ("", "", None),
    ],
)
def test_split_since_separates_subject_and_trailing_window(
    text: str, subject: str, since_text: str | None
) -> None:
    got_subject, window = split_since(text, now=NOW, tz="UTC")
    assert got_subject == subject
    assert (window.text if window else None) == since_text


def test_since_followed_by_nonsense_is_an_error_not_part_of_the_subject() -> None:
    with pytest.raises(ArgumentError, match="couldn't read"):
        split_since("Baradar since the dawn of time", now=NOW, tz="UTC")


def test_a_since_in_the_future_is_an_error() -> None:
    with pytest.raises(ArgumentError, match="future"):
        split_since("Baradar since 2030-01-01", now=NOW, tz="UTC")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("08:00", "08:00"),
        ("8:00", "08:00"),
        ("8.30", "08:30"),
        ("8am", "08:00"),
        ("8:30 pm", "20:30"),
        ("12am", "00:00"),
    ],
)
def test_clock_times_are_normalised_to_hh_mm(text: str, expected: str) -> None:
    assert parse_clock(text) == expected


@pytest.mark.parametrize("text", ["25:00", "8:61", "13pm", "eight", "8"])
def test_impossible_clock_times_are_errors(text: str) -> None:
    with pytest.raises(ArgumentError, match="not a time of day"):
        parse_clock(text)


def test_zones_are_matched_case_insensitively_to_their_iana_name() -> None:
    assert parse_zone("europe/london") == "Europe/London"
    assert parse_zone("utc") == "UTC"


def test_an_unknown_zone_is_a_clear_error() -> None:
    with pytest.raises(ArgumentError, match="not a time zone I know"):
        parse_zone("Mars/Olympus")


def test_subscription_arguments_give_time_zone_and_topic() -> None:
    assert parse_subscription("7:30am America/New_York Afghanistan talks", default_tz="UTC") == (
        "07:30",
        "America/New_York",
        "Afghanistan talks",
    )
    assert parse_subscription("08:00 Taliban", default_tz="Europe/Paris") == (
        "08:00",
        "Europe/Paris",
        "Taliban",
    )
    assert parse_subscription("8 am", default_tz="UTC") == ("08:00", "UTC", None)
