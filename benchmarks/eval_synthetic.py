"""Quote extraction on the synthetic held-out-style dev set (``tests/fixtures/gold/synthetic/``).

Usage::

    .venv/bin/python benchmarks/eval_synthetic.py            # scores per article and TOTAL
    .venv/bin/python benchmarks/eval_synthetic.py --show     # also every predicted and missed quote

The articles were written for briefbot in styles the real gold set lacks
(wire copy, single-quote broadsheet, magazine features, Q&A, briefings,
court stories) and annotated before the extractor ever ran on them, so the
scores say how quote extraction generalises rather than how well it was
tuned. Scoring is :mod:`benchmarks.scoring`, as for the real gold set.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from benchmarks.eval import ARTICLES_DIR, GOLD_DIR, Evaluation, evaluate  # noqa: E402
from benchmarks.scoring import doc_key, load_gold, name_matches, name_of, same_text  # noqa: E402
from briefings.extract import Extractor  # noqa: E402

SYNTHETIC_GOLD_DIR = GOLD_DIR / "synthetic"
SYNTHETIC_ARTICLES_DIR = ARTICLES_DIR / "synthetic"


def synthetic_set(extractor: Extractor) -> Evaluation:
    """The synthetic dev set, scored like the real gold set."""
    paths = sorted(SYNTHETIC_GOLD_DIR.glob("*.json"))
    return evaluate(extractor, paths, [SYNTHETIC_ARTICLES_DIR], name="synthetic set")


def show(evaluation: Evaluation) -> None:
    """Print each document's predictions against its gold: + right, ~ wrong speaker, ! extra, - missed."""
    golds = {Path(g["document"]).stem: g for g in load_gold(sorted(SYNTHETIC_GOLD_DIR.glob("*.json")))}
    for record in evaluation.records:
        gold = golds[doc_key(record)]
        print(f"## {doc_key(record)}")
        matched: set[int] = set()
        for q in record["quotes"]:
            speaker = name_of(q.get("speaker"))
            free = (i for i, g in enumerate(gold["quotes"]) if i not in matched)
            hit = next((i for i in free if same_text(q["text"], gold["quotes"][i]["text"])), None)
            if hit is None:
                print(f"  ! {speaker!r}: {q['text'][:90]!r}")
                continue
            matched.add(hit)
            ok = name_matches(speaker, gold["quotes"][hit]["speaker"])
            print(f"  {'+' if ok else '~'} {speaker!r}: {q['text'][:90]!r}")
        for i, g in enumerate(gold["quotes"]):
            if i not in matched and g.get("required", True):
                print(f"  - {g['speaker'][0]!r}: {g['text'][:90]!r}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--show", action="store_true", help="print predictions against the gold")
    args = parser.parse_args(argv)
    evaluation = synthetic_set(Extractor())
    if args.show:
        show(evaluation)
    print(f"# {evaluation.name} ({evaluation.seconds:.1f}s)")
    for line in evaluation.report.lines:
        print(line)
    print(evaluation.report.total_line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
