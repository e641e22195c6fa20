"""``briefbot doctor``: check a deployment before (or instead of) starting it, and say what to fix.

Each check returns a :class:`Check` (ok, warn, fail or skip) with one line of
detail and, when something is wrong, one line saying what to do. Doctor only
reads: it does not create the SQLite file, run migrations or post anything.
Secrets never appear in what it prints: values are not echoed, and every line
goes through the same redactor as the logs, in case a library quotes one back.

The database check is in :mod:`bot.doctor.database`, credentials in
:mod:`bot.doctor.credentials`; :mod:`bot.doctor.report` runs them all in order.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from bot.config import ConfigError, Settings

Status = Literal["ok", "warn", "fail", "skip"]
ModelLoader = Callable[[str], Any]


@dataclass(frozen=True)
class Check:
    name: str
    status: Status
    detail: str
    fix: str | None = None


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


def check_model(name: str, load: ModelLoader) -> Check:
    try:
        nlp = load(name)
    except (OSError, ImportError, ValueError) as exc:
        return Check(
            "spacy model",
            "fail",
            f"{name!r} does not load: {one_line(exc)}",
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


def one_line(exc: BaseException) -> str:
    cause = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(cause).strip().splitlines() if line.strip()]
    return lines[0] if lines else type(cause).__name__


def writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK)
