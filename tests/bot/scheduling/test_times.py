"""When a daily subscription fires: zones, DST gaps and folds, and APScheduler agreeing with us."""

from __future__ import annotations

import pickle
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, available_timezones

import pytest
from apscheduler.triggers.cron import CronTrigger
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.scheduling.scheduler import LocalTimeTrigger
from bot.scheduling.times import (
    InvalidTimeOfDayError,
    local_day,
    next_occurrence,
    nominal_day,
    occurrence_on,
    occurrences_between,
    parse_time_of_day,
)
from briefings.time import UnknownTimeZoneError, validate_zone

NEW_YORK = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")
YEAR_START = datetime(2025, 12, 31, 12, tzinfo=UTC)
YEAR_END = datetime(2027, 1, 1, 12, tzinfo=UTC)


def _trigger_fires(trigger: CronTrigger, start: datetime, end: datetime) -> list[datetime]:
    """Fire times the way APScheduler walks a trigger: each from the previous one."""
    fires: list[datetime] = []
    previous = None
    now = start
    while True:
        fire = trigger.get_next_fire_time(previous, now)
        if fire is None or fire > end:
            return fires
        fires.append(fire.astimezone(UTC))
        previous, now = fire, fire


def test_validate_zone_accepts_iana_names() -> None:
    assert validate_zone("Europe/London").key == "Europe/London"
    assert validate_zone(" America/New_York ").key == "America/New_York"
    assert validate_zone("UTC").key == "UTC"


@pytest.mark.parametrize(
    ("name", "hint"),
    [("Europe/Londn", "Europe/London"), ("utc", "UTC"), ("america/new_york", "America/New_York")],
)
def test_validate_zone_rejects_typos_and_suggests_the_zone_meant(name: str, hint: str) -> None:
    with pytest.raises(UnknownTimeZoneError, match=f"unknown time zone.*did you mean {hint}"):
        validate_zone(name)


@pytest.mark.parametrize("name", ["", "America", "../../etc/passwd", "/etc/localtime", "Mars/Olympus_Mons"])
def test_validate_zone_rejects_non_zones_with_an_example_of_a_good_one(name: str) -> None:
    with pytest.raises(UnknownTimeZoneError, match="use an IANA name such as Europe/London") as raised:
        validate_zone(name)
    assert isinstance(raised.value, ValueError)


def test_parse_time_of_day_reads_24_hour_clock_and_rejects_the_rest() -> None:
    assert parse_time_of_day("08:00") == (8, 0)
    assert parse_time_of_day("7:05") == (7, 5)
    for bad in ("24:00", "8", "08:60", "8am", ""):
        with pytest.raises(InvalidTimeOfDayError, match=r"HH:MM|hours run"):
            parse_time_of_day(bad)


@pytest.mark.parametrize("zone", [LONDON, NEW_YORK])
def test_eight_oclock_fires_once_per_local_day_across_both_dst_transitions(zone: ZoneInfo) -> None:
    fires = occurrences_between(
        8, 0, zone, datetime(2026, 1, 1, tzinfo=zone), datetime(2027, 1, 1, tzinfo=zone)
    )
    local = [fire.astimezone(zone) for fire in fires]
    days = [moment.date() for moment in local]
    assert days == [date(2026, 1, 1) + timedelta(days=n) for n in range(365)]
    assert {(moment.hour, moment.minute) for moment in local} == {(8, 0)}
    offsets = {moment.utcoffset() for moment in local}
    assert len(offsets) == 2  # winter and summer time both happened


def test_nonexistent_time_on_spring_forward_day_fires_once_at_the_end_of_the_gap() -> None:
    day_start = datetime(2026, 3, 8, 0, 0, tzinfo=NEW_YORK)
    fires = occurrences_between(2, 30, NEW_YORK, day_start, day_start + timedelta(hours=23))
    assert [fire.astimezone(NEW_YORK).isoformat() for fire in fires] == ["2026-03-08T03:00:00-04:00"]
    london = occurrence_on(date(2026, 3, 29), 1, 30, LONDON)
    assert london.astimezone(LONDON).isoformat() == "2026-03-29T02:00:00+01:00"


