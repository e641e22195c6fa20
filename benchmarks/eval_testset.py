"""Extraction quality on the held-back test set, scored once at the end of a change.

Usage::

    .venv/bin/python benchmarks/eval_testset.py                 # score and print
    .venv/bin/python benchmarks/eval_testset.py --jsonl out.jsonl

The test set (``tests/fixtures/testset/``) is real text whose gold was written
*before* the extractor ever ran on it, by a session that saw only the product's
definitions and never the extractor's output: Wikinews articles (via the AMALGUM
corpus, CC BY 2.5) and White House readouts, remarks and press briefings (public
domain) drawn at random from a pool the rules were never tuned on. Rules are
tuned on the dev sets (``benchmarks/eval.py``); this set is scored to see how far
the dev figures generalise. ``benchmarks/README.md`` reports its first-run and
final figures; the CI gate (``tests/briefings/extract/test_testset_scores.py``)
holds the final ones.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from benchmarks.eval import Evaluation, evaluate  # noqa: E402
from briefings.extract import Extractor  # noqa: E402

TESTSET_DIR = ROOT / "tests" / "fixtures" / "testset"


def held_back_set(extractor: Extractor) -> Evaluation:
    """The held-back test set: gold under ``testset/gold``, articles under ``testset/articles``."""
    golds = sorted((TESTSET_DIR / "gold").glob("*.json"))
    return evaluate(extractor, golds, [TESTSET_DIR / "articles"], name="test set")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--jsonl", type=Path, default=None, help="also write the extract records here")
    args = parser.parse_args(argv)
    evaluation = held_back_set(Extractor())
    print(f"# {evaluation.name} ({evaluation.seconds:.1f}s)")
    for line in evaluation.report.lines:
        print(line)
    print(evaluation.report.total_line())
    print(f"# {evaluation.dates_line()}")
    if args.jsonl is not None:
        with args.jsonl.open("w", encoding="utf-8") as out:
            for record in evaluation.records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
