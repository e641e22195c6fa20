"""One meeting reported by several articles is one stored meeting with several citations."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from briefings.model.facts import Extraction, Meeting, Person, PersonRef
from briefings.store import SqlStore
from briefings.store.merging import Profile, same_meeting
from tests.briefings.store.builders import article, meeting

JULY_26 = datetime(2022, 7, 26, 14, tzinfo=UTC)


def _report(
    store: SqlStore,
    now: datetime,
    slug: str,
    *names: str,
    published: datetime = JULY_26,
    place: str | None = None,
    date: str | None = None,
    status: str = "held",
    people: tuple[Person, ...] = (),
) -> str:
    a = article(
        f"Report {slug}",
        f"Sentence {slug} about {' and '.join(names)}.",
        published=published,
        url=f"https://example.org/{slug}",
    )
    found: Meeting = meeting(a.evidence[0], *names, place=place, date=date, status=status)
    store.save_document(a.document, Extraction(a.document.id, meetings=(found,), people=people), now=now)
    return a.document.id


def test_readout_and_remarks_of_one_meeting_are_one_meeting_with_two_sources(
    store: SqlStore, now: datetime
) -> None:
    readout = _report(
        store,
        now,
        "readout",
        "Antony J. Blinken",
        "Vjosa Osmani",
        "Albin Kurti",
        place="Washington, DC",
        published=JULY_26,
    )
    remarks = _report(
        store,
        now,
        "remarks",
        "Secretary Blinken",
        "Osmani",
        "Kurti",
        published=JULY_26 - timedelta(hours=3),
        people=(
            Person("Antony J. Blinken", ("Secretary Blinken",)),
            Person("Vjosa Osmani", ("Osmani",)),
            Person("Albin Kurti", ("Kurti",)),
        ),
    )

    [merged] = store.meetings()
    assert [c.source.document_id for c in merged.citations] == [readout, remarks]  # newest source first
    assert [p.name for p in merged.meeting.participants] == [
        "Antony J. Blinken",
        "Vjosa Osmani",
        "Albin Kurti",
    ]
    assert merged.meeting.place == "Washington, DC"
    assert merged.meeting.evidence == merged.citations[0].evidence
    assert store.meetings(person="Osmani") == [merged]
    assert store.meetings(person="Washington, DC") == [merged]


def test_report_naming_a_subset_of_participants_merges(store: SqlStore, now: datetime) -> None:
    _report(store, now, "a", "Joseph R. Biden", "Narendra Modi", place="Tokyo", date="2022-05-24")
    _report(store, now, "b", "Joe Biden", "Narendra Modi", "Fumio Kishida", date="2022-05-24")

    [merged] = store.meetings()
    assert len(merged.citations) == 2
    assert merged.meeting.date == "2022-05-24"


def test_meeting_dated_yesterday_merges_with_remarks_published_that_day(
    store: SqlStore, now: datetime
) -> None:
    _report(store, now, "readout", "Antony J. Blinken", "Irfaan Ali", date="2022-07-25", published=JULY_26)
    _report(store, now, "remarks", "Antony J. Blinken", "Irfaan Ali", published=JULY_26 - timedelta(days=1))

    [merged] = store.meetings()
    assert len(merged.citations) == 2
    assert merged.meeting.date == "2022-07-25"


def test_same_people_weeks_apart_are_two_meetings(store: SqlStore, now: datetime) -> None:
    _report(store, now, "march", "Antony J. Blinken", "Dmytro Kuleba", published=JULY_26 - timedelta(days=30))
    _report(store, now, "april", "Antony J. Blinken", "Dmytro Kuleba", published=JULY_26)

    assert len(store.meetings()) == 2


def test_explicit_dates_two_days_apart_are_two_meetings(store: SqlStore, now: datetime) -> None:
    _report(store, now, "a", "Antony J. Blinken", "Dmytro Kuleba", date="2022-07-24")
    _report(store, now, "b", "Antony J. Blinken", "Dmytro Kuleba", date="2022-07-26")

    assert len(store.meetings()) == 2


def test_one_shared_participant_is_not_the_same_meeting(store: SqlStore, now: datetime) -> None:
    _report(store, now, "a", "Antony J. Blinken", "Vjosa Osmani")
    _report(store, now, "b", "Antony J. Blinken", "Irfaan Ali")

    assert len(store.meetings()) == 2
    assert len(store.meetings(person="Blinken")) == 2
    assert len(store.meetings(person="Ali")) == 1


def test_planned_and_cancelled_meetings_keep_their_status_and_stay_apart(
    store: SqlStore, now: datetime
) -> None:
    _report(store, now, "held", "Donald Trump", "Mark Rutte")
    _report(store, now, "planned", "Donald Trump", "Mark Rutte", status="planned")
    _report(store, now, "cancelled", "Donald Trump", "Kim Jong Un", status="cancelled")

    statuses = sorted(m.meeting.status for m in store.meetings())
    assert statuses == ["cancelled", "held", "planned"]
    assert [m.meeting.status for m in store.meetings(include_planned=False)] == ["held"]


def test_replacing_a_source_splits_it_out_of_the_merged_meeting(store: SqlStore, now: datetime) -> None:
    _report(store, now, "readout", "Antony J. Blinken", "Albin Kurti")
    _report(store, now, "remarks", "Antony J. Blinken", "Albin Kurti")
    [merged] = store.meetings()

    a = article(
        "Report remarks", "Now about something else.", published=JULY_26, url="https://example.org/remarks"
    )
    store.save_document(a.document, Extraction(a.document.id), now=now)

    [left] = store.meetings()
    assert left.id == merged.id
    assert len(left.citations) == 1


def test_a_third_report_bridging_two_meetings_joins_them(store: SqlStore, now: datetime) -> None:
    _report(store, now, "a", "Antony J. Blinken", "Albin Kurti", published=JULY_26 - timedelta(days=2))
    _report(store, now, "b", "Antony J. Blinken", "Albin Kurti", published=JULY_26 + timedelta(days=2))
    assert len(store.meetings()) == 2

    _report(store, now, "c", "Antony J. Blinken", "Albin Kurti", published=JULY_26)

    [merged] = store.meetings()
    assert len(merged.citations) == 3


def test_resolving_a_bare_name_later_merges_its_meeting(store: SqlStore, now: datetime) -> None:
    _report(store, now, "a", "Blinken", "Kurti")
    _report(store, now, "b", "Antony J. Blinken", "Albin Kurti")

    [merged] = store.meetings()
    assert len(merged.citations) == 2


def test_ambiguous_surname_later_splits_a_merged_meeting(store: SqlStore, now: datetime) -> None:
    _report(store, now, "a", "Donald Trump", "King Abdullah II")
    _report(store, now, "b", "Trump", "Abdullah")
    assert len(store.meetings()) == 1

    other = article(
        "Elsewhere",
        "Melania Trump spoke.",
        published=JULY_26 - timedelta(days=100),
        url="https://example.org/melania",
    )
    store.save_document(
        other.document, Extraction(other.document.id, people=(Person("Melania Trump"),)), now=now
    )

    assert len(store.meetings()) == 2


def test_single_participant_reports_merge_only_at_the_same_place() -> None:
    def profile(report_id: int, place: str | None) -> Profile:
        return Profile(report_id, None, "held", date(2022, 7, 26), None, place, frozenset({1}))

    assert same_meeting(profile(1, "kyiv"), profile(2, "kyiv"))
    assert not same_meeting(profile(1, "kyiv"), profile(2, "lviv"))
    assert not same_meeting(profile(1, None), profile(2, None))


def _parties_report(store: SqlStore, now: datetime, slug: str, date: str, *countries: str) -> None:
    a = article(
        f"Joint statement {slug}",
        f"Representatives of {' and '.join(countries)} met.",
        published=JULY_26,
        url=f"https://example.org/{slug}",
    )
    found = Meeting(tuple(PersonRef(c, None, "place") for c in countries), "Geneva", date, a.evidence[0])
    store.save_document(a.document, Extraction(a.document.id, meetings=(found,)), now=now)


def _delegation_report(store: SqlStore, now: datetime, slug: str, date: str, delegation: str) -> None:
    a = article(
        f"Readout {slug}",
        f"Secretary Rubio met the {delegation}.",
        published=JULY_26,
        url=f"https://example.org/{slug}",
    )
    people = (PersonRef("Marco Rubio", "Secretary"), PersonRef(delegation, None, "group"))
    store.save_document(
        a.document, Extraction(a.document.id, meetings=(Meeting(people, None, date, a.evidence[0]),)), now=now
    )


def test_statement_between_countries_merges_with_the_readout_of_their_delegations(
    store: SqlStore, now: datetime
) -> None:
    _delegation_report(store, now, "readout", "2025-11-23", "Ukrainian delegation")
    _parties_report(store, now, "statement", "2025-11-23", "United States", "Ukraine")

    [merged] = store.meetings()
    assert len(merged.citations) == 2
    assert merged.meeting.place == "Geneva"


def test_statement_between_countries_stays_apart_from_other_delegations_and_days(
    store: SqlStore, now: datetime
) -> None:
    _parties_report(store, now, "statement", "2025-11-23", "United States", "Ukraine")
    _delegation_report(store, now, "other-country", "2025-11-23", "Chinese delegation")
    _delegation_report(store, now, "other-day", "2025-11-24", "Ukrainian delegation")

    assert len(store.meetings()) == 3
