"""Engines and migrations: the only place that knows how a URL becomes a database.

SQLite gets WAL (readers never block the writer), foreign keys (cascades are
part of the write path), a busy timeout (a second process waits instead of
failing), and explicit ``BEGIN``/``BEGIN IMMEDIATE`` so that a write transaction
takes the write lock up front instead of failing half-way when another
connection wrote first. PostgreSQL goes through psycopg 3 with the same code.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import QueuePool

log = logging.getLogger(__name__)

_HERE = Path(__file__).resolve().parent
WRITE = {"briefbot_write": True}
"""Execution options marking a connection whose transaction will write."""

_SQLITE_BUSY_TIMEOUT_MS = 30_000


def normalise_url(url: str) -> str:
    """Let users write ``postgresql://``; SQLAlchemy would pick psycopg2 for it.

    >>> normalise_url("postgresql://u@h/db")
    'postgresql+psycopg://u@h/db'
    """
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def create_store_engine(url: str) -> Engine:
    """An engine for ``url``; for a SQLite file, its folder is created first."""
    sa_url = make_url(normalise_url(url))
    if sa_url.get_backend_name() != "sqlite":
        return create_engine(sa_url, pool_pre_ping=True, future=True)
    database = sa_url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        raise ValueError(f"briefbot needs a SQLite file, not {database or 'an in-memory database'!r}")
    Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        sa_url,
        connect_args={"timeout": _SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        poolclass=QueuePool,
        pool_size=5,
    )
    _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's begin event emit BEGIN itself (pysqlite's implicit
        # transactions start late and never for DDL).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={_SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("briefbot_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def alembic_config() -> Config:
    """Alembic's config with the packaged migrations, independent of the working directory."""
    config = Config(str(_HERE / "alembic.ini"))
    config.set_main_option("script_location", str(_HERE / "migrations"))
    return config


# Alembic runs env.py through module-global state: one migration at a time per process.
_MIGRATION_LOCK = threading.Lock()
_MIGRATION_LOCK_ID = 0x62726966  # "brif": any constant shared by briefbot processes


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (idempotent: at head it does nothing).

    The check and the migration are one transaction, serialised across threads
    by a lock and across processes by the database (SQLite: ``BEGIN IMMEDIATE``;
    PostgreSQL: a transaction-scoped advisory lock).
    """
    config = alembic_config()
    target = ScriptDirectory.from_config(config).get_current_head() if revision == "head" else revision
    with _MIGRATION_LOCK, engine.connect() as connection:
        connection.execution_options(**WRITE)
        with connection.begin():
            if connection.dialect.name == "postgresql":
                # Replicas starting together: one migrates, the others wait, then see head.
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK_ID})")
            current = MigrationContext.configure(connection).get_current_revision()
            if current == target:
                return
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    log.info("database schema upgraded from %s to %s", current or "nothing", target)
