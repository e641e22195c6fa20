"""The Slack platform end to end: the real Bolt app served on a loopback port,
real signed Slack requests, the Web API faked at the network edge only."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import AsyncIterator, Awaitable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import parse_qsl

import aiohttp
import pytest

from bot.config import ConfigError, Settings, load_settings
from bot.core.events import Handler, Incoming, Outgoing
from bot.core.messages import HANDLER_FAILED
from bot.platforms.slack.platform import SlackPlatform
from bot.platforms.slack.posting import SlackRenderer
from briefings.model.briefing import Briefing, Notice, QuoteItem, SourcesReply
from briefings.model.facts import Citation, Evidence, PersonRef, Quote, Source, StoredQuote
from briefings.render.renderer import Renderer
from tests.bot.platforms.test_slack_answers import GUARD, until
from tests.fakes.slack_api import FakeSlackApi, blocks_problem
from tests.fakes.slack_requests import (
    JSON,
    SlackSender,
    block_action_body,
    message_event_body,
    sign,
    slash_command_body,
)
from tests.fakes.slack_socket import FakeSocketModeServer

TOKEN = "xoxb-test-token-0123456789"
SECRET = "test-signing-secret-abcdef"
NOW = datetime(2021, 7, 29, 8, 0, tzinfo=UTC)
T = TypeVar("T")


def slack_settings(fake: FakeSlackApi, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_APP_TOKEN": None,
        "SLACK_API_URL": fake.base_url,
        "BRIEFBOT_SLACK_PORT": 0,
        **overrides,
    }
    return load_settings(**values)


@asynccontextmanager
async def running_slack(
    fake: FakeSlackApi, renderer: SlackRenderer, handler: Handler
) -> AsyncIterator[tuple[SlackPlatform, SlackSender]]:
    platform = SlackPlatform(slack_settings(fake), renderer, host="127.0.0.1", clock=lambda: NOW)
    await platform.start(handler)
    try:
        async with aiohttp.ClientSession() as session:
            yield platform, SlackSender(session, f"http://127.0.0.1:{platform.port}/slack/events", SECRET)
    finally:
        await platform.stop()


# --- a small real handler over a fixed briefing ----------------------------------------------------


def quote_fact(n: int) -> StoredQuote:
    sentence = f"“Talks number {n} went well,” the envoy said on Wednesday."
    evidence = Evidence(document_id=f"doc{n}", sentence=sentence, start=0, end=len(sentence))
    source = Source(f"doc{n}", f"Article {n}", "The Diplomat", f"https://example.org/a{n}", NOW)
    return StoredQuote(
        id=n,
        quote=Quote(f"Talks number {n} went well", PersonRef("Envoy Number" + str(n)), "direct", evidence),
        citation=Citation(evidence, source),
    )


def briefing_of(count: int) -> Briefing:
    items = tuple(QuoteItem(number=n, fact=quote_fact(n)) for n in range(1, count + 1))
    return Briefing(title="Morning briefing", generated_at=NOW, since=None, until=NOW, tz="UTC", quotes=items)


class FixedBriefingHandler:
    """Answers /brief with a fixed briefing, "sources N" and Sources buttons with item N's evidence."""

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self.seen: list[Incoming] = []

    async def __call__(self, incoming: Incoming) -> Outgoing:
        self.seen.append(incoming)
        if incoming.kind == "command" and incoming.command == "brief":
            return Outgoing(self.briefing)
        if incoming.kind == "command":
            return Outgoing(Notice(f"help for /{incoming.command}", kind="help"), ephemeral=True)
        match = re.search(r"\d+", incoming.action_value or incoming.text)
        item = self.briefing.item(int(match.group())) if match else None
        if not isinstance(item, QuoteItem):
            return Outgoing(Notice("Reply with an item number, e.g. sources 2"), in_thread=incoming.thread)
        citation = item.fact.citation
        reply = SourcesReply(item.number, "quotes", item.fact.quote.text, None, (citation,))
        return Outgoing(reply, in_thread=incoming.thread)


class HeldHandler:
    """A handler whose calls can be held back: the slow work behind a request, made slow
    by the test instead of by the machine. After :meth:`hold` every call waits until
    ``release`` is set (``started`` is set once one does); before it, calls go straight
    through. A request acknowledged while its call waits was acknowledged before its
    work was done, however loaded the machine is."""

    def __init__(self, inner: Handler) -> None:
        self.inner = inner
        self.started = asyncio.Event()
        self.release = asyncio.Event()
        self.release.set()

    def hold(self) -> None:
        self.started.clear()
        self.release.clear()

    async def __call__(self, incoming: Incoming) -> Outgoing:
        if not self.release.is_set():
            self.started.set()
            await self.release.wait()
        return await self.inner(incoming)


