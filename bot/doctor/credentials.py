"""Doctor's platform check: are the chat credentials present and usable, without printing them?

Slack is asked for real (``auth.test`` at ``SLACK_API_URL``: the one call that
proves a bot token works). A Discord token is only checked for shape (three
dot-separated parts, the first the bot's user id in base64): proving it would
mean logging in to the gateway, which ``briefbot run`` does at start-up anyway.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any

import httpx

from bot.config import ConfigError, Settings, misspelt_platform_variables
from bot.doctor.checks import Check
from bot.platforms.registry import choose_platform

SLACK_TIMEOUT_SECONDS = 10.0
_DISCORD_TOKEN = re.compile(r"^([A-Za-z0-9_-]{16,})\.([A-Za-z0-9_-]{4,})\.([A-Za-z0-9_-]{20,})$")


def check_platform(settings: Settings, override: str | None, http: httpx.Client) -> Check:
    misspelt = misspelt_platform_variables()
    if misspelt:
        name, meant = misspelt[0]
        others = f" (and {len(misspelt) - 1} more)" if len(misspelt) > 1 else ""
        return Check(
            "platform",
            "fail",
            f"{name} is set, but no setting reads it (did you mean {meant}?){others}",
            f"rename {name} to {meant}",
        )
    try:
        name = choose_platform(settings, override)
    except ConfigError as problem:
        return Check("platform", "fail", str(problem), "choose console, slack, discord or memory")
    if name == "slack":
        return _check_slack(settings, http)
    if name == "discord":
        return _check_discord(settings)
    if name == "console":
        detail = (
            "console: no credentials needed; it chats on this terminal (a token selects Slack or Discord)"
        )
        return Check("platform", "ok", detail)
    return Check("platform", "ok", f"{name}: no credentials needed")


def _secret(value: Any) -> str:
    return value.get_secret_value().strip() if value is not None else ""


def _check_slack(settings: Settings, http: httpx.Client) -> Check:
    token = _secret(settings.slack_bot_token)
    if not token:
        return Check(
            "platform",
            "fail",
            "slack: SLACK_BOT_TOKEN is not set",
            "set SLACK_BOT_TOKEN to the xoxb- bot token",
        )
    if not token.startswith("xoxb-"):
        return Check(
            "platform",
            "fail",
            "slack: SLACK_BOT_TOKEN does not look like a bot token (it should start with xoxb-)",
            "copy the Bot User OAuth Token from the app's OAuth & Permissions page",
        )
    app_token = _secret(settings.slack_app_token)
    if app_token and not app_token.startswith("xapp-"):
        return Check(
            "platform", "fail", "slack: SLACK_APP_TOKEN should start with xapp-", "use an app-level token"
        )
    if not app_token and not _secret(settings.slack_signing_secret):
        return Check(
            "platform",
            "fail",
            "slack: SLACK_SIGNING_SECRET is not set (needed in HTTP mode)",
            "set SLACK_SIGNING_SECRET, or SLACK_APP_TOKEN for Socket Mode",
        )
    mode = "Socket Mode" if app_token else "HTTP mode"
    url = settings.slack_api_url.rstrip("/") + "/auth.test"
    try:
        response = http.post(url, headers={"Authorization": f"Bearer {token}"}, timeout=SLACK_TIMEOUT_SECONDS)
        body = response.json()
    except (httpx.HTTPError, ValueError) as exc:
        return Check(
            "platform",
            "fail",
            f"slack: cannot reach {url} ({type(exc).__name__})",
            "check the network or proxy, and SLACK_API_URL",
        )
    if not body.get("ok"):
        return Check(
            "platform",
            "fail",
            f"slack: auth.test rejected SLACK_BOT_TOKEN ({body.get('error', 'no reason given')})",
            "reinstall the app to the workspace and copy its current bot token",
        )
    who = f"bot {body.get('user', '?')} in team {body.get('team', '?')}"
    return Check("platform", "ok", f"slack ({mode}): token accepted, {who}")


def _check_discord(settings: Settings) -> Check:
    token = _secret(settings.discord_token)
    if not token:
        return Check(
            "platform",
            "fail",
            "discord: DISCORD_TOKEN is not set",
            "set DISCORD_TOKEN to the bot token (Developer Portal → Bot → Reset Token)",
        )
    if token.lower().startswith("bot "):
        return Check(
            "platform", "fail", "discord: DISCORD_TOKEN starts with 'Bot '", "remove the 'Bot ' prefix"
        )
    match = _DISCORD_TOKEN.match(token)
    user_id = _decoded_id(match.group(1)) if match else None
    if user_id is None:
        return Check(
            "platform",
            "fail",
            "discord: DISCORD_TOKEN is not shaped like a bot token (three dot-separated parts)",
            "copy the token again from the Developer Portal (Bot page), not the client secret",
        )
    return Check("platform", "ok", f"discord: token shape ok, bot user id {user_id} (checked at start-up)")


def _decoded_id(part: str) -> str | None:
    """A Discord token's first part is the bot's user id in base64."""
    try:
        decoded = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)).decode("ascii")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    return decoded if decoded.isdigit() else None
