"""Discord thread names (issue 19, item 8): plain text without control characters."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.platforms.discord.posting import thread_name
from briefings.model.briefing import Briefing


@pytest.mark.parametrize(
    "title", ["Brief\x00ing", "Brief\ning", "Brief\x1b[31ming", "Brief\u202eing", "Brief\x7fing"]
)
def test_thread_names_drop_control_characters(title: str) -> None:
    briefing = Briefing(
        title=title, generated_at=datetime(2021, 7, 29, tzinfo=UTC), since=None, until=None, tz="UTC"
    )
    name = thread_name(briefing)
    assert all(ch.isprintable() for ch in name), repr(name)
    assert name.startswith("Brief") and name.endswith("· 2021-07-29") and 1 <= len(name) <= 100
