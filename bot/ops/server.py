"""The operator port: ``/healthz`` and ``/metrics`` over HTTP, on when ``BRIEFBOT_OPS_PORT`` is set.

``/healthz`` answers 200 when the bot can do its job (the database answers a
``SELECT 1`` and the platform is connected) and 503 otherwise, with a JSON body
saying which part is down, so a container health check, a load balancer or a
person with curl sees the same thing. The scheduler's role (leader, follower,
off) is reported but never makes a replica unhealthy: followers are the point
of running several. ``/metrics`` is the Prometheus text format of
:class:`~bot.ops.metrics.Metrics`.

The server is separate from the Slack HTTP port on purpose: it can stay bound
to an internal interface while Slack's port faces the internet.

>>> # server = await start_ops_server(settings, health, metrics)  # None when the port is unset
>>> # ...; await server.stop()
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from sqlalchemy import Engine, text

from bot.config import ConfigError, Settings
from bot.core.events import Platform
from bot.core.store import off_loop
from bot.ops.metrics import Metrics
from briefings.store.protocol import Store

log = logging.getLogger(__name__)

DATABASE_TIMEOUT_SECONDS = 3.0


def store_engine(store: Store) -> Engine | None:
    """The SQLAlchemy engine behind a store (``SqlStore.engine``), if it has one."""
    engine = getattr(store, "engine", None)
    return engine if isinstance(engine, Engine) else None


def ping_database(engine: Engine) -> None:
    """``SELECT 1`` on a fresh pooled connection; raises what the driver raises."""
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))


def platform_connected(platform: Platform, started: bool) -> bool:
    """Whether the platform can take events now.

    A platform may say so itself with a ``connected`` attribute. Otherwise a
    discord.py client's ``is_ready()`` is asked (the gateway can drop after
    start-up), and for the rest (console, memory, Slack) having started is
    what counts: their start fails when they cannot connect.
    """
    if not started:
        return False
    own = getattr(platform, "connected", None)
    if isinstance(own, bool):
        return own
    client = getattr(platform, "client", None)
    is_ready = getattr(client, "is_ready", None)
    is_closed = getattr(client, "is_closed", None)
    if callable(is_ready) and callable(is_closed):
        return bool(is_ready()) and not bool(is_closed())
    return True


def _reason(exc: BaseException, engine: Engine) -> str:
    """One line about a database failure, without the password of the URL."""
    cause = getattr(exc, "orig", None) or exc
    lines = str(cause).strip().splitlines()
    message = lines[0] if lines else type(cause).__name__
    password = engine.url.password
    if password:
        message = message.replace(str(password), "***")
    return f"{type(cause).__name__}: {message}"


@dataclass
class Health:
    """What ``/healthz`` looks at. The composition root fills in the scheduler
    and flips ``platform_started`` as the bot starts and stops."""

    store: Store
    platform: Platform
    scheduler: Any = None
    platform_started: bool = False
    monotonic: Callable[[], float] = time.monotonic
    started_at: float = field(init=False, default=0.0)

    def __post_init__(self) -> None:
        self.started_at = self.monotonic()

    async def database(self) -> dict[str, Any]:
        engine = store_engine(self.store)
        if engine is None:
            return {"reachable": False, "error": "the store has no SQL engine to ask"}
        try:
            await asyncio.wait_for(off_loop(ping_database, engine), DATABASE_TIMEOUT_SECONDS)
        except TimeoutError:
            return {
                "reachable": False,
                "dialect": engine.dialect.name,
                "error": f"no answer within {DATABASE_TIMEOUT_SECONDS:.0f} s",
            }
        except Exception as exc:
            return {"reachable": False, "dialect": engine.dialect.name, "error": _reason(exc, engine)}
        return {"reachable": True, "dialect": engine.dialect.name}

    def scheduler_role(self) -> str:
        if self.scheduler is None:
            return "off"
        return "leader" if getattr(self.scheduler, "is_leader", False) else "follower"

    async def report(self) -> tuple[bool, dict[str, Any]]:
        """(healthy, the JSON body)."""
        database = await self.database()
        connected = platform_connected(self.platform, self.platform_started)
        healthy = bool(database["reachable"]) and connected
        body = {
            "status": "ok" if healthy else "unavailable",
            "process": {
                "up": True,
                "pid": os.getpid(),
                "uptime_seconds": round(self.monotonic() - self.started_at, 3),
            },
            "database": database,
            "platform": {"name": self.platform.name, "connected": connected},
            "scheduler": {"role": self.scheduler_role()},
        }
        return healthy, body


class OpsServer:
    """The aiohttp server behind the operator port."""

    def __init__(self, health: Health, metrics: Metrics, *, host: str, port: int) -> None:
        self.health = health
        self.metrics = metrics
        self.host = host
        self.requested_port = port
        self._runner: web.AppRunner | None = None
        self.port: int | None = None

    def application(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/metrics", self._metrics)
        return app

    async def start(self) -> None:
        """Bind and serve; a port that cannot be bound is a :class:`ConfigError`."""
        runner = web.AppRunner(self.application(), access_log=None)  # probes every few seconds: no log
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.requested_port)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            where = f"{self.host}:{self.requested_port}"
            reason = exc.strerror or str(exc)
            raise ConfigError(f"BRIEFBOT_OPS_PORT: cannot listen on {where} ({reason})") from None
        self._runner = runner
        self.port = _bound_port(runner, self.requested_port)

    async def stop(self) -> None:
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    async def _healthz(self, request: web.Request) -> web.Response:
        healthy, body = await self.health.report()
        return web.json_response(body, status=200 if healthy else 503)

    async def _metrics(self, request: web.Request) -> web.Response:
        payload, content_type = self.metrics.render()
        response = web.Response(body=payload)
        response.headers["Content-Type"] = content_type
        return response


def _bound_port(runner: web.AppRunner, requested: int) -> int:
    for address in runner.addresses:
        if isinstance(address, tuple) and len(address) >= 2:
            return int(address[1])
    return requested


async def start_ops_server(settings: Settings, health: Health, metrics: Metrics) -> OpsServer | None:
    """Start the operator server when ``BRIEFBOT_OPS_PORT`` is set (0 picks a free port)."""
    if settings.ops_port is None:
        return None
    server = OpsServer(health, metrics, host=settings.ops_host, port=settings.ops_port)
    await server.start()
    log.info("operator endpoints on http://%s:%s/healthz and /metrics", server.host, server.port)
    return server
