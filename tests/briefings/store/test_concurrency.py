"""Races on the delivery ledger and leases: exactly one winner, threads or processes."""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from typing import Any

from briefings.store import SqlStore, open_store

TTL = timedelta(minutes=5)
CONTENDERS = 6
PROCESSES = 3  # each pays for a fresh interpreter
SLOTS = 12


def _claim_slots(url: str, subscription_id: int, start: datetime, holder: str, barrier: Any) -> list[int]:
    """Claim every slot in step with the other contenders; return the slots won."""
    store = open_store(url)
    won: list[int] = []
    try:
        for slot in range(SLOTS):
            scheduled = start + timedelta(days=slot)
            barrier.wait(timeout=60)
            if store.claim_delivery(subscription_id, scheduled, holder=holder, now=start, claim_ttl=TTL):
                won.append(slot)
    finally:
        store.close()
    return won


def _claim_in_process(args: tuple[str, int, datetime, str, Any, Any]) -> None:
    url, subscription_id, start, holder, barrier, results = args
    results.put((holder, _claim_slots(url, subscription_id, start, holder, barrier)))


def _assert_one_winner_per_slot(wins: dict[str, list[int]]) -> None:
    per_slot = [sorted(holder for holder, slots in wins.items() if slot in slots) for slot in range(SLOTS)]
    assert [len(holders) for holders in per_slot] == [1] * SLOTS, per_slot


def test_concurrent_claims_from_threads_have_exactly_one_winner(
    store: SqlStore, database_url: str, now: datetime
) -> None:
    sub = store.add_subscription("slack", "C1", "08:00", "UTC", None, now=now)
    barrier = threading.Barrier(CONTENDERS)
    with ThreadPoolExecutor(CONTENDERS) as pool:
        futures = {
            f"t{i}": pool.submit(_claim_slots, database_url, sub.id, now, f"t{i}", barrier)
            for i in range(CONTENDERS)
        }
        wins = {holder: future.result(timeout=120) for holder, future in futures.items()}
    _assert_one_winner_per_slot(wins)
    assert len(store.deliveries(limit=100)) == SLOTS


def test_concurrent_claims_from_processes_have_exactly_one_winner(
    store: SqlStore, database_url: str, now: datetime
) -> None:
    sub = store.add_subscription("slack", "C1", "08:00", "UTC", None, now=now)
    context = multiprocessing.get_context("fork")  # children open their own store
    barrier = context.Barrier(CONTENDERS)
    results = context.Queue()
    processes = [
        context.Process(
            target=_claim_in_process, args=((database_url, sub.id, now, f"p{i}", barrier, results),)
        )
        for i in range(CONTENDERS)
    ]
    for process in processes:
        process.start()
    wins = dict(results.get(timeout=120) for _ in processes)
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    _assert_one_winner_per_slot(wins)


def test_racing_takeovers_of_an_expired_claim_have_exactly_one_winner(
    store: SqlStore, database_url: str, now: datetime
) -> None:
    sub = store.add_subscription("slack", "C1", "08:00", "UTC", None, now=now)
    store.claim_delivery(sub.id, now, holder="crashed", now=now - TTL * 2, claim_ttl=TTL)
    barrier = threading.Barrier(CONTENDERS)

    def take_over(holder: str) -> bool:
        contender = open_store(database_url)
        try:
            barrier.wait(timeout=60)
            return contender.claim_delivery(sub.id, now, holder=holder, now=now, claim_ttl=TTL)
        finally:
            contender.close()

    with ThreadPoolExecutor(CONTENDERS) as pool:
        outcomes = list(pool.map(take_over, [f"t{i}" for i in range(CONTENDERS)]))
    assert outcomes.count(True) == 1
    [delivery] = store.deliveries()
    assert delivery.claimed_by == f"t{outcomes.index(True)}"


def test_racing_for_a_free_lease_has_exactly_one_holder(
    store: SqlStore, database_url: str, now: datetime
) -> None:
    barrier = threading.Barrier(CONTENDERS)

    def acquire(holder: str) -> bool:
        contender = open_store(database_url)
        try:
            barrier.wait(timeout=60)
            return contender.acquire_lease("scheduler", holder, now=now, ttl=timedelta(seconds=30))
        finally:
            contender.close()

    with ThreadPoolExecutor(CONTENDERS) as pool:
        outcomes = list(pool.map(acquire, [f"t{i}" for i in range(CONTENDERS)]))
    assert outcomes.count(True) == 1
