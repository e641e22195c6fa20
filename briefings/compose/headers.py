"""What a briefing says about itself: which clock, which identity, what was left out.

A reader must never have to guess why an item is (or is not) there, so every
briefing carries, as plain sentences the templates print:

* its clock: "Published since 22 Jul 2021 12:00 UTC" (publication time), "New
  since your last briefing at …" or "New to briefbot in the last 24 hours"
  (ingest time, whatever the articles' publication dates), or every date;
* for a lookup, the identity used and the others the name matched, and what
  is missing ("No quotes by Wendy Sherman");
* for a cut section, how many there were and how to see the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from briefings.identity import fold
from briefings.subjects import Subject
from briefings.time import local_date, resolve_zone

# How a cut section tells the reader to see the rest: (section, total) -> hint.
MoreHint = Callable[[str, int], str]
_NAMED_MEMBERS = 6


def default_more(section: str, total: int) -> str:
    """The hint when the caller gave none: both ways, chat and command line."""
    command = {"meetings": "/whomet NAME", "questions": "/questions"}.get(section, "/quotes NAME")
    return f"{command} … more, or briefbot brief --max-items {total}"


def cut_notice(shown: int, total: int, at_least: bool, hint: str) -> str:
    """ "showing 10 of 146 — /quotes Sherman more, --max-items 146".

    >>> cut_notice(10, 146, False, "--max-items 146")
    'showing 10 of 146 — --max-items 146'
    """
    of = f"{total} or more" if at_least else str(total)
    return f"showing {shown} of {of} — {hint}"


def newest_note(newest: datetime, tz: str) -> str:
    """Where an empty briefing points: the publication date of the newest article,
    and how to ask by publication date, in chat and on the command line."""
    day = (newest.astimezone(resolve_zone(tz)) - timedelta(days=7)).date().isoformat()
    return (
        f"The newest article I have was published {local_date(newest, tz)}. For what was published "
        f"since a date, give one: /brief since {day} (or briefbot brief --since {day})."
    )


def subject_labels(subject: Subject, sections: Sequence[str]) -> dict[str, str]:
    """Section headings of a lookup: "Quotes by Wendy Sherman", "Quotes about Wendy Sherman"."""
    name = subject.name
    return {
        "meetings": f"Meetings of {name}",
        "quotes": f"Quotes by {name}",
        "about": f"Quotes about {name}",
        "questions": f"Open questions by or about {name}",
    }


def subject_notes(
    subject: Subject, sections: Sequence[str], *, quotes: bool, questions: bool
) -> tuple[str, ...]:
    """Which identity a lookup used (and who counts as it), the others its name
    matched, and the sections that came back empty."""
    notes: list[str] = []
    kind = {"person": "person", "org": "organisation", "group": "group", "place": "country or place"}
    used = f"{subject.name} ({kind.get(subject.identity.kind, subject.identity.kind)})"
    if subject.members:
        names = ", ".join(member.name for member in subject.members[:_NAMED_MEMBERS])
        extra = len(subject.members) - _NAMED_MEMBERS
        names += f" and {extra} more" if extra > 0 else ""
        notes.append(f"{used}, with its members and officials: {names}.")
    if subject.others:
        others = "; ".join(f"{o.name} ({kind.get(o.kind, o.kind)})" for o in subject.others[:_NAMED_MEMBERS])
        notes.append(f'"{subject.query}" also matches {others}; this answer uses {subject.name}.')
    if "quotes" in sections and not quotes:
        also = f" ({subject.name})" if fold(subject.query) != fold(subject.name) else ""
        notes.append(f"No quotes by {subject.query}{also}.")
    return tuple(notes)
