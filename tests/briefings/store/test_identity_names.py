"""identity_names: the per-identity name counts the write path keeps instead of recounting mentions.

The counts must always equal a recount of ``mentions`` (whatever moved: a second
"Trump", a fuller name, a replaced article), so identities and their names are
what a recount would give; and because resolution reads them, the cost of a save
does not depend on how often its names were mentioned before.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import event, func, select

from briefings.model.facts import Extraction, Person, PersonRef, Quote
from briefings.store import SqlStore, open_store
from briefings.store.engine import alembic_config
from briefings.store.schema import identities, identity_names, mentions
from tests.briefings.store.builders import article

DAY = datetime(2022, 3, 1, tzinfo=UTC)
Counts = dict[tuple[int, str, str, str, str, str], int]


def _stored_counts(store: SqlStore) -> Counts:
    with store.engine.connect() as conn:
        rows = conn.execute(select(identity_names)).all()
    return {(r.identity_id, r.kind, r.name, r.first_key, r.last_key, r.title_key): r.mentions for r in rows}


def _recount(store: SqlStore) -> Counts:
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(
                mentions.c.identity_id,
                mentions.c.kind,
                mentions.c.name,
                mentions.c.first_key,
                mentions.c.last_key,
                mentions.c.title_key,
                func.count(),
            )
            .where(mentions.c.identity_id.is_not(None))
            .group_by(
                mentions.c.identity_id,
                mentions.c.kind,
                mentions.c.name,
                mentions.c.first_key,
                mentions.c.last_key,
                mentions.c.title_key,
            )
        ).all()
    return {(r[0], r[1], r[2], r[3] or "", r[4] or "", r[5] or ""): r[6] for r in rows}


def _save(store: SqlStore, now: datetime, slug: str, *people: Person, version: int = 0, day: int = 0) -> None:
    speaker = people[0].name
    a = article(
        f"Article {slug}",
        f'"Words {slug} {version}," said {speaker}.',
        published=DAY + timedelta(days=day),
        url=f"https://example.org/{slug}",
    )
    quote = Quote(f"Words {slug} {version}", PersonRef(speaker, kind=people[0].kind), "direct", a.evidence[0])
    store.save_document(a.document, Extraction(a.document.id, quotes=(quote,), people=people), now=now)


_STEPS: list[tuple[str, tuple[Person, ...], int]] = [
    ("1", (Person("Donald Trump", ("Trump",)), Person("the State Department", kind="org")), 0),
    ("2", (Person("Trump"), Person("State Department", kind="org")), 0),
    ("3", (Person("Melania Trump"), Person("a senior official", kind="anonymous")), 0),  # splits "Trump"
    ("4", (Person("Irfaan Ali"), Person("a senior official", kind="anonymous")), 0),
    ("5", (Person("Dr. Mohamed Irfaan Ali"), Person("Ali")), 0),  # re-keys Irfaan Ali's identity
    ("3", (Person("Albin Kurti"), Person("Kurti")), 1),  # replaces 3: "Trump" joins Donald again
    ("1", (Person("Vjosa Osmani"),), 1),  # replaces Donald Trump's only full mention
    ("6", (Person("U.S.", ("US",), kind="place"), Person("Antony J. Blinken", ("Blinken",))), 0),
]
# Bare surnames with titles ("President Trump"): they move by their title too.
_TITLED_STEPS: list[tuple[str, tuple[Person, ...], int]] = [
    ("1", (Person("Melania Trump", (), ("First Lady",)),), 0),
    ("2", (Person("Trump", (), ("President",)),), 0),  # waits for a president Trump
    ("3", (Person("Donald J. Trump", (), ("U.S. President",)),), 0),  # takes the titled "Trump"
    ("4", (Person("Trump"),), 0),  # untitled: stays apart
    ("3", (Person("Barron Trump"),), 1),  # replaces 3: the titled "Trump" is alone again
]


def test_name_counts_equal_a_recount_of_mentions_after_every_save(store: SqlStore, now: datetime) -> None:
    for slug, people, version in _STEPS:
        _save(store, now, slug, *people, version=version)
        assert _stored_counts(store) == _recount(store), f"after saving {slug} (version {version})"
        with store.engine.connect() as conn:
            orphans = conn.execute(
                select(identities.c.id).where(~identities.c.id.in_(select(identity_names.c.identity_id)))
            ).all()
        assert orphans == []


def test_titled_name_counts_equal_a_recount_in_any_order(tmp_path: Path, now: datetime) -> None:
    steps = [step for step in _TITLED_STEPS if step[2] == 0]
    seen: list[set[tuple[str, str, frozenset[str]]]] = []
    for number, order in enumerate(itertools.permutations(range(len(steps)))):
        store = open_store(f"sqlite:///{tmp_path}/titled-{number}.db")
        try:
            for index in order:
                slug, people, version = steps[index]
                _save(store, now, slug, *people, version=version)
            assert _stored_counts(store) == _recount(store)
            seen.append(_identities_by_mentions(store))
            slug, people, version = _TITLED_STEPS[-1]
            _save(store, now, slug, *people, version=version)
            assert _stored_counts(store) == _recount(store)
        finally:
            store.close()
    assert all(found == seen[0] for found in seen)


def _identities_by_mentions(store: SqlStore) -> set[tuple[str, str, frozenset[str]]]:
    """Identities as (name, kind, the names of their mentions): what ingest order must not change."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(identities.c.name, identities.c.kind, mentions.c.name).join(
                mentions, mentions.c.identity_id == identities.c.id
            )
        ).all()
    grouped: dict[tuple[str, str], set[str]] = {}
    for name, kind, mention in rows:
        grouped.setdefault((name, kind), set()).add(mention)
    return {(name, kind, frozenset(names)) for (name, kind), names in grouped.items()}


