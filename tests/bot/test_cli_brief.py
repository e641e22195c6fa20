"""`briefbot brief`: windows, formats and one-line errors, against a real database."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from briefings.store import SqlStore
from tests.briefings.briefing_factory import Draft, person

NOW = datetime(2021, 7, 30, 8, tzinfo=UTC)
BIDEN = person("Joe Biden", "U.S. President")


@pytest.fixture
def filled(store: SqlStore, database_url: str) -> str:
    (
        Draft(
            "Afghan talks",
            datetime(2021, 7, 29, tzinfo=UTC),
            url="https://example.org/a",
            source="The Diplomat",
        )
        .meeting(
            person("Mullah Abdul Ghani Baradar"),
            person("Wang Yi", "Chinese Foreign Minister"),
            place="Tianjin",
        )
        .quote("Well, first of all, the mission hasn't failed, yet", BIDEN)
        .question("So the question now is, where do they go from here?", BIDEN)
        .save(store, now=NOW - timedelta(hours=2))
    )
    return database_url


def brief(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["brief", *args])
    return result.exit_code, result.stdout, result.stderr


def test_markdown_brief_shows_the_last_24_hours_of_ingest(filled: str) -> None:
    code, out, _ = brief(
        "--db", filled, "--now", NOW.isoformat(), "--format", "markdown", "--tz", "Europe/Paris"
    )
    assert code == 0
    assert (
        "**Mullah Abdul Ghani Baradar** and **Wang Yi** (Chinese Foreign Minister) met in **Tianjin**" in out
    )
    assert "— **Joe Biden** (U.S. President)" in out
    assert "asked by **Joe Biden**" in out
    assert (
        "_New to briefbot in the last 24 hours (read since 29 Jul 2021 10:00 CEST, any publication date)_"
        in out
    )


def test_nothing_ingested_in_the_last_day_says_its_clock_and_where_the_news_is(filled: str) -> None:
    later = (NOW + timedelta(days=2)).isoformat()
    code, out, _ = brief("--db", filled, "--now", later)
    assert code == 0
    assert "Nothing new to briefbot in the last 24 hours (read since 31 Jul 2021 08:00 UTC)." in out
    assert "The newest article I have was published 29 Jul 2021" in out
    assert "briefbot brief --since 2021-07-22" in out


def test_since_filters_on_publication_date(filled: str) -> None:
    later = (NOW + timedelta(days=30)).isoformat()
    code, out, _ = brief("--db", filled, "--now", later, "--since", "2021-07-01", "--until", "2021-08-01")
    assert code == 0 and "Tianjin" in out
    code, out, _ = brief("--db", filled, "--now", later, "--since", "7d")
    assert code == 0 and "Nothing published since 22 Aug 2021" in out


@pytest.mark.parametrize("fmt", ["slack", "discord"])
def test_platform_formats_print_json_payloads(filled: str, fmt: str) -> None:
    code, out, _ = brief("--db", filled, "--now", NOW.isoformat(), "--format", fmt)
    assert code == 0
    payloads = json.loads(out)
    assert isinstance(payloads, list) and len(payloads) == 1
    assert ("blocks" in payloads[0]) if fmt == "slack" else (payloads[0]["allowed_mentions"] == {"parse": []})


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "soonish"], "cannot read the time 'soonish'"),
        (["--until", "2021-02-30"], "cannot read the time '2021-02-30'"),
        (["--tz", "Mars/Olympus"], "unknown time zone 'Mars/Olympus'"),
        (["--format", "html"], "unknown --format 'html'"),
        (["--now", "noon"], "cannot read --now 'noon'"),
        (["--since", "2021-08-01", "--until", "2021-07-01"], "--since is later than --until"),
    ],
)
def test_bad_arguments_give_one_clear_line_and_exit_2(
    database_url: str, args: list[str], message: str
) -> None:
    code, out, err = brief("--db", database_url, *args)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and message in err


def test_a_failing_team_template_is_one_line_and_exit_2(filled: str, tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "briefing.j2").write_text(
        "{% macro title(briefing) %}{{ briefing.__class__.__subclasses__() }}{% endmacro %}"
    )
    result = CliRunner().invoke(
        app,
        ["brief", "--db", filled, "--now", NOW.isoformat(), "--format", "text"],
        env={"BRIEFBOT_TEMPLATE_DIR": str(tmp_path)},
    )
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "briefbot brief: template text/briefing.j2, macro title: SecurityError: "
        "access to attribute '__class__' of 'Briefing' object is unsafe."
    ]
