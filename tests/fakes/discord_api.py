"""A local stand-in for Discord, at the network edge only.

:class:`FakeDiscordApi` is an HTTP server on 127.0.0.1 (port 0) in a thread that
answers the REST routes briefbot's discord.py client calls, shaped like
Discord's API v10 (``discord/types/*.py``): the bot user and application at
login (401 for a wrong token), bulk command overwrites (global and per guild),
interaction callbacks and webhook follow-ups, channel messages and threads
started from a message. It records every request so tests can assert what the
bot sent and when. discord.py is pointed at it by ``DISCORD_API_URL`` (which
sets ``discord.http.Route.BASE``).

What Discord pushes to the bot is built in ``tests.fakes.discord_events``; the
gateway WebSocket is ``tests.fakes.discord_gateway``.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from tests.fakes.discord_events import (
    APPLICATION_ID,
    BOT_ID,
    CHANNEL_ID,
    JSON,
    USER_ID,
    message_payload,
    text_channel_payload,
    thread_payload,
    user_payload,
)


@dataclass(frozen=True)
class Request:
    """One request the fake received; ``at`` is ``time.monotonic()`` on arrival."""

    method: str
    path: str
    query: dict[str, str]
    body: Any
    at: float
    authorized: bool

    @property
    def json(self) -> JSON:
        return self.body if isinstance(self.body, dict) else {}


class FakeDiscordApi:
    """The fake server. Use as a context manager.

    >>> with FakeDiscordApi(token="t") as discord_api:
    ...     discord_api.base_url  # doctest: +ELLIPSIS
    'http://127.0.0.1:.../api/v10'
    """

    def __init__(self, *, token: str = "test-token") -> None:
        self.token = token
        self._requests: list[Request] = []
        self._lock = threading.Condition()
        self._ids = itertools.count(811000000000100001)
        self.fail_threads = False
        self.created: list[JSON] = []
        """Every message the fake created, in order (what Discord answered)."""
        self.channels: set[int] = {CHANNEL_ID}
        """Channels that accept messages: the test channel and every thread the bot opened."""
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-discord", daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/api/v10"

    def __enter__(self) -> FakeDiscordApi:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def next_id(self) -> int:
        return next(self._ids)

    # --- what was received -----------------------------------------------------------
    def requests(self, method: str | None = None, path_contains: str = "") -> list[Request]:
        with self._lock:
            found = list(self._requests)
        return [r for r in found if (method is None or r.method == method) and path_contains in r.path]

    def message_requests(self) -> list[Request]:
        """Every request that creates or edits a message: channel posts, follow-ups, and the
        interaction callbacks that carry a message (types 4 and 7; not deferrals)."""
        return [
            r
            for r in self.requests()
            if r.method in ("POST", "PATCH")
            and _is_message_route(r.path)
            and (not r.path.endswith("/callback") or r.json.get("type") in (4, 7))
        ]

    def wait_for(self, predicate: Callable[[list[Request]], bool], timeout: float = 10.0) -> bool:
        """Block (in a worker thread: ``await asyncio.to_thread(fake.wait_for, ...)``) until
        ``predicate`` holds for the requests received so far."""
        with self._lock:
            return self._lock.wait_for(lambda: predicate(list(self._requests)), timeout=timeout)

    # --- answers --------------------------------------------------------------------------
    def _record(self, request: Request) -> None:
        with self._lock:
            self._requests.append(request)
            self._lock.notify_all()

    def answer(self, method: str, path: str, body: Any) -> tuple[int, Any]:
        """Discord's answer to one authorised request."""
        parts = [p for p in path.split("/") if p]
        if method == "GET" and path == "/users/@me":
            return 200, user_payload(BOT_ID, "briefbot", bot=True)
        if method == "GET" and path == "/oauth2/applications/@me":
            return 200, self._application()
        if method == "PUT" and parts[0] == "applications" and parts[-1] == "commands":
            return 200, [self._command(c, parts) for c in body]
        if method == "POST" and parts[0] == "interactions" and parts[-1] == "callback":
            return 200, self._callback(parts[1], body)
        if parts[0] == "webhooks" and method in ("POST", "PATCH", "GET"):
            return 200, self._message(CHANNEL_ID, body if isinstance(body, dict) else {})
        if method == "GET" and parts[0] == "channels" and len(parts) == 2:
            return 200, text_channel_payload(int(parts[1]))
        if method == "POST" and parts[0] == "channels" and parts[-1] == "messages":
            if int(parts[1]) not in self.channels:
                return 404, {"message": "Unknown Channel", "code": 10003}
            return 200, self._message(int(parts[1]), body)
        if method == "POST" and parts[0] == "channels" and parts[-1] == "threads" and len(parts) == 5:
            if self.fail_threads:
                return 403, {"message": "Missing Permissions", "code": 50013}
            with self._lock:
                self.channels.add(int(parts[3]))
            return 201, thread_payload(int(parts[3]), int(parts[1]), str(body.get("name", "")))
        return 404, {"message": "404: Not Found", "code": 0}

    def _application(self) -> JSON:
        return {
            "id": str(APPLICATION_ID),
            "name": "briefbot",
            "icon": None,
            "description": "",
            "rpc_origins": [],
            "bot_public": True,
            "bot_require_code_grant": False,
            "owner": user_payload(USER_ID, "owner"),
            "summary": "",
            "verify_key": "0" * 64,
            "flags": 0,
            "bot": user_payload(BOT_ID, "briefbot", bot=True),
        }

    def _command(self, command: JSON, parts: list[str]) -> JSON:
        made = {
            "id": str(self.next_id()),
            "application_id": str(APPLICATION_ID),
            "version": "1",
            "default_member_permissions": None,
            "dm_permission": True,
            "nsfw": False,
            **command,
        }
        if "guilds" in parts:
            made["guild_id"] = parts[parts.index("guilds") + 1]
        return made

    def _callback(self, interaction_id: str, body: JSON) -> JSON:
        kind = int(body.get("type", 0))
        answer: JSON = {"interaction": {"id": interaction_id, "type": kind}}
        if kind == 4:
            data = body.get("data") or {}
            answer["resource"] = {"type": kind, "message": self._message(CHANNEL_ID, data)}
        return answer

    def _message(self, channel_id: int, body: JSON) -> JSON:
        made = message_payload(
            self.next_id(),
            channel_id,
            content=str(body.get("content") or ""),
            embeds=list(body.get("embeds") or []),
            components=list(body.get("components") or []),
        )
        with self._lock:
            self.created.append(made)
        return made

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                split = urlsplit(self.path)
                path = split.path.removeprefix("/api/v10")
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                body: Any = (
                    json.loads(raw) if raw and "json" in (self.headers.get("Content-Type") or "") else raw
                )
                webhook = path.startswith(("/interactions/", "/webhooks/"))
                authorized = webhook or self.headers.get("Authorization") == f"Bot {fake.token}"
                fake._record(
                    Request(
                        self.command, path, dict(parse_qsl(split.query)), body, time.monotonic(), authorized
                    )
                )
                if not authorized:
                    status, answer = 401, {"message": "401: Unauthorized", "code": 0}
                else:
                    status, answer = fake.answer(
                        self.command, path, body if isinstance(body, dict | list) else {}
                    )
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

            def log_message(self, format: str, *args: Any) -> None:
                return None

        return Handler


def _is_message_route(path: str) -> bool:
    return path.endswith("/messages") or path.endswith("/callback") or path.startswith("/webhooks/")


def iter_texts(value: Any) -> Iterator[str]:
    """Every string inside a JSON value (for scanning what the bot sent)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from iter_texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from iter_texts(item)
