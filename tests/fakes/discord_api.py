"""A local stand-in for Discord, at the network edge only.

:class:`FakeDiscordApi` is an HTTP server on 127.0.0.1 (port 0) in a thread that
answers the REST routes briefbot's discord.py client calls, shaped like
Discord's API v10 (``discord/types/*.py``): the bot user and application at
login (401 for a wrong token), bulk command overwrites (global and per guild),
interaction callbacks and webhook follow-ups, channel messages and threads
started from a message. It records every request so tests can assert what the
bot sent and when. discord.py is pointed at it by ``DISCORD_API_URL`` (which
sets ``discord.http.Route.BASE``).

The gateway side (what Discord pushes to the bot) is built by the ``*_payload``
functions below and fed to the client's ``ConnectionState`` by the tests.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from aiohttp import WSMsgType, web

JSON = dict[str, Any]

APPLICATION_ID = 811000000000000001
BOT_ID = APPLICATION_ID
GUILD_ID = 811000000000000100
CHANNEL_ID = 811000000000000200
USER_ID = 811000000000000300
TIMESTAMP = "2021-07-29T08:00:00.000000+00:00"


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


def user_payload(user_id: int = USER_ID, name: str = "reader", *, bot: bool = False) -> JSON:
    return {
        "id": str(user_id),
        "username": name,
        "discriminator": "0",
        "global_name": name,
        "avatar": None,
        "bot": bot,
    }


def member_payload(user: JSON) -> JSON:
    return {
        "user": user,
        "roles": [],
        "joined_at": TIMESTAMP,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "permissions": "2248473465835073",
    }


def text_channel_payload(channel_id: int = CHANNEL_ID, name: str = "briefings") -> JSON:
    return {
        "id": str(channel_id),
        "type": 0,
        "guild_id": str(GUILD_ID),
        "name": name,
        "position": 0,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
        "topic": None,
        "last_message_id": None,
        "rate_limit_per_user": 0,
    }


def thread_payload(thread_id: int, parent_id: int = CHANNEL_ID, name: str = "Briefing") -> JSON:
    return {
        "id": str(thread_id),
        "type": 11,
        "guild_id": str(GUILD_ID),
        "parent_id": str(parent_id),
        "owner_id": str(BOT_ID),
        "name": name,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "message_count": 0,
        "member_count": 1,
        "thread_metadata": {
            "archived": False,
            "auto_archive_duration": 1440,
            "archive_timestamp": TIMESTAMP,
            "locked": False,
        },
    }


def guild_payload(channels: list[JSON] | None = None, threads: list[JSON] | None = None) -> JSON:
    """What GUILD_CREATE carries for the test guild (its channels and active threads)."""
    return {
        "id": str(GUILD_ID),
        "name": "Newsroom",
        "icon": None,
        "owner_id": str(USER_ID),
        "region": "europe",
        "afk_channel_id": None,
        "afk_timeout": 300,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "roles": [
            {
                "id": str(GUILD_ID),
                "name": "@everyone",
                "permissions": "2248473465835073",
                "position": 0,
                "color": 0,
                "hoist": False,
                "managed": False,
                "mentionable": False,
                "flags": 0,
            }
        ],
        "emojis": [],
        "features": [],
        "mfa_level": 0,
        "system_channel_id": None,
        "system_channel_flags": 0,
        "rules_channel_id": None,
        "vanity_url_code": None,
        "description": None,
        "banner": None,
        "premium_tier": 0,
        "preferred_locale": "en-US",
        "public_updates_channel_id": None,
        "nsfw_level": 0,
        "premium_progress_bar_enabled": False,
        "member_count": 2,
        "channels": channels if channels is not None else [text_channel_payload()],
        "threads": threads or [],
        "members": [],
        "stickers": [],
    }


def message_payload(
    message_id: int,
    channel_id: int,
    *,
    content: str = "",
    author: JSON | None = None,
    embeds: list[JSON] | None = None,
    components: list[JSON] | None = None,
    guild: bool = True,
) -> JSON:
    payload: JSON = {
        "id": str(message_id),
        "channel_id": str(channel_id),
        "author": author or user_payload(BOT_ID, "briefbot", bot=True),
        "content": content,
        "timestamp": TIMESTAMP,
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": embeds or [],
        "components": components or [],
        "pinned": False,
        "type": 0,
        "flags": 0,
    }
    if guild:
        payload["guild_id"] = str(GUILD_ID)
    return payload


_interaction_ids = itertools.count(900000000000000001)


def _interaction(kind: int, data: JSON, channel: JSON, *, user: JSON | None = None, **extra: Any) -> JSON:
    number = next(_interaction_ids)
    person = user or user_payload()
    return {
        "id": str(number),
        "application_id": str(APPLICATION_ID),
        "type": kind,
        "token": f"interaction-token-{number}",
        "version": 1,
        "guild_id": str(GUILD_ID),
        "channel_id": channel["id"],
        "channel": channel,
        "member": member_payload(person),
        "app_permissions": "2248473465835073",
        "locale": "en-GB",
        "guild_locale": "en-US",
        "entitlements": [],
        "authorizing_integration_owners": {"0": str(GUILD_ID)},
        "context": 0,
        "attachment_size_limit": 10485760,
        "data": data,
        **extra,
    }


def command_payload(
    name: str,
    options: Mapping[str, str | int] | None = None,
    *,
    channel: JSON | None = None,
    guild: bool = True,
) -> JSON:
    """INTERACTION_CREATE for a slash command (type 2) with string/integer options."""
    option_list = [
        {"name": key, "type": 4 if isinstance(value, int) else 3, "value": value}
        for key, value in (options or {}).items()
    ]
    data: JSON = {"id": "811000000000009000", "name": name, "type": 1, "options": option_list}
    if guild:
        data["guild_id"] = str(GUILD_ID)
    return _interaction(2, data, channel or text_channel_payload())


def autocomplete_payload(name: str, option: str, current: str, *, guild: bool = True) -> JSON:
    """INTERACTION_CREATE for an autocomplete request (type 4) on ``option``."""
    data: JSON = {
        "id": "811000000000009000",
        "name": name,
        "type": 1,
        "options": [{"name": option, "type": 3, "value": current, "focused": True}],
    }
    if guild:
        data["guild_id"] = str(GUILD_ID)
    return _interaction(4, data, text_channel_payload())


def button_payload(custom_id: str, message: JSON, channel: JSON) -> JSON:
    """INTERACTION_CREATE for a button press (type 3) on ``message`` in ``channel``."""
    data = {"custom_id": custom_id, "component_type": 2}
    return _interaction(3, data, channel, message=message)


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


MESSAGE_CONTENT_INTENT = 1 << 15


class FakeDiscordGateway:
    """A gateway WebSocket on 127.0.0.1 (port 0) in the test's event loop: HELLO, then on
    IDENTIFY either READY and GUILD_CREATE for the test guild, or close code 4014 when the
    bot asks for Message Content and ``grant_message_content`` is off (the portal toggle).
    :meth:`dispatch` pushes any event (e.g. INTERACTION_CREATE) to the connected bot.

    Point discord.py at it with ``DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway.url)``.
    """

    def __init__(self, *, grant_message_content: bool = True) -> None:
        self.grant_message_content = grant_message_content
        self.identified: list[JSON] = []
        self._socket: web.WebSocketResponse | None = None
        self._sequence = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def __aenter__(self) -> FakeDiscordGateway:
        app = web.Application()
        app.router.add_get("/", self._serve)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = int(self._runner.addresses[0][1])
        self.url = f"ws://127.0.0.1:{port}/"
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._socket is not None and not self._socket.closed:
            await self._socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def dispatch(self, event: str, data: JSON) -> None:
        if self._socket is None:
            raise RuntimeError("no bot is connected")
        await self._socket.send_json({"op": 0, "t": event, "s": next(self._sequence), "d": data})

    async def _serve(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self._socket = socket
        await socket.send_json({"op": 10, "d": {"heartbeat_interval": 41250}})
        async for frame in socket:
            if frame.type != WSMsgType.TEXT:
                continue
            message = json.loads(frame.data)
            if message.get("op") == 1:  # heartbeat
                await socket.send_json({"op": 11})
            elif message.get("op") == 2:  # identify
                self.identified.append(message["d"])
                if (
                    int(message["d"].get("intents", 0)) & MESSAGE_CONTENT_INTENT
                    and not self.grant_message_content
                ):
                    await socket.close(code=4014, message=b"Disallowed intent(s).")
                    break
                await self.dispatch("READY", self._ready())
                await self.dispatch("GUILD_CREATE", guild_payload())
        return socket

    def _ready(self) -> JSON:
        return {
            "v": 10,
            "user": user_payload(BOT_ID, "briefbot", bot=True),
            "guilds": [{"id": str(GUILD_ID), "unavailable": True}],
            "session_id": "fake-session",
            "resume_gateway_url": self.url,
            "application": {"id": str(APPLICATION_ID), "flags": 0},
        }
