"""`briefbot extract`: the JSON Lines contract, the readable summary, bad input on stderr."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "tests" / "fixtures" / "articles" / "000_65f72ffc5e9bc812.md"
ARTICLE = REPO / "tests" / "fixtures" / "articles" / "011-mecca-crane-collapse.md"


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No developer .env and no BRIEFBOT_* settings leak into the command."""
    for name in list(os.environ):
        if name.startswith("BRIEFBOT_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["extract", *args])
    return result.exit_code, result.stdout, result.stderr


def test_json_prints_one_object_per_document_in_the_contract_shape(isolated: Path) -> None:
    code, out, err = _run(str(SEED), str(ARTICLE), "--json")
    assert (code, err) == (0, "")
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 2
    seed = records[0]
    assert set(seed) == {"document", "quotes", "meetings", "questions"}
    assert set(seed["document"]) == {"id", "path", "title", "published", "url"}
    assert Path(seed["document"]["path"]).stem == "000_65f72ffc5e9bc812"
    assert seed["document"]["title"] == "Can the Taliban Play China and Russia Off the United States?"
    assert seed["document"]["published"].startswith("2021-07-29")
    quote = seed["quotes"][0]
    assert set(quote) == {"text", "speaker", "kind", "evidence"}
    assert set(quote["speaker"]) == {"name", "role"}
    assert quote["kind"] in {"direct", "partial"}
    assert set(quote["evidence"]) == {"sentence", "start", "end"}
    for meeting in seed["meetings"]:
        assert set(meeting) >= {"participants", "place", "date", "evidence"}
        assert all(set(p) == {"name", "role"} for p in meeting["participants"])
    for question in seed["questions"]:
        assert set(question) == {"text", "kind", "asked_by", "evidence", "answer"}
        assert question["kind"] in {"explicit", "implicit"}
        assert question["answer"] is None or set(question["answer"]) == {"sentence", "start", "end"}


def test_bad_items_get_one_stderr_line_each_and_the_rest_is_extracted(isolated: Path) -> None:
    empty = isolated / "empty.txt"
    empty.write_text("")
    binary = isolated / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 64)
    code, out, err = _run(str(isolated / "missing.md"), str(empty), str(ARTICLE), str(binary), "--json")
    assert code == 1
    failed = err.splitlines()
    assert len(failed) == 3
    assert all(line.startswith("failed: ") for line in failed)
    assert "missing.md" in failed[0] and "empty.txt" in failed[1] and "blob.txt" in failed[2]
    assert "Traceback" not in err
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert Path(record["document"]["path"]).name == ARTICLE.name


def test_without_json_prints_a_readable_summary(isolated: Path) -> None:
    code, out, err = _run(str(ARTICLE))
    assert code == 0
    assert out.startswith("# At least 107 killed in Mecca crane collapse [2015-09-")
    assert "quote (direct) Khaled Al-Maeena" in out
    assert err == "1 documents extracted, 0 failed\n"
