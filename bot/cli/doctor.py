"""`briefbot doctor`: check settings, database, spaCy model, platform credentials and seeds.

Prints one line per check and what to fix; exits 1 when any check fails, so it
can gate a deploy script or a container's start. Never prints a secret.
``--corpus PATH`` checks a corpus instead: how many documents get each field.
"""

from __future__ import annotations

from typing import Annotated, Any

import httpx
import typer
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from bot.config import ConfigError, Settings, load_settings
from bot.doctor.report import exit_status, render, run_checks
from bot.ops.logging_setup import Redactor
from bot.platforms.registry import PLATFORMS


def _load_model(name: str) -> Any:
    import spacy

    return spacy.load(name)


def _secrets(settings: Settings | None) -> list[str]:
    """Values never to print: the configured tokens and the database password."""
    if settings is None:
        return []
    secrets = settings.secret_values()
    try:
        password = make_url(settings.database_url).password
    except ArgumentError:
        password = None
    if password:
        secrets.append(str(password))
    return secrets


def doctor_command(
    platform: Annotated[
        str | None,
        typer.Option(
            "--platform", help=f"Check this platform ({', '.join(PLATFORMS)}) instead of the configured one."
        ),
    ] = None,
    corpus: Annotated[
        str | None,
        typer.Option(
            "--corpus",
            metavar="PATH",
            help="Check this corpus (files, folders) instead: how many documents get a URL, "
            "a publication time and its zone, a publisher and a title.",
        ),
    ] = None,
) -> None:
    """Check the deployment (settings, database, model, credentials, seeds) and say what to fix."""
    if corpus is not None:
        _corpus(corpus)
    with httpx.Client() as http:
        checks, settings = run_checks(load_settings, platform=platform, http=http, load_model=_load_model)
    typer.echo(render(checks, Redactor(_secrets(settings))))
    raise typer.Exit(exit_status(checks))


def _corpus(path: str) -> None:
    from bot.doctor.corpus import check_corpus

    try:
        settings: Settings | None = load_settings()
    except ConfigError:
        settings = None  # the corpus check needs only the size cap; a deployment problem is not its concern
    max_bytes = (
        settings.max_file_bytes if settings is not None else Settings.model_fields["max_file_bytes"].default
    )
    checks = check_corpus(path, max_bytes=max_bytes)
    typer.echo(render(checks, Redactor(_secrets(settings))))
    raise typer.Exit(exit_status(checks))


def register(app: typer.Typer) -> None:
    """Add this module's commands to app."""
    app.command("doctor")(doctor_command)
