"""Copies of a mention's identity on aliases, quotes and questions (migration 0003).

Person lookups read ``mention_aliases.identity_id``,
``quotes.speaker_identity_id``, ``questions.asked_by_identity_id`` and the facts'
``sort_time`` instead of joining through every mention of a person. They are
copies, so they must always equal what the join would give, whatever resolution
moved ("Trump" splitting off when a second Trump arrives, a replaced article),
and an upgraded database must have them.
"""

from __future__ import annotations

from datetime import datetime

from alembic import command
from sqlalchemy import select

from briefings.model.facts import Extraction, Person, Question
from briefings.store import SqlStore
from briefings.store.engine import alembic_config
from briefings.store.schema import documents, mention_aliases, mentions, questions, quotes
from tests.briefings.store.builders import article, person
from tests.briefings.store.test_identity_names import _STEPS, DAY, _save

Facts = set[tuple[int, int | None, datetime | None]]
Copies = tuple[set[tuple[int, int | None]], Facts, Facts]


def _ask(store: SqlStore, now: datetime, slug: str, asker: Person) -> None:
    """A question asked by ``asker``, so that moves of their mention reach questions too."""
    a = article(
        f"Asked {slug}", f"Who pays, asked {asker.name}?", published=DAY, url=f"https://example.org/a{slug}"
    )
    question = Question(a.evidence[0].sentence, "explicit", person(asker.name), a.evidence[0])
    extraction = Extraction(a.document.id, questions=(question,), people=(asker,))
    store.save_document(a.document, extraction, now=now)


def _copies(store: SqlStore) -> Copies:
    with store.engine.connect() as conn:
        aliases = {(r.id, r.identity_id) for r in conn.execute(select(mention_aliases))}
        quoted = {(r.id, r.speaker_identity_id, r.sort_time) for r in conn.execute(select(quotes))}
        asked = {(r.id, r.asked_by_identity_id, r.sort_time) for r in conn.execute(select(questions))}
    return aliases, quoted, asked


def _joined(store: SqlStore) -> Copies:
    with store.engine.connect() as conn:
        aliases = {
            (r.id, r.identity_id)
            for r in conn.execute(
                select(mention_aliases.c.id, mentions.c.identity_id).join(
                    mentions, mentions.c.id == mention_aliases.c.mention_id
                )
            )
        }
        quoted = {
            (r.id, r.identity_id, r.sort_time)
            for r in conn.execute(
                select(quotes.c.id, mentions.c.identity_id, documents.c.sort_time)
                .join(documents, documents.c.id == quotes.c.document_id)
                .outerjoin(mentions, mentions.c.id == quotes.c.speaker_mention_id)
            )
        }
        asked = {
            (r.id, r.identity_id, r.sort_time)
            for r in conn.execute(
                select(questions.c.id, mentions.c.identity_id, documents.c.sort_time)
                .join(documents, documents.c.id == questions.c.document_id)
                .outerjoin(mentions, mentions.c.id == questions.c.asked_by_mention_id)
            )
        }
    return aliases, quoted, asked


def test_copies_equal_the_join_after_every_save(store: SqlStore, now: datetime) -> None:
    for slug, people, version in _STEPS:
        _save(store, now, slug, *people, version=version)
        _ask(store, now, slug, people[0])
        assert _copies(store) == _joined(store), f"after saving {slug} (version {version})"


def test_a_person_is_found_by_any_alias_after_identities_move(store: SqlStore, now: datetime) -> None:
    for slug, people, version in _STEPS[:3]:  # the third save splits bare "Trump" off Donald
        _save(store, now, slug, *people, version=version)

    [donald] = [i for i in store.people(name="Donald Trump")]
    speakers = {q.quote.text: q.speaker_id for q in store.quotes(person="Trump")}

    assert speakers["Words 1 0"] == donald.id
    assert speakers["Words 2 0"] != donald.id  # "Trump" alone is no longer Donald's
    assert {q.quote.text for q in store.quotes(person="Donald Trump")} == {"Words 1 0"}


def test_upgrading_an_existing_database_fills_the_copies(store: SqlStore, now: datetime) -> None:
    for slug, people, version in _STEPS:
        _save(store, now, slug, *people, version=version)
        _ask(store, now, slug, people[0])
    config = alembic_config()
    with store.engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0002")
        conn.commit()
        command.upgrade(config, "head")
        conn.commit()

    aliases, quoted, asked = _copies(store)
    assert aliases and quoted and asked
    assert (aliases, quoted, asked) == _joined(store)