async def acked_while_its_work_is_held(held: HeldHandler, fake: FakeSlackApi, request: Awaitable[T]) -> T:
    """Send ``request`` with ``held`` holding the handler; returns Slack's ack, which
    arrived while the work behind it was still waiting (nothing sent to Slack
    meanwhile), then lets the work go on. An ack that waited for the work would
    never come: the wait gives up after ``GUARD`` seconds and the test fails."""
    held.hold()
    calls_before = len(fake.calls())
    try:
        ack = await asyncio.wait_for(request, GUARD)
        await until(held.started)
        assert len(fake.calls()) == calls_before, "nothing is sent while the work is held"
    finally:
        held.release.set()  # also when failing, so stopping the platform need not wait for it
    return ack


# --- tests ---------------------------------------------------------------------------------------


def section_texts(blocks: list[dict[str, Any]]) -> list[str]:
    return [b["text"]["text"] for b in blocks if b["type"] == "section" and "text" in b]


def only_the_start_up_check(fake: FakeSlackApi) -> bool:
    """No Web API call but the token check ``start()`` makes."""
    return [c.method for c in fake.calls()] == ["auth.test"]


async def test_brief_is_acked_before_its_briefing_is_built_then_posted_with_blocks_within_slack_limits() -> (
    None
):
    handler = FixedBriefingHandler(briefing_of(70))  # 71 blocks: more than one Slack message

    async def scenario() -> None:
        held = HeldHandler(handler)
        with FakeSlackApi(token=TOKEN) as fake:
            async with running_slack(fake, Renderer(), held) as (platform, slack):
                answer = await acked_while_its_work_is_held(
                    held, fake, slack.command("/brief", "", response_url=fake.response_url())
                )
                assert answer.status == 200
                await platform.drain()
            posts = fake.calls("chat.postMessage")
            assert len(posts) >= 2
            first, *following = posts
            assert first.params["channel"] == "C0001" and "thread_ts" not in first.params
            # the following parts go in the thread of the first, whose ts the fake numbered 1
            assert all(p.params["thread_ts"] == "1700000000.000001" for p in following)
            posted = json.dumps([p.params["blocks"] for p in posts])
            assert all(f"sources:{n}" in posted for n in range(1, 71))
            for post in posts:
                assert post.authorized
                assert blocks_problem(post.params["blocks"]) is None
                assert len(post.params["blocks"]) <= 50
                assert all(len(text) <= 3000 for text in section_texts(post.params["blocks"]))
            assert fake.calls("response_url") == []

    await scenario()
    assert handler.seen[0].kind == "command" and handler.seen[0].command == "brief"
    assert handler.seen[0].channel == "C0001" and handler.seen[0].user == "U0001"


async def test_thread_reply_sources_2_answers_in_the_briefing_thread_with_the_evidence() -> None:
    handler = FixedBriefingHandler(briefing_of(3))

    async def scenario() -> None:
        held = HeldHandler(handler)
        with FakeSlackApi(token=TOKEN) as fake:
            async with running_slack(fake, Renderer(), held) as (platform, slack):
                await slack.command("/brief", response_url=fake.response_url())
                await platform.drain()
                anchor = fake.calls("chat.postMessage")[0].params
                ts = "1700000000.000001"
                asked = message_event_body("sources 2", channel=anchor["channel"], thread_ts=ts)
                answer = await acked_while_its_work_is_held(held, fake, slack.event(asked))
                assert answer.status == 200
                await platform.drain()
            reply = fake.calls("chat.postMessage")[-1].params
            assert reply["thread_ts"] == ts
            assert "Talks number 2 went well" in json.dumps(reply["blocks"])
            assert "https://example.org/a2" in json.dumps(reply["blocks"])

    await scenario()
    assert handler.seen[-1].kind == "thread_reply" and handler.seen[-1].text == "sources 2"


async def test_sources_button_answers_in_the_briefing_thread() -> None:
    handler = FixedBriefingHandler(briefing_of(3))

    async def scenario() -> None:
        held = HeldHandler(handler)
        with FakeSlackApi(token=TOKEN) as fake:
            async with running_slack(fake, Renderer(), held) as (platform, slack):
                await slack.command("/brief", response_url=fake.response_url())
                await platform.drain()
                ts = "1700000000.000001"
                press = block_action_body("sources:3", channel="C0001", message_ts=ts)
                answer = await acked_while_its_work_is_held(held, fake, slack.signed(press))
                assert answer.status == 200
                await platform.drain()
            reply = fake.calls("chat.postMessage")[-1].params
            assert reply["thread_ts"] == ts
            assert "Talks number 3 went well" in json.dumps(reply["blocks"])

    await scenario()
    assert handler.seen[-1].kind == "action" and handler.seen[-1].action_value == "sources:3"


