"""`briefbot extract PATH... [--json]`: extract facts from files without a database.

Output contract: with ``--json``, one JSON object per document per line on
stdout (the shape in :mod:`briefings.extract.serialize`, scored by
``shared/eval/score.py``); without it, a readable summary per document. Each
item that cannot be loaded gets one line on stderr ("failed: ITEM: REASON")
and the rest continue; exit status 0 when all loaded, 1 when any failed, 2
when the run could not start (bad settings, missing language pipeline).
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Iterator
from typing import Annotated

import typer

from bot.config import ConfigError, load_settings
from briefings.model.documents import Document
from briefings.model.facts import Extraction, PersonRef
from briefings.sources import load_paths

log = logging.getLogger(__name__)

FAILED_EXIT = 1
CANNOT_START_EXIT = 2


def _who(ref: PersonRef | None) -> str:
    if ref is None:
        return "unattributed"
    return f"{ref.name} ({ref.role})" if ref.role else ref.name


def summary_lines(document: Document, extraction: Extraction) -> Iterator[str]:
    """A readable summary of one document's facts."""
    published = document.published.date().isoformat() if document.published else "undated"
    yield f"# {document.title or document.key} [{published}] {document.path or document.url or ''}".rstrip()
    for meeting in extraction.meetings:
        names = ", ".join(_who(p) for p in meeting.participants)
        where = f" in {meeting.place}" if meeting.place else ""
        when = f" on {meeting.date}" if meeting.date else ""
        yield f"  meeting ({meeting.status}): {names}{where}{when}"
    for quote in extraction.quotes:
        yield f"  quote ({quote.kind}) {_who(quote.speaker)}: “{quote.text}”"
    for question in extraction.questions:
        asker = f" [{_who(question.asked_by)}]" if question.asked_by else ""
        yield f"  question ({question.kind}){asker}: {question.text}"
    yield ""


def extract_command(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or URLs to extract from.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per document per line.")] = False,
) -> None:
    """Extract meetings, key quotes and open questions from documents (no database needed)."""
    from briefings.extract import Extractor, PipelineError
    from briefings.extract.serialize import to_json_line

    try:
        settings = load_settings()
    except ConfigError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(CANNOT_START_EXIT) from None
    failures = 0
    documents: deque[Document] = deque()  # loaded, waiting for their extraction

    def loaded() -> Iterator[Document]:
        nonlocal failures
        for item in load_paths(paths, max_bytes=settings.max_file_bytes):
            if isinstance(item, Document):
                documents.append(item)
                yield item
            else:
                failures += 1
                typer.echo(f"failed: {item}", err=True)

    extractor = Extractor(settings.spacy_model, settings.parse)
    started = time.perf_counter()
    count = 0
    try:
        for extraction in extractor.extract_many(loaded()):
            document = documents.popleft()
            count += 1
            if as_json:
                typer.echo(to_json_line(document, extraction))
            else:
                for line in summary_lines(document, extraction):
                    typer.echo(line)
    except PipelineError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(CANNOT_START_EXIT) from None
    log.info("extracted %d documents in %.2fs (%d failed)", count, time.perf_counter() - started, failures)
    if not as_json:
        typer.echo(f"{count} documents extracted, {failures} failed", err=True)
    if failures:
        raise typer.Exit(FAILED_EXIT)


def register(app: typer.Typer) -> None:
    """Add ``extract`` to the app."""
    app.command("extract")(extract_command)
