"""Every word list the extraction rules read lives in :mod:`briefings.extract.lexicon`.

A list split over two modules drifts (one copy gains a word the other lacks) and a
reader cannot see a construction's whole vocabulary. This spec reads the extract
modules' source and fails when one of them defines, at module level, a collection
of eight or more words. What is exempt is grammar, not vocabulary: spaCy's label
sets (dependency relations, entity labels) and the calendar of ``dates.py``.
"""

from __future__ import annotations

import ast
from pathlib import Path

EXTRACT = Path(__file__).resolve().parents[3] / "briefings" / "extract"
MIN_WORDS = 8
# spaCy's dependency and entity labels, and month/number names of the date grammar
GRAMMAR = {
    ("dates.py", "MONTHS"),
    ("dates.py", "_NUMBERS"),
    ("dates.py", "_PATTERNS"),
    ("name_phrases.py", "ENTITY_KINDS"),
    ("person_entry.py", "ORG_LABELS"),
    ("person_names.py", "_MISLABELS"),
    ("question_cues.py", "_SKIP_DEPS"),
    ("reporting.py", "_CONTENT_DEPS"),
    ("roles.py", "_ROLE_DEPS"),
}


def _word_count(value: ast.expr) -> int:
    """Words in a literal: each string constant, or each word of a multi-line string split into words."""
    count = 0
    for node in ast.walk(value):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            count += len(node.value.split()) if "\n" in node.value else 1
    return count


def _word_lists(path: Path) -> list[str]:
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            name = getattr(target, "id", "")
            if isinstance(node.value, ast.Call) and "compile" in ast.unparse(node.value.func):
                continue  # a regular expression states a construction, not a list
            if _word_count(node.value) >= MIN_WORDS and (path.name, name) not in GRAMMAR:
                found.append(f"{path.name}:{node.lineno} {name}")
    return found


def test_no_extract_module_but_the_lexicon_holds_a_word_list() -> None:
    modules = [p for p in sorted(EXTRACT.glob("*.py")) if p.name != "lexicon.py"]
    assert modules, EXTRACT
    strays = [entry for path in modules for entry in _word_lists(path)]
    assert strays == [], f"word lists outside briefings/extract/lexicon.py: {strays}"


def test_the_check_sees_a_word_list_written_either_way(tmp_path: Path) -> None:
    module = tmp_path / "rule.py"
    module.write_text(
        'A = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight"})\n'
        'B = frozenset("""\n one two three four\n five six seven eight\n """.split())\n'
        'C = frozenset({"nsubj"})\n',
        encoding="utf-8",
    )
    assert [entry.split()[1] for entry in _word_lists(module)] == ["A", "B"]
