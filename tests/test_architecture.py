"""The layout's rules, checked from the imports themselves (docs/architecture.md).

A newcomer should be able to read the code bottom-up: no two files import each
other (directly or round a loop), no two packages do, the bot's core never
reaches into a platform adapter, rendering never reaches into composing, and
the one place where synchronous work leaves the event loop is one module. The
graph is read with :mod:`ast` from the source, so a test-time import order or a
lazy import inside a function cannot hide an edge.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "briefings")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def _sources() -> dict[str, Path]:
    return {
        _module_name(path): path
        for top in PACKAGES
        for path in sorted((ROOT / top).rglob("*.py"))
        if "migrations" not in path.parts
    }


def _imported(tree: ast.AST, known: Iterable[str]) -> set[str]:
    """The project modules a module imports, at any depth (function-level imports too)."""
    modules = set(known)
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in modules)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                if submodule in modules:
                    found.add(submodule)
                elif node.module in modules:
                    found.add(node.module)
    return found


@cache
def _graph() -> dict[str, frozenset[str]]:
    sources = _sources()
    return {
        name: frozenset(_imported(ast.parse(path.read_text(encoding="utf-8")), sources) - {name})
        for name, path in sources.items()
    }


def _package(module: str) -> str:
    """The package a module belongs to; a package's ``__init__`` belongs to the package itself."""
    if (ROOT / Path(*module.split(".")) / "__init__.py").is_file():
        return module
    return module.rpartition(".")[0]


def _within(inner: str, outer: str) -> bool:
    return inner == outer or inner.startswith(outer + ".")


def _package_graph() -> dict[str, set[str]]:
    """Edges between packages. A package may compose its own subpackages (``bot.app`` builds
    the platforms, ``bot.platforms.registry`` names the adapters), so an edge from a package
    down into one of its subpackages is not counted; every other edge is, including one from
    a subpackage up to its parent (``bot.platforms.slack`` using ``bot.config``)."""
    edges: dict[str, set[str]] = {}
    for module, targets in _graph().items():
        source = _package(module)
        for target in map(_package, targets):
            if target != source and not _within(target, source):
                edges.setdefault(source, set()).add(target)
    return edges


def _cycles(edges: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Strongly connected components with more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in edges.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def _importers_of(prefix: str, importer_prefix: str) -> list[str]:
    return sorted(
        f"{module} -> {target}"
        for module, targets in _graph().items()
        if _within(module, importer_prefix)
        for target in targets
        if _within(target, prefix)
    )


def test_the_graph_sees_the_project() -> None:
    graph = _graph()
    assert "bot.core.commands" in graph and "briefings.render.renderer" in graph
    assert "bot.core.events" in graph["bot.core.service"]


def test_the_cycle_finder_finds_a_loop_through_three_nodes() -> None:
    assert _cycles({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}) == [["a", "b", "c"]]


def test_no_two_files_import_each_other_even_round_a_loop() -> None:
    assert _cycles(_graph()) == []


def test_no_two_packages_import_each_other_even_round_a_loop() -> None:
    assert _cycles(_package_graph()) == []


def test_the_bot_core_imports_nothing_from_the_platform_adapters() -> None:
    assert _importers_of("bot.platforms", "bot.core") == []


def test_the_platform_free_core_imports_nothing_from_the_bot() -> None:
    assert _importers_of("bot", "briefings") == []


def test_rendering_does_not_depend_on_composing() -> None:
    assert _importers_of("briefings.compose", "briefings.render") == []


def test_asyncio_to_thread_appears_in_one_module_only() -> None:
    calls = sorted(
        name for name, path in _sources().items() if "to_thread" in path.read_text(encoding="utf-8")
    )
    assert calls == ["bot.core.store"]


def _third_party_importers(library: str) -> list[str]:
    found = []
    for name, path in _sources().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            modules = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            if any(module == library or module.startswith(library + ".") for module in modules):
                found.append(name)
                break
    return sorted(found)


def test_only_the_scheduler_imports_apscheduler() -> None:
    assert _third_party_importers("apscheduler") == ["bot.scheduling.scheduler"]


def test_slack_and_discord_libraries_stay_inside_their_adapters() -> None:
    assert all(name.startswith("bot.platforms.slack.") for name in _third_party_importers("slack_bolt"))
    assert all(name.startswith("bot.platforms.discord.") for name in _third_party_importers("discord"))
    assert _third_party_importers("slack_bolt") and _third_party_importers("discord")
