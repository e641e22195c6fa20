"""Discord slash-command options back into the core's argument text, and their descriptions."""

from __future__ import annotations

import pytest

from bot.core.commands import COMMANDS
from bot.platforms.discord.commands import DESCRIPTION_MAX, arguments, description


@pytest.mark.parametrize(
    ("parts", "since", "expected"),
    [
        (("Wang Yi",), "7d", "Wang Yi since 7d"),
        (("Wang Yi",), "since yesterday", "Wang Yi since yesterday"),
        (("Taliban",), "from 2021-07-20", "Taliban from 2021-07-20"),
        ((None,), "last week", "since last week"),
        (("  Abdul   Ghani  Baradar ",), None, "Abdul Ghani Baradar"),
        (("08:00", "Europe/London", None), None, "08:00 Europe/London"),
        (("", "  "), "  ", ""),
    ],
)
def test_options_become_the_argument_text_the_core_parses(
    parts: tuple[str | None, ...], since: str | None, expected: str
) -> None:
    assert arguments(*parts, since=since) == expected


def test_every_command_description_is_the_core_summary_within_discords_100_characters() -> None:
    for name, entry in COMMANDS.items():
        text = description(name)
        assert 1 <= len(text) <= DESCRIPTION_MAX
        assert entry.summary.startswith(text.rstrip("…"))
