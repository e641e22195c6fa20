"""The operator port in process: /healthz and /metrics over real HTTP, on the memory platform."""

from __future__ import annotations

import json
import socket
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.app import SubscriptionDeliverer
from bot.config import ConfigError, Settings
from bot.core.commands import CommandHandler
from bot.core.events import Incoming
from bot.core.service import BriefingService
from bot.ops.metrics import Metrics
from bot.ops.server import Health, OpsServer, platform_connected, start_ops_server
from bot.platforms.discord.platform import DiscordPlatform
from bot.platforms.memory import MemoryPlatform
from bot.scheduling.scheduler import Scheduler
from briefings.ingest import IngestReport
from briefings.render.renderer import Renderer
from briefings.store import SqlStore
from briefings.store.engine import create_store_engine
from briefings.store.protocol import Store
from tests.bot.corpus import NOW, save_seed


def _settings(**values: object) -> Settings:
    return Settings.model_validate(values)


async def _get(server: OpsServer, path: str) -> tuple[int, str, str]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{server.port}{path}") as response,
    ):
        return response.status, response.headers["Content-Type"], await response.text()


async def _serve(health: Health, metrics: Metrics, scenario: Callable[[OpsServer], Awaitable[Any]]) -> Any:
    async def run() -> Any:
        settings = _settings(BRIEFBOT_OPS_PORT=0, BRIEFBOT_OPS_HOST="127.0.0.1")
        server = await start_ops_server(settings, health, metrics)
        assert server is not None and server.port
        try:
            return await scenario(server)
        finally:
            await server.stop()

    return await run()


