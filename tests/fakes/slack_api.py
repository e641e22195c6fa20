"""A local stand-in for Slack, at the network edge only.

:class:`FakeSlackApi` is an HTTP server on 127.0.0.1 (port 0) in a thread that
answers the Web API methods briefbot calls the way Slack does (``ok``, ``ts``,
``channel``, ``invalid_blocks`` for blocks past Slack's limits, ``invalid_auth``
for a wrong token) and accepts ``response_url`` posts. It records every call so
tests can assert what the bot sent, and can be told to answer a method once
with a 429 and ``Retry-After`` to exercise the client's retry handler.

What Slack sends to the app is built in ``tests.fakes.slack_requests``; Socket
Mode's side is ``tests.fakes.slack_socket``.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

RESPONSE_URL_METHOD = "response_url"
MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_HEADER_TEXT = 150


@dataclass(frozen=True)
class Call:
    """One request the fake received. ``method`` is the Web API method name
    ("chat.postMessage") or ``"response_url"``; ``at`` is ``time.monotonic()``."""

    method: str
    params: dict[str, Any]
    path: str
    at: float
    authorized: bool


@dataclass
class _Canned:
    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


def blocks_problem(blocks: Any) -> str | None:
    """Why Slack would reject these blocks with ``invalid_blocks``, or None."""
    if not isinstance(blocks, list) or not all(isinstance(b, dict) and "type" in b for b in blocks):
        return "blocks must be a list of objects with a type"
    if len(blocks) > MAX_BLOCKS:
        return f"{len(blocks)} blocks > {MAX_BLOCKS}"
    for block in blocks:
        text = block.get("text")
        body = text.get("text", "") if isinstance(text, dict) else ""
        if block["type"] == "section" and len(body) > MAX_SECTION_TEXT:
            return f"section text of {len(body)} chars > {MAX_SECTION_TEXT}"
        if block["type"] == "header" and len(body) > MAX_HEADER_TEXT:
            return f"header text of {len(body)} chars > {MAX_HEADER_TEXT}"
    return None


class FakeSlackApi:
    """The fake server. Use as a context manager or call :meth:`start`/:meth:`stop`.

    >>> with FakeSlackApi(token="xoxb-test") as slack:
    ...     slack.base_url  # doctest: +ELLIPSIS
    'http://127.0.0.1:.../api/'
    """

    def __init__(
        self, *, token: str = "xoxb-test", bot_user_id: str = "UBOT", team_id: str = "T0001"
    ) -> None:
        self.token = token
        self.app_token: str | None = None
        self.socket_url: str | None = None  # what apps.connections.open hands out (Socket Mode)
        self.bot_user_id = bot_user_id
        self.team_id = team_id
        self._calls: list[Call] = []
        self._canned: dict[str, list[_Canned]] = {}
        self._cond = threading.Condition()
        self._ts = itertools.count(1)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle -------------------------------------------------------------
    def start(self) -> FakeSlackApi:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                fake._handle(self)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler, bind_and_activate=False)
        server.request_queue_size = 1024  # 200 concurrent posts must not overflow the backlog
        server.daemon_threads = True
        server.server_bind()
        server.server_activate()
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.02}, name="fake-slack", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeSlackApi:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "FakeSlackApi not started"
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, name: str = "cmd") -> str:
        return f"http://127.0.0.1:{self.port}/response/{name}"

    # --- programming and inspecting ------------------------------------------------
    def respond_once(
        self, method: str, status: int, body: dict[str, Any], headers: Mapping[str, str] | None = None
    ) -> None:
        """Answer the next call of ``method`` with this, then go back to normal."""
        with self._cond:
            self._canned.setdefault(method, []).append(_Canned(status, body, dict(headers or {})))

    def rate_limit_once(self, method: str, retry_after: int = 1) -> None:
        self.respond_once(
            method, 429, {"ok": False, "error": "ratelimited"}, {"Retry-After": str(retry_after)}
        )

    def calls(self, method: str | None = None) -> list[Call]:
        with self._cond:
            return [c for c in self._calls if method is None or c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 5.0) -> list[Call]:
        """Block until ``count`` calls of ``method`` arrived (an event wait, not a sleep)."""
        with self._cond:
            self._cond.wait_for(lambda: len(self._matching(method)) >= count, timeout=timeout)
            found = self._matching(method)
        if len(found) < count:
            seen = [c.method for c in self.calls()]
            raise AssertionError(
                f"expected {count} {method} call(s) within {timeout}s, got {len(found)}: {seen}"
            )
        return found

    def _matching(self, method: str) -> list[Call]:
        return [c for c in self._calls if c.method == method]

    # --- serving ---------------------------------------------------------------
    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        length = int(request.headers.get("Content-Length") or 0)
        raw = request.rfile.read(length).decode("utf-8")
        params = _parse_body(raw, request.headers.get("Content-Type", ""))
        path = request.path.split("?", 1)[0]
        if path.startswith("/response/"):
            method = RESPONSE_URL_METHOD
        elif path.startswith("/api/"):
            method = path.removeprefix("/api/")
        else:
            _send(request, 404, {"ok": False, "error": "not_found"})
            return
        bearer = request.headers.get("Authorization", "").removeprefix("Bearer ")
        app_method = method == "apps.connections.open"
        authorized = bearer == (self.app_token if app_method else self.token) and bool(bearer)
        with self._cond:
            queue = self._canned.get(method)
            canned = queue.pop(0) if queue else None
            self._calls.append(Call(method, params, path, time.monotonic(), authorized))
            self._cond.notify_all()
        if canned is not None:
            _send(request, canned.status, canned.body, canned.headers)
        elif method == RESPONSE_URL_METHOD:
            _send_text(request, 200, "ok")
        else:
            _send(request, 200, self._answer(method, params, authorized))

    def _answer(self, method: str, params: dict[str, Any], authorized: bool) -> dict[str, Any]:
        if not authorized:
            return {"ok": False, "error": "invalid_auth"}
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://briefbot-test.slack.com/",
                "team": "briefbot-test",
                "user": "briefbot",
                "team_id": self.team_id,
                "user_id": self.bot_user_id,
                "bot_id": "BBOT",
            }
        if method in ("chat.postMessage", "chat.postEphemeral"):
            channel = params.get("channel")
            if not channel:
                return {"ok": False, "error": "channel_not_found"}
            if "blocks" in params and (problem := blocks_problem(params["blocks"])) is not None:
                return {"ok": False, "error": "invalid_blocks", "errors": [problem]}
            if not params.get("text") and not params.get("blocks"):
                return {"ok": False, "error": "no_text"}
            ts = f"1700000000.{next(self._ts):06d}"
            if method == "chat.postEphemeral":
                return {"ok": True, "message_ts": ts}
            message = {
                "type": "message",
                "user": self.bot_user_id,
                "bot_id": "BBOT",
                "text": params.get("text", ""),
                "ts": ts,
                **({"blocks": params["blocks"]} if "blocks" in params else {}),
                **({"thread_ts": params["thread_ts"]} if "thread_ts" in params else {}),
            }
            return {"ok": True, "channel": channel, "ts": ts, "message": message}
        if method == "apps.connections.open":
            if self.socket_url is None:
                return {"ok": False, "error": "socket_mode_not_enabled"}
            return {"ok": True, "url": self.socket_url}
        if method == "conversations.info":
            channel = params.get("channel", "")
            return {"ok": True, "channel": {"id": channel, "name": channel.lower(), "is_member": True}}
        return {"ok": False, "error": "unknown_method"}


def _parse_body(raw: str, content_type: str) -> dict[str, Any]:
    if "json" in content_type:
        loaded = json.loads(raw) if raw else {}
        return dict(loaded) if isinstance(loaded, dict) else {"payload": loaded}
    params: dict[str, Any] = dict(parse_qsl(raw))
    for key in ("blocks", "attachments"):
        if isinstance(params.get(key), str):
            params[key] = json.loads(params[key])
    return params


def _send(
    request: BaseHTTPRequestHandler,
    status: int,
    body: dict[str, Any],
    headers: Mapping[str, str] | None = None,
) -> None:
    data = json.dumps(body).encode()
    request.send_response(status)
    request.send_header("Content-Type", "application/json; charset=utf-8")
    request.send_header("Content-Length", str(len(data)))
    for name, value in (headers or {}).items():
        request.send_header(name, value)
    request.end_headers()
    request.wfile.write(data)


def _send_text(request: BaseHTTPRequestHandler, status: int, text: str) -> None:
    data = text.encode()
    request.send_response(status)
    request.send_header("Content-Type", "text/plain")
    request.send_header("Content-Length", str(len(data)))
    request.end_headers()
    request.wfile.write(data)
