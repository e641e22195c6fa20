"""A newcomer's session (issue 17), scripted: the answers must be the ones a person means.

Two corpora, ingested once per module with the real pipeline: the seed
(``seeds/``) and a handful of the real articles kept in ``tests/fixtures/articles``
(licence front matter intact). The chat side runs on the memory platform through
the one :class:`CommandHandler`; the command-line side runs ``briefbot`` itself.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.core.arguments import split_since
from bot.core.commands import CommandHandler
from bot.core.events import MessageRef
from bot.core.service import BriefingService
from bot.platforms.memory import MemoryPlatform
from bot.progress import ingest_progress
from briefings.extract import Extractor
from briefings.ingest import IngestEvent, ingest
from briefings.model.briefing import Briefing, Notice, SourcesReply
from briefings.model.facts import PersonRef
from briefings.render.renderer import Renderer
from briefings.store import open_store
from briefings.store.protocol import Store
from briefings.time import parse_when

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
ARTICLES = ROOT / "tests" / "fixtures" / "articles"
# Real articles the session asks about: Sherman's meeting, Biden under three names, Blinken's
# remarks, and two people called Smith.
REAL = (
    "000_65f72ffc5e9bc812.md",
    "019-us-stocks-9-percent-drop-recovery.md",
    "021-blinken-meets-kosovo-osmani-kurti-readout.md",
    "022-blinken-osmani-kurti-remarks-before-meeting.md",
    "030-sherman-meets-marshall-islands-fm-kabua.md",
    "033-blinken-kuleba-joint-press-availability.md",
    "034-blinken-truss-joint-press-availability.md",
    "038-biden-meets-modi-readout.md",
    "039-biden-modi-remarks-before-meeting.md",
    "040-biden-meets-herzog-readout.md",
    "042-biden-meets-zelenskyy-readout.md",
)
INGESTED = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
T = TypeVar("T")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _corpus(tmp: Path, name: str, paths: list[Path], extractor: Extractor) -> str:
    url = f"sqlite:///{tmp / name}.db"
    store = open_store(url)
    try:
        report = ingest(paths, store, extractor, now=INGESTED)
        assert report.ok and report.new == len(paths), report
    finally:
        store.close()
    return url


@pytest.fixture(scope="module")
def seed_url(tmp_path_factory: pytest.TempPathFactory, extractor: Extractor) -> str:
    return _corpus(tmp_path_factory.mktemp("seed"), "seed", [SEEDS / REAL[0]], extractor)


@pytest.fixture(scope="module")
def real_url(tmp_path_factory: pytest.TempPathFactory, extractor: Extractor) -> str:
    return _corpus(tmp_path_factory.mktemp("real"), "real", [ARTICLES / name for name in REAL], extractor)


class Chat:
    """The memory platform with the bot's one handler, as a chat user meets it."""

    def __init__(self, url: str, tz: str = "UTC") -> None:
        self.store: Store = open_store(url)
        self.platform = MemoryPlatform(BriefingService(self.store, tz=tz), clock=lambda: NOW)
        self._handler = CommandHandler(self.store, clock=lambda: NOW, tz=tz)

    async def start(self) -> Chat:
        await self.platform.start(self._handler)
        return self

    async def ask(self, command: str, text: str = "") -> Any:
        return (await self.platform.command(command, text)).response

    async def sent(self, command: str, text: str = "") -> tuple[MessageRef, Any]:
        exchange = await self.platform.command(command, text)
        return exchange.ref, exchange.response

    async def reply(self, ref: MessageRef, text: str) -> Any:
        return (await self.platform.reply_in_thread(ref, text)).response


@pytest.fixture
async def seed(seed_url: str) -> AsyncIterator[Chat]:
    chat = await Chat(seed_url).start()
    yield chat
    chat.store.close()


@pytest.fixture
async def real(real_url: str) -> AsyncIterator[Chat]:
    chat = await Chat(real_url).start()
    yield chat
    chat.store.close()


def cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def _pairs(briefing: Briefing) -> set[frozenset[str]]:
    return {frozenset(p.name for p in item.fact.meeting.participants) for item in briefing.meetings}


def _text(response: Any) -> str:
    return "\n".join(Renderer().render(response, "text", split=False))


# --- 1. lookups that mean what people mean ----------------------------------------------


async def test_quotes_by_sherman_lists_no_one_elses_and_says_she_has_none(seed: Chat) -> None:
    answer = await seed.ask("quotes", "Sherman")
    assert isinstance(answer, Notice)
    assert "No quotes by Sherman (Wendy Sherman)" in answer.text


