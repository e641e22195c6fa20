"""One meeting, several articles: merging meeting reports across documents.

A readout and the "remarks before the meeting" of the same encounter are two
reports of one meeting. Two reports are the same meeting when

* they have the same status (a planned meeting is not the held one);
* their dates agree: explicit dates at most a day apart, otherwise the dates
  we know (explicit, else the article's publication day) at most two days apart;
* their participants' identities overlap in at least two and in at least two
  thirds of the smaller list (a readout may name a delegation member the
  remarks do not), or, for a one-sided report, are the same one identity
  at the same place; or one is a statement between parties (countries,
  organisations) and the other, on the same explicit day, names a delegation or
  role of one of those parties ("the Ukrainian delegation" ~ "Ukraine").

Merging is union-find over reports: adding a report can join meetings, and
removing one (an article replaced) re-splits what is left of its meeting.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Connection, delete, func, insert, select, update

from briefings.identity import entity_key, fold
from briefings.store.schema import documents, meeting_participants, meeting_reports, meetings, mentions

_WINDOW = timedelta(days=2)
_EXPLICIT_WINDOW = timedelta(days=1)
_SAME_DAY_LIMIT = 500


@dataclass(frozen=True)
class Profile:
    report_id: int
    meeting_id: int | None
    status: str
    anchor: date
    explicit: date | None
    place_key: str | None
    identities: frozenset[int]
    parties: frozenset[str] = frozenset()  # countries/organisations of a statement between parties
    affiliations: frozenset[str] = frozenset()  # words of people's names and roles ("ukrainian")


_PARTY_KINDS = frozenset({"place", "org"})
_AFFILIATED_KINDS = frozenset({"person", "group"})


def _stem(party: str) -> str:
    """ "ukraine" -> "ukrai": the prefix its nationality adjective shares ("Ukrainian")."""
    return party[: max(4, len(party) - 2)]


def _parties_match(people: Profile, parties: Profile) -> bool:
    """A joint statement between countries ("the United States and Ukraine met") and a
    readout of the delegations (Rubio ... and the Ukrainian delegation) on the same
    explicit day: one meeting when a delegation or role names one of the parties."""
    if len(parties.parties) < 2 or people.parties:
        return False
    if people.explicit is None or people.explicit != parties.explicit:
        return False
    stems = {_stem(party) for party in parties.parties if " " not in party}
    return any(word.startswith(stem) for stem in stems for word in people.affiliations)


def same_meeting(a: Profile, b: Profile) -> bool:
    """The merge rule (see module docstring)."""
    if a.status != b.status:
        return False
    if a.explicit is not None and b.explicit is not None:
        if abs(a.explicit - b.explicit) > _EXPLICIT_WINDOW:
            return False
    elif abs(a.anchor - b.anchor) > _WINDOW:
        return False
    if _parties_match(a, b) or _parties_match(b, a):
        return True
    common = len(a.identities & b.identities)
    smaller = min(len(a.identities), len(b.identities))
    if smaller >= 2:
        return common >= 2 and 3 * common >= 2 * smaller
    return (
        common == 1
        and len(a.identities) == len(b.identities) == 1
        and a.place_key is not None
        and a.place_key == b.place_key
    )


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _profiles(conn: Connection, report_ids: Iterable[int]) -> dict[int, Profile]:
    ids = sorted(set(report_ids))
    if not ids:
        return {}
    people: dict[int, set[int]] = {report_id: set() for report_id in ids}
    kinds: dict[int, set[str]] = {report_id: set() for report_id in ids}
    parties: dict[int, set[str]] = {report_id: set() for report_id in ids}
    words: dict[int, set[str]] = {report_id: set() for report_id in ids}
    rows = conn.execute(
        select(
            meeting_participants.c.report_id,
            meeting_participants.c.name,
            meeting_participants.c.role,
            meeting_participants.c.kind,
            mentions.c.identity_id,
        )
        .outerjoin(mentions, mentions.c.id == meeting_participants.c.mention_id)
        .where(meeting_participants.c.report_id.in_(ids), meeting_participants.c.kind != "anonymous")
    )
    for row in rows:
        kinds[row.report_id].add(row.kind)
        if row.identity_id is not None:
            people[row.report_id].add(row.identity_id)
        if row.kind in _PARTY_KINDS:
            parties[row.report_id].add(entity_key(row.name))
        if row.kind in _AFFILIATED_KINDS:
            words[row.report_id].update(fold(f"{row.name} {row.role or ''}").split())
    reports = conn.execute(
        select(
            meeting_reports.c.id,
            meeting_reports.c.meeting_id,
            meeting_reports.c.status,
            meeting_reports.c.anchor_date,
            meeting_reports.c.date,
            meeting_reports.c.place,
        ).where(meeting_reports.c.id.in_(ids))
    )
    return {
        row.id: Profile(
            report_id=row.id,
            meeting_id=row.meeting_id,
            status=row.status,
            anchor=row.anchor_date,
            explicit=parse_date(row.date),
            place_key=entity_key(row.place) if row.place else None,
            identities=frozenset(people[row.id]),
            parties=frozenset(parties[row.id]) if kinds[row.id] <= _PARTY_KINDS else frozenset(),
            affiliations=frozenset(words[row.id]),
        )
        for row in reports
    }


def _candidates(conn: Connection, profile: Profile) -> list[Profile]:
    """Reports that could be the same meeting: same status, near in time, and (the
    rule needs it) at least one participant identity in common.

    The time window is what bounds the search (a fixed number of days of reports);
    an identity is not: "U.S." or a frequent person has mentions all over the corpus.
    ``identity_id + 0`` keeps the planner (SQLite's in particular, which has no
    statistics) from starting at the identity index and walking all those mentions;
    it starts at the reports' date index."""
    ids = conn.execute(
        select(meeting_reports.c.id)
        .join(meeting_participants, meeting_participants.c.report_id == meeting_reports.c.id)
        .join(mentions, mentions.c.id == meeting_participants.c.mention_id)
        .where(
            (mentions.c.identity_id + 0).in_(sorted(profile.identities)),
            meeting_reports.c.anchor_date.between(profile.anchor - _WINDOW, profile.anchor + _WINDOW),
            meeting_reports.c.status == profile.status,
            meeting_reports.c.meeting_id.is_not(None),
            meeting_reports.c.id != profile.report_id,
        )
        # No DISTINCT (the set below dedups): with it SQLite scans reports in id order.
    ).scalars()
    found = set(ids)
    if profile.explicit is not None and (profile.parties or profile.affiliations):
        # The party rule needs no shared identity: look at the same day's dated reports.
        found.update(
            conn.execute(
                select(meeting_reports.c.id)
                .where(
                    meeting_reports.c.anchor_date == profile.explicit,
                    meeting_reports.c.date.is_not(None),
                    meeting_reports.c.status == profile.status,
                    meeting_reports.c.meeting_id.is_not(None),
                    meeting_reports.c.id != profile.report_id,
                )
                .limit(_SAME_DAY_LIMIT)
            ).scalars()
        )
    return list(_profiles(conn, found).values())


