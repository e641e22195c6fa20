"""Golden outputs: a fixed store and a fixed time render byte-for-byte the same.

After an intended change to templates or rendering, regenerate with
``python -m tests.briefings.render.test_render_golden`` and review the diff.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from briefings.compose.builder import build_briefing, sources_reply
from briefings.render.renderer import Renderer
from briefings.store import open_store
from briefings.store.protocol import Store
from tests.briefings.briefing_factory import Draft, person

GOLDEN = Path(__file__).resolve().parents[2] / "fixtures" / "golden"
NOW = datetime(2021, 7, 30, 6, 0, tzinfo=UTC)
TZ = "Europe/Berlin"
FILES = {
    "text": "briefing.txt",
    "markdown": "briefing.md",
    "slack": "briefing.slack.json",
    "discord": "briefing.discord.json",
}


def fill(store: Store) -> None:
    """Two articles, one of them hostile, ingested an hour before NOW."""
    lyons = person("Deborah Lyons", "UN Secretary General's Special Representative for Afghanistan")
    biden = person("Joe Biden", "U.S. President")
    (
        Draft(
            "Can the Taliban Play China and Russia Off the United States?",
            datetime(2021, 7, 29, tzinfo=UTC),
            url="https://thediplomat.com/2021/07/can-the-taliban-play-china/",
            source="The Diplomat",
        )
        .meeting(
            person("Mullah Abdul Ghani Baradar", "Taliban chief negotiator"),
            person("Wang Yi", "Chinese Foreign Minister"),
            place="Tianjin",
            date="2021-07-28",
        )
        .meeting(person("Afghan government", None), person("Taliban", None), place="Doha")
        .quote(
            "Afghan leaders with us need to decide whether to subject Afghanistan to further generations "
            "of war, or to reach political compromises.",
            lyons,
        )
        .quote("Well, first of all, the mission hasn't failed, yet", biden)
        .question("The question is, can there be an agreement on unity of purpose?", biden)
        .question(
            "So the question now is, where do they go from here?",
            biden,
            answer="I'm not going to get ahead of <!channel> @everyone on **that**.",
        )
        .save(store, now=NOW - timedelta(hours=1))
    )
    (
        Draft(
            "Forum post <!channel> *urgent*",
            datetime(2021, 7, 29, 18, tzinfo=UTC),
            url="https://example.org/post?id=1&ref=<x>",
            source="Example & Co",
        )
        .quote(
            "Ping @everyone and <@U123>, see <http://evil.example|this> `now` **please**",
            person("An <b>Anon</b>"),
        )
        .save(store, now=NOW - timedelta(hours=1))
    )


def render_all(store: Store) -> dict[str, str]:
    briefing = build_briefing(store, now=NOW, tz=TZ)
    renderer = Renderer()
    out: dict[str, str] = {}
    for fmt, name in FILES.items():
        messages = renderer.render(briefing, fmt)
        out[name] = (
            json.dumps(messages, ensure_ascii=False, indent=1) + "\n"
            if fmt in ("slack", "discord")
            else "\n\n---\n\n".join(str(m) for m in messages) + "\n"
        )
    reply = sources_reply(briefing.meetings[0], briefing.meetings[0].number, tz=TZ)
    out["sources_reply.md"] = "\n".join(renderer.render(reply, "markdown")) + "\n"
    # an open question's reply: its answer's opening is the second evidence line (issue 16)
    (question,) = [q for q in briefing.questions if q.fact.question.answer is not None]
    reply = sources_reply(question, question.number, tz=TZ)
    out["question_sources_reply.md"] = "\n".join(renderer.render(reply, "markdown")) + "\n"
    out["question_sources_reply.slack.json"] = (
        json.dumps(renderer.render(reply, "slack"), ensure_ascii=False, indent=1) + "\n"
    )
    return out


REPLIES = ("sources_reply.md", "question_sources_reply.md", "question_sources_reply.slack.json")


@pytest.mark.parametrize("name", [*FILES.values(), *REPLIES])
def test_rendering_matches_the_golden_file(store: Store, name: str) -> None:
    fill(store)
    rendered = render_all(store)[name]
    assert rendered == (GOLDEN / name).read_text(encoding="utf-8")


if __name__ == "__main__":  # regenerate the golden files
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        target = open_store(f"sqlite:///{folder}/golden.db")
        fill(target)
        for file_name, text in render_all(target).items():
            (GOLDEN / file_name).write_text(text, encoding="utf-8")
            sys.stdout.write(f"wrote {GOLDEN / file_name}\n")
        target.close()
