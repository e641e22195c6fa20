"""deploy/briefbot.service: restarts on failure, reads an env file, runs as its own user,
hardened with only its state directory writable; ``systemd-analyze verify`` accepts it when
systemd is installed."""

from __future__ import annotations

import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest

UNIT = Path(__file__).resolve().parents[2] / "deploy" / "briefbot.service"
INSTALLED_BINARY = "/opt/briefbot/bin/briefbot"


def unit_entries(text: str) -> dict[str, dict[str, list[str]]]:
    """section -> key -> values (systemd keys may repeat, e.g. Environment=)."""
    sections: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    section = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        key, _, value = line.partition("=")
        sections[section][key.strip()].append(value.strip())
    return sections


@pytest.fixture
def service() -> dict[str, list[str]]:
    return unit_entries(UNIT.read_text(encoding="utf-8"))["Service"]


def test_it_runs_briefbot_run_as_a_dedicated_user_and_restarts_on_failure(
    service: dict[str, list[str]],
) -> None:
    assert service["ExecStart"] == [f"{INSTALLED_BINARY} run"]
    assert service["User"] == ["briefbot"] and service["Group"] == ["briefbot"]
    assert service["Restart"] == ["on-failure"]
    assert service["RestartPreventExitStatus"] == ["2"], "a configuration error is not retried"


def test_settings_come_from_an_env_file_that_overrides_the_defaults(service: dict[str, list[str]]) -> None:
    assert service["EnvironmentFile"] == ["/etc/briefbot/briefbot.env"]
    defaults = dict(value.split("=", 1) for value in service["Environment"])
    assert defaults["BRIEFBOT_DATABASE_URL"].startswith("sqlite:////var/lib/briefbot/")


def test_it_is_hardened_with_only_its_state_directory_writable(service: dict[str, list[str]]) -> None:
    for key, value in {
        "NoNewPrivileges": "yes",
        "ProtectSystem": "strict",
        "ProtectHome": "yes",
        "PrivateTmp": "yes",
        "StateDirectory": "briefbot",
        "WorkingDirectory": "/var/lib/briefbot",
    }.items():
        assert service[key] == [value], key
    assert service["CapabilityBoundingSet"] == [""], "no capabilities at all"
    assert "ReadWritePaths" not in service, "the state directory is the one writable path"


def test_systemd_accepts_the_unit(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    # verify checks that ExecStart exists: point it at a stand-in executable.
    stand_in = tmp_path / "briefbot"
    stand_in.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    stand_in.chmod(0o755)
    unit = tmp_path / "briefbot.service"
    unit.write_text(
        UNIT.read_text(encoding="utf-8").replace(INSTALLED_BINARY, str(stand_in)), encoding="utf-8"
    )
    done = subprocess.run(
        [analyze, "verify", "--man=no", str(unit)], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0 and done.stderr.strip() == "", done.stderr


def _install_steps() -> list[str]:
    lines = UNIT.read_text(encoding="utf-8").splitlines()
    return [line.removeprefix("#").strip() for line in lines if line.startswith("#   ")]


def test_install_comments_create_every_folder_before_using_it() -> None:
    """Regression (issue 17): the comments installed into /etc/briefbot, which nothing created."""
    steps = _install_steps()
    created = next(i for i, s in enumerate(steps) if s.startswith("install -d") and "/etc/briefbot" in s)
    used = next(i for i, s in enumerate(steps) if "/etc/briefbot/briefbot.env" in s)
    assert created < used
    state = next(i for i, s in enumerate(steps) if s.startswith("install -d") and "/var/lib/briefbot" in s)
    seeds = next(i for i, s in enumerate(steps) if s.startswith("cp -r seeds /var/lib/briefbot/seeds"))
    assert state < seeds


def test_the_unit_installs_the_seeds_it_points_at_and_names_no_file_a_pip_install_lacks() -> None:
    unit = UNIT.read_text(encoding="utf-8")
    assert "Environment=BRIEFBOT_SEEDS_DIR=/var/lib/briefbot/seeds" in unit
    assert any("/var/lib/briefbot/seeds" in step for step in _install_steps())
    assert "file://" not in unit


def test_the_install_steps_name_files_that_exist_in_the_source() -> None:
    root = UNIT.parents[1]
    for path in ("deploy/.env.example", "deploy/briefbot.service", "seeds", "pyproject.toml"):
        assert (root / path).exists(), path
