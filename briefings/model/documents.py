"""Document: one ingested article, the unit that facts and evidence point into.

A document is identified by a hash of its content, so re-ingesting unchanged
input is recognised without parsing it again, while ``key`` (its URL, else its
path) says *where* it came from, so that a changed article at the same place
replaces the facts of its previous version.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType

_EMPTY: Mapping[str, str] = MappingProxyType({})


def content_id(title: str, body: str) -> str:
    """Stable id of a document's content: 16 hex digits of SHA-256 over title and body.

    >>> content_id("T", "body") == content_id("T", "body")
    True
    """
    digest = hashlib.sha256(f"{title}\x00{body}".encode()).hexdigest()
    return digest[:16]


@dataclass(frozen=True)
class Document:
    """A cleaned article. ``body`` is the text facts are extracted from and evidence
    spans index into: front matter, markup and site boilerplate are already gone.

    ``published`` is time-zone aware (a bare date becomes midnight UTC); ``path`` is
    the file it was read from (the extract contract reports it, the scorer pairs by
    its stem), ``url`` the canonical link shown in thread replies.
    """

    id: str
    title: str
    body: str
    published: datetime | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None
    license: str | None = None
    meta: Mapping[str, str] = field(default_factory=lambda: _EMPTY)

    @property
    def key(self) -> str:
        """Where the document lives: its URL, else its path, else its content id."""
        return self.url or self.path or self.id

    @classmethod
    def create(cls, *, title: str, body: str, **kwargs: object) -> Document:
        """Build a document whose id is the hash of its title and body."""
        return cls(id=content_id(title, body), title=title, body=body, **kwargs)  # type: ignore[arg-type]
