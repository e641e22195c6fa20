"""Real processes on one database: kill -9 mid-delivery, and two replicas through a simulated day.

Each worker (``tests/bot/scheduling_worker.py``) is a scheduler replica whose
clock is the test: it ticks when told to, so the day is simulated in lockstep
and no test sleeps. Posts land in a shared append-only file (the platform).
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.scheduling.times import occurrences_between, parse_time_of_day
from briefings.store import open_store
from briefings.time import validate_zone
from tests.bot.scheduling_worker import read_posts

ROOT = Path(__file__).resolve().parents[3]
EIGHT_LONDON = datetime(2026, 6, 2, 7, 0, tzinfo=UTC)  # 08:00 BST
REPLY_TIMEOUT = 120.0


class Worker:
    """One scheduler process; ``tick`` sends a time and returns the worker's report."""

    def __init__(self, url: str, posts: Path, holder: str, *extra: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.holder = holder
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.bot.scheduling_worker",
                "--db",
                url,
                "--posts",
                str(posts),
                "--holder",
                holder,
                *extra,
            ],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        assert self.expect() == "ready"

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line.strip())
        self._lines.put("<eof>")

    def expect(self) -> str:
        return self._lines.get(timeout=REPLY_TIMEOUT)

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def tick(self, now: datetime) -> dict[str, Any]:
        self.send(f"tick {now.isoformat()}")
        return self.reply()

    def reply(self) -> dict[str, Any]:
        line = self.expect()
        assert line.startswith("ok "), line
        report: dict[str, Any] = json.loads(line[3:])
        return report

    def kill9(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=REPLY_TIMEOUT)

    def quit(self) -> None:
        self.send("quit")
        assert self.process.wait(timeout=REPLY_TIMEOUT) == 0


def _subscribe(url: str, specs: list[tuple[str, str]], created: datetime) -> dict[int, tuple[str, str]]:
    store = open_store(url)
    try:
        return {
            store.add_subscription("test", "general", t, z, None, now=created).id: (t, z) for t, z in specs
        }
    finally:
        store.close()


def _ledger(url: str) -> list[tuple[str, str | None]]:
    store = open_store(url)
    try:
        return [(row.status, row.claimed_by) for row in store.deliveries()]
    finally:
        store.close()


def test_kill_9_after_claiming_before_posting_then_a_restart_posts_exactly_once(
    database_url: str, tmp_path: Path
) -> None:
    _subscribe(database_url, [("08:00", "Europe/London")], EIGHT_LONDON - timedelta(days=1, hours=-1))
    posts = tmp_path / "posts.jsonl"
    doomed = Worker(database_url, posts, "doomed", "--hang", "before-post", "--claim-ttl", "300")
    doomed.send(f"tick {(EIGHT_LONDON + timedelta(seconds=30)).isoformat()}")
    assert doomed.expect() == "hang"  # claimed, inside the post, not yet posted
    doomed.kill9()
    assert _ledger(database_url) == [("claimed", "doomed")]
    assert read_posts(posts) == []

    restarted = Worker(database_url, posts, "restarted", "--claim-ttl", "300")
    assert restarted.tick(EIGHT_LONDON + timedelta(minutes=2))["posted"] == []  # the claim is still live
    assert restarted.tick(EIGHT_LONDON + timedelta(minutes=6))["posted"] == [EIGHT_LONDON.isoformat()]
    assert restarted.tick(EIGHT_LONDON + timedelta(minutes=10))["posted"] == []
    restarted.quit()
    assert [(p["holder"], p["scheduled_for"]) for p in read_posts(posts)] == [
        ("restarted", EIGHT_LONDON.isoformat())
    ]
    assert _ledger(database_url) == [("posted", "restarted")]


