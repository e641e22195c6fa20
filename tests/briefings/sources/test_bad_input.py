"""Bad input: one LoadError naming the item and the reason; the rest still loads."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.model.documents import Document
from briefings.sources import LoadError, load_paths

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sources"
GOOD = "The ministers met in Geneva on Tuesday and agreed to meet again, officials said.\n"


def _errors_around_good_file(tmp_path: Path, bad: Path, max_bytes: int = 10_000) -> LoadError:
    """Load a good file, the bad one, and a good file; return the bad one's error."""
    before, after = tmp_path / "before.txt", tmp_path / "after.txt"
    before.write_text(GOOD)
    after.write_text(GOOD.replace("Tuesday", "Wednesday"))
    results = list(load_paths([str(before), str(bad), str(after)], max_bytes=max_bytes))
    assert len(results) == 3
    assert isinstance(results[0], Document) and isinstance(results[2], Document)
    error = results[1]
    assert isinstance(error, LoadError)
    assert error.item == str(bad)
    assert "\n" not in error.reason
    return error


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("scan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "binary file (PDF), not text"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image), not text"),
        ("blob.txt", bytes(range(256)) * 8, "binary file, not text"),
        ("empty.txt", b"", "empty file, no text"),
        ("blank.md", b"  \n\n\t\n", "empty file, no text"),
        ("noise.txt", bytes(range(128, 256)) * 4, "undecodable bytes: no text encoding fits"),
    ],
)
def test_unreadable_bytes_get_one_clear_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    assert _errors_around_good_file(tmp_path, bad).reason == reason


def test_malformed_front_matter(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes((FIXTURES / "bad_front_matter.md").read_bytes())
    assert _errors_around_good_file(tmp_path, bad).reason.startswith("malformed front matter: invalid YAML")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "---\ntitle: Never closed\n\nBody text here.\n",
            "malformed front matter: not closed by a '---' line",
        ),
        ("---\n- a\n- list\n---\nBody text here.\n", "malformed front matter: not a mapping of fields"),
        (
            "---\ntitle: T\npublished: someday\n---\nBody.\n",
            "malformed front matter: published 'someday' is not a date",
        ),
    ],
)
def test_front_matter_problems_are_named(tmp_path: Path, text: str, reason: str) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text(text)
    assert _errors_around_good_file(tmp_path, bad).reason == reason


def test_malformed_feed(tmp_path: Path) -> None:
    bad = tmp_path / "broken.rss"
    bad.write_bytes((FIXTURES / "malformed.rss").read_bytes())
    assert (
        _errors_around_good_file(tmp_path, bad).reason
        == "malformed feed: not well-formed (invalid token) at line 3"
    )


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    bad = tmp_path / "config.xml"
    bad.write_text('<?xml version="1.0"?><settings><colour>blue</colour></settings>')
    assert _errors_around_good_file(tmp_path, bad).reason == "malformed feed: not an RSS or Atom feed"


def test_malformed_json_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"title": "x", "body": }')
    assert (
        _errors_around_good_file(tmp_path, bad).reason
        == "malformed JSON: Expecting value at line 1 column 24"
    )


def test_missing_path(tmp_path: Path) -> None:
    assert _errors_around_good_file(tmp_path, tmp_path / "nowhere.txt").reason == "no such file or directory"


def test_file_over_the_size_cap(tmp_path: Path) -> None:
    bad = tmp_path / "huge.txt"
    bad.write_text(GOOD * 20)
    reason = _errors_around_good_file(tmp_path, bad, max_bytes=500).reason
    assert reason == f"{len(GOOD) * 20} bytes, over the size cap of 500 bytes (BRIEFBOT_MAX_FILE_BYTES)"


def test_malformed_json_line_leaves_the_other_lines_loaded() -> None:
    results = list(load_paths([str(FIXTURES / "records.jsonl")], max_bytes=10_000))
    assert [type(r).__name__ for r in results] == ["Document", "LoadError", "Document"]


def test_a_path_with_a_nul_byte_is_one_load_error() -> None:
    (error,) = list(load_paths(["bad\x00name.txt"], max_bytes=1000))
    assert isinstance(error, LoadError)
    assert error.item == "bad\x00name.txt"
