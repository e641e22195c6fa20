"""An open question's sources reply shows why it is open (issue 16).

Under the question's own sentence the reply quotes the opening of the answer that
leaves it open ("Answer: “I'm not going to get ahead of the President.”"). The
answer is corpus text like the question: escaped and clipped for each format, so
it can never ping a channel, link or format anything.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings

from briefings.compose.replies import sources_reply
from briefings.model.briefing import QuestionItem
from briefings.model.facts import Evidence, PersonRef
from briefings.render.limits import discord_violations, slack_violations
from briefings.render.renderer import Renderer
from tests.briefings.briefing_factory import briefing_of
from tests.briefings.render.test_escaping import (
    _slack_texts,
    assert_discord_safe,
    assert_markdown_safe,
    assert_slack_safe,
    assert_text_safe,
    hostile_text,
)

NOW = datetime(2021, 3, 25, 18, tzinfo=UTC)
RENDERER = Renderer()
ASKED = "Will the President meet the crown prince?"
DEFLECTS = "I'm not going to get ahead of the President."
REPORTER = PersonRef("Peter Alexander", "NBC")
HOSTILE_ANSWER = "<!channel> @everyone @here <@U123> **bold** _it_ `code` [link](http://evil.example) > quote"


def _open_question(answer: str | None) -> QuestionItem:
    """A briefing's question item whose question carries ``answer`` as its answer's opening."""
    item = briefing_of(questions=[(ASKED, REPORTER)], now=NOW).questions[0]
    if answer is None:
        return item
    fact = item.fact
    opening = Evidence(fact.citation.evidence.document_id, answer, 100, 100 + len(answer))
    question = dataclasses.replace(fact.question, answer=opening)
    return dataclasses.replace(item, fact=dataclasses.replace(fact, question=question))


def _slack_text(answer: str | None) -> str:
    (message,) = RENDERER.render(sources_reply(_open_question(answer), 4), "slack")
    assert slack_violations(message) == []
    return "\n".join(block["text"]["text"] for block in message["blocks"])


def _discord_text(answer: str | None) -> str:
    (message,) = RENDERER.render(sources_reply(_open_question(answer), 4), "discord")
    assert discord_violations(message) == []
    return str(message["embeds"][0]["description"])


def test_the_markdown_reply_quotes_the_answer_under_the_question() -> None:
    (markdown,) = RENDERER.render(sources_reply(_open_question(DEFLECTS), 4), "markdown")

    question_line = markdown.index(f"> {ASKED}")
    answer_line = markdown.index("> Answer: “I'm not going to get ahead of the President.”")
    assert question_line < answer_line


def test_the_text_reply_quotes_the_answer_under_the_question() -> None:
    (text,) = RENDERER.render(sources_reply(_open_question(DEFLECTS), 4), "text")

    answer_line = "   > Answer: “I'm not going to get ahead of the President.”"
    assert text.index(f"   > {ASKED}") < text.index(answer_line)


def test_the_slack_reply_quotes_the_answer_under_the_question() -> None:
    text = _slack_text(DEFLECTS)

    assert text.index(f">{ASKED}") < text.index(">Answer: “I'm not going to get ahead of the President.”")


def test_the_discord_reply_quotes_the_answer_under_the_question() -> None:
    text = _discord_text(DEFLECTS)

    assert text.index(f"> {ASKED}") < text.index("> Answer: “I'm not going to get ahead of the President.”")


@pytest.mark.parametrize("fmt", ["text", "markdown", "slack", "discord"])
def test_a_question_without_an_answer_has_no_answer_line(fmt: str) -> None:
    rendered = str(RENDERER.render(sources_reply(_open_question(None), 4), fmt))

    assert ASKED.split()[-1].rstrip("?") in rendered
    assert "Answer:" not in rendered


def test_a_quote_reply_never_carries_an_answer() -> None:
    item = briefing_of(quotes=[(DEFLECTS, REPORTER)], now=NOW).quotes[0]

    assert sources_reply(item, 1).answer is None


def test_a_hostile_answer_cannot_ping_link_or_format_in_slack() -> None:
    text = _slack_text(HOSTILE_ANSWER)

    assert ">Answer: “&lt;!channel&gt;" in text
    assert "<!channel>" not in text and "<@U123>" not in text
    assert "@everyone" not in text and "@here" not in text
    assert "**bold**" not in text and "`" not in text
    assert_slack_safe(RENDERER.render(sources_reply(_open_question(HOSTILE_ANSWER), 4), "slack"))


def test_a_hostile_answer_cannot_ping_link_or_format_in_discord() -> None:
    text = _discord_text(HOSTILE_ANSWER)

    assert "> Answer: “" in text
    assert "@everyone" not in text and "@here" not in text and "<@U123>" not in text
    assert "**bold**" not in text and "[link](http" not in text
    assert_discord_safe(RENDERER.render(sources_reply(_open_question(HOSTILE_ANSWER), 4), "discord"))


def test_a_hostile_answer_cannot_open_html_code_or_links_in_markdown() -> None:
    (markdown,) = RENDERER.render(sources_reply(_open_question(HOSTILE_ANSWER), 4), "markdown")

    assert r"> Answer: “\<!channel\>" in markdown
    assert r"\*\*bold\*\*" in markdown and r"\[link\]" in markdown and r"\`code\`" in markdown
    assert_markdown_safe([markdown])


def test_a_long_answer_is_clipped_to_fit_one_message() -> None:
    long_answer = "I'm not going to get ahead of the President. " * 200
    (message,) = RENDERER.render(sources_reply(_open_question(long_answer), 4), "slack")

    assert slack_violations(message) == []
    texts = _slack_texts(message)
    assert any(text.startswith(">Answer: “I'm not going") and text.endswith("…”") for text in texts)
    assert any("shortened to fit one message" in text for text in texts)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer=hostile_text)
def test_any_hostile_answer_stays_inert_in_every_format(answer: str) -> None:
    reply = sources_reply(_open_question(answer or "x"), 4, tz="Asia/Kolkata")
    assert_slack_safe(RENDERER.render(reply, "slack"))
    assert_discord_safe(RENDERER.render(reply, "discord"))
    assert_markdown_safe(RENDERER.render(reply, "markdown"))
    assert_text_safe(RENDERER.render(reply, "text"))
