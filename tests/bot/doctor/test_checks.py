"""briefbot doctor's checks, one by one, against real databases and a local Slack stand-in."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import spacy
from pydantic import SecretStr
from sqlalchemy import text

from bot.config import ConfigError, Settings
from bot.doctor.checks import Check, check_model, check_seeds, check_settings
from bot.doctor.credentials import check_platform
from bot.doctor.database import check_database
from bot.doctor.report import exit_status, render, run_checks
from bot.ops.logging_setup import Redactor
from briefings.store.engine import create_store_engine
from briefings.store.protocol import Store
from tests.bot.corpus import save_seed
from tests.fakes.slack_api import FakeSlackApi

BOT_TOKEN = "xoxb-1234-5678-abcdefghijkl"
# A made-up token of Discord's shape: base64("123456789012345678"), a timestamp part, an HMAC part.
DISCORD_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789AB"


def _settings(**values: object) -> Settings:
    return Settings.model_validate(values)


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(trust_env=False) as client:
        yield client


def _refused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- settings ------------------------------------------------------------------------------


def test_settings_that_do_not_load_fail_with_the_named_variable_and_the_rest_is_skipped(
    http: httpx.Client,
) -> None:
    def bad() -> Settings:
        raise ConfigError("BRIEFBOT_TIMEZONE: unknown time zone 'Mars/Base'")

    checks, settings = run_checks(bad, platform=None, http=http, load_model=spacy.load)
    assert settings is None
    assert checks[0] == Check(
        "settings",
        "fail",
        "BRIEFBOT_TIMEZONE: unknown time zone 'Mars/Base'",
        "correct the named variables (every setting is listed in deploy/.env.example)",
    )
    assert [c.status for c in checks[1:]] == ["skip"] * 4
    assert exit_status(checks) == 1


def test_loaded_settings_pass() -> None:
    check, settings = check_settings(lambda: _settings(BRIEFBOT_TIMEZONE="Europe/Paris"))
    assert check.status == "ok" and "Europe/Paris" in check.detail and settings is not None


# --- database ------------------------------------------------------------------------------


def test_a_database_at_the_newest_schema_passes_and_counts_its_documents(
    store: Store, database_url: str
) -> None:
    save_seed(store)
    state = check_database(database_url)
    assert state.check.status == "ok", state.check
    assert state.documents == 1 and "1 documents" in state.check.detail


def test_a_server_that_refuses_connections_is_reported_without_its_password() -> None:
    url = f"postgresql://briefbot:pw-not-shown@127.0.0.1:{_refused_port()}/briefbot"
    state = check_database(url)
    check = state.check
    assert check.status == "fail" and state.documents is None
    assert check.detail.startswith("cannot connect to postgresql+psycopg://briefbot:***@127.0.0.1:")
    assert "refused" in check.detail.lower()
    assert check.fix is not None and "BRIEFBOT_DATABASE_URL" in check.fix
    assert "pw-not-shown" not in check.detail + check.fix
    assert "connect_timeout" not in check.detail


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("not a url", "BRIEFBOT_DATABASE_URL is not a database URL"),
        ("mysql://u@h/db", "no driver for mysql"),
        ("sqlite://", "needs a SQLite file"),
    ],
)
def test_a_wrong_database_url_says_what_is_wrong(url: str, expected: str) -> None:
    check = check_database(url).check
    assert check.status == "fail" and expected in check.detail
    assert check.fix is not None and "BRIEFBOT_DATABASE_URL" in check.fix


def test_a_missing_sqlite_file_is_a_warning_and_doctor_does_not_create_it(tmp_path: Path) -> None:
    path = tmp_path / "state" / "briefbot.db"
    state = check_database(f"sqlite:///{path}")
    assert state.check.status == "warn" and "does not exist yet" in state.check.detail
    assert state.documents == 0
    assert not path.exists() and not path.parent.exists()


def test_an_empty_database_has_no_schema_yet_and_a_newer_one_fails(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'briefbot.db'}"
    engine = create_store_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE unrelated (id INTEGER)"))
        empty = check_database(url).check
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"))
            connection.execute(text("INSERT INTO alembic_version VALUES ('9999_from_the_future')"))
        newer = check_database(url).check
    finally:
        engine.dispose()
    assert empty.status == "warn" and "no schema yet" in empty.detail
    assert newer.status == "fail" and "9999_from_the_future is newer than this briefbot" in newer.detail


# --- spaCy model ---------------------------------------------------------------------------


def test_a_model_that_is_not_installed_fails_naming_it() -> None:
    check = check_model("no_such_pipeline_sm", spacy.load)
    assert check.status == "fail" and "'no_such_pipeline_sm' does not load" in check.detail
    assert check.fix is not None and "BRIEFBOT_SPACY_MODEL" in check.fix


@pytest.mark.slow
def test_the_configured_model_loads() -> None:
    name = _settings().spacy_model
    check = check_model(name, spacy.load)
    assert check.status == "ok" and check.detail.startswith(name)


# --- platform credentials ------------------------------------------------------------------


def test_the_console_needs_no_credentials(http: httpx.Client) -> None:
    assert check_platform(_settings(), None, http).status == "ok"


def test_a_misspelt_slack_variable_fails_the_platform_check_with_a_did_you_mean(
    http: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression (issue 17): SLACK_BOT_TOKN=… briefbot doctor said "All checks passed"."""
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    monkeypatch.setenv("SLACK_BOT_TOKN", BOT_TOKEN)
    check = check_platform(_settings(), None, http)
    assert check.status == "fail"
    assert "SLACK_BOT_TOKN is set, but no setting reads it (did you mean SLACK_BOT_TOKEN?)" in check.detail
    assert check.fix == "rename SLACK_BOT_TOKN to SLACK_BOT_TOKEN"
    assert BOT_TOKEN not in check.detail


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({}, "SLACK_BOT_TOKEN is not set"),
        ({"SLACK_BOT_TOKEN": "   "}, "SLACK_BOT_TOKEN is not set"),
        ({"SLACK_BOT_TOKEN": "xoxp-user-token"}, "does not look like a bot token"),
        ({"SLACK_BOT_TOKEN": BOT_TOKEN}, "SLACK_SIGNING_SECRET is not set"),
        ({"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": "xoxb-wrong-kind"}, "should start with xapp-"),
    ],
)
def test_missing_or_misplaced_slack_credentials_fail_without_calling_slack(
    values: dict[str, str], expected: str, http: httpx.Client
) -> None:
    settings = _settings(BRIEFBOT_PLATFORM="slack", SLACK_API_URL="http://127.0.0.1:9/api/", **values)
    check = check_platform(settings, None, http)
    assert check.status == "fail" and expected in check.detail, check
    assert check.fix


