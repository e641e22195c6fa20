"""Slack command latency: 200 concurrent signed ``/brief`` requests to the real app.

The whole bot runs as in production — slack-bolt's AsyncApp behind briefbot's
aiohttp endpoint, the real ``CommandHandler`` over a SQLite store holding the
seed corpus, the real renderer — and only Slack is faked. Three processes, so
that nothing but the bot competes for the bot's GIL:

* the bot (this process);
* the Slack Web API stand-in (``tests/fakes/slack_api.py``), which Slack's own
  servers would be: a thread in the bot's process would take the GIL for every
  ``chat.postMessage`` it parses;
* the load generator, which opens one connection per request and writes
  pre-signed, pre-encoded requests from a selector loop on raw sockets. An
  HTTP client library's event loop is too slow for this: with aiohttp's
  client, the generator itself took ~120 ms to send 200 requests and read the
  answers, so every request "waited" that long, however fast the bot acked.

A request's ack latency runs from the generator starting its connection to
the first byte of the answer (what Slack's 3-second limit applies to; goal p99
<= 100 ms); its time to post runs to the fake receiving the briefing's first
``chat.postMessage``. ``time.monotonic`` is the system-wide clock, comparable
across processes. Each run starts a fresh bot on the same store, acks
requests one at a time first (imports settle) and then takes the burst; the
summary is the median of the runs' figures. On a machine shared with other
work, read them with the load average printed beside them.

Run from the repository root::

    .venv/bin/python benchmarks/slack_ack.py [--requests 200] [--runs 3] [--db sqlite:///path.db]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import multiprocessing
import os
import selectors
import socket
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import machine, percentile  # noqa: E402
from bot.app import ensure_corpus  # noqa: E402
from bot.config import Settings, load_settings  # noqa: E402
from bot.core.commands import CommandHandler  # noqa: E402
from bot.core.events import Handler, Incoming, Outgoing  # noqa: E402
from bot.platforms.slack.answers import COMPUTE_SLOTS  # noqa: E402
from bot.platforms.slack.platform import SlackPlatform  # noqa: E402
from briefings.model.briefing import Notice  # noqa: E402
from briefings.render.renderer import Renderer  # noqa: E402
from briefings.store import open_store  # noqa: E402
from briefings.store.protocol import Store  # noqa: E402
from tests.fakes.slack_api import FakeSlackApi  # noqa: E402
from tests.fakes.slack_requests import FORM, sign, slash_command_body  # noqa: E402

TOKEN = "xoxb-benchmark"
SECRET = "benchmark-signing-secret"
SEQUENTIAL = 21
EVENTS_PATH = "/slack/events"

Timing = tuple[float, float, int]
"""One request: (started, seconds until the first byte of the answer, HTTP status)."""


# --- the Slack Web API stand-in, in its own process -----------------------------------------------


def fake_slack(token: str, conn: Connection) -> None:
    """Serve the fake until asked for its calls: sends its port, then on any message
    the ``(method, channel, at)`` of every call so far, and stops on ``None``."""
    with FakeSlackApi(token=token) as fake:
        conn.send(fake.port)
        while conn.recv() is not None:
            conn.send([(c.method, str(c.params.get("channel", "")), c.at) for c in fake.calls()])


class FakeSlackProcess:
    def __init__(self, token: str) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=fake_slack, args=(token, child), daemon=True)
        self._process.start()
        self.port = int(self._conn.recv())

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/response/{name}"

    def calls(self) -> list[tuple[str, str, float]]:
        self._conn.send("calls")
        calls: list[tuple[str, str, float]] = self._conn.recv()
        return calls

    def stop(self) -> None:
        self._conn.send(None)
        self._process.join(timeout=10)


# --- the load generator, in its own process ---------------------------------------------------------


def http_request(port: int, body: str, headers: dict[str, str]) -> bytes:
    encoded = body.encode()
    lines = [f"POST {EVENTS_PATH} HTTP/1.1", f"Host: 127.0.0.1:{port}", f"Content-Length: {len(encoded)}"]
    lines += ["Connection: close", *(f"{name}: {value}" for name, value in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + encoded


def burst(port: int, requests: list[bytes]) -> list[Timing]:
    """Start every connection at once, write each request as soon as its socket is
    writable, and time the first byte of each answer (read to the close for the status)."""
    selector = selectors.DefaultSelector()
    started = [0.0] * len(requests)
    answered = [0.0] * len(requests)
    unsent = list(requests)
    received = [b""] * len(requests)
    for i in range(len(requests)):
        sock = socket.socket()
        sock.setblocking(False)
        started[i] = time.monotonic()
        sock.connect_ex(("127.0.0.1", port))
        selector.register(sock, selectors.EVENT_WRITE, i)
    open_sockets = len(requests)
    while open_sockets:
        for key, events in selector.select():
            conn, i = key.fileobj, key.data
            assert isinstance(conn, socket.socket)
            if events & selectors.EVENT_WRITE:
                unsent[i] = unsent[i][conn.send(unsent[i]) :]
                if not unsent[i]:
                    selector.modify(conn, selectors.EVENT_READ, i)
                continue
            chunk = conn.recv(65536)
            if chunk and not received[i]:
                answered[i] = time.monotonic()
            received[i] += chunk
            if not chunk:
                selector.unregister(conn)
                conn.close()
                open_sockets -= 1
    return [(started[i], answered[i] - started[i], _status(received[i])) for i in range(len(requests))]


def _status(answer: bytes) -> int:
    parts = answer.split(b" ", 2)
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0


def load_generator(port: int, requests: list[bytes], conn: Connection) -> None:
    conn.send(burst(port, requests))


def run_load_generator(port: int, requests: list[bytes]) -> list[Timing]:
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    process = context.Process(target=load_generator, args=(port, requests, child))
    process.start()
    results: list[Timing] = parent.recv()
    process.join()
    return results


# --- one run ------------------------------------------------------------------------------------------


@dataclass
class Run:
    load: float
    single: list[float]
    acks: list[float]
    to_post: list[float]
    statuses: set[int]
    all_acked: float
    all_posted: float
    cpu_per_request: float
    posted: int


async def acknowledge(incoming: Incoming) -> Outgoing:
    """The floor's handler: nothing to compute, a one-line private answer."""
    return Outgoing(Notice("ok"), ephemeral=True)


