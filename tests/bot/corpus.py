"""A small hand-built corpus for bot tests: the seed article's key sentences with
facts written out by hand, so command tests do not need spaCy.

Evidence spans are computed from the body, so they are exact by construction.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from briefings.model.documents import Document
from briefings.model.facts import Evidence, Extraction, Meeting, Person, PersonRef, Question, Quote
from briefings.store.protocol import Store

URL = "https://thediplomat.com/2021/07/can-the-taliban-play-china-and-russia-off-the-united-states/"
PUBLISHED = datetime(2021, 7, 29, tzinfo=UTC)
# The bot's clock in these tests: the morning after publication.
NOW = datetime(2021, 7, 30, 8, 0, tzinfo=UTC)
INGESTED = NOW - timedelta(hours=1)

TIANJIN = (
    "As Lyons was making her remarks, the Taliban’s chief negotiator Mullah Abdul Ghani Baradar met with "
    "Chinese Foreign Minister Wang Yi in Tianjin."
)
DOHA = (
    "Last week, representatives from the Afghan government and the Taliban met again in Doha and once "
    "again failed to make progress."
)
LEGITIMACY = (
    "Earlier in her remarks, Lyons had commented that while the Taliban had gained “a certain legitimacy” "
    "by participating in negotiations with the Afghan government, “legitimacy is premised on their "
    "commitment to a political negotiation with the Government of Afghanistan, a commitment which their "
    "battle-focused strategy casts into doubt.”"
)
MISSION = "“Well, first of all, the mission hasn’t failed, yet,” U.S. President Joe Biden said."
WHERE_NEXT = "Biden also commented, “So the question now is, where do they go from here?”"
BODY = "\n\n".join((LEGITIMACY, MISSION, WHERE_NEXT, DOHA, TIANJIN))

LYONS = PersonRef("Deborah Lyons", "UN Special Representative for Afghanistan")
BIDEN = PersonRef("Joe Biden", "U.S. President")
BARADAR = PersonRef("Mullah Abdul Ghani Baradar", "Taliban chief negotiator")
WANG = PersonRef("Wang Yi", "Chinese Foreign Minister")


def _evidence(document: Document, sentence: str) -> Evidence:
    start = document.body.index(sentence)
    return Evidence(document.id, sentence, start, start + len(sentence))


def seed_document(body: str = BODY) -> Document:
    return Document.create(
        title="Can the Taliban Play China and Russia Off the United States?",
        body=body,
        published=PUBLISHED,
        source="The Diplomat",
        url=URL,
    )


def seed_extraction(document: Document) -> Extraction:
    legitimacy = (
        "legitimacy is premised on their commitment to a political negotiation with the Government of "
        "Afghanistan, a commitment which their battle-focused strategy casts into doubt."
    )
    return Extraction(
        document_id=document.id,
        quotes=(
            Quote(legitimacy, LYONS, "direct", _evidence(document, LEGITIMACY)),
            Quote(
                "Well, first of all, the mission hasn’t failed, yet",
                BIDEN,
                "direct",
                _evidence(document, MISSION),
            ),
        ),
        meetings=(
            Meeting((BARADAR, WANG), "Tianjin", "2021-07-28", _evidence(document, TIANJIN)),
            Meeting(
                (PersonRef("Afghan government", kind="org"), PersonRef("Taliban", kind="org")),
                "Doha",
                None,
                _evidence(document, DOHA),
            ),
        ),
        questions=(
            Question(
                "So the question now is, where do they go from here?",
                "explicit",
                BIDEN,
                _evidence(document, WHERE_NEXT),
            ),
        ),
        people=(
            Person("Deborah Lyons", ("Lyons",), (LYONS.role or "",)),
            Person("Joe Biden", ("Biden",), (BIDEN.role or "",)),
            Person("Mullah Abdul Ghani Baradar", ("Baradar", "Abdul Ghani Baradar"), (BARADAR.role or "",)),
            Person("Wang Yi", ("Wang",), (WANG.role or "",)),
            Person("Taliban", ("the Taliban",), kind="org"),
            Person("Afghan government", ("the Afghan government",), kind="org"),
        ),
    )


def save_seed(store: Store, *, now: datetime = INGESTED) -> Document:
    """Store the hand-built seed facts; returns the document."""
    document = seed_document()
    store.save_document(document, seed_extraction(document), now=now)
    return document
