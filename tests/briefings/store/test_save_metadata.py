"""Re-ingesting a corpus whose metadata is now read better: the stored version takes the new
URL, publication time and publisher, and no document is stored twice.

Two cases come from the field dialects (issue 20): the same title and body with new
metadata (the id, a hash of title and body, is unchanged), and a file first stored under
its path that now names its URL (the key moves from the path to the URL).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from types import MappingProxyType

from briefings.model.documents import Document
from briefings.model.facts import Extraction, Quote
from briefings.store import SqlStore
from tests.briefings.store.builders import article, person

PATH = "/corpus/readouts/2021-09-22-readout.md"
URL = "https://briefing.example.gov/room/2021/09/22/readout/"
EDT = timezone(timedelta(hours=-4))


def _readout(**changes: object) -> tuple[Document, Extraction]:
    a = article(
        "Readout of the Call",
        "The Secretary spoke with the Minister by phone.",
        '"We will stay in close contact," the Secretary said.',
        published=datetime(2021, 9, 22, tzinfo=UTC),
        path=PATH,
        source=None,
    )
    document = replace(a.document, **changes)  # type: ignore[arg-type]
    quote = Quote("We will stay in close contact", person("The Secretary"), "direct", a.evidence[1])
    return document, Extraction(document_id=document.id, quotes=(quote,))


def test_same_body_with_a_new_url_offset_and_source_is_updated_in_place_not_duplicated(
    store: SqlStore, now: datetime
) -> None:
    old, extraction = _readout()
    assert store.save_document(old, extraction, now=now) == "new"
    new, extraction = _readout(
        url=URL,
        published=datetime(2021, 9, 22, 23, 26, 51, tzinfo=EDT),
        source="briefing.example.gov",
        meta=MappingProxyType({"published_precision": "zone"}),
    )
    assert new.id == old.id and new.key == URL != old.key

    assert store.document_status(new) == "updated"
    assert store.save_document(new, extraction, now=now) == "updated"

    assert store.count_documents() == 1
    stored = store.get_document(new.id)
    assert stored is not None
    assert (stored.url, stored.source, stored.path) == (URL, "briefing.example.gov", PATH)
    assert stored.published == datetime(2021, 9, 23, 3, 26, 51, tzinfo=UTC)
    [quote] = store.quotes()
    assert quote.citation.source.url == URL
    assert store.document_status(new) == "unchanged"
    assert store.save_document(new, extraction, now=now) == "unchanged"


def test_a_file_stored_under_its_path_moves_to_its_url_when_the_body_changed_too(
    store: SqlStore, now: datetime
) -> None:
    old, extraction = _readout()
    store.save_document(old, extraction, now=now)
    rewrapped = Document.create(
        title=old.title, body=old.body + " They agreed to meet in Oslo.", url=URL, path=PATH, source="x"
    )
    assert rewrapped.id != old.id

    assert store.document_status(rewrapped) == "updated"
    assert store.save_document(rewrapped, Extraction(document_id=rewrapped.id), now=now) == "updated"

    assert store.count_documents() == 1
    assert store.get_document(old.id) is None
    stored = store.get_document(rewrapped.id)
    assert stored is not None and stored.key == URL
    assert store.quotes() == []


def test_only_a_changed_publication_time_is_an_update(store: SqlStore, now: datetime) -> None:
    old, extraction = _readout()
    store.save_document(old, extraction, now=now)
    later, extraction = _readout(published=datetime(2021, 9, 23, tzinfo=UTC))
    assert store.save_document(later, extraction, now=now) == "updated"
    assert store.count_documents() == 1
    [quote] = store.quotes()
    assert quote.citation.source.published == datetime(2021, 9, 23, tzinfo=UTC)


def test_the_same_instant_written_in_another_offset_is_unchanged(store: SqlStore, now: datetime) -> None:
    first, extraction = _readout(published=datetime(2021, 9, 22, 23, 0, tzinfo=EDT))
    store.save_document(first, extraction, now=now)
    same, _ = _readout(published=datetime(2021, 9, 23, 3, 0, tzinfo=UTC))
    assert store.document_status(same) == "unchanged"
