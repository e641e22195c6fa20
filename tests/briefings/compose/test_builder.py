"""build_briefing against the real store: windows, sections, ranking, numbering."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from briefings.compose.builder import build_briefing, sources_reply
from briefings.store import SqlStore
from briefings.time import UnknownTimeZoneError
from tests.briefings.briefing_factory import Draft, person

NOW = datetime(2021, 7, 30, 8, 0, tzinfo=UTC)
LYONS = person("Deborah Lyons", "UN special representative")
BIDEN = person("Joe Biden", "U.S. President")
BARADAR = person("Mullah Abdul Ghani Baradar", "Taliban chief negotiator")
WANG = person("Wang Yi", "Chinese Foreign Minister")


def seed_like(store: SqlStore, *, ingested: datetime = NOW - timedelta(hours=2)) -> None:
    (
        Draft("Can the Taliban play China?", datetime(2021, 7, 29, tzinfo=UTC), url="https://example.org/a")
        .meeting(BARADAR, WANG, place="Tianjin", date="2021-07-28")
        .meeting(person("Antony Blinken"), person("Sergey Lavrov"), place="Geneva", status="planned")
        .quote(
            "Afghan leaders need to decide whether to subject Afghanistan to further generations of war.",
            LYONS,
        )
        .quote("Well, first of all, the mission hasn't failed, yet", BIDEN)
        .question("It remains unclear whether talks will resume.", None, explicit=False)
        .question("So the question now is, where do they go from here?", BIDEN)
        .save(store, now=ingested)
    )


def test_empty_store_gives_an_empty_briefing_since_24_hours_ago(store: SqlStore) -> None:
    briefing = build_briefing(store, now=NOW, tz="Europe/Paris")
    assert briefing.is_empty
    assert briefing.since == NOW - timedelta(hours=24)
    assert briefing.since is not None and briefing.since.utcoffset() == timedelta(hours=2)
    assert briefing.sources == ()


def test_default_window_is_ingest_time_of_the_last_24_hours(store: SqlStore) -> None:
    Draft("Old news", datetime(2021, 7, 29, tzinfo=UTC)).quote(
        "An old remark about the talks in Doha.", BIDEN
    ).save(store, now=NOW - timedelta(hours=30))
    Draft("Fresh news", datetime(2020, 1, 1, tzinfo=UTC)).quote(
        "A fresh remark about the talks in Doha.", LYONS
    ).save(store, now=NOW - timedelta(hours=1))
    briefing = build_briefing(store, now=NOW, tz="UTC")
    assert [q.fact.quote.speaker for q in briefing.quotes] == [LYONS]


def test_ingested_since_from_the_last_briefing_replaces_the_default(store: SqlStore) -> None:
    seed_like(store, ingested=NOW - timedelta(hours=30))
    assert build_briefing(store, now=NOW, tz="UTC").is_empty
    briefing = build_briefing(store, now=NOW, tz="UTC", ingested_since=NOW - timedelta(days=3))
    assert not briefing.is_empty


def test_explicit_since_filters_on_publication_date(store: SqlStore) -> None:
    Draft("July", datetime(2021, 7, 1, tzinfo=UTC)).quote("What happened in early July matters.", BIDEN).save(
        store, now=NOW
    )
    Draft("August", datetime(2021, 8, 1, tzinfo=UTC)).quote(
        "What happened in August matters more.", LYONS
    ).save(store, now=NOW)
    briefing = build_briefing(store, now=NOW, tz="UTC", since=datetime(2021, 7, 15, tzinfo=UTC))
    assert [q.fact.quote.speaker for q in briefing.quotes] == [LYONS]


def test_items_are_numbered_once_across_sections_in_display_order(store: SqlStore) -> None:
    seed_like(store)
    briefing = build_briefing(store, now=NOW, tz="UTC")
    numbers = [item.number for item in briefing.items()]
    assert numbers == list(range(1, len(numbers) + 1))
    assert (len(briefing.meetings), len(briefing.quotes), len(briefing.questions)) == (2, 2, 2)
    assert briefing.item(3) is briefing.quotes[0]


def test_sections_can_be_chosen_and_reordered(store: SqlStore) -> None:
    seed_like(store)
    briefing = build_briefing(store, now=NOW, tz="UTC", sections=("questions", "meetings"))
    assert briefing.quotes == ()
    assert [q.number for q in briefing.questions] == [1, 2]
    assert [m.number for m in briefing.meetings] == [3, 4]


def test_held_meetings_come_before_planned_ones_with_their_date_in_the_channel_zone(store: SqlStore) -> None:
    seed_like(store)
    briefing = build_briefing(store, now=NOW, tz="Asia/Shanghai")
    first, second = briefing.meetings
    assert first.fact.meeting.status == "held" and first.fact.meeting.place == "Tianjin"
    assert first.date_display == "28 Jul 2021"
    assert second.fact.meeting.status == "planned"
    assert second.date_display == "reported 29 Jul 2021"
    assert len(first.fact.citations) == 1


def test_explicit_questions_come_first_and_keep_who_asked(store: SqlStore) -> None:
    seed_like(store)
    questions = build_briefing(store, now=NOW, tz="UTC").questions
    assert [q.fact.question.kind for q in questions] == ["explicit", "implicit"]
    assert questions[0].fact.question.asked_by == BIDEN


def test_near_duplicate_quotes_are_shown_once(store: SqlStore) -> None:
    text = "We will never allow any force to use the Afghan territory against China."
    Draft("One", datetime(2021, 7, 29, tzinfo=UTC)).quote(text, BARADAR).save(store, now=NOW)
    Draft("Two", datetime(2021, 7, 29, 6, tzinfo=UTC)).quote(
        text.replace("We will", "we will"), BARADAR
    ).save(store, now=NOW)
    Draft("Three", datetime(2021, 7, 29, tzinfo=UTC)).quote(
        "China respects the sovereignty of Afghanistan.", WANG
    ).save(store, now=NOW)
    quotes = build_briefing(store, now=NOW, tz="UTC").quotes
    assert len(quotes) == 2
    assert {q.fact.quote.speaker.name for q in quotes if q.fact.quote.speaker} == {
        "Mullah Abdul Ghani Baradar",
        "Wang Yi",
    }


def test_one_prolific_speaker_does_not_crowd_out_the_others(store: SqlStore) -> None:
    draft = Draft("Long interview", datetime(2021, 7, 29, tzinfo=UTC))
    for remark in (
        "Security in the provinces has deteriorated sharply since May.",
        "The economy cannot survive another winter without donor support.",
        "Refugees are crossing into Iran and Pakistan in growing numbers.",
        "Girls must be allowed back into secondary schools this autumn.",
        "Any election must be prepared by an independent commission.",
    ):
        draft.quote(remark, LYONS)
    draft.quote("The question is whether there can be an agreement on unity of purpose at all.", BIDEN)
    draft.save(store, now=NOW)
    quotes = build_briefing(store, now=NOW, tz="UTC", max_items_per_section=3).quotes
    assert len(quotes) == 3
    assert BIDEN in [q.fact.quote.speaker for q in quotes]


def test_sources_are_deduplicated_in_first_use_order(store: SqlStore) -> None:
    seed_like(store)
    Draft("Second article", datetime(2021, 7, 29, 12, tzinfo=UTC), url="https://example.org/b").quote(
        "China has always respected the sovereignty of Afghanistan.", WANG
    ).save(store, now=NOW)
    briefing = build_briefing(store, now=NOW, tz="UTC")
    urls = [s.url or "" for s in briefing.sources]
    assert sorted(urls) == ["https://example.org/a", "https://example.org/b"]
    assert len(set(urls)) == len(urls)


def test_person_filter_keeps_that_persons_quotes_and_questions(store: SqlStore) -> None:
    seed_like(store)
    briefing = build_briefing(store, now=NOW, tz="UTC", person="Biden")
    assert [q.fact.quote.speaker for q in briefing.quotes] == [BIDEN]
    assert [q.fact.question.asked_by for q in briefing.questions] == [BIDEN]
    assert briefing.filters == {"person": "Biden"}


def test_unknown_time_zone_is_a_clear_value_error(store: SqlStore) -> None:
    with pytest.raises(UnknownTimeZoneError, match="unknown time zone 'Mars/Olympus'"):
        build_briefing(store, now=NOW, tz="Mars/Olympus")
    assert issubclass(UnknownTimeZoneError, ValueError)


def test_an_inverted_window_is_refused(store: SqlStore) -> None:
    with pytest.raises(ValueError, match="starts after it ends"):
        build_briefing(store, now=NOW, tz="UTC", since=NOW, until=NOW - timedelta(days=1))


def test_sources_reply_carries_every_citation_and_a_summary(store: SqlStore) -> None:
    seed_like(store)
    briefing = build_briefing(store, now=NOW, tz="UTC")
    meeting = briefing.meetings[0]
    reply = sources_reply(meeting, meeting.number, tz="Europe/Paris")
    assert reply.section == "meetings"
    assert reply.summary.startswith("Mullah Abdul Ghani Baradar (Taliban chief negotiator) and Wang Yi")
    assert "Tianjin" in reply.summary
    assert reply.citations == meeting.fact.citations
    quote = briefing.quotes[1]
    reply = sources_reply(quote.fact, 4)
    assert (reply.number, reply.section, reply.speaker) == (4, "quotes", "Joe Biden (U.S. President)")
    assert reply.citations[0].evidence.sentence.startswith("“Well, first of all")


def test_one_press_conference_does_not_fill_the_open_questions(store: SqlStore) -> None:
    draft = Draft("Press conference", datetime(2021, 7, 29, tzinfo=UTC))
    for question in (
        "Okay?",
        "What sort of agreement do you hope the envoy brings back from Doha this week?",
        "Will the troops be home before the end of August as promised?",
        "Do you expect the embassy in Kabul to stay open through the autumn?",
        "How many interpreters have been evacuated so far this month?",
    ):
        draft.question(question, BIDEN)
    draft.save(store, now=NOW)
    Draft("Analysis", datetime(2021, 7, 28, tzinfo=UTC)).question(
        "Can the Taliban play China and Russia off the United States?", None
    ).save(store, now=NOW)
    questions = build_briefing(store, now=NOW, tz="UTC", max_items_per_section=3).questions
    texts = [q.fact.question.text for q in questions]
    assert "Can the Taliban play China and Russia off the United States?" in texts
    assert "Okay?" not in texts


def test_a_quoted_question_is_listed_under_open_questions_only(store: SqlStore) -> None:
    asked = "The question is, can there be an agreement on unity of purpose?"
    Draft("Remarks", datetime(2021, 7, 29, tzinfo=UTC)).quote(asked, BIDEN).quote(
        "Well, first of all, the mission hasn't failed, yet", BIDEN
    ).question(asked, BIDEN).save(store, now=NOW)
    briefing = build_briefing(store, now=NOW, tz="UTC")
    assert [q.fact.question.text for q in briefing.questions] == [asked]
    assert [q.fact.quote.text for q in briefing.quotes] == [
        "Well, first of all, the mission hasn't failed, yet"
    ]
    quotes_only = build_briefing(store, now=NOW, tz="UTC", sections=("quotes",))
    assert len(quotes_only.quotes) == 2


def test_a_topic_keeps_the_facts_that_mention_it_within_a_matching_article(store: SqlStore) -> None:
    seed_like(store)
    briefing = build_briefing(store, now=NOW, tz="UTC", topic="Tianjin")
    assert [m.fact.meeting.place for m in briefing.meetings] == ["Tianjin"]
    assert briefing.filters == {"topic": "Tianjin"}
    # no quote mentions Tianjin: the article's quotes are still worth showing
    assert len(briefing.quotes) == 2
