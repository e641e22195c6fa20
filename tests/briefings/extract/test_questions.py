"""Open questions: explicit, quoted, transcript turns, implicit cues; never promos (issues 2 and 3)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefings.extract import Extractor
from briefings.extract.context import DocContext
from briefings.extract.questions import extract_questions
from briefings.extract.quotes import extract_quotes
from briefings.model.documents import Document
from briefings.model.facts import Question

pytestmark = pytest.mark.slow


def texts(questions: list[Question]) -> list[str]:
    return [q.text for q in questions]


# --- the seed article --------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(article_context: Callable[[str], DocContext]) -> list[Question]:
    ctx = article_context("000_65f72ffc5e9bc812")
    return extract_questions(ctx, extract_quotes(ctx))


def test_headline_question_is_explicit_with_title_evidence(seed: list[Question]) -> None:
    first = seed[0]
    assert first.text == "Can the Taliban Play China and Russia Off the United States?"
    assert first.kind == "explicit"
    assert first.asked_by is None
    assert first.evidence.field == "title"


def test_question_inside_a_quote_is_asked_by_its_speaker(seed: list[Question]) -> None:
    quoted = [q for q in seed if q.asked_by is not None]
    assert [q.text for q in quoted] == [
        "The question is, can there be an agreement on unity of purpose?",
        "So the question now is, where do they go from here?",
    ]
    assert {q.asked_by.name for q in quoted if q.asked_by} == {"Joe Biden"}


def test_a_repeated_headline_in_the_body_is_one_question(seed: list[Question]) -> None:
    assert texts(seed).count("Can the Taliban Play China and Russia Off the United States?") == 1


def test_evidence_span_indexes_the_stored_body(article_context: Callable[[str], DocContext]) -> None:
    ctx = article_context("000_65f72ffc5e9bc812")
    for question in extract_questions(ctx, extract_quotes(ctx)):
        if question.evidence.field == "body":
            body = ctx.document.body
            assert body[question.evidence.start : question.evidence.end] == question.evidence.sentence
            assert question.text in question.evidence.sentence


# --- promos and boilerplate ----------------------------------------------------------------


def test_job_board_promo_is_never_a_question(questions_in: Callable[..., list[Question]]) -> None:
    body = (
        "The talks ended without a deal.\n\n"
        "Dreaming of a career in the Asia-Pacific?\n"
        "Try The Diplomat’s jobs board.\n"
        "Find your Asia-Pacific job"
    )
    assert questions_in(body) == []


def test_reader_promo_before_a_call_to_action_is_dropped(questions_in: Callable[..., list[Question]]) -> None:
    body = "Officials met on Monday.\n\nWhat does this mean for your portfolio?\nSubscribe to our newsletter."
    assert questions_in(body) == []


def test_a_standalone_subheading_question_in_the_news_is_kept(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = "Officials met on Monday.\n\nWhat happens next?\n\nNegotiators will return to Doha in August."
    assert texts(questions_in(body)) == ["What happens next?"]


# --- implicit questions -------------------------------------------------------------------


def test_unclear_whether_is_an_implicit_question(questions_in: Callable[..., list[Question]]) -> None:
    (question,) = questions_in("It remains unclear whether the talks will resume in Doha next month.")
    assert question.kind == "implicit"
    assert "whether the talks will resume in Doha" in question.text


def test_remains_to_be_seen_is_an_implicit_question(questions_in: Callable[..., list[Question]]) -> None:
    (question,) = questions_in("Whether the ceasefire will hold remains to be seen.")
    assert question.kind == "implicit"
    assert question.text.startswith("Whether the ceasefire will hold")


def test_declined_to_say_whether_has_no_asker(questions_in: Callable[..., list[Question]]) -> None:
    (question,) = questions_in(
        "A State Department spokesperson declined to say whether Blinken would travel to Kyiv."
    )
    assert question.kind == "implicit"
    assert question.asked_by is None
    assert "whether Blinken would travel to Kyiv" in question.text


def test_asked_whether_names_who_asked(questions_in: Callable[..., list[Question]]) -> None:
    (question,) = questions_in(
        "Senator John Kerry asked whether Iran would engage in talks with the United States."
    )
    assert question.kind == "implicit"
    assert "asked whether Iran would engage in talks" in question.text
    assert question.asked_by is not None and question.asked_by.name == "John Kerry"


def test_doubts_about_is_an_implicit_question(questions_in: Callable[..., list[Question]]) -> None:
    (question,) = questions_in("Arab diplomats expressed doubts about how hard Bush will push them.")
    assert "doubts about how hard Bush will push them" in question.text


def test_no_doubt_settles_the_point(questions_in: Callable[..., list[Question]]) -> None:
    assert questions_in("I have no doubt about it, the minister said.") == []


# --- transcripts: a reporter's question is open only when the answer leaves it open -----------

TRANSCRIPT = (
    "**SECRETARY BLINKEN:** Good afternoon. We are looking at everything.\n"
    "**QUESTION:** Minister, what kind of weapons do you need? Are you still calling for a no-fly zone?\n"
    "**FOREIGN MINISTER KULEBA:** I'm not going to get into the details of our requests. We need more.\n"
    "Q Sir, how does this cooperation work?\n"
    "**SECRETARY BLINKEN:** It works through a standing group that meets every week in Brussels.\n"
)


def test_a_deflected_reporter_question_is_open_and_asked_by_an_anonymous_reporter(
    questions_in: Callable[..., list[Question]],
) -> None:
    asked = questions_in(TRANSCRIPT)
    assert texts(asked) == [
        "Minister, what kind of weapons do you need?",
        "Are you still calling for a no-fly zone?",
    ]
    for question in asked:
        assert question.kind == "explicit"
        assert question.asked_by is not None
        assert question.asked_by.kind == "anonymous"


def test_an_open_reporter_question_carries_the_answers_opening_as_evidence(
    questions_in: Callable[..., list[Question]], context_of: Callable[..., DocContext]
) -> None:
    first = questions_in(TRANSCRIPT)[0]
    assert first.answer is not None
    assert first.answer.sentence == "I'm not going to get into the details of our requests."
    body = context_of(TRANSCRIPT).document.body
    assert body[first.answer.start : first.answer.end] == first.answer.sentence


@pytest.mark.parametrize(
    "answer",
    [
        "I'm not going to get ahead of the President on that.",
        "I don't have anything on that for you today.",
        "Well, we'll see. The talks go on.",
        "I'd point you to the Department of Justice.",
        "I can't speak to their intentions.",
        "Sure. Thanks, Anna. Look, I don't have an update on the timing.",
        "That was discussed on the call, but I don't have any updates on the timing at this point.",
        "I will have to check with our team on that.",
    ],
)
def test_an_answer_that_declines_defers_or_does_not_know_leaves_the_question_open(
    questions_in: Callable[..., list[Question]], answer: str
) -> None:
    body = f"MS. HALE: Good morning.\nQ Will the envoy travel to the border this week?\nMS. HALE: {answer}\n"
    assert texts(questions_in(body)) == ["Will the envoy travel to the border this week?"]


@pytest.mark.parametrize(
    "answer",
    [
        "Yes, he leaves on Tuesday and will meet the governors.",
        "No, but he has spoken to both sides twice this week.",
        "Sure. Well, the envoy is constantly reviewing the situation with our partners.",
        "He leaves Tuesday; if they meet, or I don't know, on Wednesday, the talks go on.",
        "No, I don't. He will not travel before the talks.",
    ],
)
def test_an_answer_that_answers_closes_the_question(
    questions_in: Callable[..., list[Question]], answer: str
) -> None:
    body = f"MS. HALE: Good morning.\nQ Will the envoy travel to the border this week?\nMS. HALE: {answer}\n"
    assert questions_in(body) == []


def test_a_follow_up_from_the_floor_shares_the_answer_that_comes_after_it(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = (
        "MS. HALE: Good morning.\nQ Did the arms sale come up?\nQ And did he raise the blockade?\n"
        "MS. HALE: I don't have anything to read out for you on that one.\n"
    )
    assert texts(questions_in(body)) == ["Did the arms sale come up?", "And did he raise the blockade?"]


def test_interview_questions_that_are_answered_are_not_open(
    article_context: Callable[[str], DocContext],
) -> None:
    ctx = article_context("013")
    assert extract_questions(ctx, []) == []


def test_a_question_in_the_middle_of_a_turn_is_the_speakers_own_device(
    questions_in: Callable[..., list[Question]],
) -> None:
    asked = questions_in(
        "**PRESIDENT:** Why would they pay for it, when they got nothing? They will pay, and soon.\n"
        "Q Sir, will the troops stay in Europe?\n"
        "**PRESIDENT:** We'll see. It's a big country, isn't it? What do you think will happen, right?\n"
    )
    assert texts(asked) == ["Sir, will the troops stay in Europe?"]


def test_a_question_closing_a_turn_put_to_the_next_speaker_who_answers_is_not_open(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = (
        "**HOST:** You met both generals in Jeddah last month. Are they any closer to a truce?\n"
        "**ENVOY:** Closer than a month ago: they agreed on a corridor.\n"
    )
    assert questions_in(body) == []


def test_a_question_about_they_keeps_the_sentence_naming_them(
    questions_in: Callable[..., list[Question]],
) -> None:
    asked = questions_in(
        "**INTERVIEWER:** You met both generals in Jeddah last month. Are they any closer to a truce?\n"
        "**ENVOY:** We'll see. Talks resume on Monday.\n"
    )
    assert texts(asked) == ["You met both generals in Jeddah last month. Are they any closer to a truce?"]


def test_one_word_question_keeps_the_sentence_before_it(questions_in: Callable[..., list[Question]]) -> None:
    (question,) = questions_in(
        "**HOST:** Look at Turkey, knocking on Europe's door. Why?\n**GUEST:** I can't speak to that.\n"
    )
    assert question.text == "Look at Turkey, knocking on Europe's door. Why?"
    assert question.asked_by is not None and question.asked_by.name == "Host"


def test_a_reporters_implicit_question_is_decided_by_the_exchange(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = (
        "MS. HALE: Good morning.\n"
        "Q I wonder if you can talk about whether the envoy will meet the rebels this week.\n"
        "MS. HALE: He will meet them on Thursday in Nairobi.\n"
    )
    assert questions_in(body) == []


# --- questions that only seem to ask -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "'Who could argue with that?' the mayor said of the new bridge.",
        'The minister said: "And what did we get for the money? Nothing. Not a single road."',
        '"Can you imagine?" the governor asked the crowd about the flood.',
        '"Is this microphone on?" the chairman asked before the vote on the port.',
        '"Shall we take the next one?" the spokesman said to the room.',
    ],
)
def test_rhetorical_and_procedural_questions_are_not_open(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    assert [q for q in questions_in(sentence) if q.kind == "explicit"] == []


def test_a_fragment_is_not_a_whole_question(questions_in: Callable[..., list[Question]]) -> None:
    body = "MS. HALE: Good morning.\nQ Same number of troops?\nMS. HALE: I don't know.\n"
    assert questions_in(body) == []


def test_a_question_shown_as_an_example_is_not_asked(questions_in: Callable[..., list[Question]]) -> None:
    body = (
        'The paper cited complicated questions of the new form, including: "Were you ever held against '
        'your will by a smuggler?"'
    )
    assert [q for q in questions_in(body) if q.kind == "explicit"] == []


def test_a_named_persons_unanswered_question_about_the_story_stays_open(
    questions_in: Callable[..., list[Question]],
) -> None:
    (question,) = questions_in(
        'Harbour master Ines Duval said the dredging had stopped. "Who will pay for the new pier?" she asked.'
    )
    assert question.text == "Who will pay for the new pier?"
    assert question.asked_by is not None and question.asked_by.name == "Ines Duval"


def test_extractor_runs_questions_with_its_quotes(
    extractor: Extractor, article: Callable[[str], object]
) -> None:
    document = article("000_65f72ffc5e9bc812")
    extraction = extractor.extract(document)  # type: ignore[arg-type]
    assert len([q for q in extraction.questions if q.kind == "explicit"]) == 3


def test_seed_boilerplate_left_in_the_body_never_becomes_a_question(extractor: Extractor) -> None:
    # the ingest layer removes site furniture; extraction must not depend on it
    raw = (Path(__file__).resolve().parents[3] / "seeds" / "000_65f72ffc5e9bc812.md").read_text(
        encoding="utf-8"
    )
    body = raw.split("---", 2)[2]
    title = "Can the Taliban Play China and Russia Off the United States?"
    document = Document.create(title=title, body=body, published=datetime(2021, 7, 29, tzinfo=UTC))
    asked = texts(extract_questions(extractor.context(document), []))
    assert "Dreaming of a career in the Asia-Pacific?" not in asked
    assert asked.count(title) == 1
    assert len(asked) == 3


def test_q_colon_lines_are_reporter_questions(questions_in: Callable[..., list[Question]]) -> None:
    body = (
        "PRESIDENT BIDEN: We are working on it with our partners.\n"
        "Q: Mr. President, will you veto the bill?\n"
        "PRESIDENT BIDEN: We will see.\n"
    )
    (question,) = questions_in(body)
    assert question.text == "Mr. President, will you veto the bill?"
    assert question.asked_by is not None and question.asked_by.kind == "anonymous"


def test_no_break_spaces_after_q_still_open_a_reporters_turn(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = "MS. HALE: Good morning.\nQ\xa0\xa0\xa0 Will the envoy go?\nMS. HALE: Yes, on Monday.\n"
    assert questions_in(body) == []


def test_a_question_inside_a_quotation_opened_sentences_before_is_its_speakers(
    questions_in: Callable[..., list[Question]],
) -> None:
    (question,) = questions_in(
        'Finance Minister Lena Varga spoke to the assembly for an hour. She added, "We cannot wait for '
        'others to act on this. Who will pay for the new schools? Not the banks, and not the towns."'
    )
    assert question.text == "Who will pay for the new schools?"
    assert question.asked_by is not None and question.asked_by.name == "Lena Varga"


def test_a_question_the_next_sentence_says_nobody_answers_stays_open(
    questions_in: Callable[..., list[Question]],
) -> None:
    asked = questions_in(
        "The envoy left Sanaa on Monday. What leverage does Washington still have? Few in the "
        "administration would say.\n\nWhy did the talks fail? Analysts pointed to the elections.\n"
    )
    assert texts(asked) == ["What leverage does Washington still have?"]


def test_a_question_wrapped_over_two_lines_is_read_whole(questions_in: Callable[..., list[Question]]) -> None:
    body = (
        "MS. HALE: Good morning.\n"
        "Q Do you have any indication as to whether the council will expel the U.S.\nambassador?\n"
        "MS. HALE: I really don't have anything else to share.\n"
    )
    (question,) = questions_in(body)
    assert " ".join(question.text.split()) == (
        "Do you have any indication as to whether the council will expel the U.S. ambassador?"
    )


def test_we_have_not_seen_any_symptoms_answers_while_i_have_not_seen_the_report_does_not(
    questions_in: Callable[..., list[Question]],
) -> None:
    asked = "MS. HALE: Good morning.\nQ Is the President experiencing any symptoms?\nMS. HALE: "
    assert questions_in(asked + "So, we haven't seen any reoccurring symptoms. He is well.\n") == []
    assert texts(questions_in(asked + "I haven't seen those reports. I'll check.\n")) == [
        "Is the President experiencing any symptoms?"
    ]


def test_a_briefing_reporters_question_about_he_is_asked_on_its_own(
    questions_in: Callable[..., list[Question]],
) -> None:
    asked = questions_in(
        "MS. LANE:  Good afternoon.\n\n"
        "Q    We have heard the Governor say many times that he never met the donors.  Has he ever\n"
        "spoken to the donors' lawyers about the fund?\n\n"
        "MS. LANE:  Again, nothing has changed about what I said yesterday.\n"
    )
    assert [" ".join(text.split()) for text in texts(asked)] == [
        "Has he ever spoken to the donors' lawyers about the fund?"
    ]
