"""Event dates resolved against the publication date (no parse needed)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from briefings.extract.dates import resolve_date

THURSDAY = datetime(2021, 7, 29, 18, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", "2021-07-29"),
        ("yesterday", "2021-07-28"),
        ("tomorrow", "2021-07-30"),
        ("last week", "2021-W29"),
        ("on Monday", "2021-07-26"),
        ("last Thursday", "2021-07-22"),
        ("Earlier in July", "2021-07"),
        ("last September", "2020-09"),
        ("in December 2020", "2020-12"),
        ("June 29", "2021-06-29"),
        ("On 23 November 2025", "2025-11-23"),
        ("two days ago", "2021-07-27"),
        ("last month", "2021-06"),
    ],
)
def test_past_expressions_resolve_against_the_publication_date(text: str, expected: str) -> None:
    assert resolve_date(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Monday", "2021-08-02"),
        ("next week", "2021-W31"),
        ("August 6", "2021-08-06"),
        ("next March", "2022-03"),
    ],
)
def test_future_expressions_look_ahead_for_planned_events(text: str, expected: str) -> None:
    assert resolve_date(text, THURSDAY, future=True) == expected


def test_a_month_said_without_a_year_in_the_autumn_before_a_spring_article_is_last_year() -> None:
    assert resolve_date("in November", datetime(2022, 2, 10, tzinfo=UTC)) == "2021-11"


def test_the_modal_may_is_not_a_month() -> None:
    assert resolve_date("they may meet", THURSDAY) is None


def test_without_a_publication_date_only_absolute_dates_resolve() -> None:
    assert resolve_date("yesterday", None) is None
    assert resolve_date("July 4, 2021", None) == "2021-07-04"


def test_nothing_datable_gives_none() -> None:
    assert resolve_date("at the White House", THURSDAY) is None


SATURDAY = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        # a story published on a Saturday about "Saturday" means that day, both ways
        ("on Saturday", True, "2026-03-14"),
        ("on Saturday", False, "2026-03-14"),
        ("this Saturday", True, "2026-03-14"),
        ("this Saturday", False, "2026-03-14"),
        # "next" and "last" move a week off the same weekday
        ("next Saturday", True, "2026-03-21"),
        ("last Saturday", False, "2026-03-07"),
        # other weekdays: the coming one for plans, the last one for what happened
        ("on Monday", True, "2026-03-16"),
        ("on Monday", False, "2026-03-09"),
        ("on Friday", False, "2026-03-13"),
        ("on Friday", True, "2026-03-20"),
    ],
)
def test_a_weekday_resolves_by_tense_and_the_publication_weekday(
    text: str, future: bool, expected: str
) -> None:
    assert resolve_date(text, SATURDAY, future=future) == expected