async def one_run(
    tag: str,
    settings: Settings,
    store: Store,
    fake: FakeSlackProcess,
    requests: int,
    *,
    slots: int,
    handler: Handler | None = None,
) -> Run:
    """A fresh bot: acks one at a time, then the burst. ``handler`` None is the real
    ``CommandHandler``; time to post counts ``chat.postMessage`` (briefings) only."""
    now = datetime.now(UTC)
    platform = SlackPlatform(
        settings, Renderer(), store=store, clock=lambda: now, host="127.0.0.1", compute_slots=slots
    )
    await platform.start(handler or CommandHandler(store, clock=lambda: now, tz=settings.timezone))
    try:
        single: list[float] = []
        for i in range(SEQUENTIAL):
            body = slash_command_body("/brief", "", channel=f"W{tag}-{i:05d}")
            request = http_request(platform.port, body, sign(SECRET, body, FORM).headers)
            single.append((await asyncio.to_thread(burst, platform.port, [request]))[0][1])
            await platform.drain()
        channels = [f"C{tag}-{i:05d}" for i in range(requests)]
        encoded = []
        for i, channel in enumerate(channels):
            url = fake.response_url(f"{tag}-{i}")
            body = slash_command_body("/brief", "", channel=channel, response_url=url)
            encoded.append(http_request(platform.port, body, sign(SECRET, body, FORM).headers))
        load = os.getloadavg()[0]
        cpu_before = time.process_time()
        results = await asyncio.to_thread(run_load_generator, platform.port, encoded)
        await platform.drain()
        done = time.monotonic()
        cpu = time.process_time() - cpu_before
    finally:
        await platform.stop()
    first_post: dict[str, float] = {}
    for method, channel, at in fake.calls():
        if method == "chat.postMessage":
            first_post.setdefault(channel, at)
    began = min(started for started, _, _ in results)
    to_post = [first_post[c] - results[i][0] for i, c in enumerate(channels) if c in first_post]
    return Run(
        load=load,
        single=single[1:],
        acks=[latency for _, latency, _ in results],
        to_post=to_post,
        statuses={status for _, _, status in results},
        all_acked=max(started + latency for started, latency, _ in results) - began,
        all_posted=done - began,
        cpu_per_request=cpu / requests,
        posted=len(to_post),
    )