async def test_questions_about_sherman_are_not_every_question(seed: Chat) -> None:
    answer = await seed.ask("questions", "Sherman")
    assert isinstance(answer, Notice) and "No open questions by Sherman" in answer.text
    everything = await seed.ask("questions")
    assert isinstance(everything, Briefing) and everything.questions


async def test_whomet_taliban_finds_its_delegation_and_its_negotiator(seed: Chat) -> None:
    answer = await seed.ask("whomet", "Taliban")
    assert isinstance(answer, Briefing)
    pairs = _pairs(answer)
    assert frozenset({"Afghan government", "Taliban"}) in pairs
    assert frozenset({"Mullah Abdul Ghani Baradar", "Wang Yi"}) in pairs
    assert any("Taliban delegation" in pair for pair in pairs)
    assert "Moscow" in [item.fact.meeting.place for item in answer.meetings]
    assert any("Mullah Abdul Ghani Baradar" in note and "Taliban delegation" in note for note in answer.notes)


async def test_whomet_china_includes_its_foreign_minister_as_the_text_names_him(seed: Chat) -> None:
    answer = await seed.ask("whomet", "China")
    assert isinstance(answer, Briefing)
    pairs = _pairs(answer)
    assert frozenset({"Mullah Abdul Ghani Baradar", "Wang Yi"}) in pairs
    assert frozenset({"Wendy Sherman", "China"}) in pairs


async def test_quotes_by_and_about_a_country_are_separate_labelled_sections(seed: Chat) -> None:
    answer = await seed.ask("quotes", "China")
    assert isinstance(answer, Briefing)
    by = {item.fact.quote.speaker.name for item in answer.quotes if item.fact.quote.speaker}
    assert "Wang Yi" in by and "Mullah Abdul Ghani Baradar" not in by
    about = [item.fact.quote.text for item in answer.quotes_about]
    assert any("detrimental to China" in text for text in about)
    rendered = _text(answer)
    assert "QUOTES BY CHINA" in rendered and "QUOTES ABOUT CHINA" in rendered
    assert rendered.index("QUOTES BY CHINA") < rendered.index("QUOTES ABOUT CHINA")


async def test_brief_about_an_organisation_is_about_the_identity_not_the_word(seed: Chat) -> None:
    answer = await seed.ask("brief", "Taliban")
    assert isinstance(answer, Briefing)
    assert answer.filters == {"about": "Taliban"}
    speakers = {item.fact.quote.speaker.name for item in answer.quotes if item.fact.quote.speaker}
    assert speakers <= {"Taliban", "Mullah Abdul Ghani Baradar", "Afghan Taliban", "Taliban delegation"}


async def test_a_name_matching_several_identities_says_which_was_used_and_names_the_others(
    real: Chat,
) -> None:
    subject = real.store.resolve_subject("Smith")
    assert subject is not None and len(subject.others) == 1
    used, other = subject.name, subject.others[0].name
    assert {used, other} == {"Charlie Smith", "Sarah Smith"}
    answer = await real.ask("brief", "Smith")
    assert isinstance(answer, Briefing)
    assert f'"Smith" also matches {other} (person); this answer uses {used}.' in answer.notes
    assert f"this answer uses {used}" in _text(answer)


# --- 2. one clock, said out loud -------------------------------------------------------------


async def test_plain_brief_in_chat_and_on_the_command_line_mean_the_same_and_say_their_clock(
    seed: Chat, seed_url: str
) -> None:
    chat = await seed.ask("brief")
    assert isinstance(chat, Briefing) and chat.clock == "ingested"
    assert chat.window.startswith("New to briefbot in the last 24 hours (read since 30 Nov 2026 09:00 UTC")
    code, out, _ = cli("brief", "--db", seed_url, "--now", NOW.isoformat())
    assert code == 0 and chat.window in out
    assert {i.fact.id for i in chat.quotes} and "Deborah Lyons" in out


@pytest.mark.parametrize("phrase", ["last week", "7d", "yesterday", "2021-07-20", "since 20 July 2021"])
def test_chat_and_command_line_read_a_time_phrase_the_same_way(phrase: str, seed_url: str) -> None:
    words = phrase if phrase.startswith("since") else f"since {phrase}"
    _, window = split_since(f"China {words}", now=NOW, tz="Europe/Paris")
    assert window is not None
    assert window.start == parse_when(words.removeprefix("since "), now=NOW, tz="Europe/Paris")
    code, out, err = cli(
        "brief", "--db", seed_url, "--now", NOW.isoformat(), "--since", words.removeprefix("since ")
    )
    assert code == 0, err
    assert "Published since" in out or "Nothing published since" in out


