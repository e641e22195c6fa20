"""What Slack sends to the app, at the network edge: form-encoded slash commands,
JSON event callbacks and ``payload=`` interactions, signed with the real
``slack_sdk.signature.SignatureVerifier`` algorithm, and a sender that posts them
to a running app's ``/slack/events``."""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import aiohttp
from slack_sdk.signature import SignatureVerifier

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"

_EVENT_IDS = itertools.count(1)
_TRIGGER_IDS = itertools.count(1)


def new_trigger_id() -> str:
    """A fresh trigger id, as Slack gives every invocation (the app dedups on it)."""
    return f"1700000000.{next(_TRIGGER_IDS)}.abcdef"


@dataclass(frozen=True)
class SignedRequest:
    body: str
    headers: dict[str, str]


def sign(secret: str, body: str, content_type: str, *, timestamp: int | None = None) -> SignedRequest:
    """Sign ``body`` as Slack does (v0 HMAC-SHA256 over ``v0:{timestamp}:{body}``)."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    signature = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
    assert signature is not None
    return SignedRequest(
        body,
        {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": signature,
        },
    )


def slash_command_body(
    command: str,
    text: str,
    *,
    channel: str = "C0001",
    user: str = "U0001",
    response_url: str = "",
    team_id: str = "T0001",
    trigger_id: str | None = None,
) -> str:
    """The form-encoded body of a slash command invocation (a fresh trigger id unless given)."""
    return urlencode(
        {
            "token": "legacy-verification-token",
            "team_id": team_id,
            "team_domain": "briefbot-test",
            "channel_id": channel,
            "channel_name": "briefings",
            "user_id": user,
            "user_name": "reader",
            "command": command,
            "text": text,
            "api_app_id": "A0001",
            "response_url": response_url,
            "trigger_id": trigger_id or new_trigger_id(),
        }
    )


def message_event_body(
    text: str,
    *,
    channel: str,
    thread_ts: str | None,
    user: str = "U0001",
    ts: str = "1700000999.000001",
    team_id: str = "T0001",
    extra: Mapping[str, Any] | None = None,
    event_id: str | None = None,
) -> str:
    """The JSON body of an Events API ``message`` event callback; each gets a new
    ``event_id`` unless one is given (Slack reuses it only when it redelivers)."""
    event: dict[str, Any] = {
        "type": "message",
        "channel": channel,
        "user": user,
        "text": text,
        "ts": ts,
        "channel_type": "channel",
        **({"thread_ts": thread_ts} if thread_ts else {}),
        **(extra or {}),
    }
    return json.dumps(
        {
            "token": "legacy-verification-token",
            "team_id": team_id,
            "api_app_id": "A0001",
            "type": "event_callback",
            "event_id": event_id or f"Ev{next(_EVENT_IDS):08d}",
            "event_time": int(float(ts)),
            "event": event,
        }
    )


def block_action_body(
    value: str,
    *,
    channel: str,
    message_ts: str,
    thread_ts: str | None = None,
    user: str = "U0001",
    action_id: str = "sources",
    team_id: str = "T0001",
    response_url: str = "",
) -> str:
    """The form-encoded body (``payload=<json>``) of a block_actions interaction."""
    message: dict[str, Any] = {"type": "message", "ts": message_ts, "bot_id": "BBOT", "text": "briefing"}
    if thread_ts:
        message["thread_ts"] = thread_ts
    payload = {
        "type": "block_actions",
        "team": {"id": team_id, "domain": "briefbot-test"},
        "user": {"id": user, "name": "reader", "team_id": team_id},
        "api_app_id": "A0001",
        "token": "legacy-verification-token",
        "container": {
            "type": "message",
            "message_ts": message_ts,
            "channel_id": channel,
            "is_ephemeral": False,
            **({"thread_ts": thread_ts} if thread_ts else {}),
        },
        "trigger_id": new_trigger_id(),
        "channel": {"id": channel, "name": "briefings"},
        "message": message,
        "response_url": response_url,
        "actions": [
            {
                "type": "button",
                "action_id": action_id,
                "block_id": "b1",
                "value": value,
                "action_ts": "1700000999.5",
            }
        ],
    }
    return urlencode({"payload": json.dumps(payload)})


@dataclass(frozen=True)
class Answer:
    """The app's HTTP answer to one request."""

    status: int
    body: str


@dataclass
class SlackSender:
    """Sends requests to an app's ``/slack/events`` as Slack would, signed with ``secret``."""

    session: aiohttp.ClientSession
    url: str
    secret: str

    async def send(self, request: SignedRequest) -> Answer:
        async with self.session.post(self.url, data=request.body, headers=request.headers) as response:
            body = await response.text()
        return Answer(response.status, body)

    async def signed(self, body: str, content_type: str = FORM, *, timestamp: int | None = None) -> Answer:
        return await self.send(sign(self.secret, body, content_type, timestamp=timestamp))

    async def command(self, command: str, text: str = "", **fields: Any) -> Answer:
        return await self.signed(slash_command_body(command, text, **fields))

    async def event(self, body: str, *, timestamp: int | None = None) -> Answer:
        return await self.signed(body, JSON, timestamp=timestamp)
