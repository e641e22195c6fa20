"""Two writers on one store converge: one identity per key, an already stored document "unchanged".

Regression: two ``briefbot ingest`` processes on one PostgreSQL created
duplicate identities ("U.S." as a place twice) and, on the same folder, failed
documents with a UniqueViolation. Writers here are threads with stores of their
own (separate engines and connections, as separate processes have), started
together by a barrier. Runs on SQLite and, with BRIEFBOT_TEST_DATABASE_URL, on PostgreSQL.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

from briefings.model.facts import Extraction, Person, PersonRef, Quote
from briefings.store import SqlStore, open_store
from tests.briefings.store.builders import article

WRITERS = 4
DOCUMENTS = 12
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _documents(batch: str) -> list[tuple[object, Extraction]]:
    made = []
    for n in range(DOCUMENTS):
        a = article(
            f"Talks {batch}{n}",
            f"“The talks number {batch}{n} went well,” Joe Biden said in the U.S. on Tuesday.",
            published=NOW,
            url=f"https://example.org/{batch}/{n}",
        )
        quote = Quote(
            f"The talks number {batch}{n} went well", PersonRef("Joe Biden"), "direct", a.evidence[0]
        )
        people = (
            Person("Joe Biden", aliases=("Biden",)),
            Person("U.S.", kind="place"),
            Person("United Nations", kind="org"),
        )
        made.append((a.document, Extraction(a.document.id, quotes=(quote,), people=people)))
    return made


def _save_all(url: str, documents: list[tuple[object, Extraction]], barrier: threading.Barrier) -> list[str]:
    store = open_store(url)
    try:
        barrier.wait(timeout=60)
        return [store.save_document(doc, extraction, now=NOW) for doc, extraction in documents]  # type: ignore[arg-type]
    finally:
        store.close()


def _identities(store: SqlStore, name: str) -> list[int]:
    return sorted(identity.id for identity in store.people(name=name))


def test_writers_of_different_documents_share_one_identity_per_key(
    store: SqlStore, database_url: str
) -> None:
    barrier = threading.Barrier(WRITERS)
    with ThreadPoolExecutor(WRITERS) as pool:
        futures = [
            pool.submit(_save_all, database_url, _documents(f"w{i}-"), barrier) for i in range(WRITERS)
        ]
        outcomes = [future.result(timeout=300) for future in futures]
    assert all(outcome == ["new"] * DOCUMENTS for outcome in outcomes)
    assert store.count_documents() == WRITERS * DOCUMENTS
    assert len(_identities(store, "U.S.")) == 1
    assert len(_identities(store, "Joe Biden")) == 1
    assert len(_identities(store, "United Nations")) == 1


def test_writers_of_the_same_documents_store_each_once_and_report_the_rest_unchanged(
    store: SqlStore, database_url: str
) -> None:
    same = _documents("same-")
    barrier = threading.Barrier(WRITERS)
    with ThreadPoolExecutor(WRITERS) as pool:
        futures = [pool.submit(_save_all, database_url, same, barrier) for _ in range(WRITERS)]
        outcomes = [future.result(timeout=300) for future in futures]
    for n in range(DOCUMENTS):
        assert sorted(outcome[n] for outcome in outcomes) == ["new"] + ["unchanged"] * (WRITERS - 1)
    assert store.count_documents() == DOCUMENTS
    assert len(_identities(store, "U.S.")) == 1
    assert len(_identities(store, "Joe Biden")) == 1
