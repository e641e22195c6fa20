"""The Discord platform end to end: discord.py's own client, command tree, views and
state, fed Discord-shaped gateway payloads, with its HTTP layer pointed at a local
fake Discord API (``tests.fakes.discord_api``). The store is real, the facts hand-built."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from discord.http import Route

from bot.config import load_settings
from bot.core.commands import CommandHandler
from bot.platforms.discord.platform import DiscordPlatform
from briefings.model.documents import Document
from briefings.model.facts import Evidence, Extraction, Person, PersonRef, Quote
from briefings.render import limits
from briefings.render.renderer import Renderer
from briefings.store.protocol import Store
from tests.bot.corpus import INGESTED, NOW, PUBLISHED, TIANJIN, URL, save_seed
from tests.bot.platforms.test_slack_answers import GUARD, until
from tests.bot.platforms.test_slack_platform import HeldHandler
from tests.fakes.discord_api import FakeDiscordApi, Request, iter_texts
from tests.fakes.discord_events import (
    BOT_ID,
    CHANNEL_ID,
    GUILD_ID,
    autocomplete_payload,
    button_payload,
    command_payload,
    guild_payload,
    message_payload,
    text_channel_payload,
    thread_payload,
    user_payload,
)

TOKEN = "MTEx.fake-discord-bot-token.0123456789abcdef"
SINCE_PUBLICATION = {"since": "2021-07-01"}
EPHEMERAL = 1 << 6
DEFERRED_UPDATE, DEFERRED_MESSAGE, CHANNEL_MESSAGE, AUTOCOMPLETE_RESULT = 6, 5, 4, 8


@pytest.fixture(autouse=True)
def _restore_route_base(monkeypatch: pytest.MonkeyPatch) -> None:
    """The platform points discord.py at the fake (``Route.BASE``); put it back afterwards."""
    monkeypatch.setattr(Route, "BASE", Route.BASE)


class Discord:
    """A started platform and the fake API it talks to, with ways to push gateway events.
    The platform's CommandHandler is behind ``held`` so a test can hold its work back."""

    def __init__(self, platform: DiscordPlatform, fake: FakeDiscordApi, held: HeldHandler) -> None:
        self.platform = platform
        self.fake = fake
        self.held = held

    @property
    def state(self) -> Any:
        return self.platform.client._connection

    async def interact(self, payload: dict[str, Any]) -> None:
        """Deliver an INTERACTION_CREATE as the gateway would and wait for all it started."""
        self.state.parse_interaction_create(payload)
        await settle()

    async def acked_while_its_work_is_held(self, payload: dict[str, Any]) -> Request:
        """Deliver an interaction with the handler held; returns its callback, which reached
        Discord while the work behind it was still waiting (no answer sent meanwhile),
        then lets the work finish. A callback that waited for the work would never come:
        the wait gives up after ``GUARD`` seconds and the test fails."""
        self.held.hold()
        before = len(self.callbacks())
        answers_before = len(self.fake.message_requests())
        try:
            self.state.parse_interaction_create(payload)
            await until(self.held.started)
            called_back = await asyncio.to_thread(
                self.fake.wait_for, lambda _: len(self.callbacks()) > before, GUARD
            )
            assert called_back, "no interaction callback while the work was held"
            callback = self.callbacks()[before]
            assert len(self.fake.message_requests()) == answers_before, "nothing is answered while held"
        finally:
            self.held.release.set()  # also when failing, so stopping the platform need not wait for it
        await settle()
        return callback

    async def message(self, payload: dict[str, Any]) -> None:
        self.state.parse_message_create(payload)
        await settle()

    def callbacks(self) -> list[Request]:
        return self.fake.requests("POST", "/callback")

    def thread_created(self) -> Request:
        (created,) = self.fake.requests("POST", "/threads")
        return created


async def settle() -> None:
    """Wait for every task the client started (the tree's invoker, views, thread replies)."""
    me = asyncio.current_task()
    for _ in range(50):
        pending = [t for t in asyncio.all_tasks() if t is not me and not t.done()]
        if not pending:
            return
        await asyncio.wait(pending, timeout=10)
    raise AssertionError("tasks still running")


