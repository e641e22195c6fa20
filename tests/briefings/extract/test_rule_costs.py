"""Rules read the document's text through ``DocContext.text``, never through a span's ``.doc.text``.

spaCy rebuilds ``Doc.text`` from every token on each access. A rule that runs per
sentence or per name and reads ``span.doc.text`` is quadratic in the document's
length: one such read in the attendance-header check made extraction of the real
corpus 22 times slower than its parse (the ingest benchmark's ratio to bare spaCy went
from 1.03 to 1.55). The speed itself is measured in ``benchmarks/ingest_throughput.py``;
this spec keeps the construction that caused it out of the rule modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

import briefings.extract

EXTRACT = Path(briefings.extract.__file__).parent
# Once per document: the context caching the text; a fallback taken only when no text is passed.
ALLOWED = {("roles.py", "byline_role"), ("context.py", "__post_init__")}


def _span_doc_text_reads() -> list[tuple[str, str, int]]:
    found: list[tuple[str, str, int]] = []
    for path in sorted(EXTRACT.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in ast.walk(tree):
            if not isinstance(func, ast.FunctionDef):
                continue
            for node in ast.walk(func):
                if (
                    isinstance(node, ast.Attribute)
                    and node.attr == "text"
                    and isinstance(node.value, ast.Attribute)
                    and node.value.attr == "doc"
                ):
                    found.append((path.name, func.name, node.lineno))
    return found


def test_no_rule_rebuilds_the_documents_text_from_a_span() -> None:
    reads = [r for r in _span_doc_text_reads() if (r[0], r[1]) not in ALLOWED]
    assert reads == [], "read DocContext.text (or take the text as an argument) instead of span.doc.text"


def test_the_scan_finds_the_construction_it_forbids() -> None:
    assert ("roles.py", "byline_role") in {(r[0], r[1]) for r in _span_doc_text_reads()}
