"""The gold annotations themselves: well-formed, about articles in the repository, quoting them exactly.

A gold file is only as good as its fidelity to the article, so every required
quote, question and meeting evidence must be found in the article it names,
and no held-out article may be annotated.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from benchmarks.eval import ARTICLES_DIR, GOLD_DIR, SEED_GOLD_DIR, SEEDS_DIR

HELD_OUT = {"001", "002", "003", "004", "005", "027", "029", "032", "041", "043"}
GOLD_FILES = sorted(GOLD_DIR.glob("*.json"))
SECTIONS = {"quotes", "meetings", "questions"}


def _fold(text: str) -> str:
    """Text with markup, quotation marks and spacing folded (a quote may run over reopened paragraphs)."""
    text = unicodedata.normalize("NFKC", text).translate(str.maketrans("‘’", "''"))
    return " ".join(re.sub(r"[*`>#_“”\"]", " ", text).split())


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _article(gold: dict[str, Any]) -> str:
    stem = Path(gold["document"]).stem
    found = [*SEEDS_DIR.glob(f"{stem}.*"), *ARTICLES_DIR.glob(f"{stem}.*")]
    assert found, f"no article for {stem}"
    return _fold(found[0].read_text(encoding="utf-8"))


def test_there_are_at_least_twelve_gold_files() -> None:
    assert len(GOLD_FILES) >= 12


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_file_names_a_repository_article_that_is_not_held_out(path: Path) -> None:
    gold = _load(path)
    assert Path(gold["document"]).stem == path.stem
    assert path.stem[:3] not in HELD_OUT
    assert (ARTICLES_DIR / gold["document"]).is_file()
    assert set(gold.get("annotates", SECTIONS)) <= SECTIONS


@pytest.mark.parametrize("path", [*GOLD_FILES, *SEED_GOLD_DIR.glob("*.json")], ids=lambda p: p.stem)
def test_gold_texts_are_found_verbatim_in_the_article(path: Path) -> None:
    gold = _load(path)
    article = _article(gold)
    for quote in gold.get("quotes", []):
        assert _fold(quote["text"]).rstrip(",.") in article, quote["text"]
        assert quote["speaker"], quote
    for question in gold.get("questions", []):
        if question.get("required", True):  # optional implicit ones may paraphrase (as the seed's do)
            assert _fold(question["text"]) in article, question["text"]
    for meeting in gold.get("meetings", []):
        assert _fold(meeting["evidence"]) in article, meeting["evidence"]
        assert all(group for group in meeting["participants"]), meeting


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_meetings_use_known_statuses(path: Path) -> None:
    for meeting in _load(path).get("meetings", []):
        assert meeting.get("status", "held") in {"held", "planned", "postponed", "cancelled"}
        if meeting.get("status", "held") != "held":
            assert meeting["required"] is False, "only held meetings are required"
