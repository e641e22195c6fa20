"""Speaker standing: what quote ranking reads about a speaker, in bounded time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from briefings.model.facts import Extraction, PersonRef, Quote
from briefings.store import SqlStore
from briefings.store.standing import DOCUMENT_CAP
from tests.briefings.store.builders import article

DAY = datetime(2022, 3, 1, tzinfo=UTC)


def _quote(store: SqlStore, now: datetime, slug: str, speaker: str, role: str | None = None) -> int:
    a = article(
        f"Quote {slug}",
        f'"Words {slug}," said {speaker}.',
        published=DAY + timedelta(hours=len(slug)),
        url=f"https://example.org/q/{slug}",
    )
    quote = Quote(f"Words {slug}", PersonRef(speaker, role), "direct", a.evidence[0])
    store.save_document(a.document, Extraction(a.document.id, quotes=(quote,)), now=now)
    [stored] = [q for q in store.quotes() if q.quote.text == f"Words {slug}"]
    assert stored.speaker_id is not None
    return stored.speaker_id


def test_standing_counts_documents_and_knows_whether_a_role_was_given(store: SqlStore, now: datetime) -> None:
    lyons = _quote(store, now, "a", "Deborah Lyons", "UN envoy")
    _quote(store, now, "b", "Deborah Lyons")
    _quote(store, now, "c", "Deborah Lyons")
    sherman = _quote(store, now, "d", "Wendy Sherman")

    standing = store.speaker_standing({lyons, sherman})

    assert standing[lyons].document_count == 3
    assert standing[lyons].has_role
    assert standing[sherman].document_count == 1
    assert not standing[sherman].has_role


def test_unknown_identities_are_left_out_and_no_ids_reads_nothing(store: SqlStore, now: datetime) -> None:
    lyons = _quote(store, now, "a", "Deborah Lyons")

    assert set(store.speaker_standing({lyons, 999_999})) == {lyons}
    assert store.speaker_standing(()) == {}


def test_document_count_stops_at_the_cap_so_reading_it_stays_cheap(store: SqlStore, now: datetime) -> None:
    """A speaker quoted in more documents than the cap counts as the cap: ranking takes
    the logarithm, and reading every mention of the most-quoted person made each
    briefing slower as the corpus grew."""
    speaker = 0
    for n in range(DOCUMENT_CAP + 3):
        speaker = _quote(store, now, "x" * (n + 1), "Deborah Lyons")

    assert store.speaker_standing({speaker})[speaker].document_count == DOCUMENT_CAP