def test_slack_accepting_the_token_in_auth_test_passes(http: httpx.Client) -> None:
    with FakeSlackApi(token=BOT_TOKEN) as slack:
        settings = _settings(
            SLACK_BOT_TOKEN=SecretStr(BOT_TOKEN), SLACK_SIGNING_SECRET="s3cret", SLACK_API_URL=slack.base_url
        )
        check = check_platform(settings, None, http)
        [call] = slack.calls("auth.test")
    assert call.authorized
    assert check.status == "ok" and "slack (HTTP mode): token accepted" in check.detail


def test_slack_rejecting_the_token_fails_with_slacks_reason(http: httpx.Client) -> None:
    with FakeSlackApi(token="xoxb-the-real-one") as slack:
        settings = _settings(
            SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_APP_TOKEN="xapp-1-socket", SLACK_API_URL=slack.base_url
        )
        check = check_platform(settings, None, http)
    assert check.status == "fail" and "rejected SLACK_BOT_TOKEN (invalid_auth)" in check.detail


def test_an_unreachable_slack_api_fails_naming_the_url(http: httpx.Client) -> None:
    url = f"http://127.0.0.1:{_refused_port()}/api/"
    settings = _settings(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET="s", SLACK_API_URL=url)
    check = check_platform(settings, "slack", http)
    assert check.status == "fail" and f"cannot reach {url}auth.test" in check.detail


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        (None, "DISCORD_TOKEN is not set"),
        (f"Bot {DISCORD_TOKEN}", "starts with 'Bot '"),
        ("a-client-secret-not-a-token", "not shaped like a bot token"),
        ("bm90LWRpZ2l0cy1hdC1hbGw.GAbCdE.abcdefghijklmnopqrstuvwxyz0123", "not shaped like a bot token"),
    ],
)
def test_a_missing_or_malformed_discord_token_fails(
    token: str | None, expected: str, http: httpx.Client
) -> None:
    check = check_platform(_settings(BRIEFBOT_PLATFORM="discord", DISCORD_TOKEN=token), None, http)
    assert check.status == "fail" and expected in check.detail, check


def test_a_discord_token_of_the_right_shape_passes_showing_only_the_bot_id(http: httpx.Client) -> None:
    check = check_platform(_settings(DISCORD_TOKEN=DISCORD_TOKEN), None, http)
    assert check.status == "ok" and "bot user id 123456789012345678" in check.detail
    assert DISCORD_TOKEN not in check.detail


def test_the_command_line_platform_is_the_one_checked(http: httpx.Client) -> None:
    check = check_platform(_settings(DISCORD_TOKEN=DISCORD_TOKEN), "slack", http)
    assert check.status == "fail" and "SLACK_BOT_TOKEN is not set" in check.detail


# --- seeds and the report -------------------------------------------------------------------


def test_seeds_are_needed_only_while_the_database_is_empty(tmp_path: Path) -> None:
    missing = tmp_path / "seeds"
    assert check_seeds(missing, 0).status == "fail"
    assert check_seeds(missing, None).status == "fail"
    assert check_seeds(missing, 12).status == "warn"
    missing.mkdir()
    assert "is empty" in check_seeds(missing, 0).detail
    (missing / "article.md").write_text("---\ntitle: t\n---\nbody\n", encoding="utf-8")
    (missing / ".hidden").write_text("x", encoding="utf-8")
    assert check_seeds(missing, 0) == Check("seeds", "ok", f"{missing}: 1 file")


def test_the_report_prints_fixes_for_problems_only_and_redacts_secrets() -> None:
    checks = [
        Check("settings", "ok", "loaded", "never shown"),
        Check("platform", "fail", f"token {BOT_TOKEN} was echoed by a library", "set it"),
        Check("seeds", "warn", "seeds is empty", "add articles"),
    ]
    report = render(checks, Redactor([BOT_TOKEN]))
    assert BOT_TOKEN not in report and "token *** was echoed" in report
    assert "never shown" not in report
    assert "fix: set it" in report and "fix: add articles" in report
    assert report.endswith("1 problem found.")
    assert exit_status(checks) == 1 and exit_status(checks[:1] + checks[2:]) == 0
