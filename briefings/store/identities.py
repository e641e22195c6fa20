"""Corpus-wide identities: which mentions, across documents, are one person.

Rules (the extractor has already resolved names *within* each document):

* a full name joins the identity with the same first and last name keys
  ("Antony J. Blinken" = "Secretary of State Antony Blinken");
* a bare surname ("Blinken") joins the one full identity with that surname when
  there is exactly one; with several, a bare surname with a title
  ("President Biden") joins the one of them whose full-named mentions hold that
  title (the title's head word: "President Joseph R. Biden Jr.", not "First Lady
  Jill Biden"); else it stays with an alias-only identity of its own: "Trump"
  never merges Donald and Melania Trump, and two presidents Bush keep "President
  Bush" apart;
* organisations, groups and places join on their folded name; anonymous
  speakers ("a senior official") never merge across documents.

Resolution works per surname group, so it is independent of ingest order: when
a second "Trump" arrives, bare "Trump" mentions move back to their own identity.

Resolution runs before the document's mentions are stored, so each is written
with its identity. It reads ``identity_names`` (each identity's mention counts by
name and keys, kept in step here) rather than ``mentions``: what a save reads and
writes is bounded by the document's own names and the few names of its surname
groups, never by how often a big identity ("U.S.", a frequent person) is mentioned.
The counts follow every change of a mention's identity: new mentions, mentions
moved between identities of a surname group, mentions of a replaced document.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, and_, bindparam, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from briefings.identity import given_names, given_names_fit, person_key
from briefings.store.mentions import MentionKeys
from briefings.store.schema import identities, identity_names, mentions

# (identity_id, kind, name, first_key, last_key, title_key): one row of identity_names; '' for no key.
NameKey = tuple[int, str, str, str, str, str]
# What a surname group's mentions move by: the given names, or for a bare surname its title
# ("" for a full name and for an untitled bare surname).
Slot = tuple[str | None, str]


@dataclass(frozen=True)
class NewMention:
    """A mention of the document being saved, before it is stored."""

    name: str
    kind: str
    keys: MentionKeys


@dataclass
class Resolution:
    """What a resolution pass decided: the identity of each new mention (in order)
    and the stored mentions that now point elsewhere."""

    identity_of: list[int]
    moved_mentions: set[int] = field(default_factory=set)


@dataclass
class _Counts:
    """Changes to identity_names, applied together (one statement) once resolution is done."""

    deltas: Counter[NameKey] = field(default_factory=Counter)

    def add(
        self,
        identity_id: int,
        kind: str,
        name: str,
        keys: tuple[str | None, str | None, str | None],
        n: int,
    ) -> None:
        """Count ``n`` more mentions called ``name`` with these (first, last, title) keys."""
        first, last, title = keys
        self.deltas[(identity_id, kind, name, first or "", last or "", title or "")] += n

    def apply(self, conn: Connection) -> None:
        rows = [
            {
                "identity_id": k[0],
                "kind": k[1],
                "name": k[2],
                "first_key": k[3],
                "last_key": k[4],
                "title_key": k[5],
                "mentions": n,
            }
            for k, n in sorted(self.deltas.items())
            if n
        ]
        self.deltas.clear()
        if not rows:
            return
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        stmt = dialect.insert(identity_names)
        stmt = stmt.on_conflict_do_update(
            index_elements=[
                identity_names.c[c]
                for c in ("identity_id", "kind", "name", "first_key", "last_key", "title_key")
            ],
            set_={"mentions": identity_names.c.mentions + stmt.excluded.mentions},
        )
        conn.execute(stmt, rows)


def forget_document(conn: Connection, document_id: str) -> set[int]:
    """Take the mentions of a stored document (about to be deleted) out of the counts;
    returns the identities they pointed to."""
    counts = _Counts()
    for row in conn.execute(
        select(
            mentions.c.identity_id,
            mentions.c.kind,
            mentions.c.name,
            mentions.c.first_key,
            mentions.c.last_key,
            mentions.c.title_key,
        ).where(mentions.c.document_id == document_id, mentions.c.identity_id.is_not(None))
    ):
        counts.add(row.identity_id, row.kind, row.name, (row.first_key, row.last_key, row.title_key), -1)
    stale = {key[0] for key in counts.deltas}
    counts.apply(conn)
    return stale


def recount_names(conn: Connection) -> None:
    """Rebuild identity_names from ``mentions`` (as the 0002 migration backfills it):
    for tables filled by other means than the write path, e.g. a benchmark's bulk loader."""
    first = func.coalesce(mentions.c.first_key, "")
    last = func.coalesce(mentions.c.last_key, "")
    title = func.coalesce(mentions.c.title_key, "")
    conn.execute(delete(identity_names))
    conn.execute(
        insert(identity_names).from_select(
            ["identity_id", "kind", "name", "first_key", "last_key", "title_key", "mentions"],
            select(mentions.c.identity_id, mentions.c.kind, mentions.c.name, first, last, title, func.count())
            .where(mentions.c.identity_id.is_not(None))
            .group_by(mentions.c.identity_id, mentions.c.kind, mentions.c.name, first, last, title),
        )
    )