async def test_replies_outside_briefing_threads_and_bot_messages_are_ignored() -> None:
    handler = FixedBriefingHandler(briefing_of(3))

    async def scenario() -> None:
        with FakeSlackApi(token=TOKEN) as fake:
            async with running_slack(fake, Renderer(), handler) as (platform, slack):
                await slack.command("/brief", response_url=fake.response_url())
                await platform.drain()
                ts = "1700000000.000001"
                ignored = [
                    message_event_body("sources 1", channel="C0001", thread_ts="1600000000.000009"),
                    message_event_body("sources 1", channel="C0001", thread_ts=None),
                    message_event_body("sources 1", channel="C0001", thread_ts=ts, extra={"bot_id": "B9"}),
                    message_event_body(
                        "sources 1", channel="C0001", thread_ts=ts, extra={"subtype": "message_changed"}
                    ),
                ]
                for body in ignored:
                    assert (await slack.event(body)).status == 200
                await platform.drain()
            assert len(fake.calls("chat.postMessage")) == 1  # the briefing only

    await scenario()
    assert [i.kind for i in handler.seen] == ["command"]


@pytest.mark.parametrize(
    ("mangle", "why"),
    [
        (lambda h: {**h, "X-Slack-Signature": "v0=" + "0" * 64}, "forged"),
        (lambda h: {k: v for k, v in h.items() if k != "X-Slack-Signature"}, "missing"),
        (lambda h: {k: v for k, v in h.items() if k != "X-Slack-Request-Timestamp"}, "no timestamp"),
    ],
)
async def test_bad_signature_gets_401_and_no_work(mangle: Any, why: str) -> None:
    handler = FixedBriefingHandler(briefing_of(3))

    async def scenario() -> None:
        with FakeSlackApi(token=TOKEN) as fake:
            async with running_slack(fake, Renderer(), handler) as (platform, slack):
                request = sign(SECRET, slash_command_body("/brief", ""), "application/x-www-form-urlencoded")
                request = type(request)(request.body, mangle(request.headers))
                answer = await slack.send(request)
                assert answer.status == 401, why
                await platform.drain()
            assert only_the_start_up_check(fake)

    await scenario()
    assert handler.seen == []


async def test_stale_signature_older_than_5_minutes_gets_401_and_no_work() -> None:
    handler = FixedBriefingHandler(briefing_of(3))

    async def scenario() -> None:
        with FakeSlackApi(token=TOKEN) as fake:
            async with running_slack(fake, Renderer(), handler) as (platform, slack):
                stale = int(time.time()) - 6 * 60
                answer = await slack.signed(slash_command_body("/brief", ""), timestamp=stale)
                assert answer.status == 401
                await platform.drain()
            assert only_the_start_up_check(fake)

    await scenario()
    assert handler.seen == []


async def test_rate_limited_post_is_retried_after_its_retry_after() -> None:
    handler = FixedBriefingHandler(briefing_of(2))

    async def scenario() -> None:
        held = HeldHandler(handler)
        with FakeSlackApi(token=TOKEN) as fake:
            fake.rate_limit_once("chat.postMessage", retry_after=1)
            async with running_slack(fake, Renderer(), held) as (platform, slack):
                command = slack.command("/brief", response_url=fake.response_url())
                answer = await acked_while_its_work_is_held(held, fake, command)
                assert answer.status == 200  # acked before the post, its 429 and the retry
                await platform.drain()
            limited, retried = fake.calls("chat.postMessage")
            assert retried.at - limited.at >= 1.0
            assert retried.params["blocks"] == limited.params["blocks"]

    await scenario()


async def test_help_and_errors_answer_through_response_url_ephemerally() -> None:
    handler = FixedBriefingHandler(briefing_of(2))

    async def scenario() -> None:
        with FakeSlackApi(token=TOKEN) as fake:
            async with running_slack(fake, Renderer(), handler) as (platform, slack):
                await slack.command("/help", "whomet", response_url=fake.response_url("help"))
                await platform.drain()
            (answer,) = fake.calls("response_url")
            assert answer.path == "/response/help"
            assert answer.params["response_type"] == "ephemeral"
            assert "help for /help" in answer.params["text"]
            assert fake.calls("chat.postMessage") == []

    await scenario()


