"""briefbot on Slack end to end: the real CommandHandler over a real store (SQLite,
and PostgreSQL in CI) behind the real Bolt app, signed requests in, the fake Slack
Web API out. Facts are the hand-built seed corpus (tests/bot/corpus.py)."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

import aiohttp

from bot.config import load_settings
from bot.core.commands import CommandHandler
from bot.platforms.slack.platform import SlackPlatform
from briefings.render.renderer import Renderer
from briefings.store.protocol import Store
from tests.bot.corpus import NOW, TIANJIN, URL, save_seed
from tests.bot.platforms.test_slack_platform import HeldHandler, acked_while_its_work_is_held
from tests.fakes.slack_api import Call, FakeSlackApi, blocks_problem
from tests.fakes.slack_requests import SlackSender, block_action_body, message_event_body

TOKEN = "xoxb-e2e-token"
SECRET = "e2e-signing-secret"
CHANNEL = "C0001"
T = TypeVar("T")


@asynccontextmanager
async def slack_bot(
    fake: FakeSlackApi, store: Store
) -> AsyncIterator[tuple[SlackPlatform, SlackSender, HeldHandler]]:
    """One running briefbot process on Slack (a new one each call: nothing kept in memory),
    its CommandHandler behind a :class:`HeldHandler` so a test can hold its work back."""
    settings = load_settings(
        SLACK_BOT_TOKEN=TOKEN,
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_APP_TOKEN=None,
        SLACK_API_URL=fake.base_url,
        BRIEFBOT_SLACK_PORT=0,
    )
    platform = SlackPlatform(settings, Renderer(), store=store, clock=lambda: NOW, host="127.0.0.1")
    held = HeldHandler(CommandHandler(store, clock=lambda: NOW, tz="UTC"))
    await platform.start(held)
    try:
        async with aiohttp.ClientSession() as session:
            slack = SlackSender(session, f"http://127.0.0.1:{platform.port}/slack/events", SECRET)
            yield platform, slack, held
    finally:
        await platform.stop()


def text_of(call: Call) -> str:
    return json.dumps([call.params.get("text", ""), call.params.get("blocks", [])], ensure_ascii=False)


def item_number(blocks: list[dict[str, Any]], words: str) -> int:
    """The number of the briefing item whose block mentions ``words`` (from its Sources button)."""
    for block in blocks:
        if words in json.dumps(block, ensure_ascii=False) and "accessory" in block:
            return int(block["accessory"]["value"].split(":")[1])
    raise AssertionError(f"no item mentions {words!r}")


async def post_briefing(
    fake: FakeSlackApi, platform: SlackPlatform, slack: SlackSender, held: HeldHandler
) -> Call:
    """/brief, acknowledged while its briefing is still being built, then posted."""
    command = slack.command("/brief", "", channel=CHANNEL, response_url=fake.response_url())
    answer = await acked_while_its_work_is_held(held, fake, command)
    assert answer.status == 200
    await platform.drain()
    (briefing,) = fake.calls("chat.postMessage")
    return briefing


async def test_brief_posts_the_stored_facts_and_remembers_the_briefing(store: Store) -> None:
    save_seed(store)

    async def scenario() -> None:
        with FakeSlackApi(token=TOKEN) as fake:
            async with slack_bot(fake, store) as (platform, slack, held):
                briefing = await post_briefing(fake, platform, slack, held)
            assert briefing.authorized and blocks_problem(briefing.params["blocks"]) is None
            assert "Wang Yi" in text_of(briefing) and "Tianjin" in text_of(briefing)
            posted = store.find_posted_briefing("slack", CHANNEL, "1700000000.000001")
            assert posted is not None and len(posted.items) == 5

    await scenario()


async def test_sources_reply_in_the_thread_answers_with_the_evidence_even_after_a_restart(
    store: Store,
) -> None:
    save_seed(store)

    async def scenario() -> None:
        with FakeSlackApi(token=TOKEN) as fake:
            async with slack_bot(fake, store) as (platform, slack, held):
                briefing = await post_briefing(fake, platform, slack, held)
            number = item_number(briefing.params["blocks"], "Tianjin")
            ts = "1700000000.000001"
            # a new process: only the store knows this thread is a briefing
            async with slack_bot(fake, store) as (platform, slack, held):
                event = message_event_body(f"sources {number}", channel=CHANNEL, thread_ts=ts)
                answer = await acked_while_its_work_is_held(held, fake, slack.event(event))
                assert answer.status == 200
                await platform.drain()
            reply = fake.calls("chat.postMessage")[-1]
            assert reply.params["thread_ts"] == ts
            assert TIANJIN in text_of(reply)
            assert URL in text_of(reply)

    await scenario()


async def test_sources_button_answers_in_the_thread_with_the_evidence(store: Store) -> None:
    save_seed(store)

    async def scenario() -> None:
        with FakeSlackApi(token=TOKEN) as fake:
            async with slack_bot(fake, store) as (platform, slack, held):
                briefing = await post_briefing(fake, platform, slack, held)
                number = item_number(briefing.params["blocks"], "mission")
                ts = "1700000000.000001"
                body = block_action_body(f"sources:{number}", channel=CHANNEL, message_ts=ts)
                assert (await slack.signed(body)).status == 200
                await platform.drain()
            reply = fake.calls("chat.postMessage")[-1]
            assert reply.params["thread_ts"] == ts
            assert "the mission hasn’t failed, yet" in text_of(reply) and "Joe Biden" in text_of(reply)

    await scenario()


async def test_an_unmatched_reply_in_a_briefing_thread_gets_a_hint_in_the_thread(store: Store) -> None:
    save_seed(store)

    async def scenario() -> None:
        with FakeSlackApi(token=TOKEN) as fake:
            async with slack_bot(fake, store) as (platform, slack, held):
                await post_briefing(fake, platform, slack, held)
                event = message_event_body("sources 99", channel=CHANNEL, thread_ts="1700000000.000001")
                await slack.event(event)
                await platform.drain()
            hint = fake.calls("chat.postMessage")[-1]
            assert hint.params["thread_ts"] == "1700000000.000001"
            assert "99" in text_of(hint)

    await scenario()


async def test_whomet_posts_the_meeting_and_a_bad_argument_answers_privately_with_help(store: Store) -> None:
    save_seed(store)

    async def scenario() -> None:
        with FakeSlackApi(token=TOKEN) as fake:
            async with slack_bot(fake, store) as (platform, slack, _held):
                await slack.command(
                    "/whomet", "Wang Yi", channel=CHANNEL, response_url=fake.response_url("a")
                )
                await slack.command("/whomet", "", channel=CHANNEL, response_url=fake.response_url("b"))
                await platform.drain()
            (meetings,) = fake.calls("chat.postMessage")
            assert "Tianjin" in text_of(meetings)
            (error,) = fake.calls("response_url")
            assert error.path == "/response/b" and error.params["response_type"] == "ephemeral"
            assert "/whomet" in text_of(error)

    await scenario()


async def test_subscribe_confirms_to_the_channel_and_stores_the_subscription(store: Store) -> None:
    async def scenario() -> None:
        with FakeSlackApi(token=TOKEN) as fake:
            async with slack_bot(fake, store) as (platform, slack, _held):
                await slack.command(
                    "/subscribe", "08:00 Europe/London", channel=CHANNEL, response_url=fake.response_url()
                )
                await platform.drain()
            (confirmation,) = fake.calls("response_url")
            assert confirmation.params["response_type"] == "in_channel"
            (subscription,) = store.subscriptions(platform="slack", channel=CHANNEL)
            assert (subscription.time, subscription.tz) == ("08:00", "Europe/London")

    await scenario()


async def start_briefbot_run(
    fake: FakeSlackApi, database_url: str, tmp_path: Path, *, token: str
) -> asyncio.subprocess.Process:
    """``briefbot run`` in a subprocess, configured only through the environment."""
    env = {
        **os.environ,
        "SLACK_BOT_TOKEN": token,
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": fake.base_url,
        "BRIEFBOT_SLACK_PORT": "0",
        "BRIEFBOT_DATABASE_URL": database_url,
        "BRIEFBOT_SEEDS_DIR": str(tmp_path / "no-seeds"),
        "BRIEFBOT_LOG_FORMAT": "text",
    }
    env.pop("SLACK_APP_TOKEN", None)
    env.pop("BRIEFBOT_CONFIG_FILE", None)
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        "from bot.cli import main; main()",
        "run",
        env=env,
        cwd=tmp_path,
        stderr=asyncio.subprocess.PIPE,
    )


async def _bound_port(stderr: asyncio.StreamReader) -> int:
    """Read the bot's log until the Slack endpoint says where it listens."""
    while line := (await stderr.readline()).decode():
        if match := re.search(r"Slack events endpoint listening on [\d.]+:(\d+)/slack/events", line):
            return int(match.group(1))
    raise AssertionError("briefbot exited before the Slack endpoint was up")