def _name_rank(name: str) -> tuple[int, int]:
    display = person_key(name).display or name
    return (len(display.split()), len(display))


def _create_identity(conn: Connection, **values: object) -> int:
    pk = conn.execute(insert(identities).values(**values)).inserted_primary_key
    assert pk is not None
    return int(pk[0])


def _clusters(firsts: list[str]) -> dict[str, list[str]]:
    """Group the given-name keys of one surname: each key joins the one maximal key
    (not contained in another) that contains it; with several candidates it stays apart.

    A common surname ("Kim", "Smith") has hundreds of given-name keys in a large
    corpus, so keys are compared only with those sharing a given name: a key
    contains another, or fits it (every written-out given name of the shorter is in
    the longer), only if they share one. The result is that of comparing all pairs."""
    sets = {first: given_names(first) for first in firsts}
    having: dict[str, list[str]] = defaultdict(list)  # given name -> keys with it
    for first in firsts:
        for name in sets[first]:
            having[name].append(first)

    def sharing(first: str, names: Iterable[str]) -> list[str]:
        """Keys with the rarest of ``names`` (all keys when there is none)."""
        rarest = min(names, key=lambda name: len(having[name]), default=None)
        return firsts if rarest is None else having[rarest]

    maximal = [f for f in firsts if not any(sets[f] < sets[other] for other in sharing(f, sets[f]))]
    is_maximal = set(maximal)
    clusters: dict[str, list[str]] = {}
    for first in firsts:
        written = [name for name in sets[first] if not name.endswith(".")]  # initials fit anything
        fits = [m for m in sharing(first, written) if m in is_maximal and given_names_fit(first, m)]
        clusters.setdefault(fits[0] if len(fits) == 1 else first, []).append(first)
    return clusters


def _person_identity(
    conn: Connection,
    last_key: str,
    first: str | None,
    group: dict[int, str | None],
    keep: set[int],
    keys: Collection[str],
) -> int:
    """The identity keyed (surname, given names) among ``group`` (id -> given names,
    updated in place). An identity about to lose all its mentions to this one is
    re-keyed instead, so ids stay stable as fuller names arrive."""
    for identity_id, known in sorted(group.items()):
        if known == first:
            return identity_id
    for identity_id, known in sorted(group.items()):
        reusable = identity_id not in keep and known is not None and known not in keys
        if reusable and first and given_names_fit(known, first):
            conn.execute(
                update(identities)
                .where(identities.c.id == identity_id)
                .values(first_key=first, name_key=f"{first} {last_key}")
            )
            group[identity_id] = first
            return identity_id
    name_key = f"{first} {last_key}" if first else last_key
    identity_id = _create_identity(
        conn, name=name_key, kind="person", first_key=first, last_key=last_key, name_key=name_key
    )
    group[identity_id] = first
    return identity_id


@dataclass
class _Surname:
    """One surname group as stored: its identities and its counted names, plus the
    document's new mentions with that surname (indexes into the new mentions)."""

    group: dict[int, str | None] = field(default_factory=dict)
    # (identity, name, given names, title, mentions) of each counted name
    names: list[tuple[int, str, str | None, str, int]] = field(default_factory=list)
    new: list[int] = field(default_factory=list)


def _load_surnames(conn: Connection, surnames: dict[str, _Surname]) -> None:
    keys = sorted(surnames)
    for row in conn.execute(
        select(identities.c.id, identities.c.first_key, identities.c.last_key).where(
            identities.c.kind == "person", identities.c.last_key.in_(keys)
        )
    ):
        surnames[row.last_key].group[row.id] = row.first_key
    for name in conn.execute(
        select(
            identity_names.c.last_key,
            identity_names.c.identity_id,
            identity_names.c.name,
            identity_names.c.first_key,
            identity_names.c.title_key,
            identity_names.c.mentions,
        ).where(
            identity_names.c.kind == "person",
            identity_names.c.last_key.in_(keys),
            identity_names.c.mentions > 0,
        )
    ):
        surnames[name.last_key].names.append(
            (name.identity_id, name.name, name.first_key or None, name.title_key, name.mentions)
        )


def _slot(first: str | None, title: str | None) -> Slot:
    return (first, "") if first else (None, title or "")


