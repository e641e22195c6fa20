"""Malformed requests to /slack/events get 400 or 401, never a 500 or a traceback.

Before screening, an unsigned request with a non-JSON ``payload=``, a JSON list,
a Latin-1 or UTF-16 body, an unknown charset, or a timestamp such as ``abc``,
``1e10`` or ``1.5`` made Bolt answer 500 with a traceback in the log, and Bolt
logged the full body of a badly signed request at INFO. The real platform is
served on loopback; requests are raw bytes as an attacker would send them.
"""

from __future__ import annotations

import json
import logging
import time
from urllib.parse import urlencode

import aiohttp
import pytest

from bot.platforms.slack.screening import screen
from briefings.render.renderer import Renderer
from tests.bot.platforms.test_slack_platform import (
    SECRET,
    TOKEN,
    FixedBriefingHandler,
    briefing_of,
    only_the_start_up_check,
    running_slack,
)
from tests.fakes.slack_api import FakeSlackApi
from tests.fakes.slack_requests import FORM, JSON, sign

MARKER = "do-not-log-this-body-7f3a"


def _now() -> str:
    return str(int(time.time()))


def _unsigned(body: bytes, content_type: str, timestamp: str | None = None) -> tuple[bytes, dict[str, str]]:
    headers = {"Content-Type": content_type, "X-Slack-Signature": "v0=" + "0" * 64}
    headers["X-Slack-Request-Timestamp"] = _now() if timestamp is None else timestamp
    return body, headers


def _signed(body: bytes, content_type: str) -> tuple[bytes, dict[str, str]]:
    request = sign(SECRET, body.decode("utf-8"), content_type)
    return body, request.headers


MALFORMED = {
    "unsigned non-JSON payload": _unsigned(urlencode({"payload": "{not json " + MARKER}).encode(), FORM),
    "unsigned JSON list": _unsigned(json.dumps([MARKER]).encode(), JSON),
    "unsigned Latin-1 body": _unsigned(f"text=caf\xe9 {MARKER}".encode("latin-1"), FORM),
    "unsigned UTF-16 body": _unsigned(f'{{"type": "{MARKER}"}}'.encode("utf-16"), JSON),
    "unknown charset": _unsigned(f"text={MARKER}".encode(), FORM + "; charset=x-no-such-charset"),
    "timestamp abc": _unsigned(f"text={MARKER}".encode(), FORM, timestamp="abc"),
    "timestamp 1e10": _unsigned(f"text={MARKER}".encode(), FORM, timestamp="1e10"),
    "timestamp 1.5": _unsigned(f"text={MARKER}".encode(), FORM, timestamp="1.5"),
    "timestamp of 40 digits": _unsigned(f"text={MARKER}".encode(), FORM, timestamp="9" * 40),
    "timestamp in Arabic-Indic digits": _unsigned(f"text={MARKER}".encode(), FORM, timestamp="١٢٣"),
    "signed non-JSON payload": _signed(urlencode({"payload": "{not json " + MARKER}).encode(), FORM),
    "signed JSON list": _signed(json.dumps([MARKER]).encode(), JSON),
    "signed payload that is a JSON string": _signed(
        urlencode({"payload": json.dumps(MARKER)}).encode(), FORM
    ),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
async def test_a_malformed_request_gets_400_or_401_without_a_traceback_or_its_body_in_the_log(
    case: str, caplog: pytest.LogCaptureFixture
) -> None:
    body, headers = MALFORMED[case]
    handler = FixedBriefingHandler(briefing_of(1))

    with caplog.at_level(logging.DEBUG), FakeSlackApi(token=TOKEN) as fake:
        async with running_slack(fake, Renderer(), handler) as (platform, slack):
            async with (
                aiohttp.ClientSession() as session,
                session.post(slack.url, data=body, headers=headers) as response,
            ):
                status = response.status
            await platform.drain()
        assert only_the_start_up_check(fake)

    assert status in (400, 401), case
    assert handler.seen == []
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    assert MARKER not in caplog.text


def test_unsigned_requests_are_401_and_signed_malformed_bodies_400() -> None:
    now = time.time()
    assert screen(*MALFORMED["timestamp abc"], SECRET).status == 401
    assert screen(*MALFORMED["unsigned JSON list"], SECRET, now=now).status == 401
    assert screen(*MALFORMED["signed JSON list"], SECRET, now=now).status == 400
    assert screen(*MALFORMED["unknown charset"], SECRET, now=now).status == 400


def test_a_well_formed_signed_command_passes_the_screen() -> None:
    body = "command=%2Fbrief&text=&channel_id=C1&user_id=U1"
    request = sign(SECRET, body, FORM)
    screened = screen(body.encode(), request.headers, SECRET)
    assert (screened.status, screened.body) == (0, body)
