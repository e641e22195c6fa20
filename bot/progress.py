"""Progress of long work (ingest, a first run's seeding) as people watching it want it.

On a terminal: a rich progress line (spinner, items done, the item at hand,
elapsed time) that disappears when the work is done. Anywhere else (a pipe, a
log file, systemd's journal): no animation, only plain lines, one when the work
starts and one summary when it ends, so logs stay readable.

>>> # with ingest_progress(sys.stderr, "seeds/") as on_event: ingest(..., progress=on_event)
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from briefings.ingest import IngestEvent, IngestReport
from briefings.ingest import Progress as OnEvent

log = logging.getLogger(__name__)
ITEM_WIDTH = 60


def _short(item: str, width: int = ITEM_WIDTH) -> str:
    printable = "".join(ch if ch.isprintable() else "?" for ch in item)
    return printable if len(printable) <= width else "…" + printable[-(width - 1) :]


@contextmanager
def ingest_progress(out: TextIO, what: str, *, terminal: bool | None = None) -> Iterator[OnEvent]:
    """A progress callback for :func:`briefings.ingest.ingest` writing to ``out``:
    rich when ``out`` is a terminal (or ``terminal`` says so), plain lines otherwise."""
    console = Console(file=out, force_terminal=terminal, highlight=False)
    if not console.is_terminal:
        out.write(f"Reading {what}: extracting facts from each article, once…\n")
        out.flush()
        yield lambda event: None
        return
    progress = Progress(
        SpinnerColumn(),
        TextColumn(f"reading {_short(what, 30)}"),
        TextColumn("{task.completed} done"),
        TextColumn("[dim]{task.description}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )
    with progress:
        task = progress.add_task("", total=None)

        def on_event(event: IngestEvent) -> None:
            progress.update(task, advance=1, description=_short(event.item))

        yield on_event


def summary_line(what: str, report: IngestReport) -> str:
    """ "Read seeds/: new 1, unchanged 0, updated 0, failed 0." """
    return f"Read {what}: {report.summary()}."
