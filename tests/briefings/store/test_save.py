"""The one write path: new, unchanged, updated, and all-or-nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from briefings.model.documents import Document
from briefings.model.facts import Evidence, Extraction, Person, Question, Quote
from briefings.store import SqlStore
from tests.briefings.store.builders import article, meeting, person

PUBLISHED = datetime(2022, 3, 1, 12, tzinfo=UTC)


def _blinken_article(extra: str = "") -> tuple[Document, Extraction]:
    a = article(
        "Blinken meets Kurti",
        "Secretary Blinken met Prime Minister Albin Kurti in Pristina.",
        '"We stand with Kosovo," Blinken said.' + extra,
        "It is unclear whether talks will resume.",
        published=PUBLISHED,
        url="https://example.org/blinken-kurti",
    )
    extraction = Extraction(
        document_id=a.document.id,
        quotes=(
            Quote(
                "We stand with Kosovo",
                person("Antony J. Blinken", "Secretary of State"),
                "direct",
                a.evidence[1],
            ),
        ),
        meetings=(meeting(a.evidence[0], "Antony J. Blinken", "Albin Kurti", place="Pristina"),),
        questions=(Question("whether talks will resume", "implicit", None, a.evidence[2]),),
        people=(
            Person(
                "Antony J. Blinken", aliases=("Blinken", "Secretary Blinken"), roles=("Secretary of State",)
            ),
            Person("Albin Kurti", aliases=("Kurti",), roles=("Prime Minister",)),
        ),
    )
    return a.document, extraction


def test_new_document_is_stored_with_its_facts_and_evidence(store: SqlStore, now: datetime) -> None:
    document, extraction = _blinken_article()
    assert store.document_status(document) == "new"
    assert store.save_document(document, extraction, now=now) == "new"

    assert store.count_documents() == 1
    assert store.get_document(document.id) == document
    [quote] = store.quotes()
    assert quote.quote.text == "We stand with Kosovo"
    assert quote.quote.speaker == person("Antony J. Blinken", "Secretary of State")
    body = document.body
    evidence = quote.citation.evidence
    assert body[evidence.start : evidence.end] == evidence.sentence
    assert quote.citation.source.url == "https://example.org/blinken-kurti"
    assert quote.citation.source.published == PUBLISHED
    [stored_meeting] = store.meetings()
    assert [p.name for p in stored_meeting.meeting.participants] == ["Antony J. Blinken", "Albin Kurti"]
    assert stored_meeting.meeting.place == "Pristina"
    [question] = store.questions()
    assert question.question.kind == "implicit"
    assert store.get_quote(quote.id) == quote
    assert store.get_meeting(stored_meeting.id) == stored_meeting
    assert store.get_question(question.id) == question


def test_saving_unchanged_document_again_does_nothing(store: SqlStore, now: datetime) -> None:
    document, extraction = _blinken_article()
    store.save_document(document, extraction, now=now)
    later = now + timedelta(hours=1)
    assert store.document_status(document) == "unchanged"
    assert store.save_document(document, extraction, now=later) == "unchanged"
    assert store.count_documents() == 1
    assert len(store.quotes()) == 1
    assert store.quotes(ingested_since=later) == []


def test_changed_document_at_same_url_replaces_old_version_and_its_facts(
    store: SqlStore, now: datetime
) -> None:
    old, old_extraction = _blinken_article()
    new, new_extraction = _blinken_article(" Kurti agreed.")
    store.save_document(old, old_extraction, now=now)

    assert store.document_status(new) == "updated"
    assert store.save_document(new, new_extraction, now=now + timedelta(days=1)) == "updated"

    assert store.count_documents() == 1
    assert store.get_document(old.id) is None
    assert [q.citation.source.document_id for q in store.quotes()] == [new.id]
    [merged] = store.meetings()
    assert [c.source.document_id for c in merged.citations] == [new.id]
    assert len(store.questions()) == 1
    [blinken] = store.people(name="Blinken")
    assert blinken.document_count == 1
    assert store.search_documents("agreed") == [new]
    assert store.quotes(topic="Kosovo")[0].citation.source.document_id == new.id


def test_failed_save_stores_nothing_of_the_document(store: SqlStore, now: datetime) -> None:
    document, extraction = _blinken_article()
    broken_evidence = Evidence(document.id, "x", 5, 1)  # end before start
    broken = Extraction(
        document_id=extraction.document_id,
        quotes=extraction.quotes,
        meetings=extraction.meetings,
        questions=(*extraction.questions, Question("why?", "explicit", None, broken_evidence)),
        people=extraction.people,
    )
    with pytest.raises(IntegrityError):
        store.save_document(document, broken, now=now)

    assert store.count_documents() == 0
    assert store.document_status(document) == "new"
    assert store.quotes() == [] and store.meetings() == [] and store.questions() == []
    assert store.people() == []
    assert store.search_documents("Kosovo") == []


def test_failed_update_keeps_the_previous_version_intact(store: SqlStore, now: datetime) -> None:
    old, old_extraction = _blinken_article()
    store.save_document(old, old_extraction, now=now)
    new, new_extraction = _blinken_article(" Kurti agreed.")
    bad = Quote("x", None, "verbatim", new_extraction.quotes[0].evidence)  # type: ignore[arg-type]
    broken = Extraction(document_id=new_extraction.document_id, quotes=(*new_extraction.quotes, bad))

    with pytest.raises(IntegrityError):
        store.save_document(new, broken, now=now)

    assert store.get_document(old.id) == old
    assert len(store.quotes()) == 1 and len(store.meetings()) == 1
    assert store.search_documents("Kosovo") == [old]
    assert [i.name for i in store.people(name="Blinken")] == ["Antony J. Blinken"]


def test_windows_filter_on_publication_then_ingest_time(store: SqlStore, now: datetime) -> None:
    document, extraction = _blinken_article()
    store.save_document(document, extraction, now=now)

    assert len(store.quotes(since=PUBLISHED, until=PUBLISHED + timedelta(days=1))) == 1
    assert store.quotes(since=PUBLISHED + timedelta(seconds=1)) == []
    assert store.quotes(until=PUBLISHED) == []
    assert len(store.meetings(since=PUBLISHED - timedelta(days=1))) == 1
    assert store.meetings(until=PUBLISHED - timedelta(days=1)) == []
    assert len(store.questions(ingested_since=now)) == 1
    assert store.questions(ingested_since=now + timedelta(seconds=1)) == []
    assert store.meetings(ingested_since=now + timedelta(seconds=1)) == []


def test_document_without_publication_date_sorts_by_ingest_time(store: SqlStore, now: datetime) -> None:
    a = article("Undated", "Kurti said nothing.", published=None, path="/corpus/undated.md")
    q = Quote("nothing", person("Albin Kurti"), "partial", a.evidence[0])
    store.save_document(a.document, Extraction(a.document.id, quotes=(q,)), now=now)

    assert len(store.quotes(since=now, until=now + timedelta(minutes=1))) == 1
    assert store.get_document(a.document.id) == a.document


def test_limit_and_newest_document_first(store: SqlStore, now: datetime) -> None:
    for day in range(3):
        a = article(
            f"Day {day}",
            f"Kurti spoke on day {day}.",
            published=PUBLISHED + timedelta(days=day),
            url=f"https://example.org/{day}",
        )
        q = Quote(f"day {day}", person("Albin Kurti"), "partial", a.evidence[0])
        store.save_document(a.document, Extraction(a.document.id, quotes=(q,)), now=now)

    assert [q.quote.text for q in store.quotes(limit=2)] == ["day 2", "day 1"]
