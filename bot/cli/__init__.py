"""The ``briefbot`` command line: one Typer app, one module per command family.

Each module exposes ``register(app)``; this file only assembles them, so a
command family can change without touching the others.
"""

from __future__ import annotations

import typer

from bot.cli import brief, corpus, doctor, extract, ingest, run, schedule

app = typer.Typer(
    name="briefbot",
    help="Briefing assistant: ingest news; extract meetings, key quotes and open questions; brief a team.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

for module in (ingest, extract, brief, corpus, run, schedule, doctor):
    module.register(app)


def main() -> None:
    """Console-script entry point."""
    app()