def _samples(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every sample of a Prometheus text exposition, keyed by name and labels."""
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def _value(text: str, name: str, **labels: str) -> float | None:
    return _samples(text).get((name, frozenset(labels.items())))


def _memory(store: Store) -> MemoryPlatform:
    return MemoryPlatform(BriefingService(store), clock=lambda: NOW)


async def test_healthz_is_200_with_each_part_when_the_database_answers_and_the_platform_runs(
    store: SqlStore,
) -> None:
    health = Health(store, _memory(store), platform_started=True)
    status, content_type, body = await _serve(health, Metrics(), lambda server: _get(server, "/healthz"))
    assert status == 200 and content_type.startswith("application/json")
    report = json.loads(body)
    assert report["status"] == "ok"
    assert report["process"]["up"] is True and report["process"]["pid"] > 0
    assert report["database"]["reachable"] is True
    assert report["database"]["dialect"] == store.dialect
    assert report["platform"] == {"name": "memory", "connected": True}
    assert report["scheduler"] == {"role": "off"}


async def test_healthz_is_503_while_the_platform_has_not_started(store: Store) -> None:
    health = Health(store, _memory(store))
    status, _, body = await _serve(health, Metrics(), lambda server: _get(server, "/healthz"))
    assert status == 503
    report = json.loads(body)
    assert report["status"] == "unavailable" and report["platform"]["connected"] is False
    assert report["database"]["reachable"] is True


async def test_healthz_is_503_naming_the_database_when_it_does_not_answer_and_hides_its_password() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    engine = create_store_engine(f"postgresql://briefbot:pw-not-shown@127.0.0.1:{port}/briefbot")
    unreachable = SqlStore(engine)
    try:
        health = Health(unreachable, _memory(unreachable), platform_started=True)
        status, _, body = await _serve(health, Metrics(), lambda server: _get(server, "/healthz"))
    finally:
        engine.dispose()
    assert status == 503
    report = json.loads(body)
    assert report["database"]["reachable"] is False and report["database"]["dialect"] == "postgresql"
    assert "refused" in report["database"]["error"].lower()
    assert "pw-not-shown" not in body


async def test_healthz_reports_the_scheduler_leader_and_a_follower_of_the_same_database(store: Store) -> None:
    settings = _settings(BRIEFBOT_LEASE_TTL_SECONDS=30)
    platform = _memory(store)
    deliverer = SubscriptionDeliverer(BriefingService(store), platform, lambda: NOW)
    leader = Scheduler(store, deliverer, settings, clock=lambda: NOW, holder_id="a")
    follower = Scheduler(store, deliverer, settings, clock=lambda: NOW, holder_id="b")
    await leader.tick(NOW)
    await follower.tick(NOW)

    roles = []
    for scheduler in (leader, follower):
        health = Health(store, platform, scheduler=scheduler, platform_started=True)
        status, _, body = await _serve(health, Metrics(), lambda server: _get(server, "/healthz"))
        assert status == 200, "a follower is healthy: replicas are the point"
        roles.append(json.loads(body)["scheduler"]["role"])
    assert roles == ["leader", "follower"]


async def test_metrics_count_commands_briefings_and_their_latency_in_prometheus_text(store: Store) -> None:
    save_seed(store)
    platform = _memory(store)
    metrics = Metrics()
    ticks = iter([10.0, 10.25, 20.0, 20.5, 30.0, 30.125])

    async def scenario(server: OpsServer) -> tuple[int, str, str]:
        handler = CommandHandler(store, clock=lambda: NOW)
        await platform.start(metrics.instrument(handler, timer=lambda: next(ticks)))
        await platform.command("whomet", "Baradar")
        await platform.command("brief")
        await platform.command("no-such-command")
        return await _get(server, "/metrics")

    health = Health(store, platform, platform_started=True)
    status, content_type, text = await _serve(health, metrics, scenario)
    assert status == 200 and content_type.startswith("text/plain; version=")
    assert _value(text, "briefbot_command_duration_seconds_count", command="whomet") == 1
    assert _value(text, "briefbot_command_duration_seconds_sum", command="whomet") == 0.25
    assert _value(text, "briefbot_command_duration_seconds_sum", command="brief") == 0.5
    assert _value(text, "briefbot_command_duration_seconds_count", command="unknown") == 1
    assert _value(text, "briefbot_briefings_posted_total", platform="memory", trigger="command") == 2
    assert _value(text, "briefbot_failures_total", kind="command") == 0


async def test_a_command_that_raises_counts_as_a_failure_and_is_still_timed() -> None:
    metrics = Metrics()
    ticks = iter([1.0, 3.0])

    async def broken(incoming: Any) -> Any:
        raise RuntimeError("the store went away")

    timed = metrics.instrument(broken, timer=lambda: next(ticks))

    async def call() -> None:
        await timed(Incoming("command", "memory", "c", "u", command="quotes"))

    with pytest.raises(RuntimeError):
        await call()
    text = metrics.render()[0].decode()
    assert _value(text, "briefbot_failures_total", kind="command") == 1
    assert _value(text, "briefbot_command_duration_seconds_sum", command="quotes") == 2.0


async def test_scheduled_deliveries_set_the_last_delivery_time_and_count_failures(store: Store) -> None:
    save_seed(store)
    metrics = Metrics()
    platform = _memory(store)
    deliverer = SubscriptionDeliverer(BriefingService(store), platform, lambda: NOW, metrics)
    ours = store.add_subscription("memory", "news", "08:00", "UTC", None, now=NOW)
    elsewhere = store.add_subscription("slack", "C1", "08:00", "UTC", None, now=NOW)

    await deliverer.deliver(ours, NOW)
    with pytest.raises(RuntimeError):
        await deliverer.deliver(elsewhere, NOW)

    text = metrics.render()[0].decode()
    last = "briefbot_last_delivery_timestamp_seconds"
    assert _value(text, last, subscription=str(ours.id)) == NOW.timestamp()
    assert _value(text, last, subscription=str(elsewhere.id)) is None
    assert _value(text, "briefbot_briefings_posted_total", platform="memory", trigger="schedule") == 1
    assert _value(text, "briefbot_failures_total", kind="delivery") == 1


def test_last_delivery_times_start_from_the_ledger_after_a_restart(store: Store) -> None:
    subscription = store.add_subscription("memory", "news", "08:00", "UTC", None, now=NOW)
    posted_at = NOW + timedelta(minutes=1)
    assert store.claim_delivery(subscription.id, NOW, holder="h", now=NOW, claim_ttl=timedelta(minutes=5))
    store.complete_delivery(subscription.id, NOW, message_ref="1", now=posted_at)
    later = NOW + timedelta(days=1)
    assert store.claim_delivery(subscription.id, later, holder="h", now=later, claim_ttl=timedelta(minutes=5))

    metrics = Metrics()
    metrics.load_deliveries(store)

    text = metrics.render()[0].decode()
    last = _value(text, "briefbot_last_delivery_timestamp_seconds", subscription=str(subscription.id))
    assert last == posted_at.timestamp(), "the posted delivery counts, not the one still claimed"


async def test_the_operator_port_is_off_when_unset_and_a_busy_port_is_a_config_error(store: Store) -> None:
    health = Health(store, _memory(store), platform_started=True)

    async def scenario() -> None:
        assert await start_ops_server(_settings(), health, Metrics()) is None
        with socket.socket() as busy:
            busy.bind(("127.0.0.1", 0))
            busy.listen()
            port = busy.getsockname()[1]
            settings = _settings(BRIEFBOT_OPS_PORT=port, BRIEFBOT_OPS_HOST="127.0.0.1")
            with pytest.raises(ConfigError, match=f"BRIEFBOT_OPS_PORT: cannot listen on 127.0.0.1:{port}"):
                await start_ops_server(settings, health, Metrics())

    await scenario()


def test_ingest_runs_count_documents_by_outcome_and_failures() -> None:
    metrics = Metrics()
    metrics.ingest_report(IngestReport(new=3, unchanged=2, failed=1))
    text = metrics.render()[0].decode()
    assert _value(text, "briefbot_ingested_documents_total", outcome="new") == 3
    assert _value(text, "briefbot_ingested_documents_total", outcome="unchanged") == 2
    assert _value(text, "briefbot_ingested_documents_total", outcome="updated") is None
    assert _value(text, "briefbot_failures_total", kind="ingest") == 1


def test_a_discord_platform_counts_as_connected_only_once_its_gateway_is_ready(store: Store) -> None:
    settings = _settings(DISCORD_TOKEN="t" * 24 + ".abcdef." + "h" * 27)
    discord_platform = DiscordPlatform(settings, Renderer(), store=store, gateway=False)
    assert platform_connected(discord_platform, started=False) is False
    assert platform_connected(discord_platform, started=True) is False, "started, but no gateway session"
    assert platform_connected(_memory(store), started=True) is True
