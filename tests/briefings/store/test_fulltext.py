"""Full-text search over bodies, titles and quotes, with one query API on both databases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from briefings.model.facts import Extraction, Meeting, PersonRef, Question, Quote
from briefings.store import SqlStore
from tests.briefings.store.builders import article

DAY = datetime(2022, 7, 26, tzinfo=UTC)


def _corpus(store: SqlStore, now: datetime) -> dict[str, str]:
    kosovo = article(
        "Blinken meets Kosovo leaders",
        "Blinken met Kurti in Washington.",
        '"The dialogue with Serbia must continue," Blinken said.',
        "It remains to be seen whether the elections will happen.",
        published=DAY,
        url="https://example.org/kosovo",
    )
    grain = article(
        "Grain exports resume",
        "Ships carrying wheat left Odesa.",
        '"Exports are flowing again," Kuleba said.',
        published=DAY + timedelta(days=1),
        url="https://example.org/grain",
    )
    store.save_document(
        kosovo.document,
        Extraction(
            kosovo.document.id,
            quotes=(
                Quote(
                    "The dialogue with Serbia must continue",
                    PersonRef("Antony J. Blinken"),
                    "direct",
                    kosovo.evidence[1],
                ),
            ),
            meetings=(
                Meeting(
                    (PersonRef("Antony J. Blinken"), PersonRef("Albin Kurti")),
                    "Washington",
                    None,
                    kosovo.evidence[0],
                ),
            ),
            questions=(Question("whether the elections will happen", "implicit", None, kosovo.evidence[2]),),
        ),
        now=now,
    )
    store.save_document(
        grain.document,
        Extraction(
            grain.document.id,
            quotes=(
                Quote("Exports are flowing again", PersonRef("Dmytro Kuleba"), "direct", grain.evidence[1]),
            ),
        ),
        now=now,
    )
    return {"kosovo": kosovo.document.id, "grain": grain.document.id}


def test_search_finds_documents_by_body_and_title_words_stemmed(store: SqlStore, now: datetime) -> None:
    ids = _corpus(store, now)

    assert [d.id for d in store.search_documents("wheat")] == [ids["grain"]]
    assert [d.id for d in store.search_documents("export")] == [ids["grain"]]  # "exports" in the title
    assert [d.id for d in store.search_documents("Kosovo leaders")] == [ids["kosovo"]]
    assert store.search_documents("wheat Serbia") == []  # every word must occur
    assert {d.id for d in store.search_documents("said")} == set(ids.values())
    assert len(store.search_documents("said", limit=1)) == 1


def test_search_treats_query_syntax_as_plain_words(store: SqlStore, now: datetime) -> None:
    ids = _corpus(store, now)

    assert [d.id for d in store.search_documents('"wheat" OR body:Odesa*')] == []
    assert [d.id for d in store.search_documents('wheat" (Odesa')] == [ids["grain"]]
    assert store.search_documents("  -- ; ") == []
    assert store.search_documents("NEAR(wheat") == []


def test_topic_filters_quotes_by_quote_text_or_document(store: SqlStore, now: datetime) -> None:
    _corpus(store, now)

    assert [q.quote.text for q in store.quotes(topic="flowing")] == ["Exports are flowing again"]
    assert [q.quote.text for q in store.quotes(topic="Odesa")] == ["Exports are flowing again"]
    assert [q.quote.text for q in store.quotes(topic="dialogue Serbia")] == [
        "The dialogue with Serbia must continue"
    ]
    assert store.quotes(topic="") == []
    assert store.quotes(topic="Kosovo", person="Kuleba") == []


def test_topic_filters_meetings_and_questions_by_their_documents(store: SqlStore, now: datetime) -> None:
    _corpus(store, now)

    assert [m.meeting.place for m in store.meetings(topic="elections")] == ["Washington"]
    assert store.meetings(topic="wheat") == []
    assert [q.question.text for q in store.questions(topic="Kosovo")] == ["whether the elections will happen"]
    assert store.questions(topic="grain") == []


def test_replaced_documents_leave_the_index(store: SqlStore, now: datetime) -> None:
    ids = _corpus(store, now)
    replacement = article(
        "Grain exports pause", "Ships stayed in port.", published=DAY, url="https://example.org/grain"
    )
    store.save_document(replacement.document, Extraction(replacement.document.id), now=now)

    assert store.search_documents("wheat") == []
    assert store.quotes(topic="flowing") == []
    assert [d.id for d in store.search_documents("port")] == [replacement.document.id]
    assert ids["grain"] != replacement.document.id
