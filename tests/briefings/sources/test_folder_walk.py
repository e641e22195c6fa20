"""A folder walk never loses the folder to one bad entry, and never leaves the folder.

Each entry that cannot be walked (an unreadable subfolder, a symbolic link out of
the folder, a broken link, a link loop) is one LoadError naming that entry; every
other article in the folder is loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from briefings.model.documents import Document
from briefings.sources import LoadError, load_paths

ARTICLE = "The two ministers met in the capital on Tuesday, the ministry said.\n"


def _names(results: Sequence[object]) -> list[str]:
    return sorted(Path(r.path).name for r in results if isinstance(r, Document) and r.path)


def _errors(results: Sequence[object]) -> list[LoadError]:
    return [r for r in results if isinstance(r, LoadError)]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "nested").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE)
    (folder / "nested" / "b.txt").write_text(ARTICLE.replace("Tuesday", "Wednesday"))
    return folder


_WALK = """
import json, sys
from briefings.sources import LoadError, load_paths
print(json.dumps([[type(r).__name__, r.item if isinstance(r, LoadError) else r.path,
                   r.reason if isinstance(r, LoadError) else ""]
                  for r in load_paths([sys.argv[1]], max_bytes=10_000)]))
"""


def _walk_without_privilege(folder: Path) -> list[list[str]]:
    """Walk ``folder`` in a process that permissions apply to. Root reads any folder, so as
    root the walk runs in a user namespace where the locked folder's owner is unmapped."""
    command = [sys.executable, "-c", _WALK, str(folder)]
    if os.geteuid() == 0:
        command = ["unshare", "--user", "--map-root-user", *command]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    loaded: list[list[str]] = json.loads(done.stdout)
    return loaded


def test_an_unreadable_subfolder_is_reported_by_its_own_path_and_the_rest_is_loaded(corpus: Path) -> None:
    locked = corpus / "locked"
    locked.mkdir()
    (locked / "c.txt").write_text(ARTICLE)
    if os.geteuid() == 0:
        os.chown(locked, 54321, 54321)  # an owner the namespace does not map: no privilege over it
    locked.chmod(0)
    try:
        results = _walk_without_privilege(corpus)
    finally:
        locked.chmod(0o755)
    assert sorted(Path(path).name for kind, path, _ in results if kind == "Document") == ["a.txt", "b.txt"]
    assert [row for row in results if row[0] == "LoadError"] == [
        ["LoadError", str(locked), "cannot be read (Permission denied)"]
    ]


def test_a_link_to_a_file_outside_the_folder_is_not_followed(corpus: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n")
    (corpus / "passwd.txt").symlink_to(secret)
    (corpus / "etc.txt").symlink_to("/etc/passwd")
    results = list(load_paths([str(corpus)], max_bytes=100_000))
    assert _names(results) == ["a.txt", "b.txt"]
    assert _errors(results) == [
        LoadError(str(corpus / "etc.txt"), "symbolic link out of the folder, not followed"),
        LoadError(str(corpus / "passwd.txt"), "symbolic link out of the folder, not followed"),
    ]


def test_a_link_to_a_folder_outside_is_not_followed(corpus: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x.txt").write_text(ARTICLE)
    (corpus / "elsewhere").symlink_to(outside, target_is_directory=True)
    results = list(load_paths([str(corpus)], max_bytes=10_000))
    assert _names(results) == ["a.txt", "b.txt"]
    assert _errors(results) == [
        LoadError(str(corpus / "elsewhere"), "symbolic link out of the folder, not followed")
    ]


def test_a_link_loop_is_detected_and_reported_once(corpus: Path) -> None:
    (corpus / "nested" / "up").symlink_to(corpus, target_is_directory=True)
    (corpus / "self").symlink_to(corpus / "self")
    results = list(load_paths([str(corpus)], max_bytes=10_000))
    assert _names(results) == ["a.txt", "b.txt"]
    assert _errors(results) == [
        LoadError(
            str(corpus / "nested" / "up"),
            "symbolic link loop (back into a folder being walked), not followed",
        ),
        LoadError(str(corpus / "self"), "broken symbolic link, not followed"),
    ]


def test_links_that_stay_inside_the_folder_are_followed(corpus: Path) -> None:
    (corpus / "alias.txt").symlink_to(corpus / "nested" / "b.txt")
    (corpus / "zz-nested-again").symlink_to(corpus / "nested", target_is_directory=True)
    results = list(load_paths([str(corpus)], max_bytes=10_000))
    assert _errors(results) == []
    assert _names(results) == ["a.txt", "b.txt", "b.txt"]  # the file link; the folder link is a second view


def test_a_broken_link_is_reported(corpus: Path) -> None:
    (corpus / "gone.txt").symlink_to(corpus / "deleted.txt")
    results = list(load_paths([str(corpus)], max_bytes=10_000))
    assert _names(results) == ["a.txt", "b.txt"]
    assert _errors(results) == [LoadError(str(corpus / "gone.txt"), "broken symbolic link, not followed")]