async def test_a_failing_handler_gets_the_user_a_short_apology_not_silence() -> None:
    async def broken(incoming: Incoming) -> Outgoing:
        raise RuntimeError("database on fire")

    async def scenario() -> None:
        with FakeSlackApi(token=TOKEN) as fake:
            async with running_slack(fake, Renderer(), broken) as (platform, slack):
                answer = await slack.command("/brief", response_url=fake.response_url())
                assert answer.status == 200
                await platform.drain()
            (apology,) = fake.calls("response_url")
            assert apology.params["response_type"] == "ephemeral"
            assert HANDLER_FAILED in apology.params["text"]

    await scenario()


async def test_briefing_in_a_channel_without_the_bot_falls_back_to_response_url_with_a_hint() -> None:
    handler = FixedBriefingHandler(briefing_of(2))

    async def scenario() -> None:
        with FakeSlackApi(token=TOKEN) as fake:
            fake.respond_once("chat.postMessage", 200, {"ok": False, "error": "not_in_channel"})
            async with running_slack(fake, Renderer(), handler) as (platform, slack):
                await slack.command("/brief", response_url=fake.response_url())
                await platform.drain()
            shown, hint = fake.calls("response_url")
            assert shown.params["response_type"] == "in_channel"
            assert "Talks number 1 went well" in json.dumps(shown.params["blocks"])
            assert hint.params["response_type"] == "ephemeral" and "/invite" in hint.params["text"]

    await scenario()


async def test_tokens_and_signing_secret_never_reach_the_logs(caplog: pytest.LogCaptureFixture) -> None:
    handler = FixedBriefingHandler(briefing_of(2))
    caplog.set_level(logging.DEBUG)

    async def scenario() -> None:
        with FakeSlackApi(token=TOKEN) as fake:
            async with running_slack(fake, Renderer(), handler) as (platform, slack):
                await slack.command("/brief", response_url=fake.response_url())
                await platform.drain()
            assert fake.calls("chat.postMessage")

    await scenario()
    assert caplog.records
    assert TOKEN not in caplog.text and SECRET not in caplog.text


def test_missing_bot_token_is_a_config_error_naming_the_setting() -> None:
    with FakeSlackApi(token=TOKEN) as fake:
        settings = slack_settings(fake, SLACK_BOT_TOKEN=None)
        with pytest.raises(ConfigError, match="SLACK_BOT_TOKEN") as raised:
            SlackPlatform(settings, Renderer())
        assert SECRET not in str(raised.value)


def test_http_mode_without_signing_secret_is_a_config_error_naming_the_setting() -> None:
    with FakeSlackApi(token=TOKEN) as fake:
        settings = slack_settings(fake, SLACK_SIGNING_SECRET=None)
        with pytest.raises(ConfigError, match="SLACK_SIGNING_SECRET") as raised:
            SlackPlatform(settings, Renderer())
        assert TOKEN not in str(raised.value)


def test_an_app_token_selects_socket_mode_without_a_signing_secret() -> None:
    with FakeSlackApi(token=TOKEN) as fake:
        settings = slack_settings(fake, SLACK_SIGNING_SECRET=None, SLACK_APP_TOKEN="xapp-1-test")
        assert SlackPlatform(settings, Renderer()).mode == "socket"
        assert SlackPlatform(slack_settings(fake), Renderer()).mode == "http"


async def test_socket_mode_acks_a_slash_command_envelope_then_posts_the_briefing() -> None:
    handler = FixedBriefingHandler(briefing_of(3))

    async def scenario() -> None:
        held = HeldHandler(handler)
        socket = FakeSocketModeServer()
        with FakeSlackApi(token=TOKEN) as fake:
            fake.app_token = "xapp-1-test"
            fake.socket_url = await socket.start()
            settings = slack_settings(fake, SLACK_SIGNING_SECRET=None, SLACK_APP_TOKEN=fake.app_token)
            platform = SlackPlatform(settings, Renderer(), clock=lambda: NOW)
            await platform.start(held)
            try:
                await socket.connected()
                command = dict(parse_qsl(slash_command_body("/brief", "", response_url=fake.response_url())))
                envelope = socket.push("slash_commands", command, envelope_id="env-1")
                ack = await acked_while_its_work_is_held(held, fake, envelope)
                assert ack["envelope_id"] == "env-1"
                await platform.drain()
            finally:
                await platform.stop()
                await socket.stop()
            (post,) = fake.calls("chat.postMessage")
            assert post.params["channel"] == "C0001" and blocks_problem(post.params["blocks"]) is None
            assert fake.calls("apps.connections.open")[0].authorized

    await scenario()
    assert handler.seen[0].command == "brief"