def settings_for(fake: FakeDiscordApi, **overrides: Any) -> Any:
    values: dict[str, Any] = {
        "DISCORD_TOKEN": TOKEN,
        "DISCORD_API_URL": fake.base_url,
        "DISCORD_GUILD_ID": GUILD_ID,
        **overrides,
    }
    return load_settings(**values)


@asynccontextmanager
async def running(
    fake: FakeDiscordApi, store: Store, *, defer_after: float = GUARD, **overrides: Any
) -> AsyncIterator[Discord]:
    """The platform started against the fake. Answers are never deferred unless a test asks
    (``defer_after=0.0``): on a loaded machine a real build can pass the shipped
    ``DEFER_AFTER`` of 1 s, and a test about the answer's content must not turn into one
    about deferral."""
    platform = DiscordPlatform(
        settings_for(fake, **overrides),
        Renderer(),
        store=store,
        clock=lambda: NOW,
        gateway=False,
        defer_after=defer_after,
    )
    held = HeldHandler(CommandHandler(store, clock=lambda: NOW, tz="UTC"))
    await platform.start(held)
    discord = Discord(platform, fake, held)
    discord.state._add_guild_from_data(guild_payload())  # what GUILD_CREATE brings on connect
    try:
        yield discord
    finally:
        await platform.stop()


def message_body(request: Request) -> dict[str, Any]:
    """The message a request creates: an interaction callback wraps it in ``data``."""
    if request.path.endswith("/callback"):
        data: dict[str, Any] = request.json.get("data") or {}
        return data
    return request.json


def custom_ids(message: dict[str, Any]) -> list[str]:
    return [c["custom_id"] for row in message.get("components") or [] for c in row.get("components", [])]


def all_text(message: dict[str, Any]) -> str:
    parts = [message.get("content") or ""]
    for embed in message.get("embeds") or []:
        parts += [
            embed.get("title", ""),
            embed.get("description", ""),
            embed.get("footer", {}).get("text", ""),
        ]
    return "\n".join(parts)


# --- start-up ----------------------------------------------------------------------------


async def test_start_logs_in_and_syncs_every_core_command_to_the_configured_guild_with_typed_options(
    store: Store,
) -> None:
    async def scenario() -> None:
        with FakeDiscordApi(token=TOKEN) as fake:
            async with running(fake, store):
                pass
            (sync,) = fake.requests("PUT", "/commands")
            assert sync.path == f"/applications/{BOT_ID}/guilds/{GUILD_ID}/commands"
            commands = {c["name"]: c for c in sync.body}
            assert set(commands) == {
                "brief",
                "whomet",
                "quotes",
                "questions",
                "subscribe",
                "unsubscribe",
                "subscriptions",
                "help",
            }
            options = {name: {o["name"]: o for o in c.get("options", [])} for name, c in commands.items()}
            assert set(options["brief"]) == {"query", "since"}
            assert options["whomet"]["name"]["required"] and options["whomet"]["name"]["autocomplete"]
            assert options["quotes"]["name_or_topic"]["autocomplete"]
            assert set(options["subscribe"]) == {"time", "zone", "topic"}
            assert options["subscribe"]["time"]["required"]
            assert options["unsubscribe"]["id"]["type"] == 4  # integer
            assert all(1 <= len(c["description"]) <= 100 for c in commands.values())

    await scenario()


async def test_without_a_guild_id_the_commands_are_synced_globally(store: Store) -> None:
    async def scenario() -> None:
        with FakeDiscordApi(token=TOKEN) as fake:
            async with running(fake, store, DISCORD_GUILD_ID=None):
                pass
            (sync,) = fake.requests("PUT", "/commands")
            assert sync.path == f"/applications/{BOT_ID}/commands"

    await scenario()


# --- commands through the real command tree ---------------------------------------------------


