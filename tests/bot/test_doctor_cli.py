"""`briefbot doctor` as an operator runs it: a real process, settings from the environment."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SIGNING_SECRET = "signing-secret-do-not-print"
APP_TOKEN = "xapp-1-A0000-0000-doNotPrintMe"
DATABASE_PASSWORD = "db-password-do-not-print"


def _doctor(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "SLACK_", "DISCORD_"))}
    return subprocess.run(
        [sys.executable, "-c", "from bot.cli import main; main()", "doctor", *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,  # no developer .env
        env=keep | {"PYTHONPATH": str(REPO)} | env,
        timeout=240,
        check=False,
    )


def _refused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_wrong_database_url_and_a_missing_token_are_reported_with_fixes_and_no_secret(
    tmp_path: Path,
) -> None:
    done = _doctor(
        tmp_path,
        BRIEFBOT_DATABASE_URL=f"postgresql://briefbot:{DATABASE_PASSWORD}@127.0.0.1:{_refused_port()}/briefbot",
        BRIEFBOT_PLATFORM="slack",
        BRIEFBOT_SPACY_MODEL="no_such_pipeline_sm",  # fails fast instead of loading a real pipeline
        BRIEFBOT_SEEDS_DIR=str(REPO / "seeds"),
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_APP_TOKEN=APP_TOKEN,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    database = next(i for i, line in enumerate(lines) if line.startswith("FAIL  database"))
    assert "cannot connect to postgresql+psycopg://briefbot:***@127.0.0.1:" in lines[database]
    assert "BRIEFBOT_DATABASE_URL" in lines[database + 1] and "fix:" in lines[database + 1]
    platform = next(i for i, line in enumerate(lines) if line.startswith("FAIL  platform"))
    assert "SLACK_BOT_TOKEN is not set" in lines[platform]
    assert "fix: set SLACK_BOT_TOKEN" in lines[platform + 1]
    assert lines[-1] == "3 problems found."  # database, model, platform; the seeds folder is fine
    everything = done.stdout + done.stderr
    for secret in (SIGNING_SECRET, APP_TOKEN, DATABASE_PASSWORD):
        assert secret not in everything
    assert "Traceback" not in done.stderr


def test_a_bad_setting_is_named_and_exits_1(tmp_path: Path) -> None:
    done = _doctor(tmp_path, BRIEFBOT_TIMEZONE="Mars/Olympus", DISCORD_TOKEN="discord-token-not-printed")
    assert done.returncode == 1
    assert "FAIL  settings     BRIEFBOT_TIMEZONE: unknown time zone 'Mars/Olympus'" in done.stdout
    assert "discord-token-not-printed" not in done.stdout + done.stderr


@pytest.mark.slow
def test_a_healthy_console_setup_passes_every_check_and_exits_0(tmp_path: Path, database_url: str) -> None:
    done = _doctor(tmp_path, BRIEFBOT_DATABASE_URL=database_url, BRIEFBOT_SEEDS_DIR=str(REPO / "seeds"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert [line.split()[0] for line in done.stdout.splitlines()[:-1]] == ["ok"] * 5
    assert done.stdout.splitlines()[-1] == "All checks passed."
