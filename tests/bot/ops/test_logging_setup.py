"""Logs: text or JSON lines, and configured secrets never written."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
from pydantic import SecretStr

from bot.config import Settings
from bot.ops.logging_setup import configure_logging


@pytest.fixture
def restore_root() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def _settings(**values: object) -> Settings:
    return Settings.model_validate(values)


def test_configured_secrets_are_redacted_from_messages_and_tracebacks(restore_root: None) -> None:
    stream = io.StringIO()
    settings = _settings(DISCORD_TOKEN=SecretStr("MTIzNDU2Nzg5.discord-secret"))
    configure_logging(settings, stream=stream)
    log = logging.getLogger("briefbot.test")
    log.warning("connecting with %s", "MTIzNDU2Nzg5.discord-secret")
    try:
        raise RuntimeError("bad token MTIzNDU2Nzg5.discord-secret")
    except RuntimeError:
        log.exception("failed")
    output = stream.getvalue()
    assert "discord-secret" not in output and "MTIzNDU2Nzg5" not in output
    assert "connecting with ***" in output
    assert "RuntimeError: bad token ***" in output


def test_slack_shaped_tokens_are_redacted_even_when_not_configured(restore_root: None) -> None:
    stream = io.StringIO()
    configure_logging(_settings(), stream=stream)
    logging.getLogger("briefbot.test").warning("url https://x/?token=xoxb-1234-5678-abcdefgh")
    assert "xoxb-1234" not in stream.getvalue()


def test_json_format_writes_one_object_per_line(restore_root: None) -> None:
    stream = io.StringIO()
    configure_logging(_settings(BRIEFBOT_LOG_FORMAT="json"), stream=stream)
    logging.getLogger("briefbot.test").info("posted %d items", 3)
    entry = json.loads(stream.getvalue().strip())
    assert entry["message"] == "posted 3 items"
    assert entry["level"] == "INFO" and entry["logger"] == "briefbot.test"


def test_configuring_twice_does_not_duplicate_lines(restore_root: None) -> None:
    stream = io.StringIO()
    configure_logging(_settings(), stream=stream)
    configure_logging(_settings(), stream=stream)
    logging.getLogger("briefbot.test").warning("once")
    assert stream.getvalue().count("once") == 1
