"""A process claims only the delivery slots of the platform it runs.

Regression: a console ``briefbot run`` on a database holding Slack subscriptions
took the one scheduler lease, claimed the Slack slots, failed to post them
("subscription 1 is for slack, but this process runs console") and recorded them
``failed`` in the shared ledger, while the Slack replica, never leading, posted nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.app import SubscriptionDeliverer, _make_scheduler
from bot.core.service import BriefingService
from bot.platforms.memory import MemoryPlatform
from bot.scheduling.scheduler import Scheduler
from briefings.store import SqlStore
from tests.bot.scheduling_worker import ListDeliverer, scheduler_settings

CREATED = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
EIGHT_LONDON = datetime(2026, 6, 2, 7, 0, tzinfo=UTC)  # 08:00 BST

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def test_a_process_of_another_platform_neither_fails_nor_blocks_slack_deliveries(
    store: SqlStore, database_url: str
) -> None:
    slack_subscription = store.add_subscription("slack", "C0001", "08:00", "Europe/London", None, now=CREATED)
    now = EIGHT_LONDON + timedelta(seconds=5)
    service = BriefingService(store, tz="UTC")
    other = MemoryPlatform(service, clock=lambda: now)  # the terminal's process, not Slack's
    settings = scheduler_settings(database_url)
    other_process = _make_scheduler(
        store, SubscriptionDeliverer(service, other, lambda: now), settings, lambda: now
    )
    slack = ListDeliverer(holder="slack")
    slack_replica = Scheduler(
        store, slack, settings, clock=lambda: now, holder_id="slack", platforms={"slack"}
    )

    first = await other_process.tick(now)
    assert first.leader and first.outcomes == ()
    assert store.deliveries(subscription_id=slack_subscription.id) == []  # not claimed, not failed

    second = await slack_replica.tick(now)
    assert second.leader  # not blocked by the other platform's process
    assert slack.posts == [(slack_subscription.id, EIGHT_LONDON)]
    [row] = store.deliveries(subscription_id=slack_subscription.id)
    assert (row.status, row.claimed_by) == ("posted", "slack")

    later = await other_process.tick(now + timedelta(minutes=10))
    assert later.outcomes == ()
    assert await other_process.deliver_due(slack_subscription.id, now) == []
    [row] = store.deliveries(subscription_id=slack_subscription.id)
    assert row.status == "posted"


async def test_each_platform_has_its_own_lease_and_job_table(store: SqlStore, database_url: str) -> None:
    settings = scheduler_settings(database_url)
    slack = Scheduler(store, ListDeliverer(), settings, holder_id="s", platforms={"slack"})
    discord = Scheduler(store, ListDeliverer(), settings, holder_id="d", platforms={"discord"})
    assert (slack.lease_name, discord.lease_name) == ("scheduler:slack", "scheduler:discord")
    assert slack.jobs_table != discord.jobs_table
    assert (await slack.tick(CREATED)).leader and (await discord.tick(CREATED)).leader
    second_slack = Scheduler(store, ListDeliverer(), settings, holder_id="s2", platforms={"slack"})
    assert not (await second_slack.tick(CREATED)).leader  # replicas of one platform still elect one leader
