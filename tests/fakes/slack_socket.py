"""Slack's side of Socket Mode, at the network edge: a WebSocket endpoint that
says hello, pushes envelopes and collects the app's acks."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from aiohttp import WSMsgType, web

GUARD = 30.0
"""Seconds before a wait for the app gives up: a hang fails the test instead of blocking
the suite. Not a speed bound (the tests assert order, never time)."""


class FakeSocketModeServer:
    """Slack's side of Socket Mode: a WebSocket endpoint on 127.0.0.1 (port 0) on the
    caller's event loop. Says hello, pushes envelopes, and collects the app's acks.

    Point ``FakeSlackApi.socket_url`` at :attr:`url` so ``apps.connections.open`` hands it out.
    """

    def __init__(self) -> None:
        self._runner: web.AppRunner | None = None
        self._socket: web.WebSocketResponse | None = None
        self._connected = asyncio.Event()
        self._acks: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self.url = ""

    async def start(self) -> str:
        app = web.Application()
        app.router.add_get("/link", self._serve)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"ws://127.0.0.1:{port}/link"
        return self.url

    async def stop(self) -> None:
        if self._socket is not None:
            await self._socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def connected(self, timeout: float = GUARD) -> None:
        await asyncio.wait_for(self._connected.wait(), timeout)

    async def push(
        self, envelope_type: str, payload: dict[str, Any], *, envelope_id: str, timeout: float = GUARD
    ) -> dict[str, Any]:
        """Send one envelope; returns the app's ack message for it."""
        assert self._socket is not None, "no Socket Mode connection"
        ack = asyncio.get_running_loop().create_future()
        self._acks[envelope_id] = ack
        await self._socket.send_json(
            {
                "envelope_id": envelope_id,
                "type": envelope_type,
                "payload": payload,
                "accepts_response_payload": envelope_type != "events_api",
            }
        )
        return await asyncio.wait_for(ack, timeout)

    async def _serve(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self._socket = socket
        await socket.send_json(
            {"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A0001"}}
        )
        self._connected.set()
        async for message in socket:
            if message.type != WSMsgType.TEXT:
                continue
            data = json.loads(message.data)
            waiter = self._acks.pop(str(data.get("envelope_id")), None)
            if waiter is not None and not waiter.done():
                waiter.set_result(data)
        return socket