async def test_brief_is_answered_by_its_callback_with_embeds_in_limits_opening_a_thread_with_sources_buttons(
    store: Store,
) -> None:
    save_seed(store)

    async def scenario() -> None:
        with FakeDiscordApi(token=TOKEN) as fake:
            # never deferred, however loaded the machine: the direct answer is what is under test
            async with running(fake, store, defer_after=GUARD) as discord:
                await discord.interact(command_payload("brief", SINCE_PUBLICATION))
                (callback,) = discord.callbacks()
                assert callback.json["type"] == CHANNEL_MESSAGE
                message = message_body(callback)
                assert not message.get("flags", 0) & EPHEMERAL
                assert limits.discord_violations(message) == []
                assert "Tianjin" in all_text(message)
                buttons = custom_ids(message)
                assert buttons == [f"briefbot:sources:{n}" for n in range(1, len(buttons) + 1)]
                assert len(buttons) == 5  # two meetings, two quotes, one question

                created = discord.thread_created()
                anchor = created.path.split("/")[4]
                assert created.path == f"/channels/{CHANNEL_ID}/messages/{anchor}/threads"
                assert 1 <= len(created.json["name"]) <= 100
                posted = store.find_posted_briefing("discord", str(CHANNEL_ID), anchor)
                assert posted is not None and len(posted.items) == 5

    await scenario()


async def test_a_slow_answer_is_deferred_first_then_sent_as_a_follow_up(store: Store) -> None:
    save_seed(store)

    async def scenario() -> None:
        with FakeDiscordApi(token=TOKEN) as fake:
            async with running(fake, store, defer_after=0.0) as discord:
                callback = await discord.acked_while_its_work_is_held(
                    command_payload("whomet", {"name": "Baradar"})
                )
                assert discord.callbacks() == [callback]
                assert callback.json["type"] == DEFERRED_MESSAGE
                (follow_up,) = fake.requests("POST", f"/webhooks/{BOT_ID}/")
                assert follow_up.query.get("wait") in ("true", "1")
                assert callback.at <= follow_up.at
                assert "Wang Yi" in all_text(follow_up.json)
                assert "Tianjin" in all_text(follow_up.json)
                assert custom_ids(follow_up.json) == ["briefbot:sources:1"]
                assert len(fake.requests("POST", "/threads")) == 1

    await scenario()


@pytest.mark.parametrize(
    ("name", "options", "expected"),
    [
        ("whomet", {"name": "Wang Yi", "since": "2021-07-20"}, "Tianjin"),
        ("quotes", {"name_or_topic": "Lyons"}, "legitimacy"),
        ("questions", {"topic": "Biden"}, "where do they go from here"),
        ("brief", {"query": "Taliban", "since": "2021-07-01"}, "Doha"),
        ("help", {}, "/whomet"),
        ("help", {"command": "quotes"}, "Usage: /quotes"),
        ("subscriptions", {}, "subscri"),
    ],
)
async def test_each_command_runs_through_the_command_tree_and_is_called_back_before_its_work_is_done(
    store: Store, name: str, options: dict[str, str | int], expected: str
) -> None:
    save_seed(store)

    async def scenario() -> None:
        with FakeDiscordApi(token=TOKEN) as fake:
            async with running(fake, store, defer_after=0.0) as discord:
                callback = await discord.acked_while_its_work_is_held(command_payload(name, options))
                assert discord.callbacks()[0] == callback
                answers = [message_body(r) for r in fake.message_requests()]
                assert expected.lower() in "\n".join(all_text(m) for m in answers).lower()
                assert all(limits.discord_violations(m) == [] for m in answers)

    await scenario()


async def test_subscribe_then_unsubscribe_by_id_changes_the_channels_stored_subscriptions(
    store: Store,
) -> None:
    async def scenario() -> None:
        with FakeDiscordApi(token=TOKEN) as fake:
            async with running(fake, store) as discord:
                await discord.interact(
                    command_payload(
                        "subscribe", {"time": "08:00", "zone": "Europe/London", "topic": "Taliban"}
                    )
                )
                (subscription,) = store.subscriptions(platform="discord", channel=str(CHANNEL_ID))
                assert (subscription.time, subscription.tz, subscription.topic) == (
                    "08:00",
                    "Europe/London",
                    "Taliban",
                )
                await discord.interact(command_payload("unsubscribe", {"id": subscription.id}))
                assert store.subscriptions(platform="discord", channel=str(CHANNEL_ID)) == []
                assert len(discord.callbacks()) == 2

    await scenario()


