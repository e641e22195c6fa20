"""The schema comes from the packaged migrations, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from briefings.model.facts import Extraction
from briefings.store import open_store
from briefings.store.engine import alembic_config, create_store_engine, normalise_url
from briefings.store.schema import metadata
from tests.briefings.store.builders import article

# Full-text objects live outside the models (FTS5 virtual tables, GIN expression indexes).
_FULLTEXT = ("documents_fts", "quotes_fts", "ix_documents_tsv", "ix_quotes_tsv")


def test_postgresql_urls_use_psycopg_3() -> None:
    assert normalise_url("postgresql://u@h:5432/db") == "postgresql+psycopg://u@h:5432/db"
    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("sqlite:///x.db") == "sqlite:///x.db"


def test_open_store_creates_the_sqlite_folder_and_migrates_from_any_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    path = tmp_path / "nested" / "dir" / "briefbot.db"

    store = open_store(f"sqlite:///{path}")
    try:
        assert path.exists()
        assert store.count_documents() == 0
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one() >= 1000
    finally:
        store.close()


def test_in_memory_sqlite_is_refused_because_every_connection_would_see_another_database() -> None:
    with pytest.raises(ValueError, match="SQLite file"):
        open_store("sqlite:///:memory:")


def test_migrated_schema_matches_the_models(database_url: str) -> None:
    engine = create_store_engine(database_url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn)
            head = ScriptDirectory.from_config(alembic_config()).get_current_head()
            assert context.get_current_revision() == head
            diff = compare_metadata(context, metadata)
            names = set(inspect(conn).get_table_names())
    finally:
        engine.dispose()
    unexpected = [d for d in diff if not any(t in repr(d) for t in _FULLTEXT)]
    assert unexpected == []
    assert {t.name for t in metadata.sorted_tables} <= names


def test_reopening_a_migrated_store_keeps_its_data(database_url: str, now: datetime) -> None:
    a = article("Kept", "Kurti spoke.", published=None, url="https://example.org/kept")
    first = open_store(database_url)
    try:
        first.save_document(a.document, Extraction(a.document.id), now=now)
    finally:
        first.close()
    second = open_store(database_url)
    try:
        assert second.get_document(a.document.id) == a.document
    finally:
        second.close()


def test_migrations_downgrade_to_nothing_and_upgrade_again(database_url: str) -> None:
    engine = create_store_engine(database_url)
    config = alembic_config()
    try:
        with engine.connect() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "base")
            conn.commit()
            left = set(inspect(conn).get_table_names()) - {"alembic_version"}
            assert left == set()
            command.upgrade(config, "head")
            conn.commit()
            assert "documents" in inspect(conn).get_table_names()
    finally:
        engine.dispose()


def test_full_text_indexes_exist_on_each_backend(database_url: str) -> None:
    engine = create_store_engine(database_url)
    try:
        with engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                found = set(
                    conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE sql LIKE '%fts5%'").scalars()
                )
                expected = {"documents_fts", "quotes_fts"}
            else:
                query = (
                    "SELECT indexname FROM pg_indexes"
                    " WHERE schemaname = current_schema() AND indexdef LIKE '%%USING gin%%'"
                )
                found = set(conn.exec_driver_sql(query).scalars())
                expected = {"ix_documents_tsv", "ix_quotes_tsv"}
    finally:
        engine.dispose()
    assert found == expected