def test_ambiguous_time_on_fall_back_day_fires_once_at_its_first_occurrence() -> None:
    day_start = datetime(2026, 11, 1, 0, 0, tzinfo=NEW_YORK)
    fires = occurrences_between(1, 30, NEW_YORK, day_start, day_start + timedelta(hours=25))
    assert [fire.isoformat() for fire in fires] == ["2026-11-01T05:30:00+00:00"]  # 01:30 EDT
    london = occurrences_between(
        1, 30, LONDON, datetime(2026, 10, 25, tzinfo=UTC), datetime(2026, 10, 26, tzinfo=UTC)
    )
    assert [fire.isoformat() for fire in london] == ["2026-10-25T00:30:00+00:00"]  # 01:30 BST


def test_plain_crontrigger_fires_ambiguous_time_twice_and_gap_time_late_which_is_why_we_subclass_it() -> None:
    """APScheduler 3.11 behaviour we measured; if it changes, LocalTimeTrigger can go."""
    fall = _trigger_fires(
        CronTrigger(hour=1, minute=30, timezone=NEW_YORK),
        datetime(2026, 11, 1, 4, tzinfo=UTC),
        datetime(2026, 11, 1, 12, tzinfo=UTC),
    )
    assert [fire.isoformat() for fire in fall] == ["2026-11-01T05:30:00+00:00", "2026-11-01T06:30:00+00:00"]
    spring = _trigger_fires(
        CronTrigger(hour=2, minute=30, timezone=NEW_YORK),
        datetime(2026, 3, 8, 4, tzinfo=UTC),
        datetime(2026, 3, 8, 12, tzinfo=UTC),
    )
    assert [fire.astimezone(NEW_YORK).isoformat() for fire in spring] == ["2026-03-08T03:30:00-04:00"]


ZONES_AND_TIMES = [
    ("America/New_York", 2, 30),
    ("America/New_York", 1, 30),
    ("America/New_York", 8, 0),
    ("Europe/London", 1, 30),
    ("Europe/London", 8, 0),
    ("America/Santiago", 0, 0),  # transitions at midnight: the gap swallows 00:00
    ("Australia/Lord_Howe", 2, 15),  # a 30-minute DST shift
    ("Asia/Kolkata", 23, 59),
]


@pytest.mark.parametrize(("zone_name", "hour", "minute"), ZONES_AND_TIMES)
def test_local_time_trigger_fires_exactly_at_our_occurrences_for_a_whole_year(
    zone_name: str, hour: int, minute: int
) -> None:
    zone = ZoneInfo(zone_name)
    expected = occurrences_between(hour, minute, zone, YEAR_START, YEAR_END)
    fired = _trigger_fires(
        LocalTimeTrigger(hour, minute, zone), YEAR_START + timedelta(microseconds=1), YEAR_END
    )
    assert fired == expected
    assert len({nominal_day(fire, hour, minute, zone) for fire in fired}) == len(fired)


@pytest.mark.parametrize(("zone_name", "hour", "minute"), ZONES_AND_TIMES)
def test_local_time_trigger_matches_plain_crontrigger_on_every_ordinary_day(
    zone_name: str, hour: int, minute: int
) -> None:
    zone = ZoneInfo(zone_name)
    ours = _trigger_fires(LocalTimeTrigger(hour, minute, zone), YEAR_START, YEAR_END)
    plain = _trigger_fires(CronTrigger(hour=hour, minute=minute, timezone=zone), YEAR_START, YEAR_END)
    plain_by_day: dict[date, list[datetime]] = {}
    for fire in plain:
        plain_by_day.setdefault(fire.astimezone(zone).date(), []).append(fire)
    transition_days = 0
    for fire in ours:
        day = local_day(fire, zone)
        wall = fire.astimezone(zone)
        if (wall.hour, wall.minute) == (hour, minute) and len(plain_by_day.get(day, [])) == 1:
            assert plain_by_day[day] == [fire]
        else:
            transition_days += 1
    assert transition_days <= 2