async def test_briefbot_run_with_slack_credentials_serves_slack_and_stops_cleanly(
    database_url: str, tmp_path: Path
) -> None:
    async def scenario() -> None:
        with FakeSlackApi(token=TOKEN) as fake:
            bot = await start_briefbot_run(fake, database_url, tmp_path, token=TOKEN)
            assert bot.stderr is not None
            try:
                port = await asyncio.wait_for(_bound_port(bot.stderr), timeout=60)
                logs = asyncio.create_task(bot.stderr.read())
                async with aiohttp.ClientSession() as session:
                    slack = SlackSender(session, f"http://127.0.0.1:{port}/slack/events", SECRET)
                    answer = await slack.command("/help", "", response_url=fake.response_url())
                assert answer.status == 200
                (help_text,) = await asyncio.to_thread(fake.wait_for, "response_url", 1, 30.0)
                assert "/whomet" in text_of(help_text)
            finally:
                if bot.returncode is None:
                    bot.send_signal(signal.SIGTERM)
            assert await asyncio.wait_for(bot.wait(), timeout=30) == 0
            output = (await logs).decode()
            assert TOKEN not in output and SECRET not in output

    await scenario()


async def test_briefbot_run_with_a_token_slack_rejects_exits_2_naming_the_setting(
    database_url: str, tmp_path: Path
) -> None:
    async def scenario() -> None:
        with FakeSlackApi(token=TOKEN) as fake:
            bot = await start_briefbot_run(fake, database_url, tmp_path, token="xoxb-revoked-0000")
            _, stderr = await asyncio.wait_for(bot.communicate(), timeout=60)
        assert bot.returncode == 2
        assert "SLACK_BOT_TOKEN" in stderr.decode() and "xoxb-revoked-0000" not in stderr.decode()

    await scenario()
