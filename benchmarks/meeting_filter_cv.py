"""Could a learned filter over the listed meetings raise meetings F1? Cross-validated by set.

Usage::

    .venv/bin/python benchmarks/meeting_filter_cv.py                 # extract every dev set, then score
    .venv/bin/python benchmarks/meeting_filter_cv.py --runs DIR      # reuse DIR/<set>.jsonl records

Ten sessions of construction rules left the held-back meeting figures where they were, so session 38
asked whether a learned component could do what the rules do not. The cheapest such component is a
filter: a logistic regression over what a listed meeting shows (status, how many parties, whether a
party is a lower-case description, a one-word name or carries a role, place, date, and the evidence
sentence's question mark, quotation marks, first person, modal, negation, "if", length and, as an
option, its words), trained on whether the meeting matched a required gold meeting, and dropping the
meetings it scores below a threshold. Each dev set is scored by a model trained on all the others
(leave one set out), so the figure is what the filter would do on a set it never saw.

The script also reports where the misses are: for every required gold meeting, the kinds of its
parties (person, group, organisation, place, gathering: the recogniser's label of the group's first
name, a gathering by its noun) and whether it was found, and for every wrong listed meeting whether a
gold meeting stands in the same sentence (a right meeting with a wrong or missing party) or not (a
meeting invented).

Nothing here ships: the extractor has no learned filter, because this measurement found none that
helps (``benchmarks/README.md``, session 38).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.eval import evaluate
from benchmarks.eval_testset import SETS
from benchmarks.scoring import doc_key, match_meetings

Record = dict[str, Any]
HELD_BACK = "38"  # never read: the set this session holds back
_GATHERING = re.compile(
    r"\b(summit|meeting|conference|forum|assembly|session|talks|dialogue|council)\b", re.I
)
_MODAL = {"will", "would", "could", "may", "might", "should", "can", "shall", "to"}
_NEGATION = {"not", "n't", "never", "no", "without"}
_FIRST = {"i", "we", "my", "our"}


@dataclass
class Listed:
    """One listed meeting, its set and whether it matched a required gold meeting."""

    set_name: str
    meeting: Record
    label: str  # "right", "wrong" or "free" (matched a gold meeting that is not required)
    same_sentence_gold: bool


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _same_sentence(a: str, b: str) -> bool:
    x, y = _tokens(a), _tokens(b)
    return bool(x and y) and len(x & y) / min(len(x), len(y)) > 0.6


def label_meetings(record: Record, gold: Record) -> tuple[list[tuple[Record, str, bool]], list[Record]]:
    """Each listed meeting with its label (the scorer's first-come matching), and the required gold
    meetings nothing matched."""
    golds: list[Record] = gold.get("meetings", [])
    meetings: list[Record] = record.get("meetings", [])
    hits = match_meetings(meetings, gold)
    out: list[tuple[Record, str, bool]] = []
    for meeting, hit in zip(meetings, hits, strict=True):
        label = "wrong" if hit is None else ("right" if golds[hit].get("required", True) else "free")
        near = any(_same_sentence(meeting["evidence"]["sentence"], g.get("evidence", "")) for g in golds)
        out.append((meeting, label, near))
    used = {h for h in hits if h is not None}
    missed = [g for i, g in enumerate(golds) if i not in used and g.get("required", True)]
    return out, missed


def features(meeting: Record, words: bool) -> dict[str, float]:
    """What a listed meeting shows, as named numbers."""
    f: dict[str, float] = {f"status={meeting['status']}": 1.0}
    parties = meeting["participants"]
    f[f"parties={min(len(parties), 4)}"] = 1.0
    for p in parties:
        name = p["name"] or ""
        f["lower"] = f.get("lower", 0.0) + name[:1].islower()
        f["long"] = f.get("long", 0.0) + (len(name.split()) > 4)
        f["one_word"] = f.get("one_word", 0.0) + (len(name.split()) == 1)
        f["role"] = f.get("role", 0.0) + bool(p.get("role"))
    f["place"] = float(bool(meeting.get("place")))
    f["date"] = float(bool(meeting.get("date")))
    sentence = meeting["evidence"]["sentence"]
    toks = re.findall(r"[\w']+", sentence.lower())
    f["question"] = float("?" in sentence)
    f["quoted"] = float(min(3, sum(sentence.count(m) for m in '"“”')))
    f["first_person"] = float(bool(_FIRST & set(toks)))
    f["modal"] = float(bool(_MODAL & set(toks)))
    f["negation"] = float(bool(_NEGATION & set(toks)))
    f["if"] = float("if" in toks)
    f["length"] = min(len(toks), 80) / 40
    if words:
        f.update({f"w={t}": 1.0 for t in set(toks)})
    return f


def _fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 400, rate: float = 0.5) -> np.ndarray:
    """Logistic regression by gradient descent (a bias column is added by the caller)."""
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) / len(y) + l2 * np.r_[0.0, w[1:]]
        w -= rate * grad
    return w


def cross_validated(listed: Sequence[Listed], words: bool, l2: float) -> list[float]:
    """Each listed meeting's score from a model trained on every other set (free matches left out)."""
    vocab = sorted({k for item in listed for k in features(item.meeting, words)})
    index = {k: i + 1 for i, k in enumerate(vocab)}

    def row(item: Listed) -> np.ndarray:
        v = np.zeros(len(vocab) + 1)
        v[0] = 1.0
        for k, val in features(item.meeting, words).items():
            v[index[k]] = val
        return v

    rows = np.array([row(item) for item in listed])
    scores = [0.0] * len(listed)
    for name in sorted({item.set_name for item in listed}):
        train = [i for i, item in enumerate(listed) if item.set_name != name and item.label != "free"]
        test = [i for i, item in enumerate(listed) if item.set_name == name]
        y = np.array([listed[i].label == "right" for i in train], dtype=float)
        w = _fit(rows[train], y, l2)
        for i, s in zip(test, 1.0 / (1.0 + np.exp(-(rows[test] @ w))), strict=True):
            scores[i] = float(s)
    return scores


def f1(right: int, listed: int, gold: int) -> tuple[float, float, float]:
    p = right / listed if listed else 0.0
    r = right / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _records(runs: Path | None, name: str, folder: Path, extractor: Any) -> list[Record]:
    """The set's extract records: read from ``runs`` when given, else extracted now."""
    if runs is not None:
        return [
            json.loads(line) for line in (runs / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        ]
    golds = sorted((folder / "gold").glob("*.json"))
    return list(evaluate(extractor, golds, [folder / "articles"], name=name).records)


def _kind(alias: str, nlp: Any) -> str:
    if _GATHERING.search(alias):
        return "gathering"
    labels = {e.label_ for e in nlp(alias).ents if len(e.text) >= 0.6 * len(alias)}
    if "PERSON" in labels:
        return "person"
    if labels & {"GPE", "LOC", "FAC"}:
        return "place"
    if labels & {"ORG", "NORP"}:
        return "org"
    return "group"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=Path, default=None, help="a folder of <set>.jsonl extract records")
    args = parser.parse_args(argv)
    listed: list[Listed] = []
    found_kinds: Counter[str] = Counter()
    missed_kinds: Counter[str] = Counter()
    from briefings.extract import Extractor
    from briefings.extract.pipeline import load_pipeline

    nlp = load_pipeline()
    extractor = Extractor()
    for name, folder in sorted(SETS.items()):
        if name == HELD_BACK:
            continue
        golds = {Path(g["document"]).stem: g for g in map(json.loads, _gold_texts(folder))}
        for record in _records(args.runs, name, folder, extractor):
            gold = golds.get(doc_key(record))
            if gold is None or "meetings" not in gold.get("annotates", ["meetings"]):
                continue
            labelled, missed = label_meetings(record, gold)
            listed += [Listed(name, m, label, near) for m, label, near in labelled]
            for g in gold.get("meetings", []):
                if g.get("required", True):
                    kinds = "+".join(sorted(_kind(grp[0], nlp) for grp in g["participants"]))
                    (missed_kinds if any(g is m for m in missed) else found_kinds)[kinds] += 1
    gold_total = sum(found_kinds.values()) + sum(missed_kinds.values())
    right = sum(item.label == "right" for item in listed)
    counted = sum(item.label != "free" for item in listed)
    wrong = [item for item in listed if item.label == "wrong"]
    print(f"dev sets: {gold_total} required gold meetings, {counted} listed, {right} right")
    beside = sum(w.same_sentence_gold for w in wrong)
    print(f"wrong listed: {beside} beside a gold meeting of the same sentence,")
    print(f"  {sum(not w.same_sentence_gold for w in wrong)} with none there")
    print("recall by the kinds of the gold meeting's parties:")
    for kinds, n in (found_kinds + missed_kinds).most_common(12):
        lost = missed_kinds[kinds]
        print(f"  {kinds:28s} {n:4d} gold, {lost:4d} missed, recall {1 - lost / n:.2f}")
    p, r, f = f1(right, counted, gold_total)
    print(f"no filter: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    for words, l2 in ((False, 0.01), (True, 0.01), (True, 0.1)):
        scores = cross_validated(listed, words, l2)
        for threshold in (0.2, 0.3, 0.4, 0.5):
            kept = [item for item, s in zip(listed, scores, strict=True) if s >= threshold]
            k_right = sum(item.label == "right" for item in kept)
            k_counted = sum(item.label != "free" for item in kept)
            p, r, f = f1(k_right, k_counted, gold_total)
            print(
                f"filter (words={words}, l2={l2}) at {threshold}: {k_right} right of {k_counted} listed, "
                f"P {p:.3f} R {r:.3f} F1 {f:.3f}"
            )
    return 0


def _gold_texts(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((folder / "gold").glob("*.json"))]


if __name__ == "__main__":
    raise SystemExit(main())
