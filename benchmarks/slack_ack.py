"""Slack command latency: 200 concurrent signed ``/brief`` requests to the real app.

The whole bot runs as in production — slack-bolt's AsyncApp behind briefbot's
aiohttp endpoint, the real ``CommandHandler`` over a SQLite store holding the
seed corpus, the real renderer — and only the Slack Web API is the local fake
(``tests/fakes/slack_api.py``). Prints the ack latency (what Slack's 3-second
limit applies to; goal p99 <= 100 ms), first one request at a time and then
under the burst, and the time until each briefing of the burst reached
``chat.postMessage``. The load generator runs in its own process, but on the
same machine: on a small one, its CPU use counts against the bot's.

Run from the repository root::

    .venv/bin/python benchmarks/slack_ack.py [--requests 200] [--db sqlite:///path.db]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import multiprocessing
import os
import platform as host
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from multiprocessing.queues import Queue
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402

from bot.app import ensure_corpus  # noqa: E402
from bot.commands import CommandHandler  # noqa: E402
from bot.config import load_settings  # noqa: E402
from bot.platforms.slack_platform import SlackPlatform  # noqa: E402
from briefings.render import Renderer  # noqa: E402
from briefings.store import open_store  # noqa: E402
from tests.fakes.slack_api import FakeSlackApi  # noqa: E402
from tests.fakes.slack_requests import FORM, SignedRequest, sign, slash_command_body  # noqa: E402

TOKEN = "xoxb-benchmark"
SECRET = "benchmark-signing-secret"
SEQUENTIAL = 21


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))
    return ordered[index]


def describe(name: str, seconds: list[float]) -> str:
    ms = [s * 1000 for s in seconds]
    return (
        f"{name:<22} n={len(ms):<4} median {statistics.median(ms):7.1f} ms   "
        f"p99 {percentile(ms, 99):7.1f} ms   max {max(ms):7.1f} ms"
    )


async def fire(session: aiohttp.ClientSession, url: str, request: SignedRequest) -> tuple[float, float, int]:
    started = time.monotonic()
    async with session.post(url, data=request.body, headers=request.headers) as response:
        await response.read()
    return started, time.monotonic() - started, response.status


async def _burst(url: str, requests: list[SignedRequest]) -> list[tuple[float, float, int]]:
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        return await asyncio.gather(*(fire(session, url, r) for r in requests))


def load_generator(
    url: str, requests: list[SignedRequest], results: Queue[list[tuple[float, float, int]]]
) -> None:
    """Runs in its own process so the client's work does not slow the server it measures.
    ``time.monotonic`` is the system-wide monotonic clock, comparable across processes."""
    results.put(asyncio.run(_burst(url, requests)))


async def main(requests: int, database_url: str | None, seeds: Path) -> None:
    now = datetime.now(UTC)
    single: list[float] = []
    with tempfile.TemporaryDirectory() as tmp, FakeSlackApi(token=TOKEN) as fake:
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
            await ensure_corpus(store, settings, now)
            print(f"store: {store.count_documents()} documents ({url.split(':', 1)[0]})")
            platform = SlackPlatform(settings, Renderer(), store=store, clock=lambda: now, host="127.0.0.1")
            await platform.start(CommandHandler(store, clock=lambda: now, tz=settings.timezone))
            events = f"http://127.0.0.1:{platform.port}/slack/events"
            async with aiohttp.ClientSession() as session:
                # one at a time first (imports settle): the ack latency without a queue
                for i in range(SEQUENTIAL):
                    body = slash_command_body("/brief", "", channel=f"W{i:05d}")
                    single.append((await fire(session, events, sign(SECRET, body, FORM)))[1])
                    await platform.drain()
                warm = len(fake.calls("chat.postMessage"))
                signed = [
                    sign(
                        SECRET,
                        slash_command_body(
                            "/brief", "", channel=f"C{i:05d}", response_url=fake.response_url(f"r{i}")
                        ),
                        FORM,
                    )
                    for i in range(requests)
                ]
                context = multiprocessing.get_context("spawn")
                queue: Queue[list[tuple[float, float, int]]] = context.Queue()
                client = context.Process(target=load_generator, args=(events, signed, queue))
                load_before = os.getloadavg()[0]
                cpu_before = time.process_time()
                client.start()
                results = await asyncio.to_thread(queue.get)
                await asyncio.to_thread(client.join)
                began = min(started for started, _, _ in results)
                acked = max(started + latency for started, latency, _ in results)
                await platform.drain()
                done = time.monotonic()
                cpu = time.process_time() - cpu_before
            await platform.stop()
        finally:
            store.close()

    posts = fake.calls("chat.postMessage")[warm:]
    first_post: dict[str, float] = {}
    for call in posts:
        first_post.setdefault(call.params["channel"], call.at)
    to_post = [first_post[f"C{i:05d}"] - results[i][0] for i in range(requests) if f"C{i:05d}" in first_post]
    statuses = {status for _, _, status in results}

    print(
        f"host: {host.node()} {host.machine()}, {os.cpu_count()} cpus, Python {host.python_version()}, "
        f"load average {load_before:.1f} when the burst began"
    )
    print(f"{requests} concurrent signed /brief requests; HTTP statuses {sorted(statuses)}")
    print(describe("ack, one at a time", single[1:]))
    print(describe("ack latency", [latency for _, latency, _ in results]))
    print(describe("time to posted message", to_post))
    print(
        f"all acked after {1000 * (acked - began):.0f} ms, all briefings posted after "
        f"{1000 * (done - began):.0f} ms; {len(posts)} chat.postMessage calls, "
        f"{len(fake.calls('response_url'))} response_url posts"
    )
    print(f"bot process CPU per /brief (ack, build, render, post, remember): {1000 * cpu / requests:.1f} ms")
    if len(to_post) < requests:
        print(f"WARNING: only {len(to_post)} of {requests} briefings were posted")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--db", default=None, help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(main(args.requests, args.db, args.seeds))