async def test_a_bad_argument_gets_the_commands_help_seen_only_by_the_person_who_typed_it(
    store: Store,
) -> None:
    async def scenario() -> None:
        with FakeDiscordApi(token=TOKEN) as fake:
            # never deferred (a deferral is public), however loaded the machine
            async with running(fake, store, defer_after=GUARD) as discord:
                await discord.interact(
                    command_payload("whomet", {"name": "Baradar", "since": "since tomorrow"})
                )
                (callback,) = discord.callbacks()
                message = message_body(callback)
                assert message["flags"] & EPHEMERAL
                assert "Usage: /whomet" in message["content"]

    await scenario()


@pytest.mark.parametrize(
    ("command", "option", "typed", "expected"),
    [("whomet", "name", "Wa", "Wang Yi"), ("quotes", "name_or_topic", "Deb", "Deborah Lyons")],
)
async def test_name_options_autocomplete_from_the_people_in_the_store(
    store: Store, command: str, option: str, typed: str, expected: str
) -> None:
    save_seed(store)

    async def scenario() -> None:
        with FakeDiscordApi(token=TOKEN) as fake:
            async with running(fake, store) as discord:
                await discord.interact(autocomplete_payload(command, option, typed))
                (callback,) = discord.callbacks()
                assert callback.json["type"] == AUTOCOMPLETE_RESULT
                names = [choice["value"] for choice in callback.json["data"]["choices"]]
                assert expected in names
                assert len(names) <= 25

    await scenario()


# --- Sources buttons and thread replies -----------------------------------------------------


async def brief_and_anchor(discord: Discord) -> tuple[int, dict[str, Any]]:
    """Ask for a briefing; returns its message id (= its thread's id) and the message payload."""
    await discord.interact(command_payload("brief", SINCE_PUBLICATION))
    sent = message_body(discord.callbacks()[-1])
    anchor = int(discord.thread_created().path.split("/")[4])
    message = message_payload(anchor, CHANNEL_ID, embeds=sent["embeds"], components=sent["components"])
    return anchor, message


async def test_a_sources_button_answers_in_the_briefings_thread_with_the_evidence(store: Store) -> None:
    save_seed(store)

    async def scenario() -> None:
        with FakeDiscordApi(token=TOKEN) as fake:
            async with running(fake, store) as discord:
                anchor, message = await brief_and_anchor(discord)
                ack = await discord.acked_while_its_work_is_held(
                    button_payload("briefbot:sources:1", message, text_channel_payload())
                )
                assert ack == discord.callbacks()[-1]
                assert ack.json["type"] == DEFERRED_UPDATE
                (reply,) = fake.requests("POST", f"/channels/{anchor}/messages")
                text = all_text(reply.json)
                assert "met with Chinese Foreign Minister Wang Yi in Tianjin" in text
                assert TIANJIN.split("met with")[1].strip().rstrip(".") in text
                assert URL in text
                assert limits.discord_violations(reply.json) == []

    await scenario()


async def test_sources_buttons_still_work_after_a_restart(store: Store) -> None:
    save_seed(store)

    async def scenario() -> None:
        with FakeDiscordApi(token=TOKEN) as fake:
            async with running(fake, store) as first_run:
                anchor, message = await brief_and_anchor(first_run)
            async with running(fake, store) as second_run:
                await second_run.interact(
                    button_payload("briefbot:sources:3", message, text_channel_payload())
                )
                (reply,) = fake.requests("POST", f"/channels/{anchor}/messages")
                assert "legitimacy" in all_text(reply.json)

    await scenario()


async def test_a_button_on_a_following_part_in_the_thread_finds_its_briefing_by_the_thread_id(
    store: Store,
) -> None:
    save_seed(store)

    async def scenario() -> None:
        with FakeDiscordApi(token=TOKEN) as fake:
            async with running(fake, store) as discord:
                anchor, message = await brief_and_anchor(discord)
                part = message_payload(fake.next_id(), anchor, components=message["components"])
                await discord.interact(button_payload("briefbot:sources:2", part, thread_payload(anchor)))
                (reply,) = fake.requests("POST", f"/channels/{anchor}/messages")
                assert "Doha" in all_text(reply.json)

    await scenario()


