"""Memory: peak RSS of ``briefbot run`` over a store of 10k documents (goal <= 500 MB).

The store is built with :mod:`benchmarks.synthetic` (the real corpus's facts with
varied names, places and dates, saved through the store's write path), then
``briefbot run --platform console`` runs as its own process with stdin from
``/dev/null``: it opens the store, posts the daily briefing for the last day of
the synthetic timeline (``--now``), reads end of input and exits. The peak
resident set size is the kernel's (``ru_maxrss`` from ``wait4``).

For comparison it also measures ``briefbot ingest`` of ``--ingest-docs`` varied
copies of the real articles (loading spaCy, extracting, storing), the other
process that touches the store.

Run from the repository root::

    .venv/bin/python benchmarks/memory.py [--documents 10000] [--ingest-docs 200] [--db URL]

``--db`` runs against an existing database instead of building one (it must hold
the documents already, e.g. after ``briefbot ingest``).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bulk import bulk_fill  # noqa: E402
from benchmarks.common import machine, write_copies  # noqa: E402
from benchmarks.synthetic import Generator, extract_templates  # noqa: E402
from briefings.store import open_store  # noqa: E402

BRIEFBOT = [sys.executable, "-c", "from bot.cli import main; main()"]
GOAL_MB = 500


# Linux keeps a process's peak RSS across exec, so a child forked straight from this
# process (which holds spaCy and the templates) would report this process's size.
# A small wrapper interpreter forks the measured command and reports its children's peak.
_WRAPPER = (
    "import resource, subprocess, sys; "
    "code = subprocess.call(sys.argv[1:]); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)"
)


def peak_rss_mb(args: list[str], env: dict[str, str]) -> tuple[float, int, float]:
    """Run ``briefbot ARGS`` with stdin from /dev/null; (peak RSS in MB, exit status, seconds)."""
    started = time.perf_counter()
    with open(os.devnull, "rb") as stdin:
        result = subprocess.run(
            [sys.executable, "-c", _WRAPPER, *BRIEFBOT, *args],
            stdin=stdin,
            capture_output=True,
            env=env,
            cwd=ROOT,
            check=False,
        )
    seconds = time.perf_counter() - started
    kilobytes, code = result.stdout.decode().split()[-2:]
    if int(code) not in (0, 1):
        print(f"briefbot {args[0]} exited {code}:\n{result.stderr.decode(errors='replace')[-2000:]}")
    return int(kilobytes) / 1024, int(code), seconds


def clean_env(db: str) -> dict[str, str]:
    """The caller's environment without platform tokens, so ``run`` stays on the console."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "BRIEFBOT_"))}
    env["BRIEFBOT_DATABASE_URL"] = db
    return env


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=10_000, help="synthetic store size")
    parser.add_argument(
        "--ingest-docs", type=int, default=200, help="real copies for the ingest measurement (0: skip)"
    )
    parser.add_argument("--db", default=None, help="use this database as it is instead of building one")
    args = parser.parse_args()
    print(machine())
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db
        now_arg: list[str] = []
        if url is None:
            url = f"sqlite:///{tmp}/memory.db"
            generator = Generator(
                extract_templates(), people=max(500, args.documents // 10), docs_per_day=100
            )
            store = open_store(url)
            seconds = bulk_fill(store, generator, 0, args.documents)
            print(f"store: {store.count_documents()} documents built in {seconds:.0f} s")
            store.close()
            now = generator.time_of(args.documents - 1) + timedelta(hours=4)
            now_arg = ["--now", now.isoformat()]
        rss, code, seconds = peak_rss_mb(["run", "--platform", "console", *now_arg], clean_env(url))
        verdict = "met" if rss <= GOAL_MB else "MISSED"
        print(
            f"briefbot run (console, stdin /dev/null): peak RSS {rss:.0f} MB, exit {code}, {seconds:.1f} s  "
            f"(goal <= {GOAL_MB} MB: {verdict})"
        )

        if args.ingest_docs:
            write_copies(Path(tmp) / "articles", args.ingest_docs)
            ingest_url = f"sqlite:///{tmp}/ingest.db"
            rss, code, seconds = peak_rss_mb(["ingest", str(Path(tmp) / "articles")], clean_env(ingest_url))
            print(
                f"briefbot ingest of {args.ingest_docs} real articles: peak RSS {rss:.0f} MB, exit {code}, "
                f"{seconds:.0f} s"
            )
            rss, code, seconds = peak_rss_mb(["run", "--platform", "console"], clean_env(ingest_url))
            print(f"briefbot run over that store: peak RSS {rss:.0f} MB, exit {code}, {seconds:.1f} s")


if __name__ == "__main__":
    main()
