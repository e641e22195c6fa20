"""Load failures and the user-facing reasons for them, kept in one place.

A source that cannot be read never stops a batch: the loader yields a
:class:`LoadError` naming the item and the reason, the caller reports it on one
line and goes on with the rest.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LoadError:
    """One item (a path, a URL, ``file.jsonl:3``, a feed entry) that could not be loaded.

    >>> str(LoadError("notes.txt", "empty file"))
    'notes.txt: empty file'
    """

    item: str
    reason: str

    def __str__(self) -> str:
        return f"{self.item}: {self.reason}"


class SourceError(Exception):
    """Raised inside the loaders with a user-facing reason; turned into a LoadError."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# User-facing reasons. Short, lower case, no trailing full stop: they follow "item: ".
MISSING = "no such file or directory"
UNREADABLE = "cannot be read"
EMPTY = "empty file, no text"
NO_TEXT = "no article text found"
LINK_OUTSIDE = "symbolic link out of the folder, not followed"
BROKEN_LINK = "broken symbolic link, not followed"
LINK_LOOP = "symbolic link loop (back into a folder being walked), not followed"
UNDECODABLE = "undecodable bytes: no text encoding fits"


def binary(kind: str | None = None) -> str:
    return f"binary file ({kind}), not text" if kind else "binary file, not text"


def too_large(size: int, cap: int) -> str:
    return f"{size} bytes, over the size cap of {cap} bytes (BRIEFBOT_MAX_FILE_BYTES)"


def deadline_exceeded(seconds: float) -> str:
    return f"could not fetch: took longer than the {seconds:g} s deadline (BRIEFBOT_FETCH_DEADLINE)"


def bad_front_matter(detail: str) -> str:
    return f"malformed front matter: {detail}"


def bad_json(detail: str) -> str:
    return f"malformed JSON: {detail}"


def bad_record(detail: str) -> str:
    return f"unusable record: {detail}"


def bad_feed(detail: str) -> str:
    return f"malformed feed: {detail}"


def fetch_failed(detail: str) -> str:
    return f"could not fetch: {detail}"


def unsupported(detail: str) -> str:
    return f"unsupported content: {detail}"
