"""Every default template renders under StrictUndefined, with full and sparse contexts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from briefings.compose.builder import sources_reply
from briefings.model.briefing import Briefing, Notice
from briefings.model.facts import PersonRef
from briefings.render.formats import FORMATS
from briefings.render.renderer import Renderer
from briefings.render.templating import default_template_dir, make_environment
from tests.briefings.briefing_factory import briefing_of

NOW = datetime(2021, 7, 30, 8, tzinfo=UTC)
FULL_PERSON = PersonRef("Wang Yi", "Chinese Foreign Minister")


def full_briefing() -> Briefing:
    return briefing_of(
        meetings=[
            (
                (
                    PersonRef("Abdul Ghani Baradar", "Taliban chief negotiator"),
                    FULL_PERSON,
                    PersonRef("Wendy Sherman"),
                ),
                "Tianjin",
            )
        ],
        quotes=[("China respects Afghanistan's sovereignty.", FULL_PERSON)],
        questions=[("Where do they go from here?", PersonRef("Joe Biden", "U.S. President"))],
        filters={"topic": "Afghanistan", "person": "Wang Yi"},
        now=NOW,
    )


def sparse_briefing() -> Briefing:
    """Every optional field empty: no roles, places, speakers, publishers, URLs or dates."""
    return briefing_of(
        meetings=[((PersonRef("Taliban", kind="org"),), None)],
        quotes=[("An unattributed remark about the war.", None)],
        questions=[("Will the talks resume?", None)],
        publisher=None,
        url=None,
        now=NOW,
    )


def test_every_format_has_every_template_file() -> None:
    for fmt in FORMATS:
        names = sorted(p.name for p in (default_template_dir() / fmt).glob("*.j2"))
        assert names == ["briefing.j2", "notice.j2", "sources_reply.j2"], fmt


def test_environments_are_strict_and_sandboxed() -> None:
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    for fmt in FORMATS:
        env = make_environment(fmt)
        assert env.undefined is StrictUndefined
        assert isinstance(env, SandboxedEnvironment)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("build", [full_briefing, sparse_briefing], ids=["full", "sparse"])
def test_briefing_templates_render_under_strict_undefined(fmt: str, build: object) -> None:
    briefing = build()  # type: ignore[operator]
    messages = Renderer().render(briefing, fmt)
    flat = str(messages)
    assert "None" not in flat.replace("'None'", "")
    for item in briefing.items():
        assert f"{item.number}." in flat


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_macro_is_exercised_including_planned_and_cancelled_meetings(fmt: str) -> None:
    renderer = Renderer()
    base = full_briefing()
    meeting = base.meetings[0]
    for status in ("planned", "cancelled"):
        from dataclasses import replace

        changed = replace(
            meeting, fact=replace(meeting.fact, meeting=replace(meeting.fact.meeting, status=status))
        )
        flat = str(renderer.render(replace(base, meetings=(changed,)), fmt))
        assert ("planned" in flat) if status == "planned" else ("cancelled" in flat)
    for notice in (
        Notice("plain"),
        Notice("line one\nline two", kind="help", title="Help"),
        Notice("bad", "error"),
    ):
        assert renderer.render(notice, fmt)
    reply = sources_reply(base.meetings[0], 1, tz="Asia/Kabul")
    assert "Tianjin" in str(renderer.render(reply, fmt))
    sparse = sparse_briefing()
    assert renderer.render(sources_reply(sparse.quotes[0], 2), fmt)