async def test_a_briefing_slack_refuses_gets_the_user_an_apology_not_silence() -> None:
    handler = FixedBriefingHandler(briefing_of(2))

    async def scenario() -> None:
        with FakeSlackApi(token=TOKEN) as fake:
            fake.respond_once("chat.postMessage", 200, {"ok": False, "error": "invalid_blocks"})
            async with running_slack(fake, Renderer(), handler) as (platform, slack):
                await slack.command("/brief", response_url=fake.response_url())
                await platform.drain()
            (apology,) = fake.calls("response_url")
            assert apology.params["response_type"] == "ephemeral"
            assert apology.params["text"] == HANDLER_FAILED

    await scenario()


async def test_the_events_url_answers_slacks_url_verification_challenge() -> None:
    handler = FixedBriefingHandler(briefing_of(1))

    async def scenario() -> None:
        with FakeSlackApi(token=TOKEN) as fake:
            async with running_slack(fake, Renderer(), handler) as (_platform, slack):
                body = json.dumps(
                    {"token": "t", "challenge": "3eZbrw1aBm2rZgRNFdxV", "type": "url_verification"}
                )
                answer = await slack.event(body)
            assert answer.status == 200 and "3eZbrw1aBm2rZgRNFdxV" in answer.body
            assert only_the_start_up_check(fake)

    await scenario()


async def test_a_token_slack_rejects_stops_start_up_with_a_config_error_naming_the_setting() -> None:
    async def scenario() -> None:
        with FakeSlackApi(token="xoxb-the-right-one") as fake:
            platform = SlackPlatform(slack_settings(fake), Renderer(), host="127.0.0.1")
            try:
                with pytest.raises(ConfigError, match=r"SLACK_BOT_TOKEN.*invalid_auth") as raised:
                    await platform.start(FixedBriefingHandler(briefing_of(1)))
                assert TOKEN not in str(raised.value)
            finally:
                await platform.stop()

    await scenario()


async def test_an_unreachable_slack_at_start_up_is_checked_again_on_the_first_request() -> None:
    handler = FixedBriefingHandler(briefing_of(1))

    async def scenario() -> None:
        with FakeSlackApi(token=TOKEN) as fake:
            settings = slack_settings(fake)
            fake.stop()  # nothing listens on the Web API port while the bot starts
            platform = SlackPlatform(settings, Renderer(), host="127.0.0.1", clock=lambda: NOW)
            await platform.start(handler)
            try:
                with FakeSlackApi(token=TOKEN) as back:
                    platform.client.base_url = back.base_url
                    async with aiohttp.ClientSession() as session:
                        slack = SlackSender(session, f"http://127.0.0.1:{platform.port}/slack/events", SECRET)
                        assert (await slack.command("/brief", response_url=back.response_url())).status == 200
                    await platform.drain()
                    assert [c.method for c in back.calls()] == ["auth.test", "chat.postMessage"]
            finally:
                await platform.stop()

    await scenario()


async def test_an_event_slack_redelivers_is_answered_once() -> None:
    handler = FixedBriefingHandler(briefing_of(3))

    async def scenario() -> None:
        with FakeSlackApi(token=TOKEN) as fake:
            async with running_slack(fake, Renderer(), handler) as (platform, slack):
                await slack.command("/brief", response_url=fake.response_url())
                await platform.drain()
                body = message_event_body(
                    "sources 1", channel="C0001", thread_ts="1700000000.000001", event_id="Ev1"
                )
                first = await slack.event(body)
                redelivery = sign(SECRET, body, JSON)
                redelivery.headers.update({"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
                retried = await slack.send(redelivery)
                assert first.status == retried.status == 200
                await platform.drain()
            assert len(fake.calls("chat.postMessage")) == 2  # the briefing and one answer

    await scenario()


async def test_a_web_api_without_auth_test_does_not_stop_the_bot_from_serving_commands() -> None:
    """Regression: a Web API stand-in (or proxy) that answers auth.test with 404 or an
    unknown-method error used to stop start-up as if the token were wrong."""
    handler = FixedBriefingHandler(briefing_of(1))

    async def scenario() -> None:
        with FakeSlackApi(token=TOKEN) as fake:
            fake.respond_once("auth.test", 404, {"ok": False, "error": "unknown_method"})
            fake.respond_once("auth.test", 404, {"ok": False, "error": "unknown_method"})
            async with running_slack(fake, Renderer(), handler) as (platform, slack):
                assert (await slack.command("/brief", response_url=fake.response_url())).status == 200
                await platform.drain()
                posted = fake.wait_for("chat.postMessage")
                assert posted[0].params["channel"]

    await scenario()
