"""`briefbot people` and `briefbot meetings`: the corpus-wide picture.

``people`` lists identities merged across documents (one line per person, with
every alias and the roles documents gave them, dated); ``meetings`` lists
meetings merged across the articles that reported them, with the number of
sources. Both read the database only. ``--json`` prints one object per line for
scripts. Exit status 2 with one clear line on stderr for a bad argument or an
unusable database.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Annotated, Any

import typer

from bot.config import ConfigError, load_settings
from briefings.identity import is_a_name
from briefings.model.facts import Identity, PersonRef, StoredMeeting
from briefings.store import SqlStore
from briefings.time import BadTimeError, UnknownTimeZoneError, parse_now, parse_when, resolve_zone

log = logging.getLogger(__name__)

USAGE_EXIT = 2
DbOption = Annotated[str | None, typer.Option("--db", help="Database URL (else BRIEFBOT_DATABASE_URL).")]
JsonOption = Annotated[bool, typer.Option("--json", help="One JSON object per line.")]


def _fail(command: str, message: str) -> typer.Exit:
    typer.echo(f"briefbot {command}: {message}", err=True)
    return typer.Exit(USAGE_EXIT)


@contextmanager
def _open(command: str, db: str | None) -> Iterator[tuple[SqlStore, str]]:
    """The configured store and display time zone; closed afterwards."""
    try:
        settings = load_settings(**({"BRIEFBOT_DATABASE_URL": db} if db else {}))
    except ConfigError as problem:
        raise _fail(command, f"configuration error: {problem}") from None
    from briefings.store import open_store

    try:
        store = open_store(settings.database_url)
    except Exception as exc:
        log.debug("open_store failed", exc_info=True)
        raise _fail(command, f"cannot open the database: {type(exc).__name__}: {exc}") from None
    try:
        yield store, settings.timezone
    finally:
        store.close()


def _day(value: datetime | None) -> str | None:
    return value.date().isoformat() if value else None


# --- people ---------------------------------------------------------------------------


def identity_json(identity: Identity) -> dict[str, Any]:
    return {
        "id": identity.id,
        "name": identity.name,
        "kind": identity.kind,
        "aliases": list(identity.aliases),
        "roles": [{"role": role, "stated": _day(stated)} for role, stated in identity.roles],
        "documents": identity.document_count,
    }


def _role_summary(identity: Identity) -> str:
    """Each role once, with the first and last dates it was stated."""
    spans: dict[str, list[datetime]] = {}
    for role, stated in identity.roles:
        dates = spans.setdefault(role, [])
        if stated:
            dates.append(stated)
    parts = []
    for role, dates in spans.items():
        if not dates:
            parts.append(role)
            continue
        first, last = _day(min(dates)), _day(max(dates))
        parts.append(f"{role} ({first})" if first == last else f"{role} ({first} – {last})")
    return "; ".join(parts)


def identity_lines(identity: Identity) -> list[str]:
    documents = f"{identity.document_count} document{'s' if identity.document_count != 1 else ''}"
    lines = [f"{identity.name}  [{identity.kind}, {documents}]"]
    if identity.aliases:
        lines.append(f"  aliases: {', '.join(identity.aliases)}")
    if identity.roles:
        lines.append(f"  roles: {_role_summary(identity)}")
    return lines


def people_command(
    name: Annotated[
        str | None, typer.Option("--name", help="Only identities this name or alias matches.")
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind", help="Only this kind: person, org, group, place, anonymous (default: person and org)."
        ),
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List the people (and organisations) of the corpus: one identity each, with aliases and roles."""
    kinds = ("person", "org", "group", "place", "anonymous")
    if kind is not None and kind not in kinds:
        raise _fail("people", f"unknown --kind {kind!r}: use one of {', '.join(kinds)}")
    with _open("people", db) as (store, _zone):
        # an identity is a person or an organisation the text names: places, nationalities and
        # anonymous sources ("a senior official") are listed only when asked for by kind
        wanted = (kind,) if kind is not None else ("person", "org")
        identities = [
            i for i in store.people(name=name) if i.kind in wanted and (kind is not None or is_a_name(i.name))
        ]
    for identity in identities:
        if as_json:
            typer.echo(json.dumps(identity_json(identity), ensure_ascii=False))
        else:
            typer.echo("\n".join(identity_lines(identity)))
    if not identities and not as_json:
        typer.echo("No people found." if name is None else f"Nobody matches {name!r}.")


# --- meetings -------------------------------------------------------------------------


def _participant(ref: PersonRef) -> str:
    return f"{ref.name} ({ref.role})" if ref.role else ref.name


def meeting_json(stored: StoredMeeting) -> dict[str, Any]:
    meeting = stored.meeting
    return {
        "id": stored.id,
        "participants": [{"name": p.name, "role": p.role, "kind": p.kind} for p in meeting.participants],
        "place": meeting.place,
        "date": meeting.date,
        "status": meeting.status,
        "sources": [
            {
                "document_id": c.source.document_id,
                "title": c.source.title,
                "url": c.source.url,
                "published": _day(c.source.published),
                "sentence": c.evidence.sentence,
            }
            for c in stored.citations
        ],
    }


def meeting_lines(stored: StoredMeeting) -> list[str]:
    meeting = stored.meeting
    published = [c.source.published for c in stored.citations if c.source.published]
    when = meeting.date or (f"reported {_day(min(published))}" if published else "undated")
    count = len(stored.citations)
    head = f"#{stored.id}  {when} · {meeting.status} · {meeting.place or 'place not given'}"
    lines = [head, f"  {', '.join(_participant(p) for p in meeting.participants)}"]
    lines.append(f"  {count} source{'s' if count != 1 else ''}:")
    lines += [f"    - {c.source.title} ({_day(c.source.published) or 'undated'})" for c in stored.citations]
    return lines


def meetings_command(
    person: Annotated[
        str | None, typer.Option("--person", help="Only meetings with this participant.")
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Reported since: 24h, 7d, yesterday or a date.")
    ] = None,
    held_only: Annotated[
        bool, typer.Option("--held-only", help="Leave out planned and cancelled meetings.")
    ] = False,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="At most this many meetings.")] = None,
    now: Annotated[
        str | None, typer.Option("--now", help="Pretend it is this ISO time (for --since).")
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List meetings merged across the corpus: participants, place, date, status, number of sources."""
    with _open("meetings", db) as (store, zone):
        try:
            resolve_zone(zone)
            moment = parse_now(now, fallback=datetime.now(UTC))
            start = parse_when(since, now=moment, tz=zone) if since else None
        except (BadTimeError, UnknownTimeZoneError) as problem:
            raise _fail("meetings", str(problem)) from None
        found = store.meetings(person=person, since=start, include_planned=not held_only, limit=limit)
    for stored in found:
        typer.echo(
            json.dumps(meeting_json(stored), ensure_ascii=False)
            if as_json
            else "\n".join(meeting_lines(stored))
        )
    if not found and not as_json:
        typer.echo("No meetings found.")


def register(app: typer.Typer) -> None:
    """Add this module's commands to app."""
    app.command("people")(people_command)
    app.command("meetings")(meetings_command)