def test_kill_9_after_posting_before_the_ledger_records_it_is_the_documented_at_least_once_window(
    database_url: str, tmp_path: Path
) -> None:
    """The one unsafe order (docs/scheduling.md): posted, then killed before complete_delivery.
    The ledger cannot tell this from a crash before posting, so it re-posts after
    the claim expires: a duplicate rather than a lost briefing."""
    _subscribe(database_url, [("08:00", "Europe/London")], EIGHT_LONDON - timedelta(hours=1))
    posts = tmp_path / "posts.jsonl"
    doomed = Worker(database_url, posts, "doomed", "--hang", "after-post")
    doomed.send(f"tick {EIGHT_LONDON.isoformat()}")
    assert doomed.expect() == "hang"
    doomed.kill9()
    restarted = Worker(database_url, posts, "restarted")
    assert restarted.tick(EIGHT_LONDON + timedelta(minutes=6))["posted"] == [EIGHT_LONDON.isoformat()]
    restarted.quit()
    assert [p["holder"] for p in read_posts(posts)] == ["doomed", "restarted"]


REPLICA_SUBSCRIPTIONS = [
    ("08:00", "Europe/London"),
    ("08:00", "America/New_York"),
    ("02:30", "America/New_York"),  # 2026-03-08 is New York's spring-forward day: 02:30 does not exist
    ("07:30", "Asia/Tokyo"),
    ("00:00", "UTC"),
    ("23:50", "UTC"),
    ("12:00", "Australia/Sydney"),
    ("18:15", "Asia/Kolkata"),
]


def test_two_replicas_over_a_simulated_day_post_each_subscription_exactly_once_with_a_leader_killed(
    database_url: str, tmp_path: Path
) -> None:
    day = datetime(2026, 3, 8, tzinfo=UTC)
    created = day - timedelta(seconds=1)
    subscriptions = _subscribe(database_url, REPLICA_SUBSCRIPTIONS, created)
    posts = tmp_path / "posts.jsonl"
    step, lease_ttl = timedelta(minutes=2), 240
    ttl_args = ("--lease-ttl", str(lease_ttl))
    replicas = [Worker(database_url, posts, f"replica-{n}", *ttl_args) for n in (1, 2)]
    leaders: list[str] = []
    kill_at = datetime(2026, 3, 8, 7, 56, tzinfo=UTC)  # just before London's 08:00 and New York's 02:30
    killed_at: datetime | None = None
    takeover: timedelta | None = None
    now = day
    spawned = 2
    while now < day + timedelta(days=1):
        if killed_at is None and now >= kill_at and leaders:
            victim = next(r for r in replicas if r.holder == leaders[-1])
            victim.kill9()
            replicas.remove(victim)
            killed_at = now
        if killed_at is not None and len(replicas) == 1 and now >= killed_at + timedelta(hours=1):
            spawned += 1
            replicas.append(Worker(database_url, posts, f"replica-{spawned}", *ttl_args))
        # every replica ticks at the same simulated instant, concurrently
        order = replicas if (now.minute // 2) % 2 else list(reversed(replicas))
        for replica in order:
            replica.send(f"tick {now.isoformat()}")
        reports = {replica.holder: replica.reply() for replica in order}
        leading = [holder for holder, report in reports.items() if report["leader"]]
        assert len(leading) <= 1, f"two leaders at {now}: {leading}"
        if leading and (not leaders or leaders[-1] != leading[0]):
            leaders.append(leading[0])
            if killed_at is not None and takeover is None:
                takeover = now - killed_at
        now += step
    last_tick = now - step
    for replica in replicas:
        replica.quit()

    expected = {
        (sid, at.isoformat())
        for sid, (time, zone) in subscriptions.items()
        for at in occurrences_between(*parse_time_of_day(time), validate_zone(zone), created, last_tick)
    }
    posted = Counter((int(p["subscription"]), str(p["scheduled_for"])) for p in read_posts(posts))
    duplicated = sum(count - 1 for count in posted.values())
    missed = len(expected - set(posted))
    print(
        f"replicas: deliveries expected={len(expected)} posted={sum(posted.values())} "
        f"duplicated={duplicated} missed={missed} leader_changes={len(leaders) - 1} "
        f"takeover_seconds={takeover.total_seconds() if takeover else None} db={database_url.split(':')[0]}"
    )
    assert len(expected) == len(REPLICA_SUBSCRIPTIONS)
    assert set(posted) == expected
    assert duplicated == 0 and missed == 0
    assert takeover is not None and takeover <= timedelta(seconds=lease_ttl) + step
    assert len(leaders) >= 2
    assert {status for status, _ in _ledger(database_url)} == {"posted"}
