"""What every benchmark shares: the corpus copy, varied repetitions, percentiles, the machine.

The corpus is ``benchmarks/corpus/`` (the non-held-out real articles, front matter
and licence intact; see ``benchmarks/corpus/SOURCES.md``), so the scripts read
only files in the repository. A repetition of an article must be a *different*
document to briefbot: its content hash and its key (URL, else path) both change,
otherwise ingest would skip it as unchanged or replace the previous copy.

>>> percentile([1.0, 2.0, 3.0, 4.0], 50)
2.0
"""

from __future__ import annotations

import math
import os
import platform
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from briefings.store.engine import normalise_url

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "benchmarks" / "corpus"
_URL_LINE = re.compile(r'^url:\s*"?([^"\n]*)"?\s*$', re.MULTILINE)


def corpus_files(corpus: Path = CORPUS) -> list[Path]:
    """The articles (``NNN-slug.md``); ``SOURCES.md`` is attribution, not an article."""
    return sorted(p for p in corpus.glob("*.md") if p.name[:3].isdigit())


def varied_copy(text: str, copy: int) -> str:
    """Copy number ``copy`` of an article file: a numbered closing sentence (new
    content hash) and a numbered URL fragment (new key). Copy 0 is the original."""
    if copy == 0:
        return text
    text = _URL_LINE.sub(lambda m: f'url: "{m.group(1)}#benchmark-copy-{copy}"', text, count=1)
    return text.rstrip("\n") + f"\n\nThis is benchmark copy number {copy}.\n"


def write_copies(target: Path, count: int, corpus: Path = CORPUS) -> list[Path]:
    """Write ``count`` article files into ``target``, cycling through the corpus with
    each pass varied; returns their paths in order."""
    sources = [(p.stem, p.read_text(encoding="utf-8")) for p in corpus_files(corpus)]
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for n in range(count):
        copy, index = divmod(n, len(sources))
        stem, text = sources[index]
        path = target / f"{copy:05d}-{stem}.md"
        path.write_text(varied_copy(text, copy), encoding="utf-8")
        written.append(path)
    return written


def percentile(values: Sequence[float], q: float) -> float:
    """The nearest-rank percentile (no interpolation: a figure that was measured)."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    index = min(len(ordered) - 1, max(0, math.ceil(q / 100 * len(ordered)) - 1))
    return ordered[index]


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return None


def machine() -> str:
    """One line naming the machine the figures came from, with its load."""
    ram = _ram_gib()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"machine: {os.cpu_count()} cpus ({_cpu_model()}), "
        f"{f'{ram:.1f} GiB RAM' if ram else 'RAM unknown'}, Python {platform.python_version()}, "
        f"load average {load:.2f} at start"
    )


DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/test"


@contextmanager
def backend_url(backend: str, pg_url: str, tmp: str) -> Iterator[str]:
    """A database for one benchmark run: a SQLite file in ``tmp``, or a PostgreSQL
    database created on the server of ``pg_url`` and dropped afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp}/bench.db"
        return
    name = f"briefbot_bench_{os.getpid()}"
    admin = create_engine(normalise_url(pg_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(normalise_url(pg_url)).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
