"""Who the bot is on Slack: its credentials from the settings, and ``auth.test``
asked once at start-up instead of on the first request.

Bolt's single-workspace mode calls ``auth.test`` inside the first request, before
that request's ack, so a slow Slack API could push the first ack past Slack's
3 seconds, and a wrong token would only show up when someone types a command.
Asking at start-up fails fast on a rejected token and keeps every request free
of Web API calls before its ack; Bolt gets the answer through its ``authorize`` hook.
"""

from __future__ import annotations

import logging

import aiohttp
from slack_bolt.authorization import AuthorizeResult
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.config import ConfigError, Settings

log = logging.getLogger(__name__)

# auth.test errors that mean the token itself is wrong: a configuration error. Anything
# else (an API stand-in without auth.test, a proxy's error page, a transient fault) must
# not stop the bot from serving commands, so it goes on with the token alone.
_TOKEN_ERRORS = frozenset(
    {
        "invalid_auth",
        "not_authed",
        "account_inactive",
        "token_revoked",
        "token_expired",
        "not_allowed_token_type",
    }
)


class BotIdentity:
    """The bot's ``auth.test`` result as Bolt's :class:`AuthorizeResult`, fetched once."""

    def __init__(self, client: AsyncWebClient) -> None:
        self._client = client
        self._result: AuthorizeResult | None = None

    async def check(self) -> None:
        """Ask Slack now. A rejected token is a :class:`ConfigError`; an unreachable Slack
        is logged and asked again on the first request (the bot may start before the network)."""
        try:
            await self.authorize()
        except (aiohttp.ClientError, TimeoutError) as exc:
            log.warning("cannot reach the Slack Web API to check the bot token yet: %s", type(exc).__name__)

    async def authorize(self) -> AuthorizeResult:
        """Bolt's ``authorize`` hook: the same answer for every request of this workspace."""
        if self._result is None:
            try:
                response = await self._client.auth_test()
            except SlackApiError as exc:
                data = exc.response.data
                error = data.get("error") if isinstance(data, dict) else None
                if error in _TOKEN_ERRORS:
                    raise ConfigError(f"SLACK_BOT_TOKEN: Slack rejected the bot token ({error})") from None
                log.warning(
                    "auth.test gave no usable answer (%s); serving with the bot token alone",
                    error or f"HTTP {exc.response.status_code}",
                )
                self._result = AuthorizeResult(enterprise_id=None, team_id=None, bot_token=self._client.token)
                return self._result
            self._result = AuthorizeResult.from_auth_test_response(
                bot_token=self._client.token, auth_test_response=response
            )
            log.info("Slack bot user %s in team %s", self._result.bot_user_id, self._result.team_id)
        return self._result


def credentials(settings: Settings) -> tuple[str, str | None, str | None]:
    """The bot token, signing secret (HTTP mode) and app token (Socket Mode); never logged."""
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else ""
    secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else ""
    app_token = settings.slack_app_token.get_secret_value() if settings.slack_app_token else ""
    if not token:
        raise ConfigError("SLACK_BOT_TOKEN: required for the Slack platform (the bot token, xoxb-...)")
    if not app_token and not secret:
        raise ConfigError(
            "SLACK_SIGNING_SECRET: required for the Slack platform in HTTP mode "
            "(or set SLACK_APP_TOKEN to use Socket Mode)"
        )
    return token, secret or None, app_token or None
