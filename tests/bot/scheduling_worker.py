"""A scheduler replica in its own process, driven line by line, for kill -9 and replica tests.

The test is the clock: it writes ``tick <ISO time>`` on the worker's stdin and
reads one ``ok <json>`` line back per tick, so several workers can be stepped
through a simulated day in lockstep and killed at a chosen moment. Posts go to
an append-only JSON-lines file standing in for the chat platform (the network
edge): each line is one message a channel would have received.

    python -m tests.bot.scheduling_worker --db URL --posts FILE --holder NAME [--hang before-post]

``--hang before-post`` claims, prints ``hang`` and blocks inside the post (the
test then SIGKILLs it); ``--hang after-post`` posts first, then blocks before
the ledger records the post.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from bot.config import Settings
from bot.scheduling.scheduler import Scheduler
from briefings.model.facts import Subscription
from briefings.store import open_store

Hang = Literal["before-post", "after-post"] | None


def scheduler_settings(
    url: str, *, lease_ttl: int = 30, claim_ttl: int = 300, grace_minutes: int = 60
) -> Settings:
    """Settings for a scheduler under test (environment names, as Settings reads them)."""
    return Settings.model_validate(
        {
            "BRIEFBOT_DATABASE_URL": url,
            "BRIEFBOT_LEASE_TTL_SECONDS": lease_ttl,
            "BRIEFBOT_CLAIM_TTL_SECONDS": claim_ttl,
            "BRIEFBOT_MISFIRE_GRACE_MINUTES": grace_minutes,
        }
    )


@dataclass
class ListDeliverer:
    """A platform in a list: every post a channel would have received, in order."""

    holder: str = "test"
    posts: list[tuple[int, datetime]] = field(default_factory=list)
    fail_with: Exception | None = None

    async def deliver(self, subscription: Subscription, scheduled_for: datetime) -> str:
        if self.fail_with is not None:
            raise self.fail_with
        self.posts.append((subscription.id, scheduled_for))
        return f"{self.holder}-{len(self.posts)}"


@dataclass
class FileDeliverer:
    """A platform in an append-only file shared by processes; survives a kill -9 of the poster."""

    path: Path
    holder: str
    hang: Hang = None
    on_hang: Callable[[], None] = lambda: None

    async def deliver(self, subscription: Subscription, scheduled_for: datetime) -> str:
        if self.hang == "before-post":
            self.on_hang()
        ref = f"{self.holder}:{subscription.id}:{scheduled_for.isoformat()}"
        line = json.dumps(
            {
                "subscription": subscription.id,
                "scheduled_for": scheduled_for.isoformat(),
                "holder": self.holder,
                "ref": ref,
            }
        )
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, (line + "\n").encode())
            os.fsync(fd)
        finally:
            os.close(fd)
        if self.hang == "after-post":
            self.on_hang()
        return ref


def read_posts(path: Path) -> list[dict[str, str | int]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _hang_forever() -> None:
    print("hang", flush=True)
    sys.stdin.readline()  # blocks until the test kills us (or closes stdin)
    os._exit(3)


async def _serve(args: argparse.Namespace) -> None:
    store = open_store(args.db)
    settings = scheduler_settings(
        args.db, lease_ttl=args.lease_ttl, claim_ttl=args.claim_ttl, grace_minutes=args.grace_minutes
    )
    deliverer = FileDeliverer(Path(args.posts), args.holder, hang=args.hang, on_hang=_hang_forever)
    clock_now = datetime(2000, 1, 1, tzinfo=UTC)
    scheduler = Scheduler(store, deliverer, settings, clock=lambda: clock_now, holder_id=args.holder)
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, value = line.strip().partition(" ")
        if command == "quit":
            break
        if command != "tick":
            print(f"error unknown command {command!r}", flush=True)
            continue
        clock_now = datetime.fromisoformat(value)
        report = await scheduler.tick(clock_now)
        posted = [o.scheduled_for.isoformat() for o in report.outcomes if o.status == "posted"]
        print("ok " + json.dumps({"leader": report.leader, "posted": posted}), flush=True)
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--posts", required=True)
    parser.add_argument("--holder", required=True)
    parser.add_argument("--hang", choices=["before-post", "after-post"], default=None)
    parser.add_argument("--lease-ttl", type=int, default=30)
    parser.add_argument("--claim-ttl", type=int, default=300)
    parser.add_argument("--grace-minutes", type=int, default=60)
    asyncio.run(_serve(parser.parse_args()))


if __name__ == "__main__":
    main()