async def test_a_window_on_publication_time_says_so_and_where_the_news_is(seed: Chat) -> None:
    answer = await seed.ask("brief", "since last week")
    assert isinstance(answer, Briefing) and answer.is_empty
    rendered = _text(answer)
    assert "Nothing published since 24 Nov 2026 09:00 UTC." in rendered
    assert "The newest article I have was published 29 Jul 2021" in rendered
    assert "/brief since 2021-07-22" in rendered
    found = await seed.ask("brief", "since 2021-07-22")
    assert isinstance(found, Briefing) and found.items()
    assert found.window == "Published since 22 Jul 2021 00:00 UTC"


async def test_the_second_briefing_of_a_channel_says_new_since_your_last_and_how_to_see_more(
    seed_url: str,
) -> None:
    store = open_store(seed_url)
    try:
        service = BriefingService(store)
        platform = MemoryPlatform(service, clock=lambda: NOW)
        await service.deliver(platform, "console", topic=None, now=NOW)
        later = NOW + timedelta(hours=1)
        second = await service.morning_briefing("memory", "console", topic=None, now=later)
    finally:
        store.close()
    assert second.is_empty and second.clock == "last_briefing"
    rendered = _text(second)
    assert "Nothing new since your last briefing at 1 Dec 2026 09:00 UTC." in rendered
    assert "briefbot brief --since 2021-07-22" in rendered


# --- 3. nothing dropped silently -------------------------------------------------------------


async def test_a_cut_section_says_how_many_and_how_to_see_the_rest(real: Chat, real_url: str) -> None:
    answer = await real.ask("brief", "since 2000-01-01")
    assert isinstance(answer, Briefing) and len(answer.quotes) == 10
    cut = answer.cuts["quotes"]
    total = int(re.search(r"showing 10 of (\d+)", cut).group(1))  # type: ignore[union-attr]
    assert total > 10 and "/brief more since 2000-01-01" in cut and f"--max-items {total}" in cut
    assert cut in _text(answer)
    more = await real.ask("brief", "more since 2000-01-01")
    assert isinstance(more, Briefing) and len(more.quotes) > 10
    # a section that is not cut says nothing (Blinken speaks in transcripts: turns are no quotes)
    assert not (await real.ask("quotes", "Lyons")).cuts
    code, out, _ = cli("brief", "--db", real_url, "--now", NOW.isoformat(), "--since", "2000-01-01")
    assert code == 0 and re.search(r"KEY QUOTES \(showing 10 of \d+ — --max-items \d+ shows them all\)", out)


def test_continuation_markers_only_between_messages_a_platform_splits(real_url: str) -> None:
    code, out, _ = cli(
        "brief", "--db", real_url, "--now", NOW.isoformat(), "--since", "2000-01-01", "--max-items", "200"
    )
    assert code == 0 and len(out) > 8000 and "(continued" not in out
    code, out, _ = cli(
        "brief",
        "--db",
        real_url,
        "--now",
        NOW.isoformat(),
        "--since",
        "2000-01-01",
        "--max-items",
        "200",
        "--format",
        "slack",
    )
    payloads = json.loads(out)
    assert len(payloads) > 1
    for number, payload in enumerate(payloads, start=1):
        texts = [json.dumps(block) for block in payload["blocks"]]
        marked = [i for i, text in enumerate(texts) if "(continued," in text]
        assert marked == ([] if number == 1 else [0])


# --- 4. one name per person ---------------------------------------------------------------------


def _people(briefing: Briefing) -> list[PersonRef]:
    people: list[PersonRef] = []
    for item in briefing.meetings:
        people.extend(item.fact.meeting.participants)
    for quote in (*briefing.quotes, *briefing.quotes_about):
        people.extend([quote.fact.quote.speaker] if quote.fact.quote.speaker else [])
    for question in briefing.questions:
        people.extend([question.fact.question.asked_by] if question.fact.question.asked_by else [])
    return people


async def test_one_briefing_names_one_man_one_way(real: Chat) -> None:
    answer = await real.ask("brief", "more since 2000-01-01")
    assert isinstance(answer, Briefing)
    bidens = {(p.name, p.role) for p in _people(answer) if "Biden" in p.name}
    assert len(bidens) == 1, bidens
    ((name, role),) = bidens
    subject = real.store.resolve_subject("Biden")
    assert subject is not None and name == subject.name and role


