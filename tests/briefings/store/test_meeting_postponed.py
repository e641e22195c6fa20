"""A postponed meeting (issue 15) is stored as such, apart from the held and the planned one."""

from __future__ import annotations

from datetime import UTC, datetime

from briefings.compose.replies import meeting_summary
from briefings.model.facts import Extraction
from briefings.store import SqlStore
from tests.briefings.store.builders import article, meeting

JUNE_3 = datetime(2022, 6, 3, 9, tzinfo=UTC)


def _save(store: SqlStore, now: datetime, slug: str, status: str) -> None:
    a = article(f"Report {slug}", f"Sentence {slug} about Ruiz and Vega.", published=JUNE_3)
    found = meeting(a.evidence[0], "Tomas Ruiz", "Ana Vega", place="Santiago", status=status)
    store.save_document(a.document, Extraction(a.document.id, meetings=(found,)), now=now)


def test_a_postponed_meeting_keeps_its_status_and_stays_apart_from_the_planned_one(
    store: SqlStore, now: datetime
) -> None:
    _save(store, now, "planned", "planned")
    _save(store, now, "postponed", "postponed")

    stored = sorted(store.meetings(), key=lambda m: m.meeting.status)
    assert [m.meeting.status for m in stored] == ["planned", "postponed"]
    assert [m.meeting.status for m in store.meetings(include_planned=False)] == []


def test_a_postponed_meeting_reads_as_put_off_in_a_thread_reply(store: SqlStore, now: datetime) -> None:
    _save(store, now, "postponed", "postponed")

    (stored,) = store.meetings()
    assert meeting_summary(stored) == "Tomas Ruiz and Ana Vega put off a meeting in Santiago"
