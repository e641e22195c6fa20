"""Person filters answered by the store: who asked a question, what kind a name is."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from briefings.model.facts import Extraction, Meeting, Person, PersonRef, Question
from briefings.store import SqlStore, meeting_queries
from tests.briefings.store.builders import article

DAY = datetime(2022, 3, 1, tzinfo=UTC)


def _ask(store: SqlStore, now: datetime, slug: str, text: str, asker: str | None) -> None:
    a = article(f"Questions {slug}", text, published=DAY, url=f"https://example.org/{slug}")
    ref = PersonRef(asker) if asker else None
    question = Question(text, "explicit", ref, a.evidence[0])
    store.save_document(a.document, Extraction(a.document.id, questions=(question,)), now=now)


def test_questions_by_person_are_those_the_person_asked_under_any_form_of_the_name(
    store: SqlStore, now: datetime
) -> None:
    _ask(store, now, "a", "Who will pay for the bridge?", "Antony J. Blinken")
    _ask(store, now, "b", "Will the ceasefire hold?", "Secretary Blinken")
    _ask(store, now, "c", "What happens after the vote?", "Wendy Sherman")
    _ask(store, now, "d", "Is the deal dead?", None)

    asked = {q.question.text for q in store.questions(person="Antony Blinken")}

    assert asked == {"Who will pay for the bridge?", "Will the ceasefire hold?"}
    assert {q.question.text for q in store.questions(person="Sherman")} == {"What happens after the vote?"}
    assert store.questions(person="Nobody Known") == []
    assert len(store.questions()) == 4


def test_identity_kinds_tell_a_person_from_an_organisation(store: SqlStore, now: datetime) -> None:
    a = article("People", "Deborah Lyons spoke for UNAMA.", published=DAY, url="https://example.org/p")
    people = (Person("Deborah Lyons", kind="person"), Person("UNAMA", kind="org"))
    store.save_document(a.document, Extraction(a.document.id, people=people), now=now)

    assert store.identity_kinds("Deborah Lyons") == {"person"}
    assert store.identity_kinds("Lyons") == {"person"}
    assert store.identity_kinds("UNAMA") == {"org"}
    assert store.identity_kinds("Nobody Known") == set()


def _meet(store: SqlStore, now: datetime, day: int, *names: str, place: str | None = None) -> None:
    published = DAY + timedelta(days=14 * day)
    a = article(
        f"Meeting {day}",
        f"{' and '.join(names)} met on day {day}.",
        published=published,
        url=f"https://example.org/m{day}",
    )
    held = Meeting(tuple(PersonRef(n) for n in names), place, None, a.evidence[0], "held")
    store.save_document(a.document, Extraction(a.document.id, meetings=(held,)), now=now)


def test_meetings_of_a_frequent_participant_are_the_same_whichever_plan_finds_them(
    store: SqlStore, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A person in many meetings is looked up by walking meetings newest first, a
    rare one by collecting theirs: both plans must answer alike, in the same order."""
    for day in range(12):
        others = ["Wendy Sherman"] if day % 3 else ["Wang Yi"]
        _meet(store, now, day, "Antony Blinken", *others, place="Doha" if day == 4 else None)
    _meet(store, now, 20, "Wang Yi", "Sergey Lavrov", place="Blinken")

    def found(person: str, limit: int | None) -> list[int]:
        return [m.id for m in store.meetings(person=person, limit=limit)]

    collected = {(p, n): found(p, n) for p in ("Blinken", "Wang Yi") for n in (None, 3)}
    monkeypatch.setattr(meeting_queries, "FREQUENT_PERSON", 1)
    walked = {(p, n): found(p, n) for p in ("Blinken", "Wang Yi") for n in (None, 3)}

    assert walked == collected
    assert len(collected[("Blinken", None)]) == 13  # twelve meetings, and one at a place so named
    assert len(collected[("Wang Yi", None)]) == 5
    assert len(collected[("Blinken", 3)]) == 3