# --- 5. progress ------------------------------------------------------------------------------------


def test_progress_is_rich_on_a_terminal_and_plain_lines_elsewhere() -> None:
    plain = io.StringIO()
    with ingest_progress(plain, "seeds") as on_event:
        on_event(IngestEvent("new", "seeds/a.md"))
    assert plain.getvalue() == "Reading seeds: extracting facts from each article, once…\n"
    terminal = io.StringIO()
    with ingest_progress(terminal, "seeds", terminal=True) as on_event:
        on_event(IngestEvent("new", "seeds/a.md"))
        on_event(IngestEvent("new", "seeds/b\x1b[31m.md"))
    shown = terminal.getvalue()
    assert "\x1b[" in shown and "reading seeds" in shown and "\x1b[31m.md" not in shown


async def test_a_first_run_says_what_it_reads_and_what_it_found(tmp_path: Path) -> None:
    from bot.app import ensure_corpus
    from bot.config import load_settings

    store = open_store(f"sqlite:///{tmp_path / 'first.db'}")
    out = io.StringIO()
    try:
        settings = load_settings(BRIEFBOT_SEEDS_DIR=str(SEEDS))
        await ensure_corpus(store, settings, NOW, out=out)
    finally:
        store.close()
    lines = out.getvalue().splitlines()
    assert lines[0].startswith(f"Reading {SEEDS}")
    assert lines[-1] == f"Read {SEEDS}: new 1, unchanged 0, updated 0, failed 0."


# --- 6. the rest ----------------------------------------------------------------------------------


async def test_sources_replies_quote_once_say_weeks_as_the_briefing_and_use_the_channel_zone(
    seed_url: str,
) -> None:
    chat = await Chat(seed_url, tz="Asia/Tokyo").start()
    try:
        ref, briefing = await chat.sent("brief", "since 2021-01-01")
        assert isinstance(briefing, Briefing)
        question = next(i for i in briefing.questions if "where do they go" in i.fact.question.text)
        reply = await chat.reply(ref, f"sources {question.number}")
        assert isinstance(reply, SourcesReply) and reply.tz == "Asia/Tokyo"
        rendered = _text(reply)
        assert "““" not in rendered and "””" not in rendered and "?””" not in rendered
        doha = next(i for i in briefing.meetings if i.fact.meeting.place == "Doha")
        assert doha.date_display == "week of 19 Jul 2021"
        meeting = await chat.reply(ref, f"sources {doha.number}")
        assert "(week of 19 Jul 2021)" in _text(meeting) and "W29" not in _text(meeting)
        late = datetime(2021, 7, 28, 20, 0, tzinfo=UTC)  # already 29 July in Tokyo
        from briefings.time import local_date

        assert local_date(late, reply.tz) == "29 Jul 2021"
    finally:
        chat.store.close()


def test_brief_typed_without_the_slash_in_the_console_is_a_command() -> None:
    from bot.platforms.console import ConsolePlatform

    store_free = ConsolePlatform.__new__(ConsolePlatform)
    store_free.name, store_free.channel, store_free.user, store_free.last_briefing = (
        "console",
        "c",
        "you",
        None,
    )
    incoming = ConsolePlatform.to_incoming(store_free, "brief since yesterday")
    assert incoming is not None and incoming.kind == "command" and incoming.command == "brief"
    assert incoming.text == "since yesterday"
    assert ConsolePlatform.to_incoming(store_free, "who said that?") is None  # no briefing yet: a reply


def test_the_readme_documents_lookups_the_clock_and_max_items_and_points_at_the_repo_scorer() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "../shared/eval/score.py" not in readme and "benchmarks/scoring.py" in readme
    assert (ROOT / "benchmarks" / "scoring.py").is_file()
    for heading in ("### Lookups: who counts as X", "### The clock", "### Long sections and `--max-items`"):
        assert heading in readme


async def test_sources_replies_use_the_zone_the_channel_subscribed_in(seed: Chat) -> None:
    assert (await seed.ask("subscribe", "08:00 America/New_York")).kind == "info"
    ref, briefing = await seed.sent("brief", "since 2021-01-01")
    assert isinstance(briefing, Briefing)
    reply = await seed.reply(ref, "sources 1")
    assert isinstance(reply, SourcesReply) and reply.tz == "America/New_York"
    assert (await seed.ask("unsubscribe")).kind == "info"
