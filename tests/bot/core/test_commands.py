"""End to end on the memory platform: commands, thread replies with sources, Sources buttons."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.core import messages
from bot.core.commands import COMMANDS, CommandHandler, command_help, unknown_command
from bot.core.events import MessageRef
from bot.core.service import BriefingService
from bot.platforms.memory import Exchange, MemoryPlatform
from briefings.model.briefing import Briefing, Notice, SourcesReply
from briefings.model.facts import Extraction
from briefings.store.protocol import Store
from tests.bot.corpus import LEGITIMACY, NOW, TIANJIN, URL, save_seed, seed_document


class Bot:
    """The bot core wired to a memory platform, with a fixed clock."""

    def __init__(self, store: Store, now: datetime = NOW, tz: str = "UTC") -> None:
        self.now = now
        self.store = store
        self.changes = 0
        self.handler = CommandHandler(store, clock=self.clock, tz=tz, on_subscriptions_changed=self._changed)
        self.platform = MemoryPlatform(BriefingService(store, tz=tz), clock=self.clock)

    async def start(self) -> Bot:
        await self.platform.start(self.handler)
        return self

    def clock(self) -> datetime:
        return self.now

    async def _changed(self) -> None:
        self.changes += 1

    async def command(self, name: str, text: str = "") -> Exchange:
        return await self.platform.command(name, text)

    async def reply(self, thread: MessageRef, text: str) -> Exchange:
        return await self.platform.reply_in_thread(thread, text)


@pytest.fixture
async def bot(store: Store) -> Bot:
    save_seed(store)
    return await Bot(store).start()


def _briefing(exchange: Exchange) -> Briefing:
    assert isinstance(exchange.response, Briefing), exchange.response
    return exchange.response


def _notice(exchange: Exchange) -> Notice:
    assert isinstance(exchange.response, Notice), exchange.response
    return exchange.response


# --- /brief and thread replies -------------------------------------------------------


async def test_brief_posts_a_briefing_and_remembers_its_items(bot: Bot) -> None:
    sent = await bot.command("brief")
    briefing = _briefing(sent)
    assert len(briefing.items()) == 5
    assert bot.platform.messages[-1].ref == sent.ref and bot.platform.messages[-1].thread is None
    posted = bot.store.find_posted_briefing("memory", "general", sent.ref.message_id)
    assert posted is not None
    assert [item.number for item in posted.items] == [1, 2, 3, 4, 5]


async def test_sources_1_in_the_thread_answers_with_the_evidence_sentence_and_link(bot: Bot) -> None:
    sent = await bot.command("brief")
    first = _briefing(sent).items()[0]
    answer = await bot.reply(sent.ref, "sources 1")
    reply = answer.response
    assert isinstance(reply, SourcesReply)
    assert reply.number == 1
    citation = reply.citations[0]
    assert citation.evidence.sentence == first.fact.citations[0].evidence.sentence  # type: ignore[union-attr]
    assert citation.source.url == URL
    assert citation.source.title.startswith("Can the Taliban")
    assert citation.source.publisher == "The Diplomat"
    assert bot.platform.in_thread(sent.ref)[-1].response == reply


async def test_sources_replies_show_dates_in_the_channels_zone_not_utc(store: Store) -> None:
    # Regression: thread replies and Sources buttons were answered in UTC whatever the bot's zone.
    save_seed(store)
    bot = await Bot(store, tz="Asia/Kabul").start()
    sent = await bot.command("brief")
    assert _briefing(sent).tz == "Asia/Kabul"
    typed = (await bot.reply(sent.ref, "sources 1")).response
    pressed = (await bot.platform.press(sent.ref, "sources:2")).response
    assert isinstance(typed, SourcesReply) and typed.tz == "Asia/Kabul"
    assert isinstance(pressed, SourcesReply) and pressed.tz == "Asia/Kabul"


async def test_who_said_that_about_a_word_finds_the_quote_and_its_speaker(bot: Bot) -> None:
    sent = await bot.command("brief")
    reply = (await bot.reply(sent.ref, "who said that about legitimacy?")).response
    assert isinstance(reply, SourcesReply)
    assert reply.section == "quotes"
    assert reply.speaker is not None and "Deborah Lyons" in reply.speaker
    assert reply.citations[0].evidence.sentence == LEGITIMACY


async def test_a_sources_button_replies_in_the_briefings_thread(bot: Bot) -> None:
    sent = await bot.command("brief")
    pressed = await bot.platform.press(sent.ref, "sources:2")
    assert isinstance(pressed.response, SourcesReply) and pressed.response.number == 2
    assert pressed.ref.thread_id == sent.ref.message_id


async def test_an_unmatched_thread_reply_gets_a_hint(bot: Bot) -> None:
    sent = await bot.command("brief")
    hint = _notice(await bot.reply(sent.ref, "thanks, very useful"))
    assert hint.text == messages.thread_hint(5)


async def test_a_reply_in_a_thread_that_is_not_a_briefing_gets_a_hint(bot: Bot) -> None:
    notice = await bot.command("help")
    answer = _notice(await bot.reply(notice.ref, "sources 1"))
    assert answer.text == messages.not_a_briefing_thread()


async def test_an_item_whose_article_was_updated_says_so_instead_of_showing_stale_evidence(bot: Bot) -> None:
    sent = await bot.command("brief")
    updated = seed_document(body=TIANJIN)  # same URL, new text, no facts: item 1 is gone
    bot.store.save_document(updated, Extraction(document_id=updated.id), now=NOW)
    answer = _notice(await bot.reply(sent.ref, "sources 1"))
    assert answer.text == messages.fact_gone(1)


# --- search commands --------------------------------------------------------------------


async def test_whomet_wang_yi_lists_the_tianjin_meeting(bot: Bot) -> None:
    briefing = _briefing(await bot.command("whomet", "Wang Yi"))
    assert [item.fact.meeting.place for item in briefing.meetings] == ["Tianjin"]
    assert not briefing.quotes and not briefing.questions


async def test_whomet_accepts_a_window_and_reports_when_nothing_matches(bot: Bot) -> None:
    assert _briefing(await bot.command("whomet", "Baradar since 2021-07-01")).meetings
    empty = _notice(await bot.command("whomet", "Baradar since today"))
    assert empty.text == messages.no_meetings("Baradar (Mullah Abdul Ghani Baradar)", "since today")


async def test_whomet_finds_meetings_of_an_organisation(bot: Bot) -> None:
    briefing = _briefing(await bot.command("whomet", "Taliban"))
    assert "Doha" in [item.fact.meeting.place for item in briefing.meetings]


async def test_quotes_by_a_person_or_about_a_topic(bot: Bot) -> None:
    by_person = _briefing(await bot.command("quotes", "Lyons"))
    assert [q.fact.quote.speaker.name for q in by_person.quotes if q.fact.quote.speaker] == ["Deborah Lyons"]
    by_topic = _briefing(await bot.command("quotes", "mission"))
    assert "Well, first of all, the mission hasn’t failed, yet" in [
        q.fact.quote.text for q in by_topic.quotes
    ]
    assert by_topic.filters == {"topic": "mission"}


async def test_questions_lists_open_questions(bot: Bot) -> None:
    briefing = _briefing(await bot.command("questions"))
    assert [q.fact.question.text for q in briefing.questions] == [
        "So the question now is, where do they go from here?"
    ]


async def test_brief_about_a_person_keeps_only_their_items(bot: Bot) -> None:
    briefing = _briefing(await bot.command("brief", "Biden"))
    assert briefing.filters == {"person": "Biden"}
    assert briefing.quotes and not briefing.meetings


# --- bad arguments ----------------------------------------------------------------------

BAD_ARGUMENTS = [
    ("brief", "Afghanistan since the dawn of time"),
    ("whomet", ""),
    ("whomet", "Baradar since 2099-01-01"),
    ("quotes", ""),
    ("questions", "since whenever"),
    ("subscribe", ""),
    ("subscribe", "25:00"),
    ("subscribe", "08:00 Mars/Olympus"),
    ("unsubscribe", "abc"),
    ("unsubscribe", "999"),
    ("subscriptions", "please"),
    ("help", "nosuchcommand"),
]


@pytest.mark.parametrize(("name", "text"), BAD_ARGUMENTS)
async def test_every_commands_bad_argument_returns_an_error_with_its_help(
    bot: Bot, name: str, text: str
) -> None:
    error = _notice(await bot.command(name, text))
    assert error.kind == "error"
    assert command_help(name) in error.text


def test_every_command_has_a_bad_argument_case() -> None:
    assert {name for name, _ in BAD_ARGUMENTS} == set(COMMANDS)


async def test_an_invalid_zone_is_named_in_the_error(bot: Bot) -> None:
    error = _notice(await bot.command("subscribe", "08:00 Mars/Olympus"))
    assert error.text.startswith(messages.unknown_zone("Mars/Olympus"))


async def test_an_unknown_command_lists_the_commands(bot: Bot) -> None:
    error = _notice(await bot.command("whomeet", "Baradar"))
    assert error.kind == "error"
    assert error.text == unknown_command("whomeet")


async def test_help_lists_every_command_and_explains_one(bot: Bot) -> None:
    overview = _notice(await bot.command("help"))
    assert all(f"/{name}" in overview.text for name in COMMANDS)
    assert _notice(await bot.command("help", "/whomet")).text == command_help("whomet")


# --- subscriptions ----------------------------------------------------------------------


async def test_subscribe_list_and_unsubscribe_a_channels_briefings(bot: Bot) -> None:
    created = _notice(await bot.command("subscribe", "7:30am europe/london Afghanistan"))
    [subscription] = bot.store.subscriptions(platform="memory", channel="general")
    assert (subscription.time, subscription.tz, subscription.topic) == (
        "07:30",
        "Europe/London",
        "Afghanistan",
    )
    assert created.text == messages.subscribed(subscription.id, "07:30", "Europe/London", "Afghanistan")
    assert (
        f"#{subscription.id} daily at 07:30 Europe/London — Afghanistan"
        in _notice(await bot.command("subscriptions")).text
    )
    assert _notice(await bot.command("subscribe", "07:30 Europe/London afghanistan")).text == (
        messages.already_subscribed(subscription.id)
    )
    removed = _notice(await bot.command("unsubscribe"))
    assert removed.text == messages.unsubscribed(subscription.id, "07:30", "Europe/London")
    assert not [s for s in bot.store.subscriptions(platform="memory", channel="general") if s.active]
    assert bot.changes == 2


async def test_unsubscribe_without_an_id_asks_which_when_there_are_several(bot: Bot) -> None:
    await bot.command("subscribe", "08:00")
    await bot.command("subscribe", "18:00")
    error = _notice(await bot.command("unsubscribe"))
    assert error.kind == "error" and "say which one" in error.text


async def test_subscriptions_lists_missed_deliveries(bot: Bot) -> None:
    await bot.command("subscribe", "08:00 UTC")
    [subscription] = bot.store.subscriptions(platform="memory", channel="general")
    scheduled = datetime(2021, 7, 29, 8, 0, tzinfo=NOW.tzinfo)
    assert bot.store.claim_delivery(
        subscription.id, scheduled, holder="test", now=scheduled, claim_ttl=timedelta(minutes=5)
    )
    bot.store.fail_delivery(subscription.id, scheduled, status="missed", error="bot was down", now=NOW)
    listing = _notice(await bot.command("subscriptions")).text
    assert "missed 2021-07-29T08:00+00:00: bot was down" in listing


async def test_brief_about_an_organisation_has_quotes_by_and_about_it_and_its_meetings(bot: Bot) -> None:
    briefing = _briefing(await bot.command("brief", "Taliban"))
    assert briefing.filters == {"about": "Taliban"}
    assert (briefing.quotes or briefing.quotes_about) and briefing.meetings


async def test_bad_argument_errors_are_private_to_the_user(bot: Bot) -> None:
    assert (await bot.command("whomet")).outgoing.ephemeral
    assert (await bot.command("nosuch")).outgoing.ephemeral
