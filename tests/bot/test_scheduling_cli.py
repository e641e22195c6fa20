"""`briefbot schedule list | run-now` on a real database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from typer.testing import CliRunner

from bot.cli import app
from briefings.store import SqlStore

CREATED = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
EIGHT_LONDON = datetime(2026, 6, 2, 7, 0, tzinfo=UTC)


def test_schedule_list_shows_next_fire_in_the_subscribers_zone_and_the_last_delivery(
    store: SqlStore, database_url: str
) -> None:
    london = store.add_subscription("slack", "C1", "08:00", "Europe/London", "Taliban", now=CREATED)
    store.add_subscription("console", "briefings", "02:30", "America/New_York", None, now=CREATED)
    assert store.claim_delivery(
        london.id, EIGHT_LONDON, holder="h", now=EIGHT_LONDON, claim_ttl=timedelta(minutes=5)
    )
    store.complete_delivery(london.id, EIGHT_LONDON, message_ref="1717.01", now=EIGHT_LONDON)
    result = CliRunner().invoke(
        app, ["schedule", "list", "--db", database_url, "--now", "2027-03-13T12:00:00Z"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == (
        f"#{london.id} slack:C1 daily 08:00 Europe/London topic='Taliban' | next 2027-03-14T08:00+00:00 "
        "| last posted 2026-06-02T08:00+01:00"
    )
    # New York springs forward on 2027-03-14: 02:30 does not exist, so it fires at 03:00 EDT
    assert "daily 02:30 America/New_York | next 2027-03-14T03:00-04:00 | last never delivered" in lines[1]


def test_schedule_list_says_how_to_subscribe_when_there_is_nothing(database_url: str) -> None:
    result = CliRunner().invoke(app, ["schedule", "list", "--db", database_url])
    assert result.exit_code == 0
    assert "/subscribe HH:MM" in result.output


def test_schedule_run_now_prints_the_briefing_on_the_console_without_taking_the_scheduled_slot(
    store: SqlStore, database_url: str
) -> None:
    subscription = store.add_subscription(
        "console", "briefings", "08:00", "Europe/London", "Kabul", now=CREATED
    )
    result = CliRunner().invoke(
        app,
        [
            "schedule",
            "run-now",
            str(subscription.id),
            "--db",
            database_url,
            "--platform",
            "console",
            "--now",
            "2026-06-02T06:00:00+00:00",
        ],
        input="",
    )
    assert result.exit_code == 0, result.output
    assert "MORNING BRIEFING: KABUL" in result.output
    assert store.deliveries(subscription_id=subscription.id) == []


def test_schedule_run_now_with_an_unknown_id_fails_with_one_clear_line(database_url: str) -> None:
    result = CliRunner().invoke(app, ["schedule", "run-now", "42", "--db", database_url])
    assert result.exit_code == 2
    assert "no subscription with id 42" in result.output
