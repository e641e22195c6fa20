"""Settings: environment, .env and an optional TOML file; one clear error per bad setting."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings, misspelt_platform_variables


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No .env of the developer's, no settings from the outer environment."""
    monkeypatch.chdir(tmp_path)
    for name in (
        "BRIEFBOT_CONFIG_FILE",
        "BRIEFBOT_DATABASE_URL",
        "BRIEFBOT_PLATFORM",
        "BRIEFBOT_SLACK_PORT",
        "BRIEFBOT_TIMEZONE",
        "SLACK_BOT_TOKEN",
        "DISCORD_TOKEN",
        "BRIEFBOT_LOG_FORMAT",
    ):
        monkeypatch.delenv(name, raising=False)


def test_the_toml_file_accepts_field_names_and_environment_names(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    config = tmp_path / "briefbot.toml"
    config.write_text('database_url = "sqlite:///from-toml.db"\nBRIEFBOT_SLACK_PORT = 4000\n')
    monkeypatch.setenv("BRIEFBOT_CONFIG_FILE", str(config))
    settings = load_settings()
    assert settings.database_url == "sqlite:///from-toml.db"
    assert settings.slack_port == 4000


def test_the_environment_beats_dotenv_which_beats_the_toml_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    config = tmp_path / "briefbot.toml"
    config.write_text('timezone = "Asia/Tokyo"\nchannel = "toml"\nlog_format = "json"\n')
    (tmp_path / ".env").write_text("BRIEFBOT_CHANNEL=dotenv\nBRIEFBOT_TIMEZONE=Europe/Paris\n")
    monkeypatch.setenv("BRIEFBOT_CONFIG_FILE", str(config))
    monkeypatch.setenv("BRIEFBOT_TIMEZONE", "Europe/London")
    settings = load_settings()
    assert (settings.timezone, settings.channel, settings.log_format) == ("Europe/London", "dotenv", "json")


def test_an_unknown_key_in_the_toml_file_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = tmp_path / "briefbot.toml"
    config.write_text('databse_url = "sqlite:///typo.db"\n')
    monkeypatch.setenv("BRIEFBOT_CONFIG_FILE", str(config))
    with pytest.raises(ConfigError, match="unknown setting 'databse_url'"):
        load_settings()


def test_a_missing_config_file_is_an_error_naming_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFBOT_CONFIG_FILE", "/nonexistent/briefbot.toml")
    with pytest.raises(ConfigError, match="BRIEFBOT_CONFIG_FILE"):
        load_settings()


def test_each_invalid_setting_gets_one_line_naming_its_environment_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("BRIEFBOT_SLACK_PORT", "99999")
    monkeypatch.setenv("BRIEFBOT_PLATFORM", "irc")
    monkeypatch.setenv("BRIEFBOT_TIMEZONE", "Mars/Olympus")
    with pytest.raises(ConfigError) as raised:
        load_settings()
    lines = str(raised.value).splitlines()
    assert len(lines) == 3
    assert {line.split(":")[0] for line in lines} == {
        "BRIEFBOT_SLACK_PORT",
        "BRIEFBOT_PLATFORM",
        "BRIEFBOT_TIMEZONE",
    }


def test_errors_and_repr_never_show_a_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-very-secret-token")
    monkeypatch.setenv("DISCORD_GUILD_ID", "xoxb-very-secret-token")  # a secret pasted into the wrong setting
    with pytest.raises(ConfigError) as raised:
        load_settings()
    assert "very-secret" not in str(raised.value)
    assert "DISCORD_GUILD_ID" in str(raised.value)
    monkeypatch.delenv("DISCORD_GUILD_ID")
    settings = load_settings()
    assert "very-secret" not in repr(settings)
    assert settings.secret_values() == ["xoxb-very-secret-token"]


def test_a_misspelt_briefbot_variable_is_an_error_with_a_suggestion(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFBOT_DATABSE_URL", "sqlite:///typo.db")
    with pytest.raises(ConfigError) as raised:
        load_settings()
    assert str(raised.value) == "BRIEFBOT_DATABSE_URL: unknown setting (did you mean BRIEFBOT_DATABASE_URL?)"


def test_a_misspelt_variable_in_dotenv_is_reported_too(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("BRIEFBOT_LOGLEVEL=DEBUG\n")
    with pytest.raises(ConfigError, match="BRIEFBOT_LOGLEVEL: unknown setting"):
        load_settings()


def test_test_only_variables_are_not_settings_and_not_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFBOT_TEST_DATABASE_URL", "postgresql://example/test")
    assert load_settings().database_url == "sqlite:///briefbot.db"


def test_the_parse_mode_is_selective_unless_full_is_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_settings().parse == "selective"
    monkeypatch.setenv("BRIEFBOT_PARSE", "full")
    assert load_settings().parse == "full"
    monkeypatch.setenv("BRIEFBOT_PARSE", "fast")
    with pytest.raises(ConfigError, match="BRIEFBOT_PARSE"):
        load_settings()


def test_the_fetch_allow_list_takes_addresses_and_ranges_and_refuses_names() -> None:
    allowed = "10.20.0.0/16, 127.0.0.1"
    assert load_settings(BRIEFBOT_FETCH_ALLOW=allowed).fetch_allow == allowed
    with pytest.raises(ConfigError, match=r"^BRIEFBOT_FETCH_ALLOW: not a list of IP addresses or CIDR"):
        load_settings(BRIEFBOT_FETCH_ALLOW="intranet.example.org")


@pytest.mark.parametrize(
    ("line", "hint"),
    [
        ('databse_url = "sqlite:///typo.db"', "did you mean 'database_url'?"),
        ('BRIEFBOT_TIMEZON = "UTC"', "did you mean 'BRIEFBOT_TIMEZONE'?"),
    ],
)
def test_an_unknown_toml_key_gets_a_did_you_mean_in_its_own_spelling(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, line: str, hint: str
) -> None:
    config = tmp_path / "briefbot.toml"
    config.write_text(line + "\n")
    monkeypatch.setenv("BRIEFBOT_CONFIG_FILE", str(config))
    with pytest.raises(ConfigError, match=re.escape(hint)):
        load_settings()


def test_misspelt_platform_variables_are_found_with_the_name_meant(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKN", "xoxb-1")
    (tmp_path / ".env").write_text("DISCORD_TOKN=abc\n")
    monkeypatch.setenv("SLACK_CLIENT_ID", "someone else's")  # far from any setting: not ours to judge
    assert misspelt_platform_variables() == [
        ("DISCORD_TOKN", "DISCORD_TOKEN"),
        ("SLACK_BOT_TOKN", "SLACK_BOT_TOKEN"),
    ]
    load_settings()  # other tools' SLACK_* variables are no error at load time


def test_a_misspelling_next_to_the_right_name_is_not_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    monkeypatch.setenv("SLACK_BOT_TOKN", "xoxb-1")
    assert misspelt_platform_variables() == []
