"""Load failures and the user-facing reasons for them, kept in one place.

A source that cannot be read never stops a batch: the loader yields a
:class:`LoadError` naming the item and the reason, the caller reports it on one
line and goes on with the rest.
"""

from __future__ import annotations

import reprlib
import unicodedata
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
        """The report line: item and reason with control characters escaped (a file
        name may hold a newline or an ESC sequence)."""
        return f"{printable(self.item)}: {printable(self.reason)}"


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
    return f"malformed front matter: {brief(detail)}"


def bad_json(detail: str) -> str:
    return f"malformed JSON: {brief(detail)}"


def bad_record(detail: str) -> str:
    return f"unusable record: {brief(detail)}"


def bad_feed(detail: str) -> str:
    return f"malformed feed: {brief(detail)}"


def fetch_failed(detail: str) -> str:
    return f"could not fetch: {brief(detail)}"


def unsupported(detail: str) -> str:
    return f"unsupported content: {brief(detail)}"


# Input quoted in a reason is capped and escaped here, and only here: a hostile file must not
# be able to make an error line long (a YAML alias bomb expands to gigabytes) or put control
# characters on the terminal. Shared by every loader and by the CLI's failure lines.
EXCERPT_CHARS = 60
DETAIL_CHARS = 200
_ESCAPED_FORMATS = frozenset({"Cc", "Zl", "Zp"})
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def excerpt(value: object, limit: int = EXCERPT_CHARS) -> str:
    """A short, escaped, quoted rendering of a piece of input for an error reason.

    Containers are rendered by :mod:`reprlib`, which looks at a bounded number of
    items and levels, so the work stays small however large (or self-referencing)
    the value is.

    >>> excerpt("July\\n32nd")
    "'July\\\\n32nd'"
    >>> len(excerpt("x" * 10_000)) <= EXCERPT_CHARS + 3
    True
    """
    if isinstance(value, str):
        shown = repr(value[:limit])
        return shown if len(value) <= limit else shown + "…"
    text = printable(_REPR.repr(value))
    return text if len(text) <= limit else text[:limit] + "…"


def brief(detail: str, limit: int = DETAIL_CHARS) -> str:
    """A detail for a reason (a parser's or library's message): capped and escaped, unquoted.

    >>> brief("line one\\nline two")
    'line one\\\\nline two'
    """
    return printable(detail[:limit]) + ("…" if len(detail) > limit else "")


def printable(text: str) -> str:
    """``text`` with control, line-separator and bidirectional-override characters escaped,
    so that a file name can neither split a report line nor drive the terminal.

    >>> printable("bad\\nname\\x1b[31m.txt")
    'bad\\\\nname\\\\x1b[31m.txt'
    """
    if text.isprintable():
        return text
    return "".join(_escape(ch) for ch in text)


def _escape(ch: str) -> str:
    if ch in _BIDI_CONTROLS or unicodedata.category(ch) in _ESCAPED_FORMATS:
        return ch.encode("unicode_escape").decode("ascii")
    return ch


def _bounded_repr() -> reprlib.Repr:
    bounded = reprlib.Repr()
    bounded.maxlevel = 3
    bounded.maxlist = bounded.maxtuple = bounded.maxset = bounded.maxdict = 4
    bounded.maxstring = bounded.maxother = EXCERPT_CHARS
    return bounded


_REPR = _bounded_repr()
