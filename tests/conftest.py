"""Shared fixtures: a fixed clock and a clean database per test, on SQLite and PostgreSQL.

``store`` and ``database_url`` run each test on a real SQLite file and, when
``BRIEFBOT_TEST_DATABASE_URL`` is set (CI sets it), on PostgreSQL too.

Speed: migrations run once per session. SQLite tests get a copy of a migrated
template file; PostgreSQL tests share one migrated schema private to this
session (so parallel sessions on one server never meet), emptied before each test
by deleting all rows and restarting the id sequences.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import text

from briefings.store import SqlStore, open_store
from briefings.store.engine import create_store_engine, normalise_url, upgrade
from briefings.store.schema import metadata

_PG_ENV = "BRIEFBOT_TEST_DATABASE_URL"


def _backends() -> list[object]:
    backends: list[object] = ["sqlite"]
    if os.environ.get(_PG_ENV):
        backends.append(pytest.param("postgresql", marks=pytest.mark.postgres))
    return backends


@pytest.fixture
def now() -> datetime:
    """A fixed, aware "now" (a Monday morning, UTC) for code that takes the time as a parameter."""
    return datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "briefbot.db"
    engine = create_store_engine(f"sqlite:///{path}")
    try:
        upgrade(engine)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    return path


def _with_search_path(url: str, schema: str) -> str:
    separator = "&" if "?" in url else "?"
    return f"{normalise_url(url)}{separator}options={quote(f'-csearch_path={schema}')}"


@pytest.fixture(scope="session")
def _postgres_schema_url() -> Iterator[str]:
    """A migrated schema private to this test session on the CI PostgreSQL."""
    base = os.environ.get(_PG_ENV)
    if not base:
        pytest.skip(f"{_PG_ENV} is not set")
    schema = f"briefbot_test_{uuid.uuid4().hex[:12]}"
    admin = create_store_engine(base)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = _with_search_path(base, schema)
        engine = create_store_engine(url)
        try:
            upgrade(engine)
        finally:
            engine.dispose()
        yield url
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


def _empty_postgres(url: str) -> None:
    """Delete every row and restart the id sequences: TRUNCATE would be ~50x slower here."""
    statements = [f'DELETE FROM "{table.name}"' for table in reversed(metadata.sorted_tables)]
    for table in metadata.sorted_tables:
        for column in table.primary_key.columns:
            if column.autoincrement is True or (
                column.autoincrement == "auto" and column.type.python_type is int
            ):
                statements.append(
                    f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', '{column.name}'), 1, false)"
                )
    engine = create_store_engine(url)
    try:
        with engine.begin() as conn:
            # APScheduler's job tables (one per platform) are the scheduler's, not the
            # migrations': a test that ran a scheduler must not leave one to the next.
            jobs = conn.execute(
                text(
                    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                    "AND starts_with(tablename, 'briefbot_apscheduler_jobs')"
                )
            ).scalars()
            for table in list(jobs):
                conn.exec_driver_sql(f'DROP TABLE IF EXISTS "{table}"')
            conn.exec_driver_sql("; ".join(statements))
    finally:
        engine.dispose()


@pytest.fixture(params=_backends())
def database_url(request: pytest.FixtureRequest, tmp_path: Path, _sqlite_template: Path) -> str:
    """A URL of an empty, migrated database (for code under test that opens its own,
    e.g. a ``briefbot`` subprocess). One per test; parametrised like ``store``."""
    if request.param == "sqlite":
        path = tmp_path / "db" / "briefbot.db"
        path.parent.mkdir()
        shutil.copyfile(_sqlite_template, path)
        return f"sqlite:///{path}"
    url: str = request.getfixturevalue("_postgres_schema_url")
    _empty_postgres(url)
    return url


@pytest.fixture
def store(database_url: str) -> Iterator[SqlStore]:
    """An open :class:`SqlStore` on a clean database (SQLite file, and PostgreSQL in CI)."""
    opened = open_store(database_url)
    try:
        yield opened
    finally:
        opened.close()
