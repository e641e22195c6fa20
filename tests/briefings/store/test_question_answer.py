"""An open question keeps the opening of the answer that leaves it open (issue 16).

The extractor gives a reporter's question the answer's opening as evidence; the
store saves it beside the question's own evidence and reads it back, so briefings
and sources replies can show why the question is open.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic import command
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from briefings.compose.replies import sources_reply
from briefings.model.facts import Extraction, Question
from briefings.store import SqlStore
from briefings.store.engine import alembic_config
from briefings.store.schema import questions
from tests.briefings.store.builders import article, person

BRIEFING_DAY = datetime(2021, 3, 25, 18, tzinfo=UTC)
ASKED = "Will the President meet the Saudi crown prince?"
DEFLECTS = "I'm not going to get ahead of the President."


def _exchange(store: SqlStore, now: datetime, *, answered_opening: bool = True) -> Question:
    """A press briefing where a reporter asks and the press secretary declines to say."""
    a = article(
        "Press Briefing by Press Secretary Jen Psaki",
        ASKED,
        DEFLECTS,
        "He has a lot on his plate.",
        published=BRIEFING_DAY,
        url="https://example.org/briefing",
    )
    question = Question(
        text=ASKED,
        kind="explicit",
        asked_by=person("Peter Alexander", "NBC"),
        evidence=a.evidence[0],
        answer=a.evidence[1] if answered_opening else None,
    )
    store.save_document(a.document, Extraction(a.document.id, questions=(question,)), now=now)
    return question


def test_a_question_is_read_back_with_the_opening_of_the_answer_that_leaves_it_open(
    store: SqlStore, now: datetime
) -> None:
    saved = _exchange(store, now)

    (stored,) = store.questions()

    assert stored.question.answer == saved.answer
    assert stored.question.answer is not None
    assert stored.question.answer.sentence == DEFLECTS
    assert stored.question.evidence == saved.evidence  # the question's own evidence is unchanged


def test_a_question_looked_up_by_id_carries_its_answer_too(store: SqlStore, now: datetime) -> None:
    saved = _exchange(store, now)
    (listed,) = store.questions()

    fetched = store.get_question(listed.id)

    assert fetched is not None
    assert fetched.question.answer == saved.answer


def test_a_question_saved_without_an_answer_reads_back_without_one(store: SqlStore, now: datetime) -> None:
    _exchange(store, now, answered_opening=False)

    (stored,) = store.questions()

    assert stored.question.answer is None


def test_the_answer_span_indexes_the_same_document_body(store: SqlStore, now: datetime) -> None:
    _exchange(store, now)

    (stored,) = store.questions()
    answer = stored.question.answer
    document = store.get_document(stored.citation.source.document_id)

    assert answer is not None and document is not None
    assert answer.document_id == document.id
    assert document.body[answer.start : answer.end] == answer.sentence


def test_the_sources_reply_of_a_stored_question_carries_its_answer(store: SqlStore, now: datetime) -> None:
    _exchange(store, now)
    (stored,) = store.questions()

    reply = sources_reply(stored, 2)

    assert reply.section == "questions"
    assert reply.answer is not None
    assert reply.answer.sentence == DEFLECTS


def test_a_half_stored_answer_is_refused(store: SqlStore, now: datetime) -> None:
    _exchange(store, now, answered_opening=False)
    with pytest.raises(IntegrityError), store.engine.begin() as conn:
        conn.execute(questions.update().values(answer_sentence=DEFLECTS))


def test_upgrading_a_database_keeps_its_questions_without_answers_and_downgrading_drops_them(
    store: SqlStore, now: datetime
) -> None:
    _exchange(store, now)
    config = alembic_config()
    with store.engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0005")
        conn.commit()
        kept = conn.execute(select(questions.c.text, questions.c.sentence)).all()
        command.upgrade(config, "head")
        conn.commit()

    assert kept == [(ASKED, ASKED)]
    (stored,) = store.questions()
    assert stored.question.text == ASKED
    assert stored.question.answer is None  # an answer comes back when the document is extracted again