def test_next_occurrence_is_inclusive_and_agrees_with_the_trigger() -> None:
    at = datetime(2026, 7, 1, 7, 0, tzinfo=UTC)  # 08:00 BST
    assert next_occurrence(8, 0, LONDON, at) == at
    assert next_occurrence(8, 0, LONDON, at + timedelta(seconds=1)) == at + timedelta(days=1)
    trigger = LocalTimeTrigger(8, 0, LONDON)
    assert trigger.get_next_fire_time(None, at) == at
    assert trigger.get_next_fire_time(at, at) == at + timedelta(days=1)


def test_local_time_trigger_survives_the_job_store_pickle() -> None:
    trigger = LocalTimeTrigger(2, 30, NEW_YORK)
    copy = pickle.loads(pickle.dumps(trigger))
    assert isinstance(copy, LocalTimeTrigger)
    assert copy.spec == (2, 30, "America/New_York")
    start = datetime(2026, 3, 7, 12, tzinfo=UTC)
    assert copy.get_next_fire_time(None, start) == trigger.get_next_fire_time(None, start)


def test_occurrence_functions_refuse_naive_datetimes() -> None:
    with pytest.raises(ValueError, match="time-zone-aware"):
        occurrences_between(8, 0, LONDON, datetime(2026, 1, 1), datetime(2026, 1, 2))


def _check_one_occurrence(zone: ZoneInfo, day: date, hour: int, minute: int) -> None:
    wall = datetime.combine(day, datetime.min.time()).replace(hour=hour, minute=minute)
    moment = occurrence_on(day, hour, minute, zone)
    local = moment.astimezone(zone).replace(tzinfo=None)
    candidates = {wall.replace(tzinfo=zone, fold=fold).astimezone(UTC) for fold in (0, 1)}
    valid = [c for c in candidates if c.astimezone(zone).replace(tzinfo=None) == wall]
    if valid:
        assert moment == min(valid)  # an ambiguous time fires at its first occurrence
    else:
        assert local > wall  # inside a gap: the first instant after it
        before = (moment - timedelta(seconds=1)).astimezone(zone).replace(tzinfo=None)
        assert before < wall
    assert nominal_day(moment, hour, minute, zone) == day
    window = occurrences_between(hour, minute, zone, moment - timedelta(days=2), moment + timedelta(days=2))
    assert moment in window
    days = [nominal_day(m, hour, minute, zone) for m in window]
    assert days == sorted(set(days))  # one occurrence per day, in order


@settings(max_examples=400, deadline=None)
@given(
    zone_name=st.sampled_from(sorted(available_timezones())),
    day=st.dates(min_value=date(2000, 1, 1), max_value=date(2037, 12, 31)),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
)
def test_any_zone_and_day_has_one_occurrence_at_the_wall_time_or_just_after_its_gap(
    zone_name: str, day: date, hour: int, minute: int
) -> None:
    _check_one_occurrence(ZoneInfo(zone_name), day, hour, minute)


def test_every_zones_2026_offset_changes_give_one_occurrence_per_day_at_every_quarter_hour() -> None:
    checked = 0
    for zone_name in sorted(available_timezones()):
        zone = ZoneInfo(zone_name)
        day = date(2026, 1, 1)
        while day.year == 2026:
            start = datetime.combine(day, datetime.min.time(), tzinfo=UTC)
            if (start - timedelta(hours=14)).astimezone(zone).utcoffset() != (
                start + timedelta(hours=38)
            ).astimezone(zone).utcoffset():
                for quarter in range(96):
                    _check_one_occurrence(zone, day, quarter // 4, quarter % 4 * 15)
                    checked += 1
            day += timedelta(days=1)
    assert checked > 96 * 100  # the sweep found the transition days of many zones
