"""Ingest against the real store and extractor: counts, idempotence, replacement."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from briefings.extract import Extractor
from briefings.ingest import IngestEvent, IngestReport, ingest
from briefings.sources import LoadError
from briefings.store import SqlStore

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).parents[1] / "fixtures" / "sources"
SEEDS = Path(__file__).parents[2] / "seeds"
MAX_BYTES = 1_000_000


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _article(quote: str, speaker: str) -> str:
    return (
        "---\ntitle: Ministers Meet in Geneva\npublished: 2024-05-02\nsource: Example Wire\n---\n\n"
        f"Foreign Minister {speaker} met her counterpart in Geneva on Tuesday.\n\n"
        f"\u201c{quote},\u201d {speaker} told reporters after the meeting.\n"
    )


def test_every_format_is_stored_and_counted(store: SqlStore, extractor: Extractor, now: datetime) -> None:
    paths = [FIXTURES / "plain.txt", FIXTURES / "record.json", FIXTURES / "feed.rss", SEEDS]
    report = ingest(paths, store, extractor, now=now, max_bytes=MAX_BYTES)
    assert report == IngestReport(new=5)
    assert store.count_documents() == 5


def test_reingesting_unchanged_input_does_no_work(
    store: SqlStore, extractor: Extractor, now: datetime
) -> None:
    first = ingest([SEEDS, FIXTURES / "plain.txt"], store, extractor, now=now, max_bytes=MAX_BYTES)
    assert first.new == 2
    quote_ids = sorted(q.id for q in store.quotes())
    assert quote_ids, "the seed has quotes"
    # An extractor whose pipeline does not exist fails on first use: a clean second
    # run therefore proves that nothing was extracted.
    second = ingest(
        [SEEDS, FIXTURES / "plain.txt"],
        store,
        Extractor("no_such_pipeline_installed"),
        now=now + timedelta(days=1),
        max_bytes=MAX_BYTES,
    )
    assert second == IngestReport(unchanged=2)
    assert store.count_documents() == 2
    assert sorted(q.id for q in store.quotes()) == quote_ids


def test_changed_document_at_the_same_path_replaces_its_facts(
    store: SqlStore, extractor: Extractor, now: datetime, tmp_path: Path
) -> None:
    path = tmp_path / "geneva.md"
    path.write_text(_article("We agreed on a ceasefire timetable", "Anna Keller"), encoding="utf-8")
    assert ingest([path], store, extractor, now=now, max_bytes=MAX_BYTES).new == 1
    before = [q.quote.text for q in store.quotes()]
    assert any("ceasefire timetable" in text for text in before)

    path.write_text(_article("The talks collapsed over sanctions", "Anna Keller"), encoding="utf-8")
    report = ingest([path], store, extractor, now=now + timedelta(hours=1), max_bytes=MAX_BYTES)
    assert report == IngestReport(updated=1)
    after = [q.quote.text for q in store.quotes()]
    assert any("collapsed over sanctions" in text for text in after)
    assert not any("ceasefire timetable" in text for text in after)
    assert store.count_documents() == 1


def test_bad_input_is_reported_and_the_rest_is_stored(
    store: SqlStore, extractor: Extractor, now: datetime, tmp_path: Path
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "good.md").write_text(_article("We will meet again", "Anna Keller"), encoding="utf-8")
    missing = tmp_path / "missing.txt"
    report = ingest(
        [tmp_path, FIXTURES / "records.jsonl", missing], store, extractor, now=now, max_bytes=MAX_BYTES
    )
    assert (report.new, report.failed) == (3, 4)
    assert [f.item for f in report.failures] == [
        str(tmp_path / "binary.txt"),
        str(tmp_path / "empty.txt"),
        str(FIXTURES / "records.jsonl") + ":2",
        str(missing),
    ]
    assert report.failures[-1] == LoadError(str(missing), "no such file or directory")
    assert store.count_documents() == 3
    assert not report.ok


def test_the_same_content_twice_in_one_run_is_stored_once(
    store: SqlStore, extractor: Extractor, now: datetime
) -> None:
    report = ingest(
        [FIXTURES / "plain.txt", FIXTURES / "plain.txt"], store, extractor, now=now, max_bytes=MAX_BYTES
    )
    assert report == IngestReport(new=1, unchanged=1)


def test_progress_hears_about_every_item(store: SqlStore, extractor: Extractor, now: datetime) -> None:
    events: list[IngestEvent] = []
    ingest(
        [FIXTURES / "records.jsonl"], store, extractor, now=now, max_bytes=MAX_BYTES, progress=events.append
    )
    assert sorted(e.outcome for e in events) == ["failed", "new", "new"]
    failed = next(e for e in events if e.outcome == "failed")
    assert failed.failure is not None and failed.item.endswith("records.jsonl:2")


def test_small_batches_give_the_same_result(store: SqlStore, extractor: Extractor, now: datetime) -> None:
    report = ingest([FIXTURES], store, extractor, now=now, max_bytes=MAX_BYTES, batch_size=2)
    assert report.new == store.count_documents() > 10
    assert report.failed == len(report.failures) > 0


def test_a_missing_pipeline_fails_each_document_with_a_reason(store: SqlStore, now: datetime) -> None:
    report = ingest(
        [FIXTURES / "plain.txt"], store, Extractor("no_such_pipeline_installed"), now=now, max_bytes=MAX_BYTES
    )
    assert report.failed == 1 and report.new == 0
    assert report.failures[0].reason.startswith("extraction failed (PipelineError")
    assert store.count_documents() == 0