def spread(seconds: list[float]) -> str:
    if not seconds:
        return "-"
    ms = [s * 1000 for s in seconds]
    return (
        f"p50 {percentile(ms, 50):7.1f}  p95 {percentile(ms, 95):7.1f}  "
        f"p99 {percentile(ms, 99):7.1f}  max {max(ms):7.1f} ms"
    )


def report(number: int, floor: Run, run: Run, requests: int) -> None:
    print(f"run {number}: load average {run.load:.2f} when the /brief burst began (floor: {floor.load:.2f})")
    print(f"  floor: ack, no work      {spread(floor.acks)}   (statuses {sorted(floor.statuses)})")
    print(f"  ack, one at a time       {spread(run.single)}")
    print(f"  ack under the burst      {spread(run.acks)}   (statuses {sorted(run.statuses)})")
    print(f"  time to posted message   {spread(run.to_post)}")
    print(
        f"  all acked after {1000 * run.all_acked:.0f} ms (floor {1000 * floor.all_acked:.0f} ms), "
        f"all posted after {1000 * run.all_posted:.0f} ms; "
        f"bot CPU per /brief {1000 * run.cpu_per_request:.1f} ms"
    )
    if run.posted < requests:
        print(f"  WARNING: only {run.posted} of {requests} briefings were posted")


def summary(floors: list[Run], runs: list[Run]) -> None:
    def line(figure: str, values: list[float]) -> None:
        shown = ", ".join(f"{v:.1f}" for v in values)
        print(f"  {figure:<30} {statistics.median(values):8.1f} ms   (runs: {shown})")

    def ms(chosen: list[Run], pick: str, q: float) -> list[float]:
        return [1000 * percentile(getattr(run, pick), q) for run in chosen]

    loads = ", ".join(f"{run.load:.2f}" for run in runs)
    print(f"median of {len(runs)} runs (load averages {loads}):")
    for name, chosen, pick in (
        ("ack", runs, "acks"),
        ("floor ack (no work)", floors, "acks"),
        ("time to posted message", runs, "to_post"),
    ):
        for q in (50, 95, 99):
            line(f"{name} p{q}", ms(chosen, pick, q))
        line(f"{name} max", [1000 * max(getattr(run, pick)) for run in chosen])
    line("ack one at a time p50", ms(runs, "single", 50))


async def main(requests: int, runs: int, slots: int, database_url: str | None, seeds: Path) -> None:
    print(machine())
    fake = FakeSlackProcess(TOKEN)
    floors: list[Run] = []
    done: list[Run] = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            url = database_url or f"sqlite:///{tmp}/bench.db"
            settings = load_settings(
                SLACK_BOT_TOKEN=TOKEN,
                SLACK_SIGNING_SECRET=SECRET,
                SLACK_APP_TOKEN=None,
                SLACK_API_URL=fake.base_url,
                BRIEFBOT_SLACK_PORT=0,
                BRIEFBOT_DATABASE_URL=url,
                BRIEFBOT_SEEDS_DIR=str(seeds),
            )
            store = open_store(url)
            try:
                await ensure_corpus(store, settings, datetime.now(UTC))
                print(
                    f"store: {store.count_documents()} documents ({url.split(':', 1)[0]}); "
                    f"compute slots {slots}"
                )
                print(f"{requests} concurrent signed /brief requests per burst, each from its own channel")
                for number in range(1, runs + 1):
                    args = (settings, store, fake, requests)
                    floors.append(await one_run(f"{number}f", *args, slots=slots, handler=acknowledge))
                    done.append(await one_run(f"{number}", *args, slots=slots))
                    report(number, floors[-1], done[-1], requests)
            finally:
                store.close()
    finally:
        fake.stop()
    summary(floors, done)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", default=None, help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    parser.add_argument(
        "--compute-slots",
        type=int,
        default=COMPUTE_SLOTS,
        help="answers computed at once (default: the bot's)",
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(main(args.requests, args.runs, args.compute_slots, args.db, args.seeds))
