"""Sources buttons: persistent across restarts, because their ``custom_id`` says it all.

A button's ``custom_id`` is ``briefbot:sources:N``. It is a
:class:`discord.ui.DynamicItem`, registered on the client at start-up, so a press
on a briefing posted days ago (before the last restart) is still routed here: the
item number comes from the ``custom_id`` and the briefing from where the button
sits (the briefing's first message, or a following part in its thread, whose id
is the first message's id). Nothing about the button lives only in memory.

Which items get a button on which message: the renderer splits a briefing into
messages without saying where each item went, so the item numbers are read back
from the embed descriptions (an item begins a line with its number, ``**3.**``
in the default template). A number not found anywhere (a team template that
numbers items differently) gets its button on the first message.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol, cast

import discord

SOURCES_ID = "briefbot:sources:{number}"
SOURCES_TEMPLATE = r"briefbot:sources:(?P<number>[0-9]{1,6})"
MAX_BUTTONS = 25
"""Discord allows 5 action rows of 5 buttons on a message."""
BUTTON_LABEL_MAX = 80

_ITEM_START = re.compile(r"^[\s*_>#-]*(\d{1,6})[.)]", re.MULTILINE)

SourcesCallback = Callable[[discord.Interaction[Any], int], Awaitable[None]]


class HasSourcesCallback(Protocol):
    """The client a Sources button reports to (see ``bot.platforms.discord.client``)."""

    on_sources: SourcesCallback


class SourcesButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=SOURCES_TEMPLATE):
    """The "Sources N" button of item N of a briefing."""

    def __init__(self, number: int) -> None:
        super().__init__(
            discord.ui.Button(
                label=f"Sources {number}"[:BUTTON_LABEL_MAX],
                style=discord.ButtonStyle.secondary,
                custom_id=SOURCES_ID.format(number=number),
            )
        )
        self.number = number

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> SourcesButton:
        return cls(int(match["number"]))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        client = cast(HasSourcesCallback, interaction.client)
        await client.on_sources(interaction, self.number)


def item_numbers(message: Mapping[str, Any], known: Iterable[int]) -> list[int]:
    """The item numbers that begin a line in ``message``'s embed descriptions, in order.

    >>> item_numbers({"embeds": [{"description": "**1.** a\\n\\n**2.** b\\n-# Source: x"}]}, [1, 2, 3])
    [1, 2]
    """
    wanted = set(known)
    found: list[int] = []
    for embed in message.get("embeds") or []:
        for match in _ITEM_START.finditer(str(embed.get("description", ""))):
            number = int(match.group(1))
            if number in wanted and number not in found:
                found.append(number)
    return found


def buttons_per_message(messages: Sequence[Mapping[str, Any]], numbers: Sequence[int]) -> list[list[int]]:
    """For each rendered message, the items whose Sources buttons it carries (at most 25).

    >>> buttons_per_message([{"embeds": [{"description": "**1.** a"}]},
    ...                      {"embeds": [{"description": "**2.** b"}]}], [1, 2, 3])
    [[1, 3], [2]]
    """
    placed: list[list[int]] = [[] for _ in messages]
    seen: set[int] = set()
    for index, message in enumerate(messages):
        for number in item_numbers(message, numbers):
            if number not in seen:
                placed[index].append(number)
                seen.add(number)
    if placed:
        placed[0].extend(n for n in numbers if n not in seen)
    return [sorted(group)[:MAX_BUTTONS] for group in placed]


def sources_view(numbers: Sequence[int]) -> discord.ui.View | None:
    """A view of Sources buttons (``timeout=None``: it never expires), or None for no items."""
    if not numbers:
        return None
    view = discord.ui.View(timeout=None)
    for number in numbers[:MAX_BUTTONS]:
        view.add_item(SourcesButton(number))
    return view
