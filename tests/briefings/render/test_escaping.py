"""Corpus text is hostile: escaping per format, and properties over rendered output."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefings.compose.builder import sources_reply
from briefings.model.briefing import Notice
from briefings.model.facts import PersonRef
from briefings.render.escaping import (
    clean_text,
    discord_escape,
    md_escape,
    safe_url,
    slack_escape,
    text_escape,
)
from briefings.render.limits import discord_violations, slack_violations, text_violations
from briefings.render.renderer import Renderer
from tests.briefings.briefing_factory import briefing_of

NOW = datetime(2021, 7, 30, 8, tzinfo=UTC)
RENDERER = Renderer()

HOSTILE = [
    "<!channel>",
    "<!here>",
    "<!everyone>",
    "<@U123ABC>",
    "<@&123456>",
    "<#C0123>",
    "<@!99>",
    "@everyone",
    "@here",
    "<http://evil.example|click me>",
    "<https://evil.example>",
    "*bold*",
    "_it_",
    "~strike~",
    "`code`",
    "```",
    "# heading",
    "> quote",
    "- item",
    "1. item",
    "-# subtext",
    "[link](http://evil.example)",
    "||spoiler||",
    "\u202eevil override",
    "مرحبا بالعالم",
    "שלום עולם",
    "👩‍👩‍👧‍👦",
    "🇦🇫",
    "e\u0301",
    "\u200b",
    "\u200d",
    "\ufeff",
    "&amp;",
    "&lt;",
    "\\",
    "\n\n",
    "\r\n",
    "\t",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\u2028",
    "<script>",
    "</t:1>",
    "{{ 7*7 }}",
    "{% raw %}",
]
hostile_text = st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=20)), max_size=10).map("".join)
big_text = st.builds(
    lambda word, n: (word + " ") * n,
    st.sampled_from(["word", "<!channel>", "@everyone", "`x`"]),
    st.integers(min_value=1, max_value=25_000),
)


def test_clean_text_drops_controls_and_bidi_overrides_and_collapses_whitespace() -> None:
    assert clean_text("a\n\nb\tc\x00d\u202ee\u2028f") == "a b cde f"
    assert clean_text("👩‍👩‍👧") == "👩‍👩‍👧"  # ZWJ sequences survive


def test_slack_escape_defuses_mentions_links_and_markers() -> None:
    assert (
        slack_escape("<!channel> <@U1> <http://x|y> a&b")
        == "&lt;!channel&gt; &lt;@U1&gt; &lt;http://x|y&gt; a&amp;b"
    )
    assert "`" not in slack_escape("```code```")
    assert "*" not in slack_escape("*bold*")
    assert slack_escape("snake_case") == "snake_case"


def test_discord_escape_neutralises_every_mention_form_and_markdown() -> None:
    out = discord_escape("@everyone @here <@123> <@&456> <#789> **b** [l](u)")
    assert "@everyone" not in out and "@here" not in out
    assert not re.search(r"<@!?&?\d+>|<#\d+>", out)
    assert "\\*\\*b\\*\\*" in out and "\\[l\\]\\(u\\)" in out


def test_md_escape_keeps_ordinary_punctuation_readable() -> None:
    assert md_escape("U.S. President") == "U.S. President"
    assert md_escape("*a* `b` <i> [c](d)") == "\\*a\\* \\`b\\` \\<i\\> \\[c\\](d)"
    assert md_escape("# not a heading") == "\\# not a heading"


def test_text_escape_is_cleaning_only() -> None:
    assert text_escape("<b>*x*</b>\x07") == "<b>*x*</b>"


def test_only_http_links_survive_and_cannot_break_out_of_link_syntax() -> None:
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("https://e.org/a b") is None
    assert safe_url("https://e.org/a|b>c(d)") == "https://e.org/a%7Cb%3Ec%28d%29"


# --- properties over whole rendered briefings -------------------------------------


def _slack_texts(message: dict[str, Any]) -> list[str]:
    texts = [message["text"]]
    for block in message["blocks"]:
        if "text" in block:
            texts.append(block["text"]["text"])
        texts.extend(e["text"] for e in block.get("elements", []))
        if "accessory" in block:
            texts.append(block["accessory"]["text"]["text"])
    return texts


def assert_slack_safe(messages: list[dict[str, Any]]) -> None:
    for message in messages:
        assert slack_violations(message) == []
        for text in _slack_texts(message):
            # the only "<" left are links briefbot made itself, to http(s) URLs
            assert all(text.startswith("http", i + 1) for i, ch in enumerate(text) if ch == "<"), text
            assert "`" not in text
            assert not re.search(r"@(channel|here|everyone)\b", text, re.IGNORECASE), text


def assert_discord_safe(messages: list[dict[str, Any]]) -> None:
    for message in messages:
        assert discord_violations(message) == []
        texts = [message["content"]]
        for embed in message["embeds"]:
            texts += [
                embed.get("title", ""),
                embed.get("description", ""),
                embed.get("footer", {}).get("text", ""),
            ]
        for text in texts:
            assert "@everyone" not in text and "@here" not in text
            assert not re.search(r"<[@#][!&]?\w+>|<@", text), text


def assert_markdown_safe(messages: list[str]) -> None:
    for message in messages:
        assert text_violations(message) == []
        # no raw HTML, code or link can start from corpus text: every such character is escaped
        for match in re.finditer(r"[`<]", message):
            i = match.start()
            escaped = message[i - 1] == "\\" if i else False
            assert escaped or message.startswith("<http", i), message[max(0, i - 20) : i + 20]


def assert_text_safe(messages: list[str]) -> None:
    for message in messages:
        assert text_violations(message) == []
        assert not any(unicodedata.category(ch) == "Cc" and ch != "\n" for ch in message)
        assert "\u202e" not in message


def assert_all_formats_safe(briefing: Any) -> None:
    assert_slack_safe(RENDERER.render(briefing, "slack"))
    assert_discord_safe(RENDERER.render(briefing, "discord"))
    assert_markdown_safe(RENDERER.render(briefing, "markdown"))
    assert_text_safe(RENDERER.render(briefing, "text"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quote=hostile_text, speaker=hostile_text, role=hostile_text, title=hostile_text, place=hostile_text)
def test_hostile_corpus_text_never_escapes_its_field_in_any_format(
    quote: str, speaker: str, role: str, title: str, place: str
) -> None:
    who = PersonRef(speaker or "x", role or None)
    briefing = briefing_of(
        quotes=[(quote or "q", who)],
        meetings=[((who, PersonRef(title or "y")), place or None)],
        questions=[(quote + "?", who)],
        source_title=title or "t",
        publisher=speaker or None,
        filters={"topic": title} if title else None,
        now=NOW,
    )
    assert_all_formats_safe(briefing)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quote=big_text, speaker=hostile_text)
def test_huge_quotes_are_clipped_within_every_limit(quote: str, speaker: str) -> None:
    briefing = briefing_of(
        quotes=[(quote, PersonRef(speaker or "x", "role"))], now=NOW, source_title=quote[:5000]
    )
    assert_all_formats_safe(briefing)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sentence=hostile_text, title=hostile_text, speaker=hostile_text)
def test_hostile_evidence_in_a_sources_reply_stays_inert(sentence: str, title: str, speaker: str) -> None:
    briefing = briefing_of(
        quotes=[(sentence or "q", PersonRef(speaker or "x"))], source_title=title or "t", now=NOW
    )
    reply = sources_reply(briefing.quotes[0], 1, tz="Asia/Kolkata")
    assert_slack_safe(RENDERER.render(reply, "slack"))
    assert_discord_safe(RENDERER.render(reply, "discord"))
    assert_markdown_safe(RENDERER.render(reply, "markdown"))
    assert_text_safe(RENDERER.render(reply, "text"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile_text, title=hostile_text)
def test_hostile_notice_text_stays_inert(text: str, title: str) -> None:
    notice = Notice(text, kind="error", title=title or None)
    assert_slack_safe(RENDERER.render(notice, "slack"))
    assert_discord_safe(RENDERER.render(notice, "discord"))
    assert_markdown_safe(RENDERER.render(notice, "markdown"))
    assert_text_safe(RENDERER.render(notice, "text"))


def test_slack_broadcast_words_are_defused_even_without_angle_brackets() -> None:
    assert "@channel" not in slack_escape("hey @channel and @Here")
    assert "@here" not in slack_escape("@here").lower()
    assert slack_escape("mail me@example.org") == "mail me@example.org"
