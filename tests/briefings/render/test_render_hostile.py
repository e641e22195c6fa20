"""A team's template is code: when it fails or runs away, the renderer says so in one line.

Each failure (sandbox violation, missing include, runaway recursion, output or
loops past their bounds, a Python error inside the template) is a
TemplateSetError whose message is one line naming the template file, the macro
and the problem; ``briefbot brief`` prints it and exits 2 (tests/bot/test_cli_brief.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.model.briefing import Notice
from briefings.render.renderer import Renderer, TemplateSetError


def _team_notice(tmp_path: Path, body: str) -> Renderer:
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "notice.j2").write_text("{% macro body(notice) %}" + body + "{% endmacro %}")
    return Renderer(tmp_path)


def _failure(renderer: Renderer) -> str:
    with pytest.raises(TemplateSetError) as caught:
        renderer.render(Notice("x"), "text")
    message = str(caught.value)
    assert "\n" not in message and len(message) < 400
    return message


def test_a_sandbox_violation_is_one_line_naming_the_template(tmp_path: Path) -> None:
    message = _failure(_team_notice(tmp_path, "{{ notice.__class__.__mro__ }}"))
    assert message.startswith("template text/notice.j2, macro body: SecurityError: ")
    assert "__class__" in message


def test_a_missing_include_is_one_line_naming_the_missing_template(tmp_path: Path) -> None:
    message = _failure(_team_notice(tmp_path, '{% include "nowhere.j2" %}'))
    assert message == "template text/notice.j2, macro body: TemplateNotFound: nowhere.j2"


def test_runaway_recursion_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "notice.j2").write_text(
        "{% macro loop(n) %}{{ loop(n + 1) }}{% endmacro %}"
        "{% macro body(notice) %}{{ loop(0) }}{% endmacro %}"
    )
    message = _failure(Renderer(tmp_path))
    assert message.startswith("template text/notice.j2, macro body: too deep (recursion): ")


def test_a_huge_repeated_string_is_refused_before_it_is_built(tmp_path: Path) -> None:
    message = _failure(_team_notice(tmp_path, '{{ "x" * 10000000000 }}'))
    assert message.startswith("template text/notice.j2, macro body: SecurityError: a repeated value of")


def test_nested_loops_cannot_multiply_past_the_range_budget(tmp_path: Path) -> None:
    body = "{% for a in range(1000) %}{% for b in range(1000) %}xx{% endfor %}{% endfor %}"
    message = _failure(_team_notice(tmp_path, body))
    assert message.endswith("SecurityError: range() over the budget of 100000 numbers per render")


def test_output_over_the_bound_is_refused(tmp_path: Path) -> None:
    body = '{% for a in range(90000) %}{{ "abcdefghijklmnopqrstuvwxyz" }}{% endfor %}'
    message = _failure(_team_notice(tmp_path, body))
    assert message == (
        "template text/notice.j2, macro body: 2340000 characters of output, over the bound of 1000000"
    )


def test_a_python_error_inside_a_template_is_one_line(tmp_path: Path) -> None:
    message = _failure(_team_notice(tmp_path, "{{ 1 // 0 }}"))
    assert (
        message
        == "template text/notice.j2, macro body: ZeroDivisionError: integer division or modulo by zero"
    )


def test_a_template_that_does_not_compile_is_one_line(tmp_path: Path) -> None:
    message = _failure(_team_notice(tmp_path, "{% if %}"))
    assert message.startswith("template text/notice.j2 cannot be loaded: TemplateSyntaxError: ")


def test_the_default_templates_stay_within_the_bounds() -> None:
    assert Renderer().render(Notice("hello"), "text") == ["hello"]
