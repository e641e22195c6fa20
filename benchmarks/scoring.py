"""Scoring extraction output against gold annotations, as ``shared/eval/score.py`` does.

The project's reference scorer lives outside the repository, yet the CI gate
must score the gold set from the repository alone; this is a typed port with
the same matching rules (token cover 0.8 / precision 0.5 for text spans,
alias-or-surname matching for names, every gold participant group matched for
a meeting, unlisted implicit questions not counted against) and the same
printed lines, so numbers from either are interchangeable.

>>> report = score_records([], [{"document": "a.md", "quotes": []}])
>>> report.total_line()
'TOTAL docs=1 missing=1 | quotes n/a | attributed n/a | meetings n/a | questions n/a | leaks=0'
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

COVER = 0.8  # share of the gold text's tokens that a prediction must hold
PRECISE = 0.5  # share of the prediction's tokens that must be gold
SECTIONS = ("quotes", "attributed", "meetings", "questions")

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})

Record = Mapping[str, Any]
Triple = tuple[int, int, int]  # true positives, predictions, gold items


def norm(text: str | None) -> str:
    """Case-, quote- and punctuation-folded text."""
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES).lower()
    text = re.sub(r"[^\w\s']", " ", text)
    return " ".join(text.split())


def tokens(text: str | None) -> list[str]:
    return norm(text).split()


def same_text(pred: str, gold: str) -> bool:
    """A prediction is the gold span when it holds most of it and not much more."""
    p, g = tokens(pred), tokens(gold)
    if not p or not g:
        return False
    shared = sum(min(p.count(t), g.count(t)) for t in set(g))
    return shared / len(g) >= COVER and shared / len(p) >= PRECISE


def name_matches(pred: str | None, aliases: Sequence[str]) -> bool:
    """A predicted name equals an alias, holds the full name (first alias) as words, or shares its surname."""
    p = norm(pred)
    if not p:
        return False
    if any(p == norm(a) for a in aliases):
        return True
    full = norm(aliases[0])
    if len(full.split()) >= 2 and re.search(rf"\b{re.escape(full)}\b", p):
        return True
    return p.split()[-1] == full.split()[-1]


def name_of(value: object) -> str | None:
    if isinstance(value, dict):
        name = value.get("name")
        return name if isinstance(name, str) else None
    return value if isinstance(value, str) else None


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if n_gold == 0 else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_quotes(pred: Sequence[Record], gold: Record) -> tuple[Triple, Triple, int]:
    """(span triple, attributed triple, leaks) for one document's quotes."""
    golds = gold.get("quotes", [])
    used: set[int] = set()
    tp_span = tp_speaker = fp = leaks = 0
    for q in pred:
        text = q.get("text", "")
        if any(norm(text) == norm(n) for n in gold.get("not_quotes", [])):
            leaks += 1
            fp += 1
            continue
        hit = next((i for i, g in enumerate(golds) if i not in used and same_text(text, g["text"])), None)
        if hit is None:
            fp += 1
            continue
        used.add(hit)
        if golds[hit].get("required", True):
            tp_span += 1
            unscored = not golds[hit].get("speaker_scored", True)
            if unscored or name_matches(name_of(q.get("speaker")), golds[hit]["speaker"]):
                tp_speaker += 1
    n_gold = sum(1 for g in golds if g.get("required", True))
    n_pred = tp_span + fp
    return (tp_span, n_pred, n_gold), (tp_speaker, n_pred, n_gold), leaks


def group_hit(group: Sequence[str], participants: Sequence[str], place: str | None) -> bool:
    return any(name_matches(p, group) or name_matches(group[0], [p]) for p in participants) or name_matches(
        place, group
    )


def match_meetings(pred: Sequence[Record], gold: Record) -> list[int | None]:
    """For each predicted meeting, the index of the gold meeting it matches (first come, each gold
    meeting once: every gold party found among the participants or as the place), or None."""
    golds = gold.get("meetings", [])
    used: set[int] = set()
    hits: list[int | None] = []
    for m in pred:
        names = [name_of(p) or "" for p in m.get("participants", [])]
        place = name_of(m.get("place"))
        hit = next(
            (
                i
                for i, g in enumerate(golds)
                if i not in used and all(group_hit(grp, names, place) for grp in g["participants"])
            ),
            None,
        )
        if hit is not None:
            used.add(hit)
        hits.append(hit)
    return hits