def _bare_targets(
    conn: Connection,
    last_key: str,
    bare: list[Slot],
    held: dict[str, set[int]],
    group: dict[int, str | None],
    chosen: set[int],
    keys: Collection[str],
) -> dict[Slot, int]:
    """Where the bare surnames of a group go (``held``: title -> the identities whose
    full-named mentions hold it). A bare surname joins the group's only full identity
    whatever its title (people change offices: "Leader Schumer" is "Senator Chuck
    Schumer"); with several, a titled one joins the one identity holding its title; the
    rest go to the group's alias-only identity."""
    only = next(iter(chosen)) if len(chosen) == 1 else None
    target: dict[Slot, int] = {}
    for slot in bare:
        holders = held.get(slot[1], set()) if slot[1] else set()
        if only is not None:
            target[slot] = only
        elif len(holders) == 1:
            target[slot] = next(iter(holders))
        else:
            target[slot] = _person_identity(conn, last_key, None, group, chosen, keys)
    return target


def _resolve_surname(
    conn: Connection,
    last_key: str,
    surname: _Surname,
    new: Sequence[NewMention],
    result: Resolution,
    counts: _Counts,
) -> set[int]:
    """Re-resolve one surname group; returns identities whose mentions changed."""
    group = surname.group
    # (given names, title) of every counted name and new mention, with the identity it has now
    named: list[tuple[str | None, str | None, int | None]]
    named = [(first, title, i) for i, _, first, title, _ in surname.names]
    named += [(new[index].keys.first_key, new[index].keys.title_key, None) for index in surname.new]
    pairs: set[tuple[Slot, int | None]] = {(_slot(first, title), i) for first, title, i in named}
    before = set(group)
    clusters = _clusters(sorted({first for first, _, _ in named if first}))
    target: dict[Slot, int] = {}
    chosen: set[int] = set()
    for key in sorted(clusters):
        identity_id = _person_identity(conn, last_key, key, group, chosen, clusters.keys())
        chosen.add(identity_id)
        target.update(((member, ""), identity_id) for member in clusters[key])
    held: dict[str, set[int]] = defaultdict(set)  # title -> identities whose full names hold it
    for first, title, _ in named:
        if first and title:
            held[title].add(target[(first, "")])
    bare = sorted({slot for slot, _ in pairs if slot[0] is None}, key=lambda slot: slot[1])
    target.update(_bare_targets(conn, last_key, bare, held, group, chosen, clusters.keys()))
    for index in surname.new:
        result.identity_of[index] = target[_slot(new[index].keys.first_key, new[index].keys.title_key)]
    changed: set[int] = set()
    in_group = and_(mentions.c.kind == "person", mentions.c.last_key == last_key)
    holders: dict[Slot, set[int | None]] = defaultdict(set)  # slot -> identities now
    for slot, holder in pairs:
        holders[slot].add(holder)
    for slot in sorted(holders, key=lambda slot: (slot[0] or "", slot[1])):
        want = target[slot]
        current = holders[slot]
        if current == {want}:
            continue
        first, title = slot
        if first is not None:
            same_slot = mentions.c.first_key == first
        else:
            same_title = mentions.c.title_key == title if title else mentions.c.title_key.is_(None)
            same_slot = and_(mentions.c.first_key.is_(None), same_title)
        for old in sorted(c for c in current if c is not None and c != want):
            moved = conn.execute(
                update(mentions)
                .where(in_group, same_slot, mentions.c.identity_id == old)
                .values(identity_id=want)
                .returning(mentions.c.id)
            ).scalars()
            result.moved_mentions.update(int(m) for m in moved)
            for identity_id, name, f, t, n in surname.names:
                if identity_id == old and _slot(f, t) == slot:
                    counts.add(old, "person", name, (f, last_key, t), -n)
                    counts.add(want, "person", name, (f, last_key, t), n)
        changed |= {want} | {c for c in current if c is not None}
    # Identities of the group nobody points to any more are refreshed, i.e. dropped.
    return changed | (before - set(target.values()))


