"""Extraction quality on the repository's gold set and the seed, in score.py's format.

Usage::

    .venv/bin/python benchmarks/eval.py            # gold set, then the seed
    .venv/bin/python benchmarks/eval.py --jsonl out.jsonl   # also write the extract records

Each gold file under ``tests/fixtures/gold/`` names an article in
``tests/fixtures/articles/`` (the seed's gold, under ``gold/seed/``, names the
article in ``seeds/``). The articles go through the real pipeline (the source
loader, with its boilerplate rules, then :class:`Extractor`), the records are
those ``briefbot extract --json`` prints, and :mod:`benchmarks.scoring`
scores them exactly as ``shared/eval/score.py`` does. The CI gate
(``tests/briefings/extract/test_gold_scores.py``) runs the same function.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from benchmarks.scoring import Report, doc_key, group_hit, load_gold, name_of, score_records  # noqa: E402
from briefings.extract import Extractor  # noqa: E402
from briefings.extract.serialize import extraction_record  # noqa: E402
from briefings.model.documents import Document  # noqa: E402
from briefings.sources import load_paths  # noqa: E402

GOLD_DIR = ROOT / "tests" / "fixtures" / "gold"
ARTICLES_DIR = ROOT / "tests" / "fixtures" / "articles"
SEED_GOLD_DIR = GOLD_DIR / "seed"
SEEDS_DIR = ROOT / "seeds"
MAX_BYTES = 5_000_000


@dataclass
class Evaluation:
    """Scores of one gold collection, with the records they were computed from."""

    name: str
    report: Report
    records: list[dict[str, Any]]
    seconds: float
    dates: tuple[int, int] = (0, 0)  # matched gold meetings with a date: (dated right, dated in gold)

    def dates_line(self) -> str:
        right, total = self.dates
        return f"meeting dates: {right}/{total} gold-dated meetings resolved to the gold date"


def date_accuracy(records: Sequence[dict[str, Any]], golds: Sequence[dict[str, Any]]) -> tuple[int, int]:
    """How many gold meetings that carry a date were found with exactly that date (score.py ignores dates)."""
    by_stem = {doc_key(r): r for r in records}
    right = total = 0
    for gold in golds:
        predicted = by_stem.get(Path(gold["document"]).stem, {}).get("meetings", [])
        for meeting in gold.get("meetings", []):
            if not meeting.get("date") or not meeting.get("required", True):
                continue
            total += 1
            for m in predicted:
                names = [name_of(p) or "" for p in m.get("participants", [])]
                if all(group_hit(g, names, name_of(m.get("place"))) for g in meeting["participants"]):
                    right += m.get("date") == meeting["date"]
                    break
    return right, total


def _article_for(gold: dict[str, Any], folders: Sequence[Path]) -> Path:
    stem = Path(gold["document"]).stem
    for folder in folders:
        for candidate in sorted(folder.glob(f"{stem}.*")):
            return candidate
    raise FileNotFoundError(f"no article for gold document {gold['document']!r} in {folders}")


def evaluate(
    extractor: Extractor, gold_paths: Sequence[Path], folders: Sequence[Path], *, name: str = "gold"
) -> Evaluation:
    """Extract the articles the gold files name and score them."""
    golds = load_gold(gold_paths)
    paths = [str(_article_for(g, folders)) for g in golds]
    documents = [d for d in load_paths(paths, max_bytes=MAX_BYTES) if isinstance(d, Document)]
    started = time.perf_counter()
    records = [
        extraction_record(d, e) for d, e in zip(documents, extractor.extract_many(documents), strict=True)
    ]
    seconds = time.perf_counter() - started
    return Evaluation(name, score_records(records, golds), records, seconds, date_accuracy(records, golds))


def gold_set(extractor: Extractor) -> Evaluation:
    """The real-news gold set under tests/fixtures/gold/."""
    return evaluate(extractor, sorted(GOLD_DIR.glob("*.json")), [ARTICLES_DIR], name="gold set")


def whitehouse(extractor: Extractor) -> Evaluation:
    """Dev gold on White House pool texts (tests/fixtures/gold/whitehouse/), reported on its own.

    Each file annotates one section (quotes in remarks, meetings in readouts, open
    questions in press briefings), so each section is scored on the files written for it."""
    golds = sorted((GOLD_DIR / "whitehouse").glob("*.json"))
    return evaluate(extractor, golds, [ARTICLES_DIR / "whitehouse"], name="whitehouse gold")


def seed(extractor: Extractor) -> Evaluation:
    """The seed article with the project's seed gold."""
    return evaluate(extractor, sorted(SEED_GOLD_DIR.glob("*.json")), [SEEDS_DIR], name="seed")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--model", default=None, help="spaCy pipeline name (default: the project default)")
    parser.add_argument("--jsonl", type=Path, default=None, help="also write the extract records here")
    args = parser.parse_args(argv)
    extractor = Extractor(args.model) if args.model else Extractor()
    evaluations = [gold_set(extractor), whitehouse(extractor), seed(extractor)]
    for evaluation in evaluations:
        print(f"# {evaluation.name} ({evaluation.seconds:.1f}s)")
        for line in evaluation.report.lines:
            print(line)
        print(evaluation.report.total_line())
        print(f"# {evaluation.dates_line()}")
    if args.jsonl is not None:
        with args.jsonl.open("w", encoding="utf-8") as out:
            for evaluation in evaluations:
                for record in evaluation.records:
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
