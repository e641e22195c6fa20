"""`briefbot ingest PATH_OR_URL... [--db URL]`: load sources, extract facts, store them.

Output contract: one line on stderr per item that failed ("failed: ITEM: REASON",
control characters in either escaped, so a file name cannot split the line),
a closing summary on stdout ("new N, unchanged N, updated N, failed N"), exit
status 0 when everything loaded, 1 when any item failed, 2 when the run could
not start (bad settings, unreachable database, missing language pipeline).
A rich progress bar is drawn on stderr when it is a terminal. The database URL
is never printed with its password.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from datetime import UTC, datetime
from typing import Annotated, Literal

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from bot.config import ConfigError, load_settings
from briefings.ingest import ExtractorUnavailable, IngestEvent, IngestReport, ingest
from briefings.model.documents import Document
from briefings.model.facts import Extraction
from briefings.sources import HttpFetcher
from briefings.sources.addresses import AddressPolicy, parse_allow_list
from briefings.store.protocol import Store

log = logging.getLogger(__name__)

FAILED_EXIT = 1
CANNOT_START_EXIT = 2


class _PipelineGuard:
    """The real extractor, with "pipeline missing" turned into ExtractorUnavailable
    so that the run stops with one line instead of failing every document."""

    def __init__(self, model_name: str, parse: Literal["selective", "full"]) -> None:
        from briefings.extract import Extractor

        self._extractor = Extractor(model_name, parse)

    def extract_many(self, docs: Iterable[Document]) -> Iterator[Extraction]:
        from briefings.extract import PipelineError

        try:
            yield from self._extractor.extract_many(docs)
        except PipelineError as exc:
            raise ExtractorUnavailable(str(exc)) from None


def redact_url(url: str) -> str:
    """``url`` with any password replaced by ``***``.

    >>> redact_url("postgresql+psycopg://bot:s3cret@db:5432/briefbot")
    'postgresql+psycopg://bot:***@db:5432/briefbot'
    """
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return "<unparseable database URL>"


def _scrub(text: str, url: str) -> str:
    """``text`` with the URL's password (and the URL itself) removed."""
    try:
        password = make_url(url).password
    except (ArgumentError, ValueError):
        password = None
    text = text.replace(url, redact_url(url))
    if password:
        text = text.replace(str(password), "***")
    return text


def ingest_command(
    paths: Annotated[
        list[str], typer.Argument(metavar="PATH_OR_URL...", help="Files, folders (recursive), feeds or URLs.")
    ],
    db: Annotated[
        str | None, typer.Option("--db", help="Database URL (overrides BRIEFBOT_DATABASE_URL).")
    ] = None,
) -> None:
    """Ingest articles: text, Markdown, HTML, JSON/JSONL, RSS/Atom feeds, folders and URLs."""
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    try:
        overrides = {"BRIEFBOT_DATABASE_URL": db} if db else {}
        settings = load_settings(**overrides)
    except ConfigError as problem:
        err.print(f"briefbot: configuration error:\n{problem}", markup=False)
        raise typer.Exit(CANNOT_START_EXIT) from None
    url = settings.database_url
    try:
        from briefings.store import open_store

        store = open_store(url)
    except Exception as exc:
        log.debug("open_store failed", exc_info=True)
        message = _scrub(f"{type(exc).__name__}: {exc}".splitlines()[0], url)
        err.print(f"briefbot: cannot open the database {redact_url(url)}: {message}", markup=False)
        raise typer.Exit(CANNOT_START_EXIT) from None
    fetcher = HttpFetcher(
        timeout=settings.fetch_timeout_seconds,
        deadline=settings.fetch_deadline_seconds,
        policy=AddressPolicy(parse_allow_list(settings.fetch_allow)),
    )
    try:
        report = _run(
            paths,
            store=store,
            fetcher=fetcher,
            settings_model=settings.spacy_model,
            settings_parse=settings.parse,
            max_bytes=settings.max_file_bytes,
            err=err,
        )
    except ExtractorUnavailable as exc:
        err.print(f"briefbot: cannot extract facts: {exc}", markup=False)
        raise typer.Exit(CANNOT_START_EXIT) from None
    finally:
        fetcher.close()
        store.close()
    typer.echo(report.summary())
    raise typer.Exit(0 if report.ok else FAILED_EXIT)


def _run(
    paths: list[str],
    *,
    store: Store,
    fetcher: HttpFetcher,
    settings_model: str,
    settings_parse: Literal["selective", "full"],
    max_bytes: int,
    err: Console,
) -> IngestReport:
    progress_bar: Progress | None = None
    if err.is_terminal:
        progress_bar = Progress(
            SpinnerColumn(),
            TextColumn("ingesting"),
            TextColumn("{task.completed} done"),
            TextColumn("[dim]{task.description}"),
            TimeElapsedColumn(),
            console=err,
            transient=True,
        )
    context: AbstractContextManager[object] = progress_bar if progress_bar is not None else nullcontext()
    with context:
        task = progress_bar.add_task("", total=None) if progress_bar is not None else None

        def on_event(event: IngestEvent) -> None:
            if event.failure is not None:
                err.print(f"failed: {event.failure}", markup=False)  # item and reason escaped
            if progress_bar is not None and task is not None:
                progress_bar.update(task, advance=1, description=_short(event.item))

        return ingest(
            paths,
            store,
            _PipelineGuard(settings_model, settings_parse),
            now=datetime.now(UTC),
            max_bytes=max_bytes,
            fetch=fetcher,
            progress=on_event,
        )


def _short(item: str, width: int = 60) -> str:
    """The end of ``item`` for the progress bar, escaped like the failure lines."""
    from briefings.sources.errors import printable

    item = printable(item)
    return item if len(item) <= width else "…" + item[-(width - 1) :]


def register(app: typer.Typer) -> None:
    """Add this module's commands to app."""
    app.command("ingest")(ingest_command)
