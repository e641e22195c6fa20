"""Would a learned sentence classifier find the implicit open questions the rules miss? (session 23)

An experiment, not part of the product: it answers whether the ~300 implicit open questions of the
dev gold are enough to learn what the rules keep missing on unseen news. Every body sentence of
every dev gold document that annotates questions is a row (the held-back test set 20 is never
read); a sentence is positive when it holds 80% of an implicit gold question's words. A bag of
word 1-3-grams with logistic regression is trained leave-one-set-out: each fixture set (and the
36-article gold, and the White House gold) is scored by a model that never saw it, which is the
closest a dev collection comes to unseen news. Reported per threshold: the classifier alone
(true and false positives, precision, recall) and what it adds beyond the rules' own output on
the same sentences.

Needs scikit-learn, which the product does not depend on::

    .venv/bin/pip install scikit-learn
    .venv/bin/python benchmarks/open_point_classifier.py            # about 3 minutes
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

from benchmarks.eval import ARTICLES_DIR, GOLD_DIR, MAX_BYTES, _article_for  # noqa: E402
from benchmarks.eval_testset import SETS  # noqa: E402
from briefings.extract import Extractor, extract_from_context  # noqa: E402
from briefings.model.documents import Document  # noqa: E402
from briefings.sources import load_paths  # noqa: E402

HELD_BACK = {"20"}
RESERVED = {"001", "002", "003", "004", "005", "027", "029", "032", "041", "043"}
COVER = 0.8  # share of a gold question's words a sentence must hold
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def _words(text: str) -> list[str]:
    return "".join(c.lower() if c.isalnum() or c == "'" else " " for c in text).split()


def _covers(sentence: list[str], part: list[str]) -> bool:
    if not part:
        return False
    shared = sum(min(sentence.count(w), part.count(w)) for w in set(part))
    return shared / len(part) >= COVER


def _groups() -> list[tuple[str, list[Path], list[Path]]]:
    groups = [
        (f"set{key}", sorted((folder / "gold").glob("*.json")), [folder / "articles"])
        for key, folder in SETS.items()
        if key not in HELD_BACK
    ]
    groups.append(("real", sorted(GOLD_DIR.glob("*.json")), [ARTICLES_DIR]))
    groups.append(
        ("whitehouse", sorted((GOLD_DIR / "whitehouse").glob("*.json")), [ARTICLES_DIR / "whitehouse"])
    )
    return groups


def build_rows(extractor: Extractor) -> list[dict[str, Any]]:
    """One row per body sentence: its set, text, whether it holds an implicit gold question, and
    whether the rules report a question from it."""
    rows: list[dict[str, Any]] = []
    for name, golds, folders in _groups():
        for path in golds:
            gold = json.loads(path.read_text(encoding="utf-8"))
            if Path(gold["document"]).stem[:3] in RESERVED:
                continue
            if "questions" not in gold.get("annotates", ["quotes", "meetings", "questions"]):
                continue
            documents = [
                d
                for d in load_paths([str(_article_for(gold, folders))], max_bytes=MAX_BYTES)
                if isinstance(d, Document)
            ]
            if not documents:
                continue
            ctx = extractor.context(documents[0])
            said = [_words(q.text) for q in extract_from_context(ctx).questions]
            implicit = [_words(q["text"]) for q in gold.get("questions", []) if q.get("kind") == "implicit"]
            other = [_words(q["text"]) for q in gold.get("questions", []) if q.get("kind") != "implicit"]
            for sentence in ctx.doc.sents:
                text = sentence.text.strip()
                words = _words(text)
                if len(words) < 4 or "?" in text or any(_covers(words, q) for q in other):
                    continue  # explicit questions are the rules' own ground
                rows.append(
                    {
                        "set": name,
                        "text": text,
                        "open": any(_covers(words, q) for q in implicit),
                        "rules": any(_covers(words, q) for q in said),
                    }
                )
    return rows


def cross_validate(rows: list[dict[str, Any]], c: float) -> dict[float, list[int]]:
    """Leave-one-set-out counts per threshold: [TP, FP, TP beyond the rules, FP beyond the rules]."""
    try:
        from sklearn.feature_extraction.text import CountVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:  # pragma: no cover - an optional experiment
        sys.exit("this experiment needs scikit-learn: .venv/bin/pip install scikit-learn")
    counts = {t: [0, 0, 0, 0] for t in THRESHOLDS}
    for held in sorted({r["set"] for r in rows}):
        train = [r for r in rows if r["set"] != held]
        test = [r for r in rows if r["set"] == held]
        vectorizer = CountVectorizer(ngram_range=(1, 3), min_df=2, binary=True, token_pattern=r"(?u)\b\w+\b")
        model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
        model.fit(vectorizer.fit_transform([r["text"] for r in train]), [r["open"] for r in train])
        scores = model.predict_proba(vectorizer.transform([r["text"] for r in test]))[:, 1]
        for row, score in zip(test, scores, strict=True):
            for t in THRESHOLDS:
                if score >= t:
                    hit = 0 if row["open"] else 1
                    counts[t][hit] += 1
                    if not row["rules"]:
                        counts[t][2 + hit] += 1
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    args = parser.parse_args(argv)
    rows = build_rows(Extractor())
    positives = sum(r["open"] for r in rows)
    missed = sum(r["open"] and not r["rules"] for r in rows)
    print(f"{len(rows)} sentences, {positives} hold an implicit gold question, {missed} missed by the rules")
    for t, (tp, fp, new_tp, new_fp) in cross_validate(rows, args.c).items():
        precision = tp / (tp + fp) if tp + fp else 0.0
        print(
            f"threshold {t:.1f}: classifier TP {tp} FP {fp} (P {precision:.2f}, R {tp / positives:.2f}); "
            f"beyond the rules TP {new_tp} FP {new_fp}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
