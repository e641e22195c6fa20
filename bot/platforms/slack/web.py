"""Slack's Web API and ``response_url``, with retries Slack asks clients to make.

slack_sdk only retries connection errors by default; a 429 carries
``Retry-After`` and Slack expects the client to wait that long and try again,
so both handlers are installed on every client built here. The base URL is a
setting (``SLACK_API_URL``) so tests and proxies can point it elsewhere.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, Literal

import aiohttp
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

log = logging.getLogger(__name__)

RATE_LIMIT_RETRIES = 3
CONNECTION_RETRIES = 2

SlackMessage = dict[str, Any]
"""One rendered message: ``{"text": fallback, "blocks": [...]}`` as the renderer makes it."""


def retry_handlers() -> list[AsyncRetryHandler]:
    """Fresh handlers (they keep per-client state): connection errors, then 429s."""
    return [
        AsyncConnectionErrorRetryHandler(max_retry_count=CONNECTION_RETRIES),
        AsyncRateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES),
    ]


def web_client(token: str | None, base_url: str) -> AsyncWebClient:
    """The bot's Web API client. slack_sdk redacts the Authorization header in its debug logs.

    >>> web_client("xoxb-1", "http://127.0.0.1:9/api").base_url
    'http://127.0.0.1:9/api/'
    """
    return AsyncWebClient(token=token, base_url=base_url, retry_handlers=retry_handlers())


def message_args(message: Mapping[str, Any]) -> dict[str, Any]:
    """Keyword arguments for ``chat.postMessage`` from one rendered message.

    Unfurling is off: a briefing cites several articles and their previews
    would bury the briefing itself.
    """
    args: dict[str, Any] = {
        "text": str(message.get("text", "")),
        "unfurl_links": False,
        "unfurl_media": False,
    }
    if message.get("blocks"):
        args["blocks"] = list(message["blocks"])
    return args


async def send_to_response_url(
    url: str,
    message: Mapping[str, Any],
    *,
    response_type: Literal["ephemeral", "in_channel"],
    session: aiohttp.ClientSession | None = None,
) -> bool:
    """Answer a slash command through its ``response_url`` (valid 30 min, 5 uses).

    Returns whether Slack accepted it; failures are logged, never raised, since
    the caller has nothing better to do with them than log.
    """
    client = AsyncWebhookClient(url, session=session, retry_handlers=retry_handlers())
    response = await client.send(
        text=str(message.get("text", "")),
        blocks=list(message.get("blocks") or []) or None,
        response_type=response_type,
        replace_original=False,
    )
    if response.status_code != 200:
        log.warning("response_url answered %s: %s", response.status_code, response.body[:200])
        return False
    return True
