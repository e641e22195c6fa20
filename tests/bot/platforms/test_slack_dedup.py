"""A Slack request is answered once across replicas and restarts.

Two Bolt apps (two SlackPlatform instances, as two replicas or a process and its
restart) share one store; Slack sends the same signed event, or the same slash
command (same trigger id), to each. Only one answers. Runs on SQLite and, with
BRIEFBOT_TEST_DATABASE_URL set, on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

import aiohttp

from bot.core.events import Handler
from bot.platforms.slack.platform import SlackPlatform
from briefings.render.renderer import Renderer
from briefings.store import SqlStore
from tests.bot.platforms.test_slack_platform import (
    NOW,
    SECRET,
    TOKEN,
    FixedBriefingHandler,
    briefing_of,
    slack_settings,
)
from tests.fakes.slack_api import FakeSlackApi
from tests.fakes.slack_requests import FORM, JSON, SlackSender, message_event_body, sign, slash_command_body


@asynccontextmanager
async def replica(
    fake: FakeSlackApi, store: SqlStore, handler: Handler, session: aiohttp.ClientSession
) -> AsyncIterator[tuple[SlackPlatform, SlackSender]]:
    platform = SlackPlatform(
        slack_settings(fake), Renderer(), store=store, host="127.0.0.1", clock=lambda: NOW
    )
    await platform.start(handler)
    try:
        yield platform, SlackSender(session, f"http://127.0.0.1:{platform.port}/slack/events", SECRET)
    finally:
        await platform.stop()


async def test_the_same_slash_command_sent_to_two_replicas_is_answered_once(store: SqlStore) -> None:
    handler = FixedBriefingHandler(briefing_of(2))

    with FakeSlackApi(token=TOKEN) as fake:
        async with (
            aiohttp.ClientSession() as session,
            replica(fake, store, handler, session) as (a, to_a),
            replica(fake, store, handler, session) as (b, to_b),
        ):
            replayed = sign(SECRET, slash_command_body("/help", "", trigger_id="13345224609.738474920"), FORM)
            first = await to_a.send(replayed)
            second = await to_b.send(replayed)
            assert first.status == second.status == 200  # both acked: Slack must stop retrying
            await a.drain()
            await b.drain()
            other = await to_b.command("/help", trigger_id="13345224609.738474921")
            assert other.status == 200
            await b.drain()
    assert [i.command for i in handler.seen] == ["help", "help"]  # the replay once, the new one once


async def test_an_event_retried_to_another_replica_is_answered_once(store: SqlStore) -> None:
    handler = FixedBriefingHandler(briefing_of(2))

    with FakeSlackApi(token=TOKEN) as fake:
        async with (
            aiohttp.ClientSession() as session,
            replica(fake, store, handler, session) as (a, to_a),
            replica(fake, store, handler, session) as (b, to_b),
        ):
            await to_a.command("/brief", response_url=fake.response_url())
            await a.drain()
            anchor = "1700000000.000001"  # the fake Web API's first ts: the briefing's
            body = message_event_body("sources 1", channel="C0001", thread_ts=anchor, event_id="Ev0RETRIED")
            first = await to_a.event(body)
            retry = sign(SECRET, body, JSON)
            retry.headers.update({"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
            retried = await to_b.send(retry)
            assert first.status == retried.status == 200
            await a.drain()
            await b.drain()
            posts = len(fake.calls("chat.postMessage"))
    assert posts == 2  # the briefing, and one answer in its thread
    assert [i.kind for i in handler.seen] == ["command", "thread_reply"]


async def test_a_restarted_process_does_not_answer_a_retry_of_what_it_answered(store: SqlStore) -> None:
    handler = FixedBriefingHandler(briefing_of(2))
    body = slash_command_body("/help", "", trigger_id="99.88.77")

    async def once() -> None:
        with FakeSlackApi(token=TOKEN) as fake:
            async with (
                aiohttp.ClientSession() as session,
                replica(fake, store, handler, session) as (p, slack),
            ):
                await slack.send(sign(SECRET, body, FORM))
                await p.drain()

    await once()
    await once()  # the same request after a restart
    assert len(handler.seen) == 1


def test_a_key_is_forgotten_after_its_ttl(store: SqlStore) -> None:
    ttl = timedelta(hours=1)
    assert store.first_request("slack", "event:Ev1", now=NOW, ttl=ttl)
    assert not store.first_request("slack", "event:Ev1", now=NOW + timedelta(minutes=59), ttl=ttl)
    assert store.first_request("slack", "event:Ev2", now=NOW, ttl=ttl)
    assert store.first_request("discord", "event:Ev1", now=NOW, ttl=ttl)  # each platform its own keys
    assert store.first_request("slack", "event:Ev1", now=NOW + ttl + timedelta(seconds=1), ttl=ttl)