def test_identities_and_their_names_do_not_depend_on_ingest_order(tmp_path: Path, now: datetime) -> None:
    steps = [step for step in _STEPS if step[2] == 0]
    seen: list[set[tuple[str, str, frozenset[str]]]] = []
    for number, order in enumerate(list(itertools.permutations(range(len(steps))))[::97]):
        store = open_store(f"sqlite:///{tmp_path}/order-{number}.db")
        try:
            for index in order:
                slug, people, version = steps[index]
                _save(store, now, slug, *people, version=version)
            assert _stored_counts(store) == _recount(store)
            seen.append(_identities_by_mentions(store))
        finally:
            store.close()
    assert len(seen) > 3
    assert all(result == seen[0] for result in seen)
    assert (
        "Mohamed Irfaan Ali",
        "person",
        frozenset({"Irfaan Ali", "Dr. Mohamed Irfaan Ali", "Ali"}),
    ) in seen[0]
    assert {name for name, kind, _ in seen[0] if kind == "person"} >= {
        "Donald Trump",
        "Melania Trump",
        "Trump",
    }


@contextmanager
def _statements(store: SqlStore) -> Iterator[list[str]]:
    executed: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        executed.append(statement)

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        yield executed
    finally:
        event.remove(store.engine, "before_cursor_execute", record)


def test_a_save_costs_the_same_however_often_its_names_were_mentioned_before(
    store: SqlStore, now: datetime
) -> None:
    """Regression (issue #10): each save recounted every mention of the identities it
    touched, so documents naming "U.S." or a frequent person slowed down as the corpus grew."""
    people = (Person("U.S.", kind="place"), Person("Antony J. Blinken", ("Blinken",)), Person("Blinken"))
    costs: list[int] = []
    for round_ in range(3):
        for n in range(1 + 10 * round_):  # 1, then 11, then 31 documents before
            _save(store, now, f"warm-{round_}-{n}", *people, day=n)
        with _statements(store) as executed:
            _save(store, now, f"measured-{round_}", *people)
        costs.append(len(executed))
        assert not any("count(" in s.lower() for s in executed)
    assert costs[0] == costs[1] == costs[2]
    [blinken] = [i for i in store.people(name="Blinken")]
    assert blinken.name == "Antony J. Blinken" and blinken.document_count == 36


def test_upgrading_an_existing_database_counts_its_mentions(store: SqlStore, now: datetime) -> None:
    for slug, people, version in _STEPS:
        _save(store, now, slug, *people, version=version)
    before = _stored_counts(store)
    config = alembic_config()
    with store.engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
        conn.commit()
        command.upgrade(config, "head")
        conn.commit()
    assert before and _stored_counts(store) == before == _recount(store)
