"""A real ``briefbot run`` on the console with the operator port on: /healthz and /metrics
answer while it runs, its JSON logs carry no secret, and closing stdin ends it with 0."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

REPO = Path(__file__).resolve().parents[3]
SECRET = "xoxb-1111-2222-secretvalue"
SIGNING_SECRET = "signing-secret-never-logged"
RUNNING = "briefbot is running on console"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _get(port: int, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def _environment(tmp_path: Path, port: int) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "SLACK_", "DISCORD_"))}
    return keep | {
        "PYTHONPATH": str(REPO),
        "BRIEFBOT_DATABASE_URL": f"sqlite:///{tmp_path / 'briefbot.db'}",
        "BRIEFBOT_SEEDS_DIR": str(tmp_path / "no-seeds"),  # an empty store: no spaCy needed
        "BRIEFBOT_OPS_PORT": str(port),
        "BRIEFBOT_OPS_HOST": "127.0.0.1",
        "BRIEFBOT_LOG_FORMAT": "json",
        "BRIEFBOT_LOG_LEVEL": "INFO",
        # Configured but unused on the console: they must still never reach a log line.
        "SLACK_BOT_TOKEN": SECRET,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
    }


def test_a_running_console_bot_answers_healthz_and_metrics_and_exits_0_at_end_of_input(
    tmp_path: Path,
) -> None:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-c", "from bot.cli import main; main()", "run", "--platform", "console"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=_environment(tmp_path, port),
    )
    assert process.stdin is not None and process.stdout is not None and process.stderr is not None
    try:
        log_lines: list[str] = []
        for line in process.stderr:  # blocks until the bot logs that it runs: no sleeping
            log_lines.append(line)
            if RUNNING in line:
                break
        assert any(RUNNING in line for line in log_lines), "".join(log_lines)

        status, body = _get(port, "/healthz")
        assert status == 200, body
        health = json.loads(body)
        assert health["status"] == "ok" and health["process"]["pid"] == process.pid
        assert health["database"] == {"reachable": True, "dialect": "sqlite"}
        assert health["platform"] == {"name": "console", "connected": True}
        assert health["scheduler"]["role"] == "leader", "a lone process on SQLite leads"

        process.stdin.write("/whomet Baradar\n")
        process.stdin.flush()
        for line in process.stdout:  # the answer is printed after the handler was timed
            if "Baradar" in line:
                break
        status, text = _get(port, "/metrics")
        assert status == 200
        samples = {
            (sample.name, tuple(sorted(sample.labels.items()))): sample.value
            for family in text_string_to_metric_families(text)
            for sample in family.samples
        }
        startup = ("briefbot_briefings_posted_total", (("platform", "console"), ("trigger", "startup")))
        assert samples[startup] == 1
        assert samples[("briefbot_command_duration_seconds_count", (("command", "whomet"),))] == 1
        assert ("briefbot_failures_total", (("kind", "delivery"),)) in samples

        process.stdin.close()
        assert process.wait(timeout=60) == 0
        log_lines.extend(process.stderr.read().splitlines(keepends=True))
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()

    for line in log_lines:
        entry = json.loads(line)
        assert {"time", "level", "logger", "message"} <= set(entry)
        assert SECRET not in line and SIGNING_SECRET not in line
