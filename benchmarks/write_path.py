"""Write path at scale: documents/s and SQL statements per document through ``save_document``.

A synthetic store (see :mod:`benchmarks.synthetic`) is pre-grown to each
``--sizes`` in turn: the first ``--write-path`` documents through the real write
path (so identities are resolved as ingest resolves them), the rest by the bulk
loader (:func:`benchmarks.bulk.bulk_fill`). At each size, ``--warmup`` documents
are saved untimed (the first save that touches a bulk-loaded surname resolves
the whole group once, which bulk loading skipped), then ``--batch`` further
documents are saved one transaction each through :meth:`SqlStore.save_document`,
as ingest saves them, and the script prints documents/s and the SQL statements
executed per document (an ``executemany`` counts once: one round trip).

Runs use ``PYTHONHASHSEED=0`` (the script re-executes itself with it), so two
versions of the code save the same documents.

The goal (issue #10) is a cost per document bounded by the document's own facts:
documents/s and statements/document flat from 1k to 100k documents.

PostgreSQL runs in a database the script creates and drops
(``briefbot_bench_<pid>`` on the server of ``--pg-url``).

Run from the repository root::

    .venv/bin/python benchmarks/write_path.py [--sizes 1000,10000] [--backends sqlite,postgresql]
        [--batch 200] [--pg-url URL]
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import event, text

from benchmarks.bulk import bulk_fill
from benchmarks.common import DEFAULT_PG, backend_url, machine, percentile
from benchmarks.synthetic import Generator, extract_templates, fill
from briefings.store import open_store
from briefings.store.sql import SqlStore


@dataclass(frozen=True)
class Batch:
    size: int
    documents: int
    seconds: float
    statements: list[int]

    @property
    def rate(self) -> float:
        return self.documents / self.seconds

    @property
    def mean_statements(self) -> float:
        return sum(self.statements) / len(self.statements)


@contextmanager
def counted(store: SqlStore) -> Iterator[list[int]]:
    """A one-element list holding the number of statements executed so far."""
    count = [0]

    def tally(*_args: Any) -> None:
        count[0] += 1

    event.listen(store.engine, "before_cursor_execute", tally)
    try:
        yield count
    finally:
        event.remove(store.engine, "before_cursor_execute", tally)


def save_batch(store: SqlStore, generator: Generator, start: int, count: int) -> Batch:
    statements: list[int] = []
    seconds = 0.0
    with counted(store) as tally:
        for n in range(start, start + count):
            document, extraction, ingested = generator.document(n)
            before = tally[0]
            began = time.perf_counter()
            store.save_document(document, extraction, now=ingested)
            seconds += time.perf_counter() - began
            # BEGIN / COMMIT are statements too on SQLite (emitted by the engine).
            statements.append(tally[0] - before)
    return Batch(start, count, seconds, statements)


def run_backend(
    backend: str, sizes: list[int], generator: Generator, args: argparse.Namespace
) -> dict[int, Batch]:
    """Grow the store to each size, then time a batch; the timed documents stay in the store."""
    results: dict[int, Batch] = {}
    with tempfile.TemporaryDirectory() as tmp, backend_url(backend, args.pg_url, tmp) as url:
        store = open_store(url)
        try:
            stored = min(args.write_path, sizes[0])
            if stored:
                seconds = fill(store, generator, 0, stored)
                print(f"{backend}: first {stored} documents through the write path in {seconds:.0f} s")
            for size in sizes:
                if size > stored:
                    seconds = bulk_fill(store, generator, stored, size)
                    print(f"{backend}: bulk-loaded to {size} documents in {seconds:.0f} s", flush=True)
                    stored = size
                if backend == "postgresql":
                    with store.engine.connect() as conn:
                        conn.execute(text("ANALYZE"))
                        conn.commit()
                if args.warmup:
                    save_batch(store, generator, stored, args.warmup)
                    stored += args.warmup
                batch = save_batch(store, generator, stored, args.batch)
                stored += args.batch
                results[size] = batch
                ordered = sorted(batch.statements)
                print(
                    f"  {backend:<10} {size:>7} docs  {batch.rate:6.1f} documents/s  "
                    f"statements/document mean {batch.mean_statements:6.1f} "
                    f"p50 {percentile(ordered, 50):4d} p95 {percentile(ordered, 95):4d} "
                    f"max {ordered[-1]:4d}  (n={batch.documents}, load {os.getloadavg()[0]:.2f})",
                    flush=True,
                )
        finally:
            store.close()
    return results


def summary(backend: str, results: dict[int, Batch]) -> None:
    smallest = results[min(results)]
    for size, batch in sorted(results.items()):
        print(
            f"  {backend:<10} {size:>7} docs  {batch.rate / smallest.rate:5.2f}x the documents/s "
            f"and {batch.mean_statements / smallest.mean_statements:5.2f}x the statements of "
            f"{min(results)} documents"
        )


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":
        # The extractor iterates sets of strings: a fixed hash seed gives every run the
        # same synthetic documents, so runs of two versions of the store compare.
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1000,10000", help="store sizes, ascending (e.g. add 100000)")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--batch", type=int, default=200, help="timed documents per size")
    parser.add_argument("--warmup", type=int, default=50, help="untimed documents saved first at each size")
    parser.add_argument("--docs-per-day", type=int, default=100, help="synthetic timeline density")
    parser.add_argument("--people", type=int, default=0, help="person pool (default: largest size / 10)")
    parser.add_argument(
        "--write-path", type=int, default=1000, help="documents saved through save_document before bulk"
    )
    parser.add_argument(
        "--pg-url", default=DEFAULT_PG, help="PostgreSQL server (a bench database is created)"
    )
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
        results = run_backend(backend, sizes, generator, args)
        summary(backend, results)
    print(machine().replace("at start", "at end"))


if __name__ == "__main__":
    main()
