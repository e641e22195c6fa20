"""Corpus fields: per field, the share of a pool's documents that got it, and how its
bodies read (line breaks left inside paragraphs, transcript turns opening a paragraph).

The loader only (no extraction, no store): what ``briefbot doctor --corpus`` reports,
plus the body figures that hard-wrap joining moves. Run from the repository root::

    .venv/bin/python benchmarks/corpus_fields.py ../shared/corpus/whitehouse

The figures in ``benchmarks/README.md`` ("Issue 20 — corpus dialects") come from
this script over the White House pool.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from briefings.model.documents import Document  # noqa: E402
from briefings.sources import load_paths  # noqa: E402
from briefings.sources.coverage import FIELDS, Coverage  # noqa: E402

_SENTENCE_END = re.compile(r"[.?!:;”\"’)\]—–-]$")
_TURN = re.compile(r"^(?:Q\s|[A-Z][A-Z.'’ -]{1,50}[A-Z.)]:\s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("paths", nargs="+", help="Files and folders to load.")
    parser.add_argument("--max-bytes", type=int, default=10_000_000)
    args = parser.parse_args()
    coverage = Coverage()
    breaks = mid_sentence = turns = turns_opening = paragraphs = 0
    started = time.perf_counter()
    for item in load_paths(args.paths, max_bytes=args.max_bytes):
        if not isinstance(item, Document):
            coverage.failures.append(item)
            continue
        coverage.add(item)
        for paragraph in item.body.split("\n\n"):
            paragraphs += 1
            lines = paragraph.split("\n")
            for number, line in enumerate(lines):
                if _TURN.match(line):
                    turns += 1
                    turns_opening += number == 0
                if number and not lines[number].startswith("- "):
                    breaks += 1
                    mid_sentence += not _SENTENCE_END.search(lines[number - 1])
    elapsed = time.perf_counter() - started
    print(f"{coverage.documents} documents, {len(coverage.failures)} failed, loaded in {elapsed:.1f} s")
    for name in FIELDS:
        print(f"  {name:<10} {coverage.count(name):>6}  {coverage.share(name):7.1%}")
    print(f"  paragraphs {paragraphs}; line breaks inside a paragraph (list items aside) {breaks}, ")
    print(f"  of which after a line that does not end like a sentence {mid_sentence}")
    print(f"  transcript turns {turns}, opening their paragraph {turns_opening}")


if __name__ == "__main__":
    main()