def _resolve_entities(
    conn: Connection, new: Sequence[NewMention], indexes: list[int], result: Resolution
) -> set[int]:
    """Organisations, groups, places (and persons without a surname) join the identity
    of their folded name, created if need be; each anonymous speaker gets its own."""
    wanted = sorted({new[i].keys.name_key for i in indexes if new[i].kind != "anonymous"})
    found: dict[tuple[str, str], int] = {}
    if wanted:
        for row in conn.execute(
            select(identities.c.id, identities.c.name_key, identities.c.kind)
            .where(identities.c.name_key.in_(wanted))
            .order_by(identities.c.id)
        ):
            found.setdefault((row.name_key, row.kind), row.id)
    creations: list[dict[str, object]] = []
    owners: list[list[int]] = []  # the new mentions each created identity is for
    pending: dict[tuple[str, str], int] = {}  # (name key, kind) -> index into creations
    for index in indexes:
        mention = new[index]
        key = (mention.keys.name_key, mention.kind)
        if mention.kind != "anonymous" and key in found:
            result.identity_of[index] = found[key]
        elif mention.kind != "anonymous" and key in pending:
            owners[pending[key]].append(index)
        else:
            if mention.kind != "anonymous":
                pending[key] = len(creations)
            name = mention.name if mention.kind == "anonymous" else mention.keys.name_key
            creations.append({"name": name, "kind": mention.kind, "name_key": mention.keys.name_key})
            owners.append([index])
    if creations:
        # One multi-row INSERT; ids are matched back by (kind, name), unique among
        # these rows (an entity is named by its key, an anonymous speaker by its own name).
        created = {
            (row.kind, row.name): int(row.id)
            for row in conn.execute(
                insert(identities).returning(identities.c.id, identities.c.kind, identities.c.name), creations
            )
        }
        for values, members in zip(creations, owners, strict=True):
            for index in members:
                result.identity_of[index] = created[(str(values["kind"]), str(values["name"]))]
    return {result.identity_of[i] for i in indexes}


def resolve(conn: Connection, new: Sequence[NewMention], stale_identities: Iterable[int] = ()) -> Resolution:
    """Choose identities for ``new`` (the document's mentions, not yet stored) and
    re-resolve their surname groups; ``stale_identities`` (identities of deleted
    mentions) are re-resolved, renamed or dropped. The new mentions are counted
    under their identities here; the caller stores them with ``identity_of``."""
    stale = set(stale_identities)
    surnames: dict[str, _Surname] = defaultdict(_Surname)
    if stale:
        for surname in conn.execute(
            select(identities.c.last_key)
            .where(identities.c.id.in_(sorted(stale)), identities.c.kind == "person")
            .distinct()
        ).scalars():
            if surname is not None:
                surnames[surname] = _Surname()
    result = Resolution(identity_of=[0] * len(new))
    entities: list[int] = []
    for index, mention in enumerate(new):
        if mention.kind == "person" and mention.keys.last_key:
            surnames[mention.keys.last_key].new.append(index)
        else:
            entities.append(index)
    touched = set(stale) | _resolve_entities(conn, new, entities, result)
    counts = _Counts()
    if surnames:
        _load_surnames(conn, surnames)
        for last_key in sorted(surnames):
            touched |= _resolve_surname(conn, last_key, surnames[last_key], new, result, counts)
    for mention, identity_id in zip(new, result.identity_of, strict=True):
        keys = (mention.keys.first_key, mention.keys.last_key, mention.keys.title_key)
        counts.add(identity_id, mention.kind, mention.name, keys, 1)
    counts.apply(conn)
    _refresh_names(conn, touched)
    return result


def _refresh_names(conn: Connection, identity_ids: set[int]) -> None:
    """Name each identity by its fullest mention ("Antony J. Blinken"); drop orphans."""
    ids = sorted(identity_ids)
    if not ids:
        return
    names: dict[int, Counter[str]] = defaultdict(Counter)
    emptied = False  # rows counted down to zero, to delete
    for row in conn.execute(
        select(identity_names.c.identity_id, identity_names.c.name, identity_names.c.mentions).where(
            identity_names.c.identity_id.in_(ids)
        )
    ):
        if row.mentions > 0:
            names[row.identity_id][row.name] += row.mentions
        else:
            emptied = True
    stored = {
        row.id: (row.kind, row.name)
        for row in conn.execute(
            select(identities.c.id, identities.c.kind, identities.c.name).where(identities.c.id.in_(ids))
        )
    }
    renamed: list[dict[str, object]] = []
    orphans: list[int] = []
    for identity_id in ids:
        counted = names.get(identity_id)
        if not counted:
            orphans.append(identity_id)
            continue
        best = max(counted.items(), key=lambda item: (_name_rank(item[0]), item[1], item[0]))[0]
        kind, name = stored.get(identity_id, (None, None))
        display = (person_key(best).display if kind == "person" else best) or best
        if display != name:
            renamed.append({"b_id": identity_id, "b_name": display})
    if emptied:
        conn.execute(
            delete(identity_names).where(
                identity_names.c.identity_id.in_(ids), identity_names.c.mentions <= 0
            )
        )
    if orphans:
        conn.execute(delete(identities).where(identities.c.id.in_(orphans)))
    if renamed:
        conn.execute(
            update(identities).where(identities.c.id == bindparam("b_id")).values(name=bindparam("b_name")),
            renamed,
        )
