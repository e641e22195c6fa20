"""Slack payloads translate to neutral events; the manifest matches the bot's commands."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.core.commands import COMMANDS
from bot.core.events import MessageRef
from bot.platforms.slack.payloads import (
    action_incoming,
    command_incoming,
    thread_anchor,
    thread_reply_incoming,
)

MANIFEST = Path(__file__).resolve().parents[3] / "deploy" / "slack" / "manifest.yml"


def test_slash_command_becomes_a_command_named_without_slash_with_trimmed_text() -> None:
    incoming = command_incoming(
        {"command": "/whomet", "text": "  Wang Yi since 2021-07-20 ", "channel_id": "C9", "user_id": "U7"}
    )
    assert (incoming.kind, incoming.platform, incoming.command) == ("command", "slack", "whomet")
    assert (incoming.text, incoming.channel, incoming.user) == ("Wang Yi since 2021-07-20", "C9", "U7")
    assert incoming.thread is None


def test_a_person_replying_in_a_thread_is_a_thread_reply_on_the_anchor() -> None:
    event = {
        "type": "message",
        "channel": "C1",
        "user": "U1",
        "text": " sources 2 ",
        "ts": "2.0",
        "thread_ts": "1.0",
    }
    anchor = thread_anchor(event)
    assert anchor == "1.0"
    incoming = thread_reply_incoming(event, anchor)
    assert incoming.kind == "thread_reply" and incoming.text == "sources 2"
    assert incoming.thread == MessageRef("slack", "C1", "1.0", "1.0")


def test_a_reply_also_sent_to_the_channel_is_still_a_thread_reply() -> None:
    event = {
        "channel": "C1",
        "user": "U1",
        "text": "2",
        "ts": "2.0",
        "thread_ts": "1.0",
        "subtype": "thread_broadcast",
    }
    assert thread_anchor(event) == "1.0"


@pytest.mark.parametrize(
    "event",
    [
        {"channel": "C1", "user": "U1", "text": "hi", "ts": "2.0"},  # top level
        {"channel": "C1", "user": "U1", "text": "hi", "ts": "1.0", "thread_ts": "1.0"},  # the parent
        {"channel": "C1", "user": "U1", "bot_id": "B1", "text": "part 2", "ts": "2.0", "thread_ts": "1.0"},
        {"channel": "C1", "subtype": "message_changed", "ts": "2.0", "thread_ts": "1.0"},
        {"channel": "C1", "user": "U1", "subtype": "channel_join", "ts": "2.0", "thread_ts": "1.0"},
        {"channel": "C1", "text": "no user", "ts": "2.0", "thread_ts": "1.0"},
    ],
)
def test_messages_that_are_not_a_persons_thread_reply_have_no_anchor(event: dict[str, Any]) -> None:
    assert thread_anchor(event) is None


def test_sources_button_on_the_briefing_is_an_action_on_its_message() -> None:
    body = {
        "type": "block_actions",
        "user": {"id": "U1"},
        "container": {"type": "message", "message_ts": "1.0", "channel_id": "C1"},
        "message": {"ts": "1.0"},
        "actions": [{"action_id": "sources", "value": "sources:3"}],
    }
    incoming = action_incoming(body)
    assert incoming is not None
    assert (incoming.kind, incoming.action_value, incoming.user) == ("action", "sources:3", "U1")
    assert incoming.thread == MessageRef("slack", "C1", "1.0", "1.0")


def test_sources_button_on_a_follow_up_part_in_the_thread_points_at_the_anchor() -> None:
    body = {
        "user": {"id": "U1"},
        "container": {"type": "message", "message_ts": "5.0", "channel_id": "C1", "thread_ts": "1.0"},
        "message": {"ts": "5.0", "thread_ts": "1.0"},
        "actions": [{"action_id": "sources", "value": "sources:60"}],
    }
    incoming = action_incoming(body)
    assert incoming is not None and incoming.thread is not None
    assert incoming.thread.message_id == "1.0"


def test_an_action_outside_a_channel_message_is_not_translated() -> None:
    assert action_incoming({"user": {"id": "U1"}, "actions": [{"value": "sources:1"}]}) is None


def test_manifest_declares_exactly_the_bot_commands_with_their_usage() -> None:
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    commands = {c["command"].lstrip("/"): c for c in manifest["features"]["slash_commands"]}
    assert set(commands) == set(COMMANDS)
    for name, command in commands.items():
        usage = COMMANDS[name].usage.removeprefix(f"/{name}").strip()
        assert command.get("usage_hint", "") == usage
        assert command["url"].endswith("/slack/events")


def test_manifest_asks_for_least_scopes_and_the_thread_events() -> None:
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == {
        "commands",
        "chat:write",
        "channels:history",
        "groups:history",
    }
    settings = manifest["settings"]
    assert set(settings["event_subscriptions"]["bot_events"]) == {"message.channels", "message.groups"}
    assert settings["interactivity"]["is_enabled"] is True
    assert settings["interactivity"]["request_url"].endswith("/slack/events")
