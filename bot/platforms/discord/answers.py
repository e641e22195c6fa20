"""Answering interactions, and finding the briefing a button press belongs to.

An interaction is answered once (``interaction.response``); everything after
that is a follow-up. :func:`send` picks the right one and returns the message,
which a briefing needs to open its thread.
"""

from __future__ import annotations

from typing import Any

import discord

from bot.core.events import MessageRef
from bot.platforms.discord.posting import PLATFORM, send_kwargs


async def send(
    interaction: discord.Interaction[Any],
    message: dict[str, Any],
    *,
    ephemeral: bool,
    view: discord.ui.View | None = None,
) -> discord.Message | None:
    """The interaction's answer if not yet given, else a follow-up. Returns the message."""
    kwargs = send_kwargs(message, view)
    if not interaction.response.is_done():
        callback = await interaction.response.send_message(ephemeral=ephemeral, **kwargs)
        resource = callback.resource if callback is not None else None
        if isinstance(resource, discord.Message):
            return resource
        return await interaction.original_response()
    return await interaction.followup.send(ephemeral=ephemeral, wait=True, **kwargs)


def briefing_anchor(
    channel: object, message: discord.Message | None, channel_id: int | None
) -> MessageRef | None:
    """The briefing a button belongs to: a button in a thread is on a following part
    (the thread's id is the briefing's); elsewhere it is on the briefing's first message."""
    if isinstance(channel, discord.Thread) and channel.parent_id is not None:
        anchor = str(channel.id)
        return MessageRef(PLATFORM, str(channel.parent_id), anchor, anchor)
    if message is None or channel_id is None:
        return None
    anchor = str(message.id)
    return MessageRef(PLATFORM, str(channel_id), anchor, anchor)


def with_guild(message: discord.Message, channel: object) -> discord.PartialMessage:
    """The message as one of ``channel``'s: a follow-up comes back through the interaction's
    webhook without its guild, which ``create_thread`` needs."""
    if message.guild is None and isinstance(channel, discord.TextChannel | discord.PartialMessageable):
        return channel.get_partial_message(message.id)
    return message
