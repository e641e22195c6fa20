"""``briefbot doctor``: check a deployment before (or instead of) starting it, and say what to fix.

Each check returns a :class:`Check` (ok, warn, fail or skip) with one line of
detail and, when something is wrong, one line saying what to do. Doctor only
reads: it does not create the SQLite file, run migrations or post anything.
Secrets never appear in what it prints: values are not echoed, and every line
goes through the same redactor as the logs, in case a library quotes one back.

>>> # checks = run_checks(load_settings, platform=None, http=httpx.Client())
>>> # print(render(checks, Redactor([]))); exit(exit_status(checks))
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import httpx
from sqlalchemy import Engine, func, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from bot.config import ConfigError, Settings
from bot.ops.logging_setup import Redactor
from briefings.store.engine import alembic_config, create_store_engine, normalise_url

Status = Literal["ok", "warn", "fail", "skip"]
ModelLoader = Callable[[str], Any]
CONNECT_TIMEOUT_SECONDS = 5


@dataclass(frozen=True)
class Check:
    name: str
    status: Status
    detail: str
    fix: str | None = None


@dataclass(frozen=True)
class DatabaseState:
    """What the database check learned; the seeds check needs the document count."""

    check: Check
    documents: int | None = None


def check_settings(load: Callable[[], Settings]) -> tuple[Check, Settings | None]:
    try:
        settings = load()
    except ConfigError as problem:
        return (
            Check(
                "settings",
                "fail",
                str(problem).replace("\n", "; "),
                "correct the named variables (every setting is listed in deploy/.env.example)",
            ),
            None,
        )
    return Check(
        "settings", "ok", f"loaded; platform {settings.platform}, zone {settings.timezone}"
    ), settings


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
            if not folder.is_dir() or not _writable(folder):
                return DatabaseState(
                    Check("database", "fail", f"{shown}: cannot create the file in {folder}", fix_url)
                )
            return DatabaseState(
                Check("database", "warn", f"{shown} does not exist yet", "`briefbot run` creates it"), 0
            )
    try:
        engine = create_store_engine(_with_connect_timeout(sa_url).render_as_string(hide_password=False))
    except ImportError as exc:
        detail = f"{shown}: no driver for {sa_url.get_backend_name()} ({_one_line(exc)})"
        return DatabaseState(
            Check("database", "fail", detail, "briefbot supports SQLite and PostgreSQL; " + fix_url)
        )
    except (SQLAlchemyError, ValueError, OSError) as exc:
        return DatabaseState(Check("database", "fail", f"{shown}: {_one_line(exc)}", fix_url))
    try:
        return _inspect(engine, shown)
    except SQLAlchemyError as exc:
        return DatabaseState(
            Check(
                "database",
                "fail",
                f"cannot connect to {shown}: {_one_line(exc)}",
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


def check_model(name: str, load: ModelLoader) -> Check:
    try:
        nlp = load(name)
    except (OSError, ImportError, ValueError) as exc:
        return Check(
            "spacy model",
            "fail",
            f"{name!r} does not load: {_one_line(exc)}",
            "pip install the model package, or set BRIEFBOT_SPACY_MODEL to an installed pipeline",
        )
    version = getattr(nlp, "meta", {}).get("version", "?")
    return Check("spacy model", "ok", f"{name} {version} loads")


def check_seeds(seeds_dir: Path, documents: int | None) -> Check:
    files = [p for p in seeds_dir.rglob("*") if p.is_file() and not p.name.startswith(".")]
    if seeds_dir.is_dir() and files:
        return Check("seeds", "ok", f"{seeds_dir}: {len(files)} file{'s' if len(files) != 1 else ''}")
    problem = f"{seeds_dir} {'is empty' if seeds_dir.is_dir() else 'does not exist'}"
    if documents:
        return Check("seeds", "warn", f"{problem}; the database already has {documents} documents")
    unknown = "the database could not be checked" if documents is None else "the database has no documents"
    return Check(
        "seeds",
        "fail",
        f"{problem} and {unknown}: an empty database would brief nothing",
        "set BRIEFBOT_SEEDS_DIR to a folder of articles, or `briefbot ingest PATH`",
    )


def run_checks(
    load: Callable[[], Settings], *, platform: str | None, http: httpx.Client, load_model: ModelLoader
) -> tuple[list[Check], Settings | None]:
    """Every check, in the order an operator fixes them; later ones skip without settings."""
    settings_check, settings = check_settings(load)
    if settings is None:
        skipped = [Check(name, "skip", "needs valid settings") for name in _LATER]
        return [settings_check, *skipped], None
    database = check_database(settings.database_url)
    from bot.doctor.credentials import check_platform

    return [
        settings_check,
        database.check,
        check_model(settings.spacy_model, load_model),
        check_platform(settings, platform, http),
        check_seeds(settings.seeds_dir, database.documents),
    ], settings


_LATER = ("database", "spacy model", "platform", "seeds")
_MARK: dict[Status, str] = {"ok": "ok  ", "warn": "warn", "fail": "FAIL", "skip": "skip"}


def render(checks: list[Check], redact: Redactor) -> str:
    lines = []
    for check in checks:
        lines.append(f"{_MARK[check.status]}  {check.name:<12} {check.detail}")
        if check.fix and check.status in ("warn", "fail"):
            lines.append(f"{'':18}fix: {check.fix}")
    failed = sum(check.status == "fail" for check in checks)
    lines.append(f"{failed} problem{'s' if failed != 1 else ''} found." if failed else "All checks passed.")
    return redact("\n".join(lines))


def exit_status(checks: list[Check]) -> int:
    return 1 if any(check.status == "fail" for check in checks) else 0


def _one_line(exc: BaseException) -> str:
    cause = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(cause).strip().splitlines() if line.strip()]
    return lines[0] if lines else type(cause).__name__


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK)