def _new_meeting(conn: Connection, profile: Profile) -> int:
    # Summary columns are provisional until refresh() computes them from all reports.
    values: dict[str, object] = {"status": profile.status, "anchor_date": profile.anchor}
    row = conn.execute(
        select(func.min(documents.c.sort_time), func.max(documents.c.ingested_at))
        .select_from(meeting_reports.join(documents, documents.c.id == meeting_reports.c.document_id))
        .where(meeting_reports.c.id == profile.report_id)
    ).one()
    values.update(first_time=row[0], last_time=row[0], last_ingested_at=row[1])
    pk = conn.execute(insert(meetings).values(**values)).inserted_primary_key
    assert pk is not None
    return int(pk[0])


def _attach(conn: Connection, profile: Profile) -> set[int]:
    matching = sorted(
        {c.meeting_id for c in _candidates(conn, profile) if c.meeting_id and same_meeting(profile, c)}
    )
    target = matching[0] if matching else _new_meeting(conn, profile)
    conn.execute(
        update(meeting_reports).where(meeting_reports.c.id == profile.report_id).values(meeting_id=target)
    )
    for other in matching[1:]:
        conn.execute(
            update(meeting_reports).where(meeting_reports.c.meeting_id == other).values(meeting_id=target)
        )
    return {target, *matching}


