"""Hostile command arguments (issue 19, item 8): each gets one error naming the argument.

Before, these crashed a handler ("Sorry, that failed" and a SQL traceback in the
log): a window start before year 1, a timedelta overflow, year 0, an offset that
leaves the calendar, superscript digits that ``str.isdigit`` accepts and ``int``
does not, numbers past Python's 4,300-digit limit, NUL bytes that PostgreSQL
refuses. They run on every store backend, PostgreSQL included.
"""

from __future__ import annotations

import pytest

from bot.core.arguments import MAX_TOPIC
from bot.core.commands import CommandHandler
from bot.core.service import BriefingService
from bot.platforms.memory import Exchange, MemoryPlatform
from briefings.model.briefing import Briefing, Notice
from briefings.store.protocol import Store
from tests.bot.corpus import NOW, save_seed

HUGE = "9" * 5000


class Bot:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.platform = MemoryPlatform(BriefingService(store), clock=lambda: NOW)
        self._handler = CommandHandler(store, clock=lambda: NOW)

    async def start(self) -> Bot:
        await self.platform.start(self._handler)
        return self

    async def command(self, name: str, text: str = "") -> Exchange:
        return await self.platform.command(name, text)


@pytest.fixture
async def bot(store: Store) -> Bot:
    save_seed(store)
    return await Bot(store).start()


def _error(exchange: Exchange) -> str:
    response = exchange.response
    assert isinstance(response, Notice) and response.kind == "error", response
    assert exchange.outgoing.ephemeral
    return response.text.split("\n")[0]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("since 3000 years", "3000 years"),
        ("since 99999999999999999999d", "99999999999999999999d"),
        ("since 0000", "0000"),
        ("since 0001-01-01T00:00+14:00", "0001-01-01t00:00+14:00"),
        ("since 1899-12-31", "1899-12-31"),
        ("since " + "9" * 150 + "d", "9" * 40 + "…"),
        (f"since {HUGE}d", "is longer than I can read"),
    ],
)
@pytest.mark.parametrize("command", ["brief", "whomet", "quotes", "questions"])
async def test_an_impossible_window_is_one_error_naming_it(
    bot: Bot, command: str, text: str, named: str
) -> None:
    subject = "" if command in ("brief", "questions") else "Baradar "
    line = _error(await bot.command(command, subject + text))
    assert named in line and "\n" not in line


@pytest.mark.parametrize("command", ["brief", "whomet", "quotes", "questions", "subscribe", "unsubscribe"])
async def test_a_nul_byte_is_refused_before_any_query(bot: Bot, command: str) -> None:
    line = _error(await bot.command(command, "Bara\x00dar"))
    assert f"argument of /{command}" in line and "control characters" in line


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("²", "is not a subscription id"),
        ("³", "is not a subscription id"),
        ("9" * 400, "is not a subscription id"),
        (HUGE, "is longer than I can read"),
        ("#" + HUGE, "is longer than I can read"),
    ],
)
async def test_unsubscribe_reads_only_plain_digits(bot: Bot, text: str, said: str) -> None:
    await bot.command("subscribe", "08:00")
    line = _error(await bot.command("unsubscribe", text))
    assert said in line and len(line) < 200
    assert len(bot.store.subscriptions()) == 1


@pytest.mark.parametrize("text", ["sources ²", "²", f"sources {HUGE}"])
async def test_a_thread_reply_with_an_odd_number_gets_a_hint_naming_it(bot: Bot, text: str) -> None:
    posted = await bot.command("brief", "since 2021-07-01")
    assert isinstance(posted.response, Briefing) and posted.response.items()
    reply = (await bot.platform.reply_in_thread(posted.ref, text)).response
    assert isinstance(reply, Notice) and "is not an item number" in reply.text and len(reply.text) < 200


async def test_a_sources_button_with_an_odd_number_is_refused(bot: Bot) -> None:
    posted = await bot.command("brief", "since 2021-07-01")
    pressed = (await bot.platform.press(posted.ref, f"sources:{HUGE}")).response
    assert isinstance(pressed, Notice) and pressed.kind == "error"


async def test_a_subscription_topic_is_capped_like_any_other_argument(bot: Bot) -> None:
    line = _error(await bot.command("subscribe", "08:00 UTC " + "x" * 100_000))
    assert "longer than I can read" in line or "too long" in line
    line = _error(await bot.command("subscribe", "08:00 UTC " + "Taliban " * (MAX_TOPIC // 8 + 1)))
    assert f"{MAX_TOPIC} characters at most" in line
    assert bot.store.subscriptions() == []
    ok = await bot.command("subscribe", "08:00 UTC Taliban")
    assert isinstance(ok.response, Notice) and ok.response.kind == "info"


async def test_an_unknown_command_name_with_control_characters_is_shown_without_them(bot: Bot) -> None:
    response = (await bot.command("br\x00ief\x1b[31m")).response
    assert isinstance(response, Notice) and "\x00" not in response.text and "\x1b" not in response.text
