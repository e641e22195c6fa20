"""A local stand-in for Discord's gateway WebSocket: HELLO, IDENTIFY, READY, GUILD_CREATE,
then whatever events a test pushes. In the test's event loop, on 127.0.0.1 (port 0)."""

from __future__ import annotations

import itertools
import json

from aiohttp import WSMsgType, web

from tests.fakes.discord_events import APPLICATION_ID, BOT_ID, GUILD_ID, JSON, guild_payload, user_payload

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
