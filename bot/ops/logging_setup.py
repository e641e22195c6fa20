"""Logging for ``briefbot run``: text or JSON lines on stderr, secrets never written.

Secrets are ``SecretStr`` in the settings, so they do not reach logs through
``repr``; but a library may still log a URL or header that carries one. The
formatters therefore replace every configured secret value, and anything shaped
like a Slack token, with ``***`` in the final line, exception text included.
Logs go to stderr so that the console platform's stdout carries only briefings.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import TextIO

from bot.config import Settings

REDACTED = "***"
# Slack bot/user/app tokens and signing-secret-shaped values in URLs or headers.
_TOKEN_SHAPES = re.compile(r"\b(?:xox[abposr]|xapp)-[A-Za-z0-9-]{8,}")
_HANDLER_NAME = "briefbot"


class Redactor:
    """Replaces known secret values and token-shaped strings in text."""

    def __init__(self, secrets: list[str]) -> None:
        # Longest first, so a secret containing another is replaced whole.
        self._secrets = sorted({s for s in secrets if len(s) >= 4}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return _TOKEN_SHAPES.sub(REDACTED, text)


class TextFormatter(logging.Formatter):
    def __init__(self, redact: Redactor) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")
        self._redact = redact

    def format(self, record: logging.LogRecord) -> str:
        return self._redact(super().format(record))


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC ISO), level, logger, message, and the
    exception when there is one; for log shippers."""

    def __init__(self, redact: Redactor) -> None:
        super().__init__()
        self._redact = redact

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, str] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": self._redact(record.getMessage()),
        }
        if record.exc_info:
            entry["exception"] = self._redact(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(
    settings: Settings, *, stream: TextIO | None = None, default_level: str | None = None
) -> logging.Handler:
    """Install briefbot's handler on the root logger (replacing an earlier one of
    ours, so calling it twice does not double every line) and return it.

    ``default_level`` applies when ``BRIEFBOT_LOG_LEVEL`` was not set: the console
    platform passes "WARNING", since there the terminal is the chat and progress
    lines would bury the briefing."""
    redact = Redactor(settings.secret_values())
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(JsonFormatter(redact) if settings.log_format == "json" else TextFormatter(redact))
    root = logging.getLogger()
    for existing in list(root.handlers):
        if existing.get_name() == _HANDLER_NAME:
            root.removeHandler(existing)
    root.addHandler(handler)
    explicit = "log_level" in settings.model_fields_set
    root.setLevel(settings.log_level if explicit or default_level is None else default_level)
    return handler
