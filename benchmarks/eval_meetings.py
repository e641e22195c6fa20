"""Meetings and open questions on the synthetic dev set (``tests/fixtures/gold/synthetic_meetings/``).

Usage::

    .venv/bin/python benchmarks/eval_meetings.py           # scores per article and TOTAL
    .venv/bin/python benchmarks/eval_meetings.py --show    # predictions against gold

The White House set (``tests/fixtures/gold/whitehouse/``, issue 15) is twelve readouts
and remarks of the public-domain pool with meetings gold written by hand.

The synthetic articles were written for briefbot in styles the real gold set
under-represents (wire visits, hosting, calls, summits, planned and called-off
meetings, obligations to negotiate, press availabilities, interviews, analysis
with author questions, newsletter promos) and annotated before the extractor
ran on them, so the scores say how meeting and question extraction generalise.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from benchmarks.eval import ARTICLES_DIR, GOLD_DIR, Evaluation, evaluate  # noqa: E402
from benchmarks.scoring import doc_key, group_hit, load_gold, name_of, same_text  # noqa: E402
from briefings.extract import Extractor  # noqa: E402

MEETINGS_GOLD_DIR = GOLD_DIR / "synthetic_meetings"
MEETINGS_ARTICLES_DIR = ARTICLES_DIR / "synthetic_meetings"
WHITEHOUSE_GOLD_DIR = GOLD_DIR / "whitehouse"
WHITEHOUSE_ARTICLES_DIR = ARTICLES_DIR / "whitehouse"


def synthetic_meetings_set(extractor: Extractor) -> Evaluation:
    """The synthetic meetings/questions dev set, scored like the real gold set."""
    paths = sorted(MEETINGS_GOLD_DIR.glob("*.json"))
    return evaluate(extractor, paths, [MEETINGS_ARTICLES_DIR], name="synthetic meetings set")


def whitehouse_meetings_gold() -> list[Path]:
    """The White House dev texts whose gold annotates meetings (other sections add their own files there)."""
    return [
        p
        for p in sorted(WHITEHOUSE_GOLD_DIR.glob("*.json"))
        if "meetings" in json.loads(p.read_text(encoding="utf-8")).get("annotates", ["meetings"])
    ]


def whitehouse_meetings_set(extractor: Extractor) -> Evaluation:
    """Readouts and remarks of the White House pool with meetings gold (issue 15's dev set)."""
    gold = whitehouse_meetings_gold()
    return evaluate(extractor, gold, [WHITEHOUSE_ARTICLES_DIR], name="whitehouse meetings set")


def _meeting_line(m: dict[str, Any]) -> str:
    names = [name_of(p) or "?" for p in m.get("participants", [])]
    return f"{names} @ {name_of(m.get('place'))} {m.get('date')} [{m.get('status', 'held')}]"


def show(evaluation: Evaluation, gold_paths: Sequence[Path]) -> None:
    """Each document's meetings and questions: + matched gold, ! extra, - missed required gold."""
    golds = {Path(g["document"]).stem: g for g in load_gold(list(gold_paths))}
    for record in evaluation.records:
        gold = golds[doc_key(record)]
        print(f"## {doc_key(record)}")
        used: set[int] = set()
        for m in record.get("meetings", []):
            names = [name_of(p) or "" for p in m.get("participants", [])]
            place = name_of(m.get("place"))
            hit = next(
                (
                    i
                    for i, g in enumerate(gold["meetings"])
                    if i not in used and all(group_hit(grp, names, place) for grp in g["participants"])
                ),
                None,
            )
            used.update([] if hit is None else [hit])
            print(f"  {'!' if hit is None else '+'} M {_meeting_line(m)}")
        for i, g in enumerate(gold["meetings"]):
            if i not in used and g.get("required", True):
                print(f"  - M {[grp[0] for grp in g['participants']]} @ {g.get('place')} {g.get('date')}")
        qused: set[int] = set()
        for q in record.get("questions", []):
            hit = next(
                (
                    i
                    for i, g in enumerate(gold["questions"])
                    if i not in qused and same_text(q["text"], g["text"])
                ),
                None,
            )
            qused.update([] if hit is None else [hit])
            mark = "+" if hit is not None else ("!" if q.get("kind", "explicit") == "explicit" else "?")
            print(f"  {mark} Q[{q.get('kind')}] {name_of(q.get('asked_by'))!r}: {q['text'][:100]!r}")
        for i, g in enumerate(gold["questions"]):
            if i not in qused and g.get("required", True):
                print(f"  - Q {g['text'][:100]!r}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--model", default=None, help="spaCy pipeline name (default: the project default)")
    parser.add_argument("--show", action="store_true", help="print predictions against gold")
    args = parser.parse_args(argv)
    extractor = Extractor(args.model) if args.model else Extractor()
    sets = [
        (synthetic_meetings_set(extractor), sorted(MEETINGS_GOLD_DIR.glob("*.json"))),
        (whitehouse_meetings_set(extractor), whitehouse_meetings_gold()),
    ]
    for evaluation, gold_paths in sets:
        print(f"# {evaluation.name} ({evaluation.seconds:.1f}s)")
        for line in evaluation.report.lines:
            print(line)
        print(evaluation.report.total_line())
        print(f"# {evaluation.dates_line()}")
        if args.show:
            show(evaluation, gold_paths)
    return 0


if __name__ == "__main__":
    sys.exit(main())
