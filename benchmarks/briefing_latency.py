"""Briefing latency at scale: build + render of /brief, /quotes NAME, /whomet NAME.

A synthetic store (see :mod:`benchmarks.synthetic`: the real corpus's extracted
facts with varied names, places and dates, saved through the store's write
path) grows to each ``--sizes`` in turn; at each size every command runs
``--repeat`` times through the real :class:`bot.core.commands.CommandHandler` and
:class:`briefings.render.renderer.Renderer` (Slack Block Kit), and p50/p95 are printed.
NAME is the most frequent person of the synthetic corpus (the worst case: the
most matching facts) and a typical one (rank 100 of the Zipf pool); ``/brief
NAME`` (all three sections filtered to the most frequent person) runs too.

With ``--explain`` (default on) every SQL statement the commands issue at the
largest size is put through ``EXPLAIN QUERY PLAN`` (SQLite) or ``EXPLAIN``
(PostgreSQL) and any full table scan is printed with its statement.

PostgreSQL runs in a database the script creates and drops
(``briefbot_bench_<pid>`` on the server of ``--pg-url``).

Run from the repository root::

    .venv/bin/python benchmarks/briefing_latency.py [--sizes 1000,10000,100000]
        [--backends sqlite,postgresql] [--repeat 20] [--pg-url URL]

Goal: p95 <= 300 ms at 100k documents and less than 2x growth from 1k to 100k.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import event, text

from benchmarks.bulk import bulk_fill
from benchmarks.common import DEFAULT_PG, backend_url, machine, percentile
from benchmarks.synthetic import Generator, extract_templates, fill
from bot.core.commands import CommandHandler
from bot.core.events import Incoming
from briefings.render.renderer import Renderer
from briefings.store import open_store
from briefings.store.schema import metadata
from briefings.store.sql import SqlStore


@dataclass(frozen=True)
class Case:
    label: str
    command: str
    text: str


def cases(generator: Generator) -> list[Case]:
    frequent = generator.people.most_frequent
    typical = generator.people.ranked(100)
    return [
        Case("daily /brief", "brief", ""),
        Case(f"/brief {frequent} (top)", "brief", frequent),
        Case(f"/quotes {frequent} (top)", "quotes", frequent),
        Case(f"/quotes {typical} (typical)", "quotes", typical),
        Case(f"/whomet {frequent} (top)", "whomet", frequent),
        Case(f"/whomet {typical} (typical)", "whomet", typical),
    ]


async def time_case(
    handler: CommandHandler, renderer: Renderer, case: Case, repeat: int, budget: float
) -> list[float]:
    """``repeat`` timed runs after one warm-up, fewer (at least 3) when they exceed
    ``budget`` seconds in all: a slow command at 100k would otherwise take an hour."""
    incoming = Incoming("command", "slack", "C-bench", "U-bench", case.text, command=case.command)
    seconds: list[float] = []
    began = time.perf_counter()
    for _ in range(repeat + 1):  # the first run warms caches and is not counted
        started = time.perf_counter()
        outgoing = await handler(incoming)
        renderer.render(outgoing.response, "slack")
        seconds.append(time.perf_counter() - started)
        if len(seconds) > 3 and time.perf_counter() - began > budget:
            break
    return seconds[1:] or seconds


@contextmanager
def captured_sql(store: SqlStore) -> Iterator[list[tuple[str, Any]]]:
    statements: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, _ctx: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", capture)
    try:
        yield statements
    finally:
        event.remove(store.engine, "before_cursor_execute", capture)


def full_scans(store: SqlStore, statements: list[tuple[str, Any]]) -> list[tuple[str, list[str]]]:
    """Statements whose plan reads a whole table, with the offending plan lines."""
    found: list[tuple[str, list[str]]] = []
    seen: set[str] = set()
    with store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        for statement, parameters in statements:
            if statement in seen:
                continue
            seen.add(statement)
            cursor = raw.cursor()
            if store.dialect == "sqlite":
                cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters)
                plan = [str(row[-1]) for row in cursor.fetchall()]
                # "SCAN t USING INDEX i" reads the whole table in index order (an ORDER BY
                # with a filter the index cannot apply): as much a full scan as plain "SCAN t".
                # FTS5 virtual tables are searched through their own index; "SCAN anon_1"
                # reads a LIMITed subquery's rows, not a table.
                bad = [
                    line
                    for line in plan
                    if line.startswith("SCAN ")
                    and line.split()[1] in metadata.tables
                    and "VIRTUAL TABLE" not in line
                ]
            else:
                cursor.execute("EXPLAIN " + statement, parameters)
                plan = [str(row[0]) for row in cursor.fetchall()]
                bad = [line.strip() for line in plan if "Seq Scan" in line]
            cursor.close()
            if bad:
                found.append((" ".join(statement.split()), bad))
    return found


async def measure(
    store: SqlStore, generator: Generator, size: int, repeat: int, budget: float = 60.0
) -> dict[str, list[float]]:
    now = generator.time_of(size - 1) + timedelta(hours=4)
    handler = CommandHandler(store, clock=lambda: now, tz="UTC")
    renderer = Renderer()
    return {case.label: await time_case(handler, renderer, case, repeat, budget) for case in cases(generator)}


def report(size: int, backend: str, results: dict[str, list[float]]) -> None:
    for label, seconds in results.items():
        ms = [s * 1000 for s in seconds]
        print(
            f"  {backend:<10} {size:>7} docs  {label:<40} p50 {statistics.median(ms):7.1f} ms  "
            f"p95 {percentile(ms, 95):7.1f} ms  (n={len(ms)})",
            flush=True,
        )


def run_backend(
    backend: str,
    sizes: list[int],
    generator: Generator,
    repeat: int,
    pg_url: str,
    explain: bool,
    write_path: int,
    budget: float,
) -> dict[int, dict[str, list[float]]]:
    by_size: dict[int, dict[str, list[float]]] = {}
    with tempfile.TemporaryDirectory() as tmp, backend_url(backend, pg_url, tmp) as url:
        store = open_store(url)
        try:
            stored = min(write_path, sizes[0])
            if stored:
                seconds = fill(store, generator, 0, stored)
                print(
                    f"{backend}: first {stored} documents through the write path: "
                    f"{stored / seconds:.0f} documents/s"
                )
            for size in sizes:
                seconds = bulk_fill(store, generator, stored, size)
                rate = (size - stored) / seconds if seconds else float("inf")
                print(f"{backend}: {size} documents stored (bulk: {rate:.0f} documents/s)", flush=True)
                stored = size
                if backend == "postgresql":
                    with store.engine.connect() as conn:
                        conn.execute(text("ANALYZE"))
                        conn.commit()
                by_size[size] = asyncio.run(measure(store, generator, size, repeat, budget))
                report(size, backend, by_size[size])
            if explain:
                with captured_sql(store) as statements:
                    asyncio.run(measure(store, generator, stored, 0))
                scans = full_scans(store, statements)
                print(
                    f"{backend}: {len({s for s, _ in statements})} distinct SELECTs, "
                    f"{len(scans)} with a full scan"
                )
                for statement, lines in scans:
                    print(f"  FULL SCAN {'; '.join(lines)}\n    in: {statement[:600]}")
        finally:
            store.close()
    return by_size


def summary(backend: str, by_size: dict[int, dict[str, list[float]]]) -> None:
    smallest, largest = min(by_size), max(by_size)
    print(
        f"{backend}: p95 at {largest} documents (goal <= 300 ms) "
        f"and growth of p95 from {smallest} (goal < 2x)"
    )
    for label in by_size[largest]:
        small = 1000 * percentile(by_size[smallest][label], 95)
        large = 1000 * percentile(by_size[largest][label], 95)
        verdict = "met" if large <= 300 and large < 2 * small else "MISSED"
        print(f"  {label:<40} p95 {large:7.1f} ms   growth {large / small:5.2f}x   {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1000,10000,100000", help="store sizes, ascending")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--repeat", type=int, default=20, help="timed runs per command and size")
    parser.add_argument("--docs-per-day", type=int, default=100, help="synthetic timeline density")
    parser.add_argument("--people", type=int, default=0, help="person pool (default: largest size / 10)")
    parser.add_argument(
        "--pg-url", default=DEFAULT_PG, help="PostgreSQL server (a bench database is created)"
    )
    parser.add_argument(
        "--write-path", type=int, default=500, help="documents saved through save_document first (timed)"
    )
    parser.add_argument(
        "--budget", type=float, default=60.0, help="seconds per command and size (min 3 runs)"
    )
    parser.add_argument("--no-explain", dest="explain", action="store_false")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    print(machine())
    started = time.perf_counter()
    templates = extract_templates()
    print(f"{len(templates)} real articles extracted as templates in {time.perf_counter() - started:.0f} s")
    for backend in args.backends.split(","):
        generator = Generator(
            templates, people=args.people or max(500, sizes[-1] // 10), docs_per_day=args.docs_per_day
        )
        by_size = run_backend(
            backend, sizes, generator, args.repeat, args.pg_url, args.explain, args.write_path, args.budget
        )
        summary(backend, by_size)


if __name__ == "__main__":
    main()
