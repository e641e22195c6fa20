"""Folder walks load articles, not the files that travel with a corpus (README, LICENSE, SOURCES ...)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import pytest

from briefings.model.documents import Document
from briefings.sources import load_paths

ARTICLE = "---\ntitle: Ministers meet\n---\nThe two ministers met in the capital on Tuesday.\n"


def _paths(results: Sequence[object]) -> list[str]:
    return [Path(r.path).name for r in results if isinstance(r, Document) and r.path]


def test_a_folder_walk_skips_conventional_non_article_files_and_says_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "001-ministers-meet.md").write_text(ARTICLE)
    (tmp_path / "SOURCES.md").write_text("# Sources\n\nWhere each article of this folder comes from.\n")
    (tmp_path / "README.md").write_text("# About this corpus\n\nArticles collected for testing.\n")
    (tmp_path / "readme.txt").write_text("How the articles were collected.\n")
    (tmp_path / "LICENSE.txt").write_text("Permission is hereby granted, free of charge.\n")
    (tmp_path / "CHANGELOG.md").write_text("## 1.1\n\nAdded two articles.\n")
    (tmp_path / "LICENSE-MIT.txt").write_text("MIT License. Permission is hereby granted.\n")
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "License.md").write_text("Creative Commons Attribution 4.0.\n")
    (tmp_path / "nested" / "002-talks-end.txt").write_text("The talks ended on Wednesday without a deal.\n")
    with caplog.at_level(logging.INFO, logger="briefings.sources"):
        results = list(load_paths([str(tmp_path)], max_bytes=10_000))
    assert _paths(results) == ["001-ministers-meet.md", "002-talks-end.txt"]
    assert len(results) == 2  # skipped files are neither documents nor load errors
    skipped = [r.getMessage() for r in caplog.records if "not an article" in r.getMessage()]
    assert len(skipped) == 7
    assert any("SOURCES.md" in message for message in skipped)


def test_a_file_named_on_the_command_line_is_loaded_whatever_its_name(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(ARTICLE)
    results = list(load_paths([str(readme)], max_bytes=10_000))
    assert _paths(results) == ["README.md"]


def test_names_that_only_start_like_a_conventional_file_are_articles(tmp_path: Path) -> None:
    (tmp_path / "licensed-drivers-protest.md").write_text(ARTICLE)
    (tmp_path / "sources-say-talks-stalled.md").write_text(ARTICLE)
    results = list(load_paths([str(tmp_path)], max_bytes=10_000))
    assert _paths(results) == ["licensed-drivers-protest.md", "sources-say-talks-stalled.md"]
