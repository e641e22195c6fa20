"""Pieces of the Slack adapter (see ``bot.platforms.slack.platform``): payload
translation, the Web API client with retries, and the HTTP endpoint."""
