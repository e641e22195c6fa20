"""`briefbot ingest`: one line per failed item, a closing summary, exit status, no secrets."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from briefings.store import open_store

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "sources"
GOOD = "The ministers met in Geneva on Tuesday and agreed to meet again, officials said.\n"


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No developer .env and no BRIEFBOT_* settings leak into the command."""
    for name in list(os.environ):
        if name.startswith("BRIEFBOT_"):
            monkeypatch.delenv(name)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return work


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["ingest", *args])
    return result.exit_code, result.stdout, result.stderr


def _stored(database_url: str) -> int:
    store = open_store(database_url)
    try:
        return store.count_documents()
    finally:
        store.close()


def test_good_input_prints_the_summary_and_exits_0(isolated: Path, database_url: str) -> None:
    code, out, err = _run(str(REPO / "seeds"), str(FIXTURES / "plain.txt"), "--db", database_url)
    assert (code, out, err) == (0, "new 2, unchanged 0, updated 0, failed 0\n", "")
    code, out, _ = _run(str(REPO / "seeds"), str(FIXTURES / "plain.txt"), "--db", database_url)
    assert (code, out) == (0, "new 0, unchanged 2, updated 0, failed 0\n")


def test_each_bad_input_gets_one_line_and_the_rest_is_stored(
    isolated: Path, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFBOT_MAX_FILE_BYTES", "2000")
    bad = isolated / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (bad / "empty.txt").write_bytes(b"")
    (bad / "front.md").write_bytes((FIXTURES / "bad_front_matter.md").read_bytes())
    (bad / "good.txt").write_text(GOOD)
    (bad / "huge.txt").write_text(GOOD * 40)
    (bad / "malformed.rss").write_bytes((FIXTURES / "malformed.rss").read_bytes())
    (bad / "noise.txt").write_bytes(bytes(range(128, 256)) * 4)
    missing = isolated / "missing.md"

    code, out, err = _run(str(bad), str(FIXTURES / "records.jsonl"), str(missing), "--db", database_url)

    yaml_problem, cap = "found unexpected end of stream", "BRIEFBOT_MAX_FILE_BYTES"
    assert code == 1
    assert out == "new 3, unchanged 0, updated 0, failed 8\n"
    assert err.splitlines() == [
        f"failed: {bad / 'binary.txt'}: binary file (PNG image), not text",
        f"failed: {bad / 'empty.txt'}: empty file, no text",
        f"failed: {bad / 'front.md'}: malformed front matter: invalid YAML at line 4 ({yaml_problem})",
        f"failed: {bad / 'huge.txt'}: {len(GOOD) * 40} bytes, over the size cap of 2000 bytes ({cap})",
        f"failed: {bad / 'malformed.rss'}: malformed feed: not well-formed (invalid token) at line 3",
        f"failed: {bad / 'noise.txt'}: undecodable bytes: no text encoding fits",
        f"failed: {FIXTURES / 'records.jsonl'}:2: malformed JSON: Expecting value at column 73",
        f"failed: {missing}: no such file or directory",
    ]
    assert _stored(database_url) == 3


def test_an_unreachable_database_is_one_line_without_its_password(isolated: Path) -> None:
    url = "postgresql+psycopg://briefbot:hunter2-very-secret@127.0.0.1:1/briefbot"
    code, out, err = _run(str(FIXTURES / "plain.txt"), "--db", url)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "hunter2-very-secret" not in err
    assert "postgresql+psycopg://briefbot:***@127.0.0.1:1/briefbot" in err


def test_a_missing_language_pipeline_stops_with_one_line(
    isolated: Path, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFBOT_SPACY_MODEL", "no_such_pipeline_installed")
    code, out, err = _run(str(FIXTURES / "plain.txt"), "--db", database_url)
    assert code == 2
    assert out == ""
    assert err.startswith("briefbot: cannot extract facts:")
    assert "no_such_pipeline_installed" in err
    assert "Traceback" not in err


def test_a_bad_setting_is_a_configuration_error(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFBOT_MAX_FILE_BYTES", "lots")
    code, _, err = _run(str(FIXTURES / "plain.txt"))
    assert code == 2
    assert "BRIEFBOT_MAX_FILE_BYTES" in err


def test_as_a_process_bad_input_never_prints_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFBOT_")}
    environment |= {"PYTHONPATH": str(REPO), "BRIEFBOT_DATABASE_URL": f"sqlite:///{tmp_path / 'b.db'}"}
    result = subprocess.run(
        [sys.executable, "-c", "from bot.cli import main; main()", "ingest", str(tmp_path / "binary.txt"),
         str(tmp_path / "absent.json"), str(FIXTURES / "plain.txt")],
        capture_output=True, text=True, cwd=tmp_path, env=environment, timeout=240, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stdout == "new 1, unchanged 0, updated 0, failed 2\n"
    assert result.stderr.splitlines() == [
        f"failed: {tmp_path / 'binary.txt'}: binary file, not text",
        f"failed: {tmp_path / 'absent.json'}: no such file or directory",
    ]


def test_a_file_name_with_a_newline_or_an_escape_sequence_is_printed_escaped_on_one_line(
    database_url: str, isolated: Path
) -> None:
    """Regression (issue 19, item 11): a newline in a file name split the failure line and an
    ESC sequence reached the terminal raw."""
    corpus = isolated / "corpus"
    corpus.mkdir()
    (corpus / "evil\nfailed: forged.md\x1b[2J.md").write_text("---\npublished: someday\n---\n\nText.\n")
    (corpus / "good.txt").write_text(GOOD)

    code, out, err = _run(str(corpus), "--db", database_url)

    assert (code, out) == (1, "new 1, unchanged 0, updated 0, failed 1\n")
    assert err.splitlines() == [
        f"failed: {corpus}/evil\\nfailed: forged.md\\x1b[2J.md: "
        "malformed front matter: published 'someday' is not a date"
    ]
    assert "\x1b" not in err


def test_re_ingesting_a_scraper_corpus_stored_before_dialects_updates_it_without_duplicates(
    database_url: str, isolated: Path
) -> None:
    """A readout first stored under its path, without URL, zone or publisher and with its
    hard-wrapped lines (what ``ingest`` did before the field dialects), is updated in place."""
    from datetime import UTC, datetime

    from briefings.model.documents import Document
    from briefings.model.facts import Extraction
    from briefings.sources import load_paths

    corpus = isolated / "readouts"
    corpus.mkdir()
    source = FIXTURES / "dialects" / "scraper_front_matter.md"
    path = corpus / source.name
    path.write_bytes(source.read_bytes())
    body = (
        source.read_text().split("\n---\n", 1)[1].strip().rsplit("\n\n", 1)[0]
    )  # wrapped lines, no end mark
    old = Document.create(
        title="Readout of the Foreign Minister\u2019s Call with the Trade Commissioner",
        body=body,
        published=datetime(2023, 4, 11, tzinfo=UTC),
        path=str(path.resolve()),
    )
    store = open_store(database_url)
    try:
        store.save_document(old, Extraction(document_id=old.id), now=datetime(2023, 5, 1, tzinfo=UTC))
    finally:
        store.close()

    code, out, err = _run(str(corpus), "--db", database_url)
    assert (code, out, err) == (0, "new 0, unchanged 0, updated 1, failed 0\n", "")
    code, out, _ = _run(str(corpus), "--db", database_url)
    assert (code, out) == (0, "new 0, unchanged 1, updated 0, failed 0\n")

    [new] = list(load_paths([str(path)], max_bytes=100_000))
    assert isinstance(new, Document)
    store = open_store(database_url)
    try:
        assert store.count_documents() == 1
        assert store.get_document(old.id) is None
        stored = store.get_document(new.id)
    finally:
        store.close()
    assert stored is not None
    assert stored.url == "https://briefing.example.gov/room/2023/04/11/readout-of-the-ministers-call/"
    assert stored.source == "briefing.example.gov"
    assert stored.published == datetime(2023, 4, 11, 22, 45, 3, tzinfo=UTC)
    assert "\n" not in stored.body.replace("\n\n", "")