async def test_a_reply_in_the_briefing_thread_gets_the_evidence_of_the_item_it_names(store: Store) -> None:
    save_seed(store)

    async def scenario() -> None:
        with FakeDiscordApi(token=TOKEN) as fake:
            async with running(fake, store) as discord:
                anchor, _ = await brief_and_anchor(discord)
                discord.state.parse_thread_create(thread_payload(anchor))  # THREAD_CREATE from the gateway
                mention = f"<@{BOT_ID}>"
                await discord.message(
                    message_payload(
                        fake.next_id(), anchor, content=f"{mention} sources 1", author=user_payload()
                    )
                )
                (reply,) = fake.requests("POST", f"/channels/{anchor}/messages")
                assert "Wang Yi in Tianjin" in all_text(reply.json)
                await discord.message(
                    message_payload(
                        fake.next_id(), anchor, content="what about the weather?", author=user_payload()
                    )
                )
                hint = fake.requests("POST", f"/channels/{anchor}/messages")[-1]
                assert "sources" in all_text(hint.json).lower()

    await scenario()


async def test_messages_outside_briefing_threads_and_the_bots_own_are_not_answered(store: Store) -> None:
    save_seed(store)

    async def scenario() -> None:
        with FakeDiscordApi(token=TOKEN) as fake:
            async with running(fake, store) as discord:
                anchor, _ = await brief_and_anchor(discord)
                other = fake.next_id()
                discord.state.parse_thread_create(thread_payload(other, name="chat"))
                discord.state.parse_thread_create(thread_payload(anchor))
                before = len(fake.message_requests())
                await discord.message(
                    message_payload(fake.next_id(), other, content="1", author=user_payload())
                )
                await discord.message(
                    message_payload(fake.next_id(), CHANNEL_ID, content="1", author=user_payload())
                )
                await discord.message(message_payload(fake.next_id(), anchor, content="sources 1"))  # the bot
                assert len(fake.message_requests()) == before

    await scenario()


# --- mentions -------------------------------------------------------------------------------------


MENTIONING = "“@everyone must read this, and <@&4242> and <@1234> too,” said Jane Roe @here, a spokesperson."


def save_mentioning_article(store: Store) -> None:
    """An article whose quote, speaker and title try every mention form Discord knows."""
    document = Document.create(
        title="A notice to @everyone",
        body=f"Opening line.\n\n{MENTIONING}",
        published=PUBLISHED,
        source="The @here Gazette",
        url="https://example.org/mentions",
    )
    start = document.body.index(MENTIONING)
    evidence = Evidence(document.id, MENTIONING, start, start + len(MENTIONING))
    quote = Quote(
        "@everyone must read this, and <@&4242> and <@1234> too",
        PersonRef("Jane Roe @here", "spokesperson"),
        "direct",
        evidence,
    )
    extraction = Extraction(document_id=document.id, quotes=(quote,), people=(Person("Jane Roe @here"),))
    store.save_document(document, extraction, now=INGESTED)


async def test_no_request_lets_corpus_text_mention_everyone_roles_or_users(store: Store) -> None:
    save_seed(store)
    save_mentioning_article(store)

    async def scenario() -> None:
        with FakeDiscordApi(token=TOKEN) as fake:
            async with running(fake, store) as discord:
                anchor, message = await brief_and_anchor(discord)
                for button in custom_ids(message):
                    await discord.interact(button_payload(button, message, text_channel_payload()))
                await discord.interact(command_payload("quotes", {"name_or_topic": "everyone"}))
                await discord.interact(command_payload("help", {}))
                requests = fake.message_requests()
                assert len(requests) >= 4
                for request in requests:
                    body = message_body(request)
                    assert body.get("allowed_mentions", {}).get("parse") == [], (request.path, body)
                    assert not body["allowed_mentions"].get("users")
                    assert not body["allowed_mentions"].get("roles")
                for request in fake.requests():  # every string the bot sent anywhere
                    for text in iter_texts(request.body):
                        assert "@everyone" not in text and "@here" not in text, request.path
                        assert "<@&" not in text and "<@" not in text, request.path
                replies = fake.requests("POST", f"/channels/{anchor}/messages")
                assert any("everyone" in all_text(r.json) and "Roe" in all_text(r.json) for r in replies)

    await scenario()
