"""Socket Mode stops on SIGTERM or SIGINT while Slack cannot be reached.

Regression: with the Slack API unreachable, Socket Mode retried its connection
inside ``platform.start()`` and the process survived two SIGTERMs and a SIGINT
over 700 s. ``briefbot run`` now races start-up against the stop signal. Real
processes; Slack's API is a loopback port that refuses connections, or one that
accepts them and never answers (a black hole).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
GUARD = 60.0
"""Seconds before a wait gives up so a hang fails the test (not a speed bound)."""


def _start(tmp_path: Path, api_url: str) -> subprocess.Popen[str]:
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "SLACK_", "DISCORD_"))
    }
    environment |= {
        "BRIEFBOT_DATABASE_URL": f"sqlite:///{tmp_path / 'briefbot.db'}",
        "BRIEFBOT_SEEDS_DIR": str(tmp_path / "no-seeds"),
        "SLACK_BOT_TOKEN": "xoxb-test-token",
        "SLACK_APP_TOKEN": "xapp-test-token",
        "SLACK_API_URL": api_url,
        "PYTHONPATH": str(REPO),
    }
    return subprocess.Popen(
        [sys.executable, "-c", "from bot.cli import main; main()", "run", "--platform", "slack"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=environment,
    )


def _read_stderr(process: subprocess.Popen[str], marker: str = "") -> threading.Event:
    """Read (and so drain) the process's stderr in the background; the event is set once a
    line holds ``marker``."""
    seen = threading.Event()

    def read() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            if marker and marker in line:
                seen.set()

    threading.Thread(target=read, daemon=True).start()
    return seen


@pytest.fixture
def black_hole() -> Iterator[tuple[str, threading.Event]]:
    """A port that accepts connections and never answers; the event is set at the first one."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    connected = threading.Event()
    stop = threading.Event()
    held: list[socket.socket] = []

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            held.append(conn)
            connected.set()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/api/", connected
    finally:
        stop.set()
        thread.join(timeout=5)
        for conn in held:
            conn.close()
        listener.close()


def _closed_port() -> str:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/api/"  # nothing listens there any more: connections are refused


def _stops_on(process: subprocess.Popen[str], sig: signal.Signals) -> int:
    try:
        process.send_signal(sig)
        return process.wait(timeout=GUARD)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_socket_mode_stops_on_a_signal_while_slack_never_answers(
    tmp_path: Path, black_hole: tuple[str, threading.Event], sig: signal.Signals
) -> None:
    url, connected = black_hole
    process = _start(tmp_path, url)
    _read_stderr(process)
    assert connected.wait(GUARD), "the bot never tried to reach Slack"
    assert _stops_on(process, sig) == 0


def test_socket_mode_stops_on_sigterm_while_slack_refuses_connections(tmp_path: Path) -> None:
    process = _start(tmp_path, _closed_port())
    retrying = _read_stderr(process, "cannot reach the Slack Web API")
    assert retrying.wait(GUARD), "the bot never reported Slack unreachable"
    assert _stops_on(process, signal.SIGTERM) == 0
