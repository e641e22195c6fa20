"""The bot core on the real pipeline: the seed article ingested with spaCy, on the memory platform."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.commands import CommandHandler
from bot.core.service import BriefingService
from bot.platforms.memory import MemoryPlatform
from briefings.extract import Extractor
from briefings.ingest import ingest
from briefings.model.briefing import Briefing, SourcesReply, item_citations
from briefings.store.protocol import Store
from tests.bot.corpus import INGESTED, NOW

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.mark.slow
async def test_seed_corpus_brief_sources_and_whomet_end_to_end(store: Store) -> None:
    report = ingest([SEEDS], store, Extractor(), now=INGESTED)
    assert report.ok and report.new == 1

    async def scenario() -> None:
        platform = MemoryPlatform(BriefingService(store), clock=lambda: NOW)
        await platform.start(CommandHandler(store, clock=lambda: NOW))

        sent = await platform.command("brief")
        assert isinstance(sent.response, Briefing) and sent.response.items()
        first = sent.response.items()[0]
        reply = (await platform.reply_in_thread(sent.ref, "sources 1")).response
        assert isinstance(reply, SourcesReply) and reply.number == 1
        expected = item_citations(first.fact)[0]
        assert reply.citations[0].evidence.sentence == expected.evidence.sentence
        assert reply.citations[0].source.url is not None
        assert reply.citations[0].source.url.startswith("https://thediplomat.com/")

        whomet = (await platform.command("whomet", "Wang Yi")).response
        assert isinstance(whomet, Briefing)
        assert "Tianjin" in [item.fact.meeting.place for item in whomet.meetings]

    await scenario()
