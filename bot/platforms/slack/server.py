"""The HTTP endpoint Slack calls: an aiohttp server handing requests to Bolt.

Bolt's own ``AsyncApp.start()`` blocks and hides the bound port; serving it
ourselves lets tests bind port 0 and read the port back, lets ``stop()`` close
it cleanly, and raises the listen backlog so a burst of slash commands is not
dropped before Bolt can ack it. Signature verification is Bolt's middleware
and stays on: a bad, missing or stale signature gets 401 before any listener runs.
"""

from __future__ import annotations

import logging

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
LISTEN_BACKLOG = 1024


class BoltHttpServer:
    """Serve ``app`` at ``POST {path}`` on ``host:port`` (port 0 picks a free one)."""

    def __init__(self, app: AsyncApp, *, host: str, port: int, path: str = EVENTS_PATH) -> None:
        self._app = app
        self._host = host
        self._port = port
        self._path = path
        self._runner: web.AppRunner | None = None
        self._bound_port: int | None = None

    @property
    def port(self) -> int:
        """The port actually bound (differs from the requested one when that was 0)."""
        if self._bound_port is None:
            raise RuntimeError("the Slack HTTP server is not running")
        return self._bound_port

    async def start(self) -> int:
        web_app = web.Application()
        web_app.router.add_post(self._path, self._dispatch)
        runner = web.AppRunner(web_app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, self._host, self._port, backlog=LISTEN_BACKLOG)
        await site.start()
        self._runner = runner
        self._bound_port = _bound_port(site, self._port)
        log.info("Slack events endpoint listening on %s:%d%s", self._host, self._bound_port, self._path)
        return self._bound_port

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
            self._bound_port = None

    async def _dispatch(self, request: web.Request) -> web.Response:
        bolt_response = await self._app.async_dispatch(await to_bolt_request(request))
        return await to_aiohttp_response(bolt_response)


def _bound_port(site: web.TCPSite, requested: int) -> int:
    server = site._server  # aiohttp exposes the asyncio server only here
    sockets = getattr(server, "sockets", None) or ()
    for sock in sockets:
        return int(sock.getsockname()[1])
    return requested
