"""Transaction-scoped locks on names, so concurrent writers converge on one row per key.

Identity resolution reads the identities a name could join and creates one when
none fits. Two ``briefbot ingest`` processes on one PostgreSQL could both read
"none" for "U.S." and both create it (duplicate identities), or both insert the
same document (a spurious UniqueViolation). The write path takes a PostgreSQL
advisory lock (``pg_advisory_xact_lock``) on every key it is about to resolve:
the document's key and id, each entity's folded name and each person's surname,
before its first write and in one sorted order (no deadlock between writers).
The second writer waits for the first to commit, then sees its rows. SQLite
serialises write transactions (``BEGIN IMMEDIATE``) and needs none.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import Connection, text

_LOCK = text("SELECT pg_advisory_xact_lock(:key)")


def lock_id(key: str) -> int:
    """A stable signed 64-bit lock id for ``key`` (PostgreSQL's advisory lock space).

    >>> lock_id("name:u.s.") == lock_id("name:u.s."), -(2**63) <= lock_id("x") < 2**63
    (True, True)
    """
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def lock_keys(conn: Connection, keys: Iterable[str]) -> None:
    """Hold a lock on each of ``keys`` until the transaction ends (PostgreSQL; no-op elsewhere)."""
    if conn.dialect.name != "postgresql":
        return
    for key in sorted({lock_id(k) for k in keys}):
        conn.execute(_LOCK, {"key": key})