def score_meetings(pred: Sequence[Record], gold: Record) -> tuple[Triple, int]:
    """(meetings triple, correct places) for one document."""
    golds = gold.get("meetings", [])
    tp = fp = place_ok = 0
    for m, hit in zip(pred, match_meetings(pred, gold), strict=True):
        if hit is None:
            fp += 1
            continue
        if golds[hit].get("required", True):
            tp += 1
            want = golds[hit].get("place")
            place = name_of(m.get("place"))
            place_ok += want is None or re.search(rf"\b{re.escape(norm(want))}\b", norm(place)) is not None
    n_gold = sum(1 for g in golds if g.get("required", True))
    return (tp, tp + fp, n_gold), place_ok


def score_questions(pred: Sequence[Record], gold: Record) -> tuple[Triple, int]:
    """(questions triple, leaks) for one document; unlisted implicit questions are not counted against."""
    golds = gold.get("questions", [])
    used: set[int] = set()
    tp = fp = leaks = 0
    for q in pred:
        text = q.get("text", "")
        if any(same_text(text, n) for n in gold.get("not_questions", [])):
            leaks += 1
            fp += 1
            continue
        hit = next((i for i, g in enumerate(golds) if i not in used and same_text(text, g["text"])), None)
        if hit is None:
            fp += q.get("kind", "explicit") == "explicit"
            continue
        used.add(hit)
        tp += golds[hit].get("required", True)
    n_gold = sum(1 for g in golds if g.get("required", True))
    return (tp, tp + fp, n_gold), leaks


def fmt(tp: int, n_pred: int, n_gold: int) -> str:
    if n_pred == n_gold == 0:
        return "n/a"
    p, r, f = prf(tp, n_pred, n_gold)
    return f"P={p:.2f} R={r:.2f} F1={f:.2f}"


def doc_key(record: Record) -> str:
    doc = record.get("document", {})
    return Path(str(doc.get("path") or doc.get("id") or "")).stem


@dataclass
class Report:
    """Per-document lines and the totals, as score.py prints them."""

    lines: list[str] = field(default_factory=list)
    totals: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0, 0] for k in SECTIONS})
    leaks: int = 0
    missing: int = 0
    docs: int = 0

    def f1(self, section: str) -> float:
        """The total F1 of one section ("quotes", "attributed", "meetings", "questions")."""
        tp, n_pred, n_gold = self.totals[section]
        return prf(tp, n_pred, n_gold)[2]

    def total_line(self) -> str:
        shown = " | ".join(f"{key} {fmt(*triple)}" for key, triple in self.totals.items())
        return f"TOTAL docs={self.docs} missing={self.missing} | {shown} | leaks={self.leaks}"


def score_records(records: Iterable[Record], golds: Iterable[Record]) -> Report:
    """Score extraction records (``briefbot extract --json`` objects) against gold annotations."""
    output = {doc_key(r): r for r in records}
    report = Report()
    for gold in golds:
        report.docs += 1
        record = output.get(Path(gold["document"]).stem)
        if record is None:
            report.missing += 1
            record = {}
        annotated = set(gold.get("annotates", ["quotes", "meetings", "questions"]))
        span, attributed, quote_leaks = score_quotes(
            record.get("quotes", []) if "quotes" in annotated else [], gold
        )
        meetings, places = score_meetings(record.get("meetings", []) if "meetings" in annotated else [], gold)
        questions, question_leaks = score_questions(
            record.get("questions", []) if "questions" in annotated else [], gold
        )
        counts = {"quotes": span, "attributed": attributed, "meetings": meetings, "questions": questions}
        for key, triple in counts.items():
            report.totals[key] = [a + b for a, b in zip(report.totals[key], triple, strict=True)]
        leaks = quote_leaks + question_leaks
        report.leaks += leaks
        shown = " | ".join(f"{key} {fmt(*triple)}" for key, triple in counts.items())
        report.lines.append(
            f"{gold['document']}{' (no output)' if not record else ''}: {shown} | "
            f"places {places} | leaks {leaks}"
        )
    return report


def load_gold(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """Gold annotations from JSON files."""
    return [json.loads(Path(p).read_text(encoding="utf-8")) for p in paths]
