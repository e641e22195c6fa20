"""`briefbot run` as a user runs it: a real process, the seed corpus, a temporary SQLite file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SECRET_NAMES = (
    "SLACK_BOT_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_APP_TOKEN",
    "DISCORD_TOKEN",
    "DISCORD_GUILD_ID",
)


def _briefbot(tmp_path: Path, *args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        k: v for k, v in os.environ.items() if k not in SECRET_NAMES and not k.startswith("BRIEFBOT_")
    }
    environment |= {
        "BRIEFBOT_DATABASE_URL": f"sqlite:///{tmp_path / 'briefbot.db'}",
        "BRIEFBOT_SEEDS_DIR": str(REPO / "seeds"),
        "PYTHONPATH": str(REPO),
    } | env
    return subprocess.run(
        [sys.executable, "-c", "from bot.cli import main; main()", "run", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,  # no developer .env, and nothing written into the checkout
        env=environment,
        timeout=240,
        check=False,
    )


@pytest.mark.slow
def test_piped_whomet_prints_the_briefing_then_the_baradar_meetings_and_exits_0(tmp_path: Path) -> None:
    done = _briefbot(tmp_path, stdin="/whomet Baradar\n")
    assert done.returncode == 0, done.stderr
    output = done.stdout.lower()
    morning = output.index("morning briefing")
    answer = output.index("who met baradar")
    assert morning < answer
    meetings = done.stdout[answer:]
    assert "Wang Yi" in meetings and "Tianjin" in meetings
    assert "Traceback" not in done.stderr


@pytest.mark.slow
def test_a_thread_reply_after_the_pipe_shows_the_evidence_and_a_second_run_reuses_the_store(
    tmp_path: Path,
) -> None:
    first = _briefbot(tmp_path, stdin="/whomet Wang Yi\n> sources 1\n")
    assert first.returncode == 0, first.stderr
    reply = first.stdout[first.stdout.rindex("↳") :]
    assert "Baradar met with Chinese Foreign Minister Wang Yi in Tianjin" in reply
    assert "https://thediplomat.com/2021/07/" in reply
    second = _briefbot(tmp_path, "--now", "2026-01-01T08:00:00+00:00", stdin="")
    assert second.returncode == 0, second.stderr
    assert "morning briefing" in second.stdout.lower()


def test_end_of_input_right_away_still_exits_0(tmp_path: Path) -> None:
    done = _briefbot(tmp_path, "--platform", "console", stdin="", BRIEFBOT_SEEDS_DIR=str(tmp_path / "none"))
    assert done.returncode == 0, done.stderr
    assert "morning briefing" in done.stdout.lower()


def test_a_bad_setting_exits_2_with_one_line_naming_it(tmp_path: Path) -> None:
    done = _briefbot(tmp_path, BRIEFBOT_PLATFORM="irc", BRIEFBOT_SLACK_PORT="70000")
    assert done.returncode == 2
    assert "BRIEFBOT_PLATFORM:" in done.stderr and "BRIEFBOT_SLACK_PORT:" in done.stderr
    assert "Traceback" not in done.stderr


def test_slack_without_a_token_exits_2_without_a_traceback(tmp_path: Path) -> None:
    done = _briefbot(tmp_path, "--platform", "slack")
    assert done.returncode == 2
    assert "SLACK_BOT_TOKEN" in done.stderr and "Traceback" not in done.stderr


def test_a_secret_in_a_bad_setting_is_not_echoed(tmp_path: Path) -> None:
    done = _briefbot(tmp_path, DISCORD_GUILD_ID="not-a-number-secret-ish", SLACK_BOT_TOKEN="xoxb-1-2-leakme")
    assert done.returncode == 2
    assert "DISCORD_GUILD_ID" in done.stderr
    assert "leakme" not in done.stderr + done.stdout and "secret-ish" not in done.stderr


def test_an_unreachable_database_exits_2_naming_the_setting(tmp_path: Path) -> None:
    done = _briefbot(tmp_path, BRIEFBOT_DATABASE_URL="nosuchdriver://x")
    assert done.returncode == 2
    assert done.stderr.count("BRIEFBOT_DATABASE_URL") == 1 and "Traceback" not in done.stderr


def test_sigterm_stops_a_bot_whose_input_stays_open_and_exits_0(tmp_path: Path) -> None:
    environment = {
        k: v for k, v in os.environ.items() if k not in SECRET_NAMES and not k.startswith("BRIEFBOT_")
    }
    environment |= {
        "BRIEFBOT_DATABASE_URL": f"sqlite:///{tmp_path / 'briefbot.db'}",
        "BRIEFBOT_SEEDS_DIR": str(tmp_path / "none"),
        "PYTHONPATH": str(REPO),
    }
    process = subprocess.Popen(
        [sys.executable, "-c", "from bot.cli import main; main()", "run"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=environment,
    )
    try:
        assert process.stdout is not None
        first_line = process.stdout.readline()  # the briefing is out: the bot is up
        assert "morning briefing" in first_line.lower()
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate()


def test_db_option_overrides_the_database_setting(tmp_path: Path) -> None:
    chosen = tmp_path / "chosen.db"
    done = _briefbot(tmp_path, "--db", f"sqlite:///{chosen}", BRIEFBOT_SEEDS_DIR=str(tmp_path / "none"))
    assert done.returncode == 0, done.stderr
    assert chosen.exists() and not (tmp_path / "briefbot.db").exists()


def test_a_bad_now_option_exits_2(tmp_path: Path) -> None:
    done = _briefbot(tmp_path, "--now", "next tuesday")
    assert done.returncode == 2 and "--now" in done.stderr and "Traceback" not in done.stderr
