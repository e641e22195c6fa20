"""Hostile front matter and hostile file names: a YAML alias bomb fails fast in little
memory, and no reason or report line carries more than a short, escaped excerpt of input.

Regression (issue 19, item 1): a 441-byte Markdown file of nested aliases took 16.6 GB
and wrote a 2.1 GB error line, because the expanded ``published`` value was formatted
into the reason.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from briefings.model.documents import Document
from briefings.sources import LoadError, load_paths
from briefings.sources.errors import DETAIL_CHARS, EXCERPT_CHARS, brief, excerpt

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sources"
# the longest reason text around a capped detail ("malformed front matter: " and the like)
_REASON_OVERHEAD = 80


def _one(path: Path) -> Document | LoadError:
    [result] = list(load_paths([str(path)], max_bytes=100_000))
    return result


def test_the_alias_bomb_is_refused_in_one_line_and_little_memory() -> None:
    bomb = FIXTURES / "alias_bomb.md"
    assert bomb.stat().st_size < 500
    tracemalloc.start()
    try:
        result = _one(bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(result, LoadError)
    assert result.reason == "malformed front matter: YAML alias at line 4 (aliases are not supported)"
    assert peak < 2_000_000  # 9**9 "lol"s expanded would be gigabytes


def test_an_anchor_without_an_alias_is_ordinary_yaml(tmp_path: Path) -> None:
    path = tmp_path / "anchored.md"
    path.write_text(
        "---\ntitle: &t Talks resume\npublished: 2021-07-29\n---\n\nThe talks resumed in Doha on Monday.\n"
    )
    result = _one(path)
    assert isinstance(result, Document) and result.title == "Talks resume"


def test_a_huge_unreadable_date_is_quoted_short_and_escaped(tmp_path: Path) -> None:
    path = tmp_path / "long.md"
    path.write_text(
        f'---\npublished: "\\e[31m{"x" * 50_000}"\n---\n\nThe ministers met on Monday in Geneva.\n'
    )
    result = _one(path)
    assert isinstance(result, LoadError)
    assert result.reason.startswith("malformed front matter: published '\\x1b[31mxxx")
    assert result.reason.endswith("'… is not a date")
    assert len(result.reason) < EXCERPT_CHARS + _REASON_OVERHEAD
    assert "\x1b" not in str(result)


def test_a_date_that_is_a_large_structure_is_quoted_short(tmp_path: Path) -> None:
    path = tmp_path / "list.md"
    nested = "[" * 30 + "1" + "]" * 30
    path.write_text(f"---\npublished: [{', '.join([nested] * 2000)}]\n---\n\nThe ministers met on Monday.\n")
    result = _one(path)
    assert isinstance(result, LoadError)
    assert len(result.reason) < EXCERPT_CHARS + _REASON_OVERHEAD


def test_every_detail_in_a_reason_is_capped_and_on_one_line() -> None:
    text = brief("first line\nsecond line\x1b[2J" + "y" * 10_000)
    assert "\n" not in text and "\x1b" not in text
    assert text.endswith("y…") and len(text) < DETAIL_CHARS + 10  # the escapes add a few characters
    assert excerpt(b"\x00" * 10_000).count("\\x00") <= EXCERPT_CHARS


def test_a_file_name_with_a_newline_and_an_escape_prints_on_one_escaped_line(tmp_path: Path) -> None:
    path = tmp_path / "bad\nname\x1b[31m.md"
    path.write_text("---\npublished: not a date at all\n---\n\nThe ministers met on Monday.\n")
    result = _one(path)
    assert isinstance(result, LoadError)
    line = str(result)
    assert "\n" not in line and "\x1b" not in line
    assert line.startswith(str(tmp_path) + "/bad\\nname\\x1b[31m.md: malformed front matter")
