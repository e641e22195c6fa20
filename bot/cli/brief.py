"""`briefbot brief`: build a briefing from the database and print it.

Text and Markdown print the briefing whole (no "(continued …)" markers: a
terminal splits nothing); Slack and Discord print the JSON payloads (a list, one
entry per message) exactly as they would be posted. Without ``--since``/``--until``
the briefing covers what was read (ingested) in the 24 hours before ``--now``,
as a plain ``/brief`` does in chat, and says so in its header. Times follow the
one grammar of :mod:`briefings.time` ("last week", "7d", "yesterday", a
date). ``--person`` resolves the name to an identity as ``/brief NAME`` does.
Exit status 0 on success, 2 with one clear line on stderr for a bad argument
or an unusable database.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Annotated

import typer

from bot.config import ConfigError, load_settings
from briefings.compose.builder import DEFAULT_MAX_ITEMS, build_briefing
from briefings.render.formats import FORMATS
from briefings.render.renderer import Renderer, TemplateSetError
from briefings.time import BadTimeError, UnknownTimeZoneError, parse_now, parse_when, resolve_zone

log = logging.getLogger(__name__)

USAGE_EXIT = 2


def _fail(message: str) -> typer.Exit:
    typer.echo(f"briefbot brief: {message}", err=True)
    return typer.Exit(USAGE_EXIT)


def brief_command(
    since: Annotated[
        str | None,
        typer.Option("--since", help="Start (publication time): 24h, 7d, last week, yesterday, or a date."),
    ] = None,
    until: Annotated[str | None, typer.Option("--until", help="End: a date/time (publication time).")] = None,
    topic: Annotated[str | None, typer.Option("--topic", help="Only facts matching this text.")] = None,
    person: Annotated[
        str | None,
        typer.Option("--person", help="A person, organisation or country, with its members and officials."),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="text, markdown, slack or discord.")] = "text",
    now: Annotated[str | None, typer.Option("--now", help="Pretend it is this ISO time.")] = None,
    tz: Annotated[str | None, typer.Option("--tz", help="Time zone dates are shown in (IANA name).")] = None,
    db: Annotated[str | None, typer.Option("--db", help="Database URL (else BRIEFBOT_DATABASE_URL).")] = None,
    max_items: Annotated[
        int,
        typer.Option("--max-items", min=1, max=500, help="Items per section (a cut section says so)."),
    ] = DEFAULT_MAX_ITEMS,
) -> None:
    """Print a briefing: who met whom, key quotes, open questions, sources."""
    if fmt not in FORMATS:
        raise _fail(f"unknown --format {fmt!r}: use one of {', '.join(FORMATS)}")
    try:
        settings = load_settings(**({"BRIEFBOT_DATABASE_URL": db} if db else {}))
    except ConfigError as problem:
        raise _fail(f"configuration error: {problem}") from None
    zone = tz or settings.timezone
    try:
        resolve_zone(zone)
        moment = parse_now(now, fallback=datetime.now(UTC))
        start = parse_when(since, now=moment, tz=zone) if since else None
        end = parse_when(until, now=moment, tz=zone) if until else None
    except (BadTimeError, UnknownTimeZoneError) as problem:
        raise _fail(str(problem)) from None
    if start and end and start > end:
        raise _fail("--since is later than --until")

    from briefings.store import open_store

    try:
        store = open_store(settings.database_url)
    except Exception as exc:
        log.debug("open_store failed", exc_info=True)
        raise _fail(f"cannot open the database: {type(exc).__name__}") from None
    try:
        subject = store.resolve_subject(person) if person else None
        briefing = build_briefing(
            store,
            now=moment,
            tz=zone,
            since=start,
            until=end,
            topic=topic,
            person=None if subject else person,
            subject=subject,
            max_items_per_section=max_items,
            more=lambda section, total: f"--max-items {total} shows them all",
        )
    finally:
        store.close()
    try:
        messages = Renderer(settings.template_dir).render(briefing, fmt, split=False)
    except TemplateSetError as problem:
        raise _fail(str(problem)) from None
    if fmt in ("slack", "discord"):
        typer.echo(json.dumps(messages, ensure_ascii=False, indent=2))
    else:
        typer.echo("\n\n".join(str(m) for m in messages))


def register(app: typer.Typer) -> None:
    """Add this module's commands to app."""
    app.command("brief")(brief_command)
