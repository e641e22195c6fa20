"""Extraction fixtures: the spaCy pipeline loaded once per session, articles from
``tests/fixtures/articles`` loaded through the real source loader, a helper
that parses a snippet of text into a :class:`DocContext`, and the meetings of a snippet."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from spacy.language import Language

from briefings.extract import Extractor
from briefings.extract.context import DocContext
from briefings.extract.pipeline import DEFAULT_MODEL, load_pipeline
from briefings.extract.questions import extract_questions
from briefings.extract.quotes import extract_quotes
from briefings.model.documents import Document
from briefings.model.facts import Person, Question, Quote
from briefings.sources import load_paths
from tests.briefings.extract.meeting_support import MeetingsIn, meetings_reader

ARTICLES = Path(__file__).resolve().parents[2] / "fixtures" / "articles"
SEED = "000_65f72ffc5e9bc812"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The configured English pipeline, loaded once for the whole test session."""
    return load_pipeline(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def extractor(nlp: Language) -> Extractor:
    """An Extractor sharing the session's pipeline (load_pipeline caches by name)."""
    del nlp
    return Extractor(DEFAULT_MODEL)


def _load_article(stem: str) -> Document:
    matches = sorted(ARTICLES.glob(f"{stem}*.md"))
    assert matches, f"no fixture article {stem}"
    (item,) = list(load_paths([str(matches[0])], max_bytes=5_000_000))
    assert isinstance(item, Document), item
    return item


@pytest.fixture(scope="session")
def article() -> Callable[[str], Document]:
    """Load a fixture article by its number or stem ("017", SEED)."""
    return _load_article


@pytest.fixture(scope="session")
def article_context(extractor: Extractor) -> Callable[[str], DocContext]:
    """Parse a fixture article into its DocContext (cached per session)."""
    cache: dict[str, DocContext] = {}

    def build(stem: str) -> DocContext:
        if stem not in cache:
            cache[stem] = extractor.context(_load_article(stem))
        return cache[stem]

    return build


@pytest.fixture(scope="session")
def context_of(extractor: Extractor) -> Callable[[str], DocContext]:
    """Parse a snippet of news text (as a document body) into a DocContext."""

    def build(body: str, title: str = "") -> DocContext:
        document = Document.create(title=title, body=body, published=datetime(2024, 5, 1, tzinfo=UTC))
        return extractor.context(document)

    return build


@pytest.fixture(scope="module")
def questions_in(context_of: Callable[..., DocContext]) -> Callable[..., list[Question]]:
    """Open questions of a snippet, with the quotes the quote extractor finds in it."""

    def run(body: str, title: str = "") -> list[Question]:
        ctx = context_of(body, title)
        return extract_questions(ctx, extract_quotes(ctx))

    return run


@pytest.fixture(scope="module")
def quotes_in(context_of: Callable[..., DocContext]) -> Callable[[str], list[Quote]]:
    """The key quotes of an invented text."""
    return lambda text: extract_quotes(context_of(text))


@pytest.fixture(scope="session")
def people_of(context_of: Callable[..., DocContext]) -> Callable[..., dict[str, Person]]:
    """The people index of a snippet (and its title), by name: what `briefbot people` lists."""

    def run(body: str, title: str = "") -> dict[str, Person]:
        return {p.name: p for p in context_of(body, title).people.people()}

    return run


MEETINGS_PUBLISHED = datetime(2026, 3, 11, 12, 0, tzinfo=UTC)  # a Wednesday


@pytest.fixture(scope="module")
def meetings_in(extractor: Extractor) -> MeetingsIn:
    """The meetings of an invented text published on Wednesday 11 March 2026 (a spec file that needs
    another day defines its own ``meetings_in``)."""
    return meetings_reader(extractor, MEETINGS_PUBLISHED)
