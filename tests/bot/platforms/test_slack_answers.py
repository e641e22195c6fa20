"""Work after the ack: answers are computed a few at a time, sent outside those slots,
and every acknowledged request still gets its own answer.

The platform runs for real (Bolt behind the aiohttp endpoint, signed requests, the
fake Web API); "slow" handlers and a slow ``response_url`` wait on events the test
sets, so nothing here depends on how fast the machine is."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime

import aiohttp
import pytest
from aiohttp import web

from bot.config import load_settings
from bot.core.events import Handler, Incoming, Outgoing
from bot.platforms.slack.answers import BackgroundWork
from bot.platforms.slack.platform import SlackPlatform
from briefings.model.briefing import Briefing, Notice
from briefings.render.renderer import Renderer
from tests.fakes.slack_api import FakeSlackApi
from tests.fakes.slack_requests import SlackSender

TOKEN = "xoxb-test-token-0123456789"
SECRET = "test-signing-secret-abcdef"
NOW = datetime(2021, 7, 29, 8, 0, tzinfo=UTC)
GUARD = 30.0
"""Seconds before a wait for an event gives up: a hung test fails instead of blocking the suite."""


async def until(event: asyncio.Event) -> None:
    await asyncio.wait_for(event.wait(), GUARD)


@asynccontextmanager
async def running_slack(
    fake: FakeSlackApi, handler: Handler, *, compute_slots: int
) -> AsyncIterator[tuple[SlackPlatform, SlackSender]]:
    settings = load_settings(
        SLACK_BOT_TOKEN=TOKEN,
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_APP_TOKEN=None,
        SLACK_API_URL=fake.base_url,
        BRIEFBOT_SLACK_PORT=0,
    )
    platform = SlackPlatform(
        settings, Renderer(), host="127.0.0.1", clock=lambda: NOW, compute_slots=compute_slots
    )
    await platform.start(handler)
    try:
        async with aiohttp.ClientSession() as session:
            yield platform, SlackSender(session, f"http://127.0.0.1:{platform.port}/slack/events", SECRET)
    finally:
        await platform.stop()


class GatedBriefings:
    """A handler whose /brief builds wait for ``release``: the slow briefing build.
    ``all_started`` is set once ``expected`` builds are under way at the same time."""

    def __init__(self, expected: int) -> None:
        self.expected = expected
        self.started: list[str] = []
        self.running = 0
        self.most_running = 0
        self.all_started = asyncio.Event()
        self.release = asyncio.Event()

    async def __call__(self, incoming: Incoming) -> Outgoing:
        if incoming.command != "brief":
            return Outgoing(Notice(f"help for /{incoming.command}", kind="help"), ephemeral=True)
        self.started.append(incoming.channel)
        self.running += 1
        self.most_running = max(self.most_running, self.running)
        if len(self.started) >= self.expected:
            self.all_started.set()
        await self.release.wait()
        self.running -= 1
        return Outgoing(
            Briefing(
                title=f"Briefing for {incoming.channel}", generated_at=NOW, since=None, until=NOW, tz="UTC"
            )
        )


def posted_channels(fake: FakeSlackApi) -> list[str]:
    return sorted(str(call.params["channel"]) for call in fake.calls("chat.postMessage"))


# --- the platform ------------------------------------------------------------------------------------


async def test_with_every_compute_slot_taken_by_a_slow_build_a_new_command_is_still_acked() -> None:
    handler = GatedBriefings(expected=2)

    async def scenario() -> None:
        with FakeSlackApi(token=TOKEN) as fake:
            async with running_slack(fake, handler, compute_slots=2) as (platform, slack):
                for channel in ("C1", "C2"):
                    assert (await slack.command("/brief", channel=channel)).status == 200
                await until(handler.all_started)

                late = await slack.command("/brief", channel="C3")

                assert late.status == 200
                assert handler.started == ["C1", "C2"]  # C3 waits for a slot, acked all the same
                handler.release.set()
                await platform.drain()
            assert handler.started == ["C1", "C2", "C3"]
            assert posted_channels(fake) == ["C1", "C2", "C3"]

    await scenario()


async def test_a_burst_of_commands_is_computed_no_more_than_compute_slots_at_a_time() -> None:
    handler = GatedBriefings(expected=2)

    async def scenario() -> None:
        with FakeSlackApi(token=TOKEN) as fake:
            async with running_slack(fake, handler, compute_slots=2) as (platform, slack):
                channels = [f"C{n}" for n in range(10)]
                answers = await asyncio.gather(*(slack.command("/brief", channel=c) for c in channels))
                assert {answer.status for answer in answers} == {200}
                await until(handler.all_started)
                assert handler.running == 2
                handler.release.set()
                await platform.drain()
            assert handler.most_running == 2
            assert posted_channels(fake) == sorted(channels)  # each requester its own post

    await scenario()


async def test_stopping_finishes_every_acknowledged_command_still_waiting_for_a_slot() -> None:
    handler = GatedBriefings(expected=1)

    async def scenario() -> None:
        with FakeSlackApi(token=TOKEN) as fake:
            async with running_slack(fake, handler, compute_slots=1) as (platform, slack):
                for channel in ("C1", "C2", "C3"):
                    assert (await slack.command("/brief", channel=channel)).status == 200
                await until(handler.all_started)
                stopping = asyncio.create_task(platform.stop())
                handler.release.set()
                await stopping
            assert posted_channels(fake) == ["C1", "C2", "C3"]

    await scenario()


async def test_an_answer_waiting_on_a_slow_response_url_does_not_hold_the_compute_slot() -> None:
    """Sending is network I/O outside the slots: while Slack has not answered one
    command's ``response_url`` post, the next command is computed and posted."""
    arrived = asyncio.Event()
    answer_it = asyncio.Event()

    async def slow_response_url(request: web.Request) -> web.Response:
        await request.read()
        arrived.set()
        await answer_it.wait()
        return web.Response(text="ok")

    async def handler(incoming: Incoming) -> Outgoing:
        if incoming.command == "brief":
            return Outgoing(Briefing(title="Briefing", generated_at=NOW, since=None, until=NOW, tz="UTC"))
        return Outgoing(Notice("help for /help", kind="help"), ephemeral=True)

    async def scenario() -> None:
        app = web.Application()
        app.router.add_post("/slow", slow_response_url)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = runner.addresses[0][1]
        try:
            with FakeSlackApi(token=TOKEN) as fake:
                async with running_slack(fake, handler, compute_slots=1) as (platform, slack):
                    await slack.command("/help", response_url=f"http://127.0.0.1:{port}/slow")
                    await until(arrived)
                    await slack.command("/brief", channel="C2")
                    await asyncio.to_thread(fake.wait_for, "chat.postMessage", 1, GUARD)
                    assert not answer_it.is_set()  # the first answer is still being sent
                    answer_it.set()
                    await platform.drain()
                assert posted_channels(fake) == ["C2"]
        finally:
            await runner.cleanup()

    await scenario()


# --- BackgroundWork ----------------------------------------------------------------------------------


async def test_drain_also_waits_for_work_spawned_while_draining() -> None:
    async def scenario() -> None:
        work = BackgroundWork()
        finished: list[str] = []

        async def second() -> None:
            finished.append("second")

        async def first() -> None:
            work.spawn(second())
            finished.append("first")

        work.spawn(first())
        await work.drain()
        assert finished == ["first", "second"]
        assert work.pending == 0

    await scenario()


def test_there_is_at_least_one_compute_slot() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        BackgroundWork(compute_slots=0)
