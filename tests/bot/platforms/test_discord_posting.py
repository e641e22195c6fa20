"""Discord posting and start-up: scheduled briefings split into a channel message and a
thread, Sources buttons placed with their items, no thread permission, tokens and intents."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import discord
import pytest
from discord.http import Route

from bot.config import ConfigError, load_settings
from bot.core.commands import CommandHandler
from bot.core.service import BriefingService
from bot.platforms.discord.client import intents
from bot.platforms.discord.components import MAX_BUTTONS, buttons_per_message, item_numbers
from bot.platforms.discord.platform import DiscordPlatform
from bot.platforms.discord.posting import thread_name
from briefings.model.briefing import Briefing
from briefings.model.documents import Document
from briefings.model.facts import Evidence, Extraction, Person, PersonRef, Quote
from briefings.render.renderer import Renderer, limits
from briefings.store.protocol import Store
from tests.bot.corpus import NOW, PUBLISHED, save_seed
from tests.bot.platforms.test_discord_platform import (
    EPHEMERAL,
    TOKEN,
    all_text,
    custom_ids,
    message_body,
    running,
    settings_for,
)
from tests.fakes.discord_api import FakeDiscordApi
from tests.fakes.discord_events import (
    BOT_ID,
    CHANNEL_ID,
    button_payload,
    command_payload,
    message_payload,
    text_channel_payload,
)

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(autouse=True)
def _restore_route_base(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Route, "BASE", Route.BASE)


def save_many_quotes(store: Store, count: int) -> None:
    """``count`` long quotes by different speakers, ingested an hour before NOW: a briefing
    of them needs several Discord messages."""
    for n in range(1, count + 1):
        words = " ".join(f"point{n}x{k}" for k in range(60))
        sentence = f"“Number {n} says {words},” said Speaker Person{n}."
        document = Document.create(
            title=f"Article {n}",
            body=sentence,
            published=PUBLISHED,
            source="The Wire",
            url=f"https://example.org/{n}",
        )
        evidence = Evidence(document.id, sentence, 0, len(sentence))
        quote = Quote(f"Number {n} says {words}", PersonRef(f"Speaker Person{n}"), "direct", evidence)
        extraction = Extraction(document.id, quotes=(quote,), people=(Person(f"Speaker Person{n}"),))
        store.save_document(document, extraction, now=NOW - timedelta(hours=1))


async def test_a_scheduled_briefing_posts_its_first_part_in_the_channel_and_the_rest_in_its_thread(
    store: Store,
) -> None:
    save_many_quotes(store, 10)

    async def scenario() -> None:
        with FakeDiscordApi(token=TOKEN) as fake:
            async with running(fake, store) as discord:
                service = BriefingService(store)
                ref = await service.deliver(discord.platform, str(CHANNEL_ID), topic=None, now=NOW)
                first, *rest = [r for r in fake.requests("POST") if r.path.endswith("/messages")]
                assert first.path == f"/channels/{CHANNEL_ID}/messages"
                assert ref.message_id != "" and ref.thread_id == ref.message_id
                created = discord.thread_created()
                assert created.path == f"/channels/{CHANNEL_ID}/messages/{ref.message_id}/threads"
                assert rest, "a 10-quote briefing of long quotes takes more than one message"
                assert all(r.path == f"/channels/{ref.message_id}/messages" for r in rest)
                bodies = [first.json] + [r.json for r in rest]
                assert all(limits.discord_violations(b) == [] for b in bodies)
                buttons = [b for body in bodies for b in custom_ids(body)]
                assert sorted(buttons) == sorted(f"briefbot:sources:{n}" for n in range(1, 11))
                for body in bodies:  # each button sits on the message that shows its item
                    shown = item_numbers(body, range(1, 11))
                    assert custom_ids(body) == [f"briefbot:sources:{n}" for n in shown]
                posted = store.find_posted_briefing("discord", str(CHANNEL_ID), ref.message_id)
                assert posted is not None and len(posted.items) == 10

    await scenario()


async def test_without_permission_to_open_threads_the_briefing_stands_and_buttons_answer_privately(
    store: Store,
) -> None:
    save_seed(store)

    async def scenario() -> None:
        with FakeDiscordApi(token=TOKEN) as fake:
            fake.fail_threads = True
            async with running(fake, store) as discord:
                await discord.interact(command_payload("brief", {"since": "2021-07-01"}))
                sent = message_body(discord.callbacks()[-1])
                assert sent["embeds"] and len(fake.requests("POST", "/threads")) == 1
                anchor = fake.created[0]["id"]
                assert store.find_posted_briefing("discord", str(CHANNEL_ID), anchor) is not None
                message = message_payload(
                    int(anchor), CHANNEL_ID, embeds=sent["embeds"], components=sent["components"]
                )
                await discord.interact(button_payload("briefbot:sources:1", message, text_channel_payload()))
                follow_up = fake.requests("POST", f"/webhooks/{BOT_ID}/")[-1]
                assert follow_up.json["flags"] & EPHEMERAL
                assert "Wang Yi in Tianjin" in all_text(follow_up.json)

    await scenario()


async def test_a_post_without_start_logs_in_for_that_post_alone_as_schedule_run_now_does(
    store: Store,
) -> None:
    save_seed(store)

    async def scenario() -> None:
        with FakeDiscordApi(token=TOKEN) as fake:
            platform = DiscordPlatform(settings_for(fake), Renderer(), store=store, clock=lambda: NOW)
            ref = await BriefingService(store).deliver(
                platform, str(CHANNEL_ID), topic=None, now=NOW, ingested_since=NOW - timedelta(days=2)
            )
            paths = [(r.method, r.path) for r in fake.requests()]
            assert paths[0] == ("GET", "/users/@me")
            assert ("POST", f"/channels/{CHANNEL_ID}/messages") in paths
            assert ("POST", f"/channels/{CHANNEL_ID}/messages/{ref.message_id}/threads") in paths
            assert not any(method == "PUT" for method, _ in paths)  # no command sync for one post
            assert store.find_posted_briefing("discord", str(CHANNEL_ID), ref.message_id) is not None

    await scenario()


def test_a_missing_token_is_one_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="DISCORD_TOKEN"):
        DiscordPlatform(load_settings(DISCORD_TOKEN=None), Renderer())


async def test_a_rejected_token_is_one_configuration_error_that_never_shows_the_token(store: Store) -> None:
    async def scenario() -> None:
        with FakeDiscordApi(token="the-right-token") as fake:
            platform = DiscordPlatform(settings_for(fake), Renderer(), store=store, gateway=False)
            try:
                with pytest.raises(ConfigError) as raised:
                    await platform.start(CommandHandler(store, clock=lambda: NOW))
            finally:
                await platform.stop()
            assert str(raised.value).startswith("DISCORD_TOKEN: Discord rejected the bot token")
            assert TOKEN not in str(raised.value)
            assert fake.requests("PUT") == []

    await scenario()


def test_intents_are_guilds_and_guild_messages_with_message_content_only_when_configured() -> None:
    without = intents(message_content=False)
    assert without == discord.Intents(guilds=True, guild_messages=True)
    assert intents(message_content=True) == discord.Intents(
        guilds=True, guild_messages=True, message_content=True
    )
    assert not without.members and not without.presences


def test_the_client_mentions_nobody_by_default(store: Store) -> None:
    with FakeDiscordApi(token=TOKEN) as fake:
        platform = DiscordPlatform(settings_for(fake, BRIEFBOT_DISCORD_MESSAGE_CONTENT=False), Renderer())
        mentions = platform.client.allowed_mentions
        assert mentions is not None and mentions.to_dict()["parse"] == []
        assert not platform.client.intents.message_content


def test_thread_names_are_plain_text_of_1_to_100_characters() -> None:
    long = Briefing(title="**Briefing**: " + "word " * 60, generated_at=NOW, since=None, until=NOW, tz="UTC")
    name = thread_name(long)
    assert 1 <= len(name) <= 100 and "*" not in name and name.endswith(NOW.date().isoformat())
    empty = Briefing(title="", generated_at=NOW, since=None, until=NOW, tz="UTC")
    assert 1 <= len(thread_name(empty)) <= 100


def test_buttons_go_with_their_items_and_at_most_25_on_a_message() -> None:
    many = [{"embeds": [{"description": "\n\n".join(f"**{n}.** q" for n in range(1, 31))}]}]
    assert [len(group) for group in buttons_per_message(many, list(range(1, 31)))] == [MAX_BUTTONS]
    parts = [
        {"content": "title", "embeds": [{"description": "**1.** a\n-# Source: [2. x](u)"}]},
        {"content": "", "embeds": [{"description": "**2.** b\n\n**3.** c"}]},
    ]
    assert buttons_per_message(parts, [1, 2, 3]) == [[1], [2, 3]]


# --- `briefbot run --platform discord` as a user runs it ----------------------------------------


def _briefbot_run(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "DISCORD_", "SLACK_"))
    }
    environment |= {
        "BRIEFBOT_DATABASE_URL": f"sqlite:///{tmp_path / 'briefbot.db'}",
        "BRIEFBOT_SEEDS_DIR": str(tmp_path / "no-seeds"),  # the token is checked after the seed ingest
        "PYTHONPATH": str(REPO),
    } | env
    return subprocess.run(
        [sys.executable, "-c", "from bot.cli import main; main()", "run", "--platform", "discord"],
        input="",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environment,
        timeout=120,
        check=False,
    )


def test_briefbot_run_on_discord_without_a_token_exits_2_with_one_clear_error(tmp_path: Path) -> None:
    done = _briefbot_run(tmp_path)
    assert done.returncode == 2
    assert "DISCORD_TOKEN: required for the Discord platform" in done.stderr
    assert "Traceback" not in done.stderr


def test_briefbot_run_on_discord_with_a_rejected_token_exits_2_without_showing_it(tmp_path: Path) -> None:
    with FakeDiscordApi(token="the-right-token") as fake:
        done = _briefbot_run(tmp_path, DISCORD_TOKEN=TOKEN, DISCORD_API_URL=fake.base_url)
        assert [r.path for r in fake.requests()] == ["/users/@me"]
    assert done.returncode == 2, done.stderr
    assert "DISCORD_TOKEN: Discord rejected the bot token" in done.stderr
    assert "Traceback" not in done.stderr
    assert TOKEN not in done.stderr and TOKEN not in done.stdout
