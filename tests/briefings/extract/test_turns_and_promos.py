"""Turns of interviews in other house styles, and promos that share a line or a turn (issue 3 item 3)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.context import DocContext
from briefings.extract.questions import extract_questions
from briefings.extract.quotes import extract_quotes
from briefings.extract.turns import find_turns
from briefings.model.facts import Question

INTERVIEW = (
    "Farida Osman, the envoy, spoke to The Continental Review last week.\n\n"
    "**The Continental Review: You met both commanders last month. Are they any closer to a ceasefire?**\n\n"
    "Farida Osman: Closer than in January, yes. Who withdraws first? Nobody wants to answer that.\n\n"
    "**The Continental Review: What keeps you going?**\n\n"
    "Farida Osman: The people I meet in the camps.\n\n"
    "Enjoying this interview? Subscribe to The Continental Review for weekly analysis.\n"
)


def test_a_bold_interviewer_line_and_a_repeated_mixed_case_label_are_turns() -> None:
    labels = [t.label for t in find_turns(INTERVIEW)]
    assert labels == ["The Continental Review", "Farida Osman", "The Continental Review", "Farida Osman"]


def test_a_mixed_case_label_used_once_is_no_turn() -> None:
    assert find_turns("Credit: Pixabay\n\nThe minister spoke.\n\nNote: figures are provisional.\n") == []


@pytest.mark.slow
def test_answered_interview_questions_are_not_open_and_the_closing_promo_is_dropped(
    context_of: Callable[..., DocContext],
) -> None:
    ctx = context_of(INTERVIEW, "Interview: Farida Osman on the Sudan talks")
    questions: list[Question] = extract_questions(ctx, extract_quotes(ctx))
    open_ones = {q.text: q.asked_by.name if q.asked_by else None for q in questions if q.kind == "explicit"}
    # only the guest's own question, which she says nobody answers, is left open
    assert open_ones == {"Who withdraws first?": "Farida Osman"}


@pytest.mark.slow
def test_a_deflected_interviewer_question_is_asked_by_the_interviewer(
    context_of: Callable[..., DocContext],
) -> None:
    deflected = INTERVIEW.replace("The people I meet in the camps.", "I'd rather not say.")
    deflected = deflected.replace("Closer than in January, yes.", "I can't speak to that yet.")
    ctx = context_of(deflected, "Interview: Farida Osman on the Sudan talks")
    asked = {q.text: q.asked_by.name if q.asked_by else None for q in extract_questions(ctx, [])}
    assert asked["You met both commanders last month. Are they any closer to a ceasefire?"] == (
        "Continental Review"  # the label, article dropped
    )
    assert not any("Enjoying" in text for text in asked)


@pytest.mark.slow
def test_a_promo_question_with_its_call_to_action_on_the_same_line_is_dropped(
    context_of: Callable[..., DocContext],
) -> None:
    ctx = context_of("The council met on Monday.\n\nLiked this story? Sign up for our Arctic newsletter.\n")
    assert extract_questions(ctx, extract_quotes(ctx)) == []


@pytest.mark.slow
def test_a_question_followed_by_ordinary_prose_on_its_line_is_kept(
    context_of: Callable[..., DocContext],
) -> None:
    ctx = context_of(
        '"Why did Belgrade pull out now?" analyst Mira Kovac asked, citing the local elections.\n'
    )
    assert [q.text for q in extract_questions(ctx, extract_quotes(ctx))] == ["Why did Belgrade pull out now?"]


@pytest.mark.slow
def test_the_writers_question_that_the_paragraph_goes_on_to_answer_is_not_open(
    context_of: Callable[..., DocContext],
) -> None:
    ctx = context_of("Why did Belgrade pull out now? Analysts pointed to next month's local elections.\n")
    assert extract_questions(ctx, extract_quotes(ctx)) == []


@pytest.mark.slow
def test_the_writers_question_that_closes_its_paragraph_stays_open(
    context_of: Callable[..., DocContext],
) -> None:
    ctx = context_of("The talks broke up on Friday.\n\nWill Belgrade come back to the table?\n\nNobody met.")
    assert [q.text for q in extract_questions(ctx, [])] == ["Will Belgrade come back to the table?"]
