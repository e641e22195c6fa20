"""The database check of ``briefbot doctor``: reachable, migrated, how many documents.

Kept apart from the other checks because it is the one that talks to a server
(with a connect timeout, so an unreachable host fails in seconds) and reads the
migration history.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from bot.doctor.checks import Check, one_line, writable
from briefings.store.engine import alembic_config, create_store_engine, normalise_url

CONNECT_TIMEOUT_SECONDS = 5


@dataclass(frozen=True)
class DatabaseState:
    """What the database check learned; the seeds check needs the document count."""

    check: Check
    documents: int | None = None


def _with_connect_timeout(sa_url: URL) -> URL:
    """For PostgreSQL, a connect timeout, so an unreachable host fails in seconds, not minutes."""
    if sa_url.get_backend_name() == "postgresql" and "connect_timeout" not in sa_url.query:
        return sa_url.update_query_dict({"connect_timeout": str(CONNECT_TIMEOUT_SECONDS)})
    return sa_url


def check_database(url: str) -> DatabaseState:
    fix_url = "set BRIEFBOT_DATABASE_URL to sqlite:///path/briefbot.db or postgresql://user:password@host/db"
    try:
        sa_url = make_url(normalise_url(url))
    except (ArgumentError, ValueError):
        return DatabaseState(
            Check("database", "fail", "BRIEFBOT_DATABASE_URL is not a database URL", fix_url)
        )
    shown = sa_url.render_as_string(hide_password=True)
    if sa_url.get_backend_name() == "sqlite" and sa_url.database and not sa_url.database.startswith("file:"):
        path = Path(sa_url.database).expanduser()
        if not path.exists():
            folder = next((p for p in path.parents if p.exists()), Path("."))
            if not folder.is_dir() or not writable(folder):
                return DatabaseState(
                    Check("database", "fail", f"{shown}: cannot create the file in {folder}", fix_url)
                )
            return DatabaseState(
                Check("database", "warn", f"{shown} does not exist yet", "`briefbot run` creates it"), 0
            )
    try:
        engine = create_store_engine(_with_connect_timeout(sa_url).render_as_string(hide_password=False))
    except ImportError as exc:
        detail = f"{shown}: no driver for {sa_url.get_backend_name()} ({one_line(exc)})"
        return DatabaseState(
            Check("database", "fail", detail, "briefbot supports SQLite and PostgreSQL; " + fix_url)
        )
    except (SQLAlchemyError, ValueError, OSError) as exc:
        return DatabaseState(Check("database", "fail", f"{shown}: {one_line(exc)}", fix_url))
    try:
        return _inspect(engine, shown)
    except SQLAlchemyError as exc:
        return DatabaseState(
            Check(
                "database",
                "fail",
                f"cannot connect to {shown}: {one_line(exc)}",
                "check BRIEFBOT_DATABASE_URL (host, port, database, user, password) and that the server runs",
            )
        )
    finally:
        engine.dispose()


def _inspect(engine: Engine, shown: str) -> DatabaseState:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from briefings.store.schema import documents

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        if current is None:
            return DatabaseState(
                Check("database", "warn", f"{shown}: connected, no schema yet", "`briefbot run` creates it"),
                0,
            )
        if current != head:
            if not _known_revision(current):
                return DatabaseState(
                    Check(
                        "database",
                        "fail",
                        f"{shown}: schema {current} is newer than this briefbot (head {head})",
                        "run the briefbot version that wrote it, or restore a backup",
                    )
                )
            return DatabaseState(
                Check(
                    "database",
                    "warn",
                    f"{shown}: schema {current}, this version needs {head}",
                    "back up, then `briefbot run` migrates at start (docs/operations.md)",
                )
            )
        count = int(connection.execute(select(func.count()).select_from(documents)).scalar_one())
    return DatabaseState(Check("database", "ok", f"{shown}: schema {head}, {count} documents"), count)


def _known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False
