"""Screen a request to ``/slack/events`` before Bolt sees it: signature first, then shape.

Bolt verifies signatures too, but it decodes the body with whatever charset the
request declares and parses it before that, so an unsigned request with an
unknown charset, a non-UTF-8 body, a timestamp such as ``abc`` or ``1.5``, a
``payload=`` that is not JSON or a JSON list made it answer 500 with a traceback;
and it logs a badly signed request's full body at INFO. Here such a request gets
401 (no valid signature) or 400 (a body no Slack request has: not UTF-8, or not
the JSON object Bolt parses), one log line without the body, and never reaches Bolt.

>>> screen(b"x", {"X-Slack-Request-Timestamp": "abc"}, "secret", now=0).status
401
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import parse_qs

from slack_sdk.signature import Clock, SignatureVerifier

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 1_000_000
"""Slack's payloads are far smaller; anything larger is not from Slack."""
_MAX_TIMESTAMP_DIGITS = 12


@dataclass(frozen=True)
class Screened:
    """Either the body to hand to Bolt (``status`` 0), or the refusal to send back."""

    status: int
    body: str = ""
    reason: str = ""


def _header(headers: Mapping[str, str], name: str) -> str | None:
    lowered = {key.lower(): value for key, value in headers.items()}
    return lowered.get(name.lower())


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip('"').lower()
    return None


def screen(
    raw: bytes, headers: Mapping[str, str], signing_secret: str, *, now: float | None = None
) -> Screened:
    """Check a request Slack says it sent; see the module docstring."""
    timestamp = _header(headers, "X-Slack-Request-Timestamp") or ""
    signature = _header(headers, "X-Slack-Signature") or ""
    if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= _MAX_TIMESTAMP_DIGITS):
        return Screened(401, reason="missing or malformed timestamp")
    if not signature or not signature.isascii() or not signing_secret:
        return Screened(401, reason="missing or malformed signature")
    if len(raw) > MAX_BODY_BYTES:
        return Screened(413, reason=f"body over {MAX_BODY_BYTES} bytes")
    content_type = _header(headers, "Content-Type") or ""
    if _charset(content_type) not in (None, "utf-8", "utf8"):
        return Screened(400, reason="charset is not UTF-8")
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError:
        return Screened(400, reason="body is not UTF-8")
    verifier = SignatureVerifier(signing_secret, clock=_FixedClock(now) if now is not None else Clock())
    if not verifier.is_valid(body, timestamp, signature):
        return Screened(401, reason="signature does not match or is older than 5 minutes")
    problem = _shape_problem(body, content_type)
    if problem:
        return Screened(400, reason=problem)
    return Screened(0, body=body)


class _FixedClock(Clock):
    """slack_sdk's clock, fixed (doctests and tests pass ``now``)."""

    def __init__(self, now: float) -> None:
        self._now = now

    def now(self) -> float:
        return self._now


def _shape_problem(body: str, content_type: str) -> str:
    """Why a signed body is not something Bolt can parse ("" when it is)."""
    if not body:
        return ""
    if content_type.split(";")[0].strip().lower() == "application/json" or body.lstrip().startswith("{"):
        try:
            parsed = json.loads(body)
        except ValueError:
            return "body is not JSON"
        return "" if isinstance(parsed, dict) else "JSON body is not an object"
    form = parse_qs(body, keep_blank_values=True)
    payload = form.get("payload")
    if payload:
        try:
            parsed = json.loads(payload[0])
        except ValueError:
            return "payload is not JSON"
        if not isinstance(parsed, dict):
            return "payload is not a JSON object"
    return ""
