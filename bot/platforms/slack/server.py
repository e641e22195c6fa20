"""The HTTP endpoint Slack calls: an aiohttp server handing requests to Bolt.

Bolt's own ``AsyncApp.start()`` blocks and hides the bound port; serving it
ourselves lets tests bind port 0 and read the port back, lets ``stop()`` close
it cleanly, and raises the listen backlog so a burst of slash commands is not
dropped before Bolt can ack it. Every request is screened first
(``bot.platforms.slack.screening``): a bad, missing, stale or malformed signature
gets 401 and a body no Slack request has gets 400, before Bolt parses anything;
Bolt's own signature check stays on behind it.
"""

from __future__ import annotations

import logging

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest

from bot.platforms.slack.screening import screen

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
LISTEN_BACKLOG = 1024


class BoltHttpServer:
    """Serve ``app`` at ``POST {path}`` on ``host:port`` (port 0 picks a free one)."""

    def __init__(
        self, app: AsyncApp, *, host: str, port: int, signing_secret: str, path: str = EVENTS_PATH
    ) -> None:
        self._app = app
        self._signing_secret = signing_secret
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
        screened = screen(await request.read(), request.headers, self._signing_secret)
        if screened.status:
            log.info("refused a request to %s (%d): %s", self._path, screened.status, screened.reason)
            return web.json_response({"error": "invalid request"}, status=screened.status)
        bolt_request = AsyncBoltRequest(
            body=screened.body,
            query=request.query_string,
            headers=request.headers,  # type: ignore[arg-type]
        )
        return await to_aiohttp_response(await self._app.async_dispatch(bolt_request))


def _bound_port(site: web.TCPSite, requested: int) -> int:
    server = site._server  # aiohttp exposes the asyncio server only here
    sockets = getattr(server, "sockets", None) or ()
    for sock in sockets:
        return int(sock.getsockname()[1])
    return requested
