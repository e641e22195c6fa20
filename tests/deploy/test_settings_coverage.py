"""deploy/compose.yaml and deploy/.env.example name every setting the code reads, and nothing else.

The set of settings is derived from the code (each field's ``validation_alias`` in
bot.config.Settings), so adding a setting without documenting it, or leaving a
renamed one behind in the deploy files, fails here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import AliasChoices

from bot.config import Settings

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
_ASSIGNMENT = re.compile(r"^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$")
_INTERPOLATED = re.compile(r"\$\{([A-Z][A-Z0-9_]*)")


def setting_names() -> set[str]:
    names: set[str] = set()
    for info in Settings.model_fields.values():
        alias = info.validation_alias
        assert isinstance(alias, AliasChoices), "every setting is read from an environment name"
        names.update(str(choice) for choice in alias.choices)
    return names


def _compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    return loaded


def _bot_environment() -> list[str]:
    environment = _compose()["services"]["bot"]["environment"]
    assert isinstance(environment, list), "a list, so a bare name passes a value through only when set"
    return [str(entry).split("=", 1)[0] for entry in environment]


def _env_example() -> list[tuple[str, str, str, bool]]:
    """(name, value, the comment line above it, commented out) for every assignment line."""
    lines = (DEPLOY / ".env.example").read_text(encoding="utf-8").splitlines()
    entries = []
    for index, line in enumerate(lines):
        match = _ASSIGNMENT.match(line)
        if match:
            above = lines[index - 1] if index else ""
            entries.append((match.group(2), match.group(3), above, match.group(1) is not None))
    return entries


def _compose_only() -> set[str]:
    """Variables compose itself interpolates that are not briefbot settings (the database password)."""
    text = (DEPLOY / "compose.yaml").read_text(encoding="utf-8")
    return set(_INTERPOLATED.findall(text)) - setting_names()


def test_the_bot_service_passes_every_setting_and_nothing_else() -> None:
    names = _bot_environment()
    assert len(names) == len(set(names)), "no setting listed twice"
    assert set(names) == setting_names()


def test_the_env_example_names_every_setting_and_only_what_compose_also_needs() -> None:
    names = [name for name, *_ in _env_example()]
    assert len(names) == len(set(names))
    assert set(names) - _compose_only() == setting_names()
    assert _compose_only() == {"POSTGRES_PASSWORD"}
    assert set(names) & _compose_only() == _compose_only(), "compose's own variables are there too"


def test_every_setting_in_the_env_example_has_one_line_of_comment_and_stays_commented_out() -> None:
    settings = setting_names()
    for name, _value, above, commented in _env_example():
        if name not in settings:
            continue
        assert commented, f"{name} is commented out, so the code's default applies until it is chosen"
        assert above.startswith("# ") and not _ASSIGNMENT.match(above), f"{name} needs its own comment"
        assert len(above) > len("# ") + 10, f"{name}: say what it is for"


def test_uncommenting_every_example_value_gives_valid_settings() -> None:
    values = {name: value for name, value, *_ in _env_example() if name in setting_names()}
    settings = Settings.model_validate(values)
    assert settings.database_url == values["BRIEFBOT_DATABASE_URL"]


def test_postgres_has_a_named_volume_and_a_health_check_the_bot_waits_for() -> None:
    compose = _compose()
    db, bot = compose["services"]["db"], compose["services"]["bot"]
    volume = db["volumes"][0].split(":")[0]
    assert volume in compose["volumes"], "a named volume, not a host path"
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    assert bot["depends_on"]["db"]["condition"] == "service_healthy"
    assert bot["restart"] == "unless-stopped"
    database_url = next(e for e in bot["environment"] if e.startswith("BRIEFBOT_DATABASE_URL="))
    assert "@db:5432/" in database_url, "the bot's default database is the compose PostgreSQL"
