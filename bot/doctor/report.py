"""All of ``briefbot doctor``'s checks in order, and the report an operator reads.

>>> # checks, settings = run_checks(load_settings, platform=None, http=httpx.Client(), load_model=spacy.load)
>>> # print(render(checks, Redactor([]))); exit(exit_status(checks))
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

from bot.config import Settings
from bot.doctor.checks import Check, ModelLoader, Status, check_model, check_seeds, check_settings
from bot.doctor.credentials import check_platform
from bot.doctor.database import check_database
from bot.ops.logging_setup import Redactor


def run_checks(
    load: Callable[[], Settings], *, platform: str | None, http: httpx.Client, load_model: ModelLoader
) -> tuple[list[Check], Settings | None]:
    """Every check, in the order an operator fixes them; later ones skip without settings."""
    settings_check, settings = check_settings(load)
    if settings is None:
        skipped = [Check(name, "skip", "needs valid settings") for name in _LATER]
        return [settings_check, *skipped], None
    database = check_database(settings.database_url)
    return [
        settings_check,
        database.check,
        check_model(settings.spacy_model, load_model),
        check_platform(settings, platform, http),
        check_seeds(settings.seeds_dir, database.documents),
    ], settings


_LATER = ("database", "spacy model", "platform", "seeds")
_MARK: dict[Status, str] = {"ok": "ok  ", "warn": "warn", "fail": "FAIL", "skip": "skip"}


def render(checks: list[Check], redact: Redactor) -> str:
    lines = []
    for check in checks:
        lines.append(f"{_MARK[check.status]}  {check.name:<12} {check.detail}")
        if check.fix and check.status in ("warn", "fail"):
            lines.append(f"{'':18}fix: {check.fix}")
    failed = sum(check.status == "fail" for check in checks)
    lines.append(f"{failed} problem{'s' if failed != 1 else ''} found." if failed else "All checks passed.")
    return redact("\n".join(lines))


def exit_status(checks: list[Check]) -> int:
    return 1 if any(check.status == "fail" for check in checks) else 0
