"""Renderer: payload shapes, splitting to limits, clipping, notices, replies, template folders."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefings.compose.builder import sources_reply
from briefings.model.briefing import Notice
from briefings.model.facts import PersonRef
from briefings.render.limits import discord_violations, slack_violations, text_violations
from briefings.render.renderer import Renderer, TemplateSetError
from tests.briefings.briefing_factory import briefing_of

NOW = datetime(2021, 7, 30, 8, tzinfo=UTC)
BIDEN = PersonRef("Joe Biden", "U.S. President")


def many(n: int) -> list[tuple[str, PersonRef | None]]:
    return [
        (f"Remark number {i} on the state of the negotiations, which have stalled again.", BIDEN)
        for i in range(n)
    ]


def test_slack_payload_has_header_sections_context_and_a_sources_button_per_item() -> None:
    briefing = briefing_of(quotes=many(2), questions=[("Where do they go from here?", BIDEN)], now=NOW)
    (message,) = Renderer().render(briefing, "slack")
    blocks = message["blocks"]
    assert blocks[0]["type"] == "header" and blocks[0]["text"]["type"] == "plain_text"
    buttons = [b["accessory"] for b in blocks if "accessory" in b]
    assert [(b["action_id"], b["value"], b["text"]["text"]) for b in buttons] == [
        ("sources", "sources:1", "Sources"),
        ("sources", "sources:2", "Sources"),
        ("sources", "sources:3", "Sources"),
    ]
    assert any(b["type"] == "context" and "example.org" in b["elements"][0]["text"] for b in blocks)
    assert message["text"].startswith("Briefing")


def test_discord_payload_uses_embeds_and_never_parses_mentions() -> None:
    briefing = briefing_of(quotes=many(2), now=NOW)
    (message,) = Renderer().render(briefing, "discord")
    assert message["allowed_mentions"] == {"parse": []}
    assert message["content"].startswith("**Briefing")
    assert [e["title"] for e in message["embeds"]] == ["Key quotes", "Sources"]
    assert "Joe Biden" in message["embeds"][0]["description"]
    assert "footer" in message["embeds"][-1]


@pytest.mark.parametrize("fmt", ["text", "markdown", "slack", "discord"])
def test_three_hundred_items_split_within_limits_with_continuation_marks(fmt: str) -> None:
    briefing = briefing_of(
        quotes=many(150), questions=[(f"Question {i} about the talks?", None) for i in range(150)], now=NOW
    )
    messages = Renderer().render(briefing, fmt)
    assert len(messages) > 1
    total = len(messages)
    for index, message in enumerate(messages, start=1):
        if isinstance(message, str):
            assert text_violations(message) == []
            text = message
        elif fmt == "slack":
            assert isinstance(message, dict)
            assert slack_violations(message) == []
            text = "\n".join(str(b) for b in message["blocks"])
        else:
            assert isinstance(message, dict)
            assert discord_violations(message) == []
            text = message["content"] + "".join(e.get("description", "") for e in message["embeds"])
        if index > 1:
            assert f"continued, {index}/{total}" in text
    joined = "".join(map(str, messages))
    for n in (1, 150, 300):  # first, middle and last items all made it
        assert f"{n}." in joined


def test_every_item_survives_splitting_in_text_format() -> None:
    briefing = briefing_of(quotes=many(300), now=NOW)
    messages = Renderer().render(briefing, "text")
    joined = "\n".join(messages)
    for i in range(300):
        assert joined.count(f"Remark number {i} on the state") == 1


def test_a_heading_is_never_left_alone_at_the_end_of_a_message() -> None:
    briefing = briefing_of(quotes=many(60), questions=[("Is this the end?", None)] * 1, now=NOW)
    for message in Renderer().render(briefing, "markdown"):
        assert not message.rstrip().endswith(("## Key quotes", "## Open questions", "## Sources"))


@pytest.mark.parametrize("fmt", ["text", "markdown", "slack", "discord"])
def test_a_100_kb_quote_is_cut_at_a_word_boundary_with_an_ellipsis_and_a_note(fmt: str) -> None:
    words = " ".join(f"w{i % 1000}" for i in range(20_000))  # ~100 KB
    briefing = briefing_of(quotes=[(words, BIDEN)], now=NOW)
    messages = Renderer().render(briefing, fmt)
    flat = str(messages)
    assert "…" in flat
    assert "shortened to fit" in flat
    cut = re.search(r"(w\d+)…", flat)
    assert cut is not None and cut.group(1) in words.split(" ")


def test_empty_briefing_renders_a_short_nothing_note_on_its_clock_in_every_format() -> None:
    briefing = briefing_of(now=NOW, tz="Europe/Paris")
    renderer = Renderer()
    (text,) = renderer.render(briefing, "text")
    assert "Nothing published since 30 Jul 2021 10:00 CEST." in text
    (slack,) = renderer.render(briefing, "slack")
    assert len(slack["blocks"]) == 2 and "Nothing published" in slack["blocks"][1]["text"]["text"]
    (discord,) = renderer.render(briefing, "discord")
    assert "Nothing published" in discord["content"] and discord["embeds"] == []


def test_notices_render_in_every_format_keeping_their_lines() -> None:
    notice = Notice("Usage:\n/brief [since]\n/sources N", kind="help", title="briefbot")
    renderer = Renderer()
    assert renderer.render(notice, "text") == ["briefbot\nUsage:\n/brief [since]\n/sources N"]
    (slack,) = renderer.render(notice, "slack")
    assert "*briefbot*" in slack["blocks"][0]["text"]["text"]
    (discord,) = renderer.render(Notice("bad <@123> value", kind="error"), "discord")
    assert discord["content"].startswith("⚠️") and "<@123>" not in discord["content"]
    assert discord["allowed_mentions"] == {"parse": []}


def test_sources_reply_quotes_the_evidence_sentence() -> None:
    briefing = briefing_of(quotes=[("The mission hasn't failed, yet", BIDEN)], now=NOW)
    reply = sources_reply(briefing.quotes[0], 1, tz="UTC")
    (markdown,) = Renderer().render(reply, "markdown")
    assert markdown.startswith(
        "**Sources for item 1:** “The mission hasn't failed, yet” — Joe Biden (U.S. President)"
    )
    assert "> The mission hasn't failed, yet" in markdown
    (slack,) = Renderer().render(reply, "slack")
    assert slack_violations(slack) == []
    (discord,) = Renderer().render(reply, "discord")
    assert discord_violations(discord) == [] and discord["embeds"][0]["title"] == "Sources"


def test_a_team_template_folder_overrides_one_file_and_keeps_the_rest(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "notice.j2").write_text(
        "{% macro body(notice) %}NOTE: {{ notice.text }}{% endmacro %}"
    )
    renderer = Renderer(tmp_path)
    assert renderer.render(Notice("hello"), "text") == ["NOTE: hello"]
    assert "BRIEFING" in renderer.render(briefing_of(now=NOW), "text")[0]


def test_team_templates_are_sandboxed(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "notice.j2").write_text(
        "{% macro body(notice) %}{{ notice.__class__.__init__.__globals__ }}{% endmacro %}"
    )
    with pytest.raises(TemplateSetError, match=r"^template text/notice\.j2, macro body: SecurityError: "):
        Renderer(tmp_path).render(Notice("x"), "text")


def test_team_templates_with_a_misspelt_field_fail_loudly(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "notice.j2").write_text("{% macro body(notice) %}{{ notice.txet }}{% endmacro %}")
    with pytest.raises(TemplateSetError, match=r"macro body: UndefinedError: .*'txet'"):
        Renderer(tmp_path).render(Notice("x"), "text")


def test_a_template_without_a_needed_macro_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "notice.j2").write_text("{% macro other(notice) %}{% endmacro %}")
    with pytest.raises(TemplateSetError, match=r"text/notice\.j2 defines no macro 'body'"):
        Renderer(tmp_path).render(Notice("x"), "text")


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown format 'html'"):
        Renderer().render(Notice("x"), "html")


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "\x00\x07"])
def test_an_empty_notice_still_renders_a_message_every_platform_accepts(text: str) -> None:
    renderer = Renderer()
    assert renderer.render(Notice(text), "text") == ["—"]
    assert slack_violations(renderer.render(Notice(text), "slack")[0]) == []
    assert discord_violations(renderer.render(Notice(text), "discord")[0]) == []


MINIMAL_SLACK = """
{% macro title(briefing) %}{{ briefing.title }}{% endmacro %}
{% macro intro(briefing) %}{% endmacro %}
{% macro empty(briefing) %}Nothing new.{% endmacro %}
{% macro heading(section, briefing) %}{% endmacro %}
{% macro item_sources(item, briefing) %}{% endmacro %}
{% macro meeting(item, briefing) %}{{ item.number }}{% endmacro %}
{% macro quote(item, briefing) %}{{ item.number }}. {{ item.fact.quote.text }}{% endmacro %}
{% macro question(item, briefing) %}{{ item.number }}{% endmacro %}
{% macro source(source, briefing) %}{% endmacro %}
{% macro clipped(number) %}{% endmacro %}
{% macro footer(briefing) %}{% endmacro %}
{% macro continued(part, total) %}({{ part }}/{{ total }}){% endmacro %}
"""


def test_a_team_template_that_renders_pieces_as_nothing_yields_no_empty_blocks(tmp_path: Path) -> None:
    (tmp_path / "slack").mkdir()
    (tmp_path / "slack" / "briefing.j2").write_text(MINIMAL_SLACK)
    (message,) = Renderer(tmp_path).render(briefing_of(quotes=many(3), now=NOW), "slack")
    assert slack_violations(message) == []
    assert [b["type"] for b in message["blocks"]] == ["header", "section", "section", "section"]


def test_a_terminal_gets_a_long_briefing_whole_without_continuation_markers() -> None:
    """Regression (issue 17): "(continued, 2/19)" appeared mid-section in CLI text output."""
    quotes = [(f"Quote number {n} " + "and more words " * 20, PersonRef("Someone")) for n in range(1, 41)]
    briefing = briefing_of(now=NOW, tz="UTC", quotes=quotes)
    split = Renderer().render(briefing, "text")
    assert len(split) > 1 and split[1].startswith("(continued, 2/")
    (whole,) = Renderer().render(briefing, "text", split=False)
    assert "(continued" not in whole
    assert all(f"Quote number {n} " in whole for n in range(1, 41))
    (markdown,) = Renderer().render(briefing, "markdown", split=False)
    assert "continued" not in markdown
