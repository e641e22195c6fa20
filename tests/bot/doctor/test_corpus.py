"""`briefbot doctor --corpus PATH`: per field, how many documents of a corpus got it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.doctor.corpus import check_corpus

DIALECTS = Path(__file__).resolve().parents[2] / "fixtures" / "sources" / "dialects"
FULL = (
    "---\ntitle: Talks resume\nsource_url: https://news.example/talks\n"
    "published_time: 2023-05-02 10:00:00+02:00\n---\n\nThe talks resumed in Vienna on Tuesday.\n"
)
BARE = "---\ndate: 2023-05-02\n---\n\nThe ministers met in Geneva on Tuesday and agreed to meet again.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "full.md").write_text(FULL)
    (folder / "ministers-meet.md").write_text(BARE)
    return folder


def _by_name(path: Path) -> dict[str, tuple[str, str]]:
    return {c.name: (c.status, c.detail) for c in check_corpus(str(path), max_bytes=100_000)}


def test_each_field_counts_the_documents_that_got_it(corpus: Path) -> None:
    checks = _by_name(corpus)
    assert checks["corpus"] == ("ok", f"{corpus}: 2 documents loaded, none failed")
    assert checks["url"] == ("warn", "1 of 2 documents (50.0%) have a link (thread replies show it)")
    assert checks["published"] == ("ok", "2 of 2 documents (100%) have a publication time")
    assert checks["zone"][0] == "warn" and checks["zone"][1].startswith("1 of 2 documents (50.0%)")
    assert checks["source"][0] == "warn"  # the bare file names no publisher and no URL
    assert checks["title"] == (
        "warn",
        "1 of 2 documents (50.0%) have a title of their own (not the file name)",
    )


def test_a_field_some_documents_lack_says_which_names_give_it(corpus: Path) -> None:
    [url] = [c for c in check_corpus(str(corpus), max_bytes=100_000) if c.name == "url"]
    assert url.fix is not None and "source_url" in url.fix and url.fix.startswith("1 lack it")


def test_every_dialect_fixture_gets_every_field() -> None:
    checks = _by_name(DIALECTS)
    assert {name: status for name, (status, _) in checks.items()} == {
        "corpus": "ok",
        "url": "ok",
        "published": "ok",
        "zone": "warn",  # one record gives a bare date on purpose
        "source": "ok",
        "title": "ok",
    }
    assert checks["zone"][1].startswith("7 of 8 documents (87.5%)")


def test_failures_are_counted_and_the_first_shown(corpus: Path) -> None:
    (corpus / "broken.md").write_text("---\npublished: someday\n---\n\nText.\n")
    status, detail = _by_name(corpus)["corpus"]
    assert status == "warn"
    assert detail.startswith(f"{corpus}: 2 documents loaded, 1 failed: {corpus / 'broken.md'}: malformed")


def test_the_command_prints_the_report_and_fails_only_without_documents(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in list(os.environ):
        if name.startswith("BRIEFBOT_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["doctor", "--corpus", str(corpus)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"ok    corpus       {corpus}: 2 documents loaded, none failed"
    assert lines[1].startswith("warn  url          1 of 2 documents (50.0%)")
    assert "database" not in result.stdout  # the deployment checks do not run

    missing = CliRunner().invoke(app, ["doctor", "--corpus", str(tmp_path / "nothing")])
    assert missing.exit_code == 1
    assert missing.stdout.startswith(f"FAIL  corpus       {tmp_path / 'nothing'}: no document loaded")
