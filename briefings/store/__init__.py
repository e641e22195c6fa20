"""briefbot's storage: one SQL database (SQLite file by default, PostgreSQL at scale).

>>> store = open_store("sqlite:///briefbot.db")  # doctest: +SKIP
>>> store.count_documents()  # doctest: +SKIP
0
"""

from __future__ import annotations

import logging

from briefings.store.engine import create_store_engine, normalise_url, upgrade
from briefings.store.protocol import SaveOutcome, Store
from briefings.store.sql import SqlStore

log = logging.getLogger(__name__)


def open_store(url: str) -> SqlStore:
    """Open (creating or migrating as needed) the database at ``url``.

    ``postgresql://`` URLs use psycopg 3; a SQLite file's folder is created.
    The schema is upgraded to the newest migration before the store is returned.
    """
    engine = create_store_engine(url)
    try:
        upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    log.debug("opened store %s", engine.url.render_as_string(hide_password=True))
    return SqlStore(engine)


__all__ = ["SaveOutcome", "SqlStore", "Store", "normalise_url", "open_store"]