def _recluster(conn: Connection, meeting_id: int) -> set[int]:
    """Re-split what is left of a meeting that lost reports; returns meetings touched."""
    remaining = _profiles(
        conn,
        conn.execute(
            select(meeting_reports.c.id).where(meeting_reports.c.meeting_id == meeting_id)
        ).scalars(),
    )
    parent = {report_id: report_id for report_id in remaining}

    def root(report_id: int) -> int:
        while parent[report_id] != report_id:
            parent[report_id] = parent[parent[report_id]]
            report_id = parent[report_id]
        return report_id

    profiles = sorted(remaining.values(), key=lambda p: p.report_id)
    for index, a in enumerate(profiles):
        for b in profiles[index + 1 :]:
            if same_meeting(a, b):
                parent[root(b.report_id)] = root(a.report_id)
    groups: dict[int, list[int]] = {}
    for report_id in sorted(remaining):
        groups.setdefault(root(report_id), []).append(report_id)
    touched = {meeting_id}
    for index, members in enumerate(groups.values()):
        if index == 0:
            continue
        target = _new_meeting(conn, remaining[members[0]])
        conn.execute(
            update(meeting_reports).where(meeting_reports.c.id.in_(members)).values(meeting_id=target)
        )
        touched.add(target)
    return touched


def reassign(
    conn: Connection, report_ids: Iterable[int], emptied: Iterable[int] = (), *, new: Iterable[int] = ()
) -> set[int]:
    """(Re)place reports in meetings; ``emptied`` are meetings that lost reports;
    ``new`` are reports just inserted (in no meeting yet, nothing to take them out of).
    Returns every meeting touched, summaries refreshed, empty ones deleted."""
    ids = sorted(set(report_ids))
    old = set(emptied)
    placed = sorted(set(ids) - set(new))
    if placed:
        old |= {
            m
            for m in conn.execute(
                select(meeting_reports.c.meeting_id).where(meeting_reports.c.id.in_(placed)).distinct()
            ).scalars()
            if m is not None
        }
        conn.execute(update(meeting_reports).where(meeting_reports.c.id.in_(placed)).values(meeting_id=None))
    touched: set[int] = set()
    for meeting_id in sorted(old):
        touched |= _recluster(conn, meeting_id)
    for profile in sorted(_profiles(conn, ids).values(), key=lambda p: p.report_id):
        touched |= _attach(conn, profile)
    refresh(conn, touched)
    return touched


def refresh(conn: Connection, meeting_ids: Iterable[int]) -> None:
    """Recompute a merged meeting's place, date, status and time range from its reports."""
    for meeting_id in sorted(set(meeting_ids)):
        rows = conn.execute(
            select(
                meeting_reports.c.place,
                meeting_reports.c.date,
                meeting_reports.c.status,
                meeting_reports.c.anchor_date,
                documents.c.sort_time,
                documents.c.ingested_at,
            )
            .join(documents, documents.c.id == meeting_reports.c.document_id)
            .where(meeting_reports.c.meeting_id == meeting_id)
            .order_by(meeting_reports.c.id)
        ).all()
        if not rows:
            conn.execute(delete(meetings).where(meetings.c.id == meeting_id))
            continue
        places = Counter(row.place for row in rows if row.place)
        dates = Counter(row.date for row in rows if row.date)
        place = places.most_common(1)[0][0] if places else None
        explicit = dates.most_common(1)[0][0] if dates else None
        conn.execute(
            update(meetings)
            .where(meetings.c.id == meeting_id)
            .values(
                place=place,
                place_key=entity_key(place) if place else None,
                date=explicit,
                status=rows[0].status,
                anchor_date=parse_date(explicit) or min(row.anchor_date for row in rows),
                first_time=min(row.sort_time for row in rows),
                last_time=max(row.sort_time for row in rows),
                last_ingested_at=max(row.ingested_at for row in rows),
            )
        )
