"""Open questions, issue 16 (second pass): where an answer deflects, speeches, implicit cues, fragments.

Every case is an invented sentence of the construction it specifies. The rule for an
answer: a deflection leaves the reporter's question open when no substance comes before
it (it opens the answer) or none comes after it (it closes the answer); with substance on
both sides the answer answers and declines a detail.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.answers import deflection, deflects
from briefings.model.facts import Question

pytestmark = pytest.mark.slow

ASKED = "Q Will the envoy travel to the border this week?"


def texts(questions: list[Question]) -> list[str]:
    return [q.text for q in questions]


def briefing(*turns: str) -> str:
    return "MS. HALE: Good morning.\n" + "\n".join(turns) + "\n"


# --- where the deflection sits in the answer ----------------------------------------------------


def test_a_deflection_closing_an_answer_leaves_the_question_open_and_is_its_evidence(
    questions_in: Callable[..., list[Question]],
) -> None:
    closing = "But I don't have anything to preview on the timing."
    body = briefing(
        ASKED,
        "MS. HALE: The envoy has been working with both sides for many weeks now. "
        f"The talks go on every day in Nairobi. {closing}",
    )
    (question,) = questions_in(body)
    assert question.answer is not None
    assert question.answer.sentence == closing


def test_a_deflection_opening_an_answer_leaves_it_open_whatever_context_follows(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = briefing(
        ASKED,
        "MS. HALE: I'm not going to get into the intelligence. What I can tell you is that the envoy "
        "has briefed our partners in detail. They meet again next month in Geneva.",
    )
    (question,) = questions_in(body)
    assert question.answer is not None
    assert question.answer.sentence == "I'm not going to get into the intelligence."


def test_an_answer_that_answers_and_declines_a_detail_in_the_middle_closes_the_question(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = briefing(
        ASKED,
        "MS. HALE: He leaves on Tuesday and will meet the governors in Nairobi. "
        "I don't have the full list of his stops. He will also visit the camps in the north "
        "and return to Washington on Friday.",
    )
    assert questions_in(body) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "In terms of the size, I don't have a number for you at this point.",
        "I would leave it to them to speak to that.",
        "I'm not going to be able to preview for you what we do next.",
        "I'm just not going to get into that level of detail.",
        "We will, of course, leave that to his family to speak to.",
        "I actually don't have any information on the plans for the new aircraft.",
        "I won't speak to the decisions the ministers are making.",
        "Finally, I can't get inside the head of the general.",
        "I'm happy to check on the status of that legislation.",
        "They can speak to that themselves.",
        "Well, I do have leverage, but I don't want to talk about leverage now.",
    ],
)
def test_deflections_phrased_many_ways_are_recognised(sentence: str) -> None:
    assert deflects(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I think it was announced an hour ago, as – I'm not sure it is public yet – with the governors.",
        "I don't know that I'd call it a failure.",
        "I don't know if people would consider it half of the problem.",
        "Okay, I don't have anything at the top.",
        "They asked whether we would cut aid, and I don't know why.",
    ],
)
def test_asides_disagreements_and_openers_are_no_deflection(sentence: str) -> None:
    assert not deflects(sentence)


def test_a_phatic_opener_before_the_deflection_is_no_substance() -> None:
    answer = "It's a great question. I'd really refer you to the ministry. Typically staff go home first."
    span = deflection(answer, 0)
    assert span is not None
    assert answer[span[0] : span[1]] == "It's a great question. I'd really refer you to the ministry."


def test_an_answer_runs_on_past_an_interjection_from_the_floor(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = briefing(
        "Q Do you have any reaction to the company's loss on the aircraft contract?",
        "MS. HALE: This takes me back to my first week in this job.",
        "Q I know, we gave you a year.",
        "MS. HALE: Yes, I appreciate it. I don't have any information on the plans for the aircraft.",
    )
    assert texts(questions_in(body)) == [
        "Do you have any reaction to the company's loss on the aircraft contract?"
    ]


def test_a_short_question_back_is_not_the_answer(questions_in: Callable[..., list[Question]]) -> None:
    body = briefing(
        "Q What is the assessment of the fleet's strategy in the gulf?",
        "MS. HALE: In terms of the exercises?",
        "Q Yes.",
        "MS. HALE: I'd point you to what the adviser said this morning.",
    )
    assert texts(questions_in(body)) == ["What is the assessment of the fleet's strategy in the gulf?"]


# --- speeches and monologues ---------------------------------------------------------------------

SPEECH = (
    "East Room\n\n10:02 A.M. EST\n\n"
    "THE PRESIDENT:  My fellow citizens, a year ago the harbour flooded and the town stood together.\n\n"
    "We saw neighbours carry neighbours. But what did we not see?\n\n"
    "So we must decide. Are we going to be a town that forgets? Are we going to be a town that "
    "rebuilds only for some?\n\n"
    "I know the answer. We will rebuild for everyone.\n\n"
    "Thank you.\n"
)


def test_a_speakers_own_questions_in_a_speech_are_not_open(
    questions_in: Callable[..., list[Question]],
) -> None:
    assert questions_in(SPEECH) == []


def test_a_speech_question_the_next_words_leave_unanswered_stays_open(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = SPEECH.replace(
        "But what did we not see?", "But who will pay for the new sea wall? Nobody has answered that yet."
    )
    assert texts(questions_in(body)) == ["But who will pay for the new sea wall?"]


def test_a_question_series_closing_a_speakers_turn_is_rhetorical(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = (
        "**GOVERNOR:** The harbour flooded. Are we going to be a town that forgets? "
        "Are we going to be a town that rebuilds only for some?\n"
        "**MODERATOR:** I'm not going to speak for the council.\n"
    )
    assert questions_in(body) == []


# --- implicit questions: uncertainty, never an assertion -----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The former mayor was preemptively sowing doubt about the election results.",
        "The minister has had to face questions about corruption within his department.",
        "The agency posted answers to frequently asked questions about the rental programme.",
        "It remains to be seen.",
    ],
)
def test_an_assertion_or_a_cue_without_a_point_is_no_implicit_question(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    assert questions_in(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "point"),
    [
        ("The lapses raise serious questions about the ministry's ability to keep files safe.", "ability"),
        ("There are questions about whether the bridge can carry the new trams.", "whether the bridge"),
        ("Diplomats voiced doubts over whether the truce will hold past Sunday.", "whether the truce"),
        ("It is still unknown who ordered the strike on the depot.", "who ordered the strike"),
        ("Witnesses gave conflicting accounts as to whether the driver had stopped.", "whether the driver"),
        ("Police did not immediately say whether anyone had been arrested.", "whether anyone had been"),
    ],
)
def test_constructions_of_uncertainty_are_implicit_questions(
    questions_in: Callable[..., list[Question]], sentence: str, point: str
) -> None:
    (question,) = questions_in(sentence)
    assert question.kind == "implicit"
    assert point in question.text


# --- fragments, tails and asking leave to ask ----------------------------------------------------


@pytest.mark.parametrize("tail", ["If not, why not?", "And?", "What can you tell us?", "Why?"])
def test_a_contentless_tail_after_a_question_is_not_a_question_of_its_own(
    questions_in: Callable[..., list[Question]], tail: str
) -> None:
    body = briefing(f"Q Will he sign the port bill? {tail}", "MS. HALE: I don't have anything on that.")
    assert texts(questions_in(body)) == ["Will he sign the port bill?"]


@pytest.mark.parametrize(
    "asked", ["Can I ask about two things on the Hill today?", "Can I follow on the port?"]
)
def test_asking_leave_to_ask_is_procedural(questions_in: Callable[..., list[Question]], asked: str) -> None:
    body = briefing(f"Q {asked}", "MS. HALE: I don't have anything on that.")
    assert questions_in(body) == []


@pytest.mark.parametrize("asked", ["Anything else?", "Okay, is there anything else for me?"])
def test_a_call_for_more_questions_is_procedural(
    questions_in: Callable[..., list[Question]], asked: str
) -> None:
    body = briefing(f"Q {asked}", "MS. HALE: I don't have anything on that.")
    assert questions_in(body) == []


def test_asking_for_anything_beyond_what_was_said_is_a_question(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = briefing(
        "Q Is there anything else beyond that?",
        "MS. HALE: I can't speak to any actions at the Department of Justice. I don't have anything to "
        "preview on that front.",
    )
    assert texts(questions_in(body)) == ["Is there anything else beyond that?"]


def test_a_question_put_with_can_i_ask_is_still_a_question(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = briefing("Q Can I ask whether he will sign the port bill?", "MS. HALE: We'll see.")
    assert texts(questions_in(body)) == ["Can I ask whether he will sign the port bill?"]


# --- news prose keeps the writer's and named persons' open questions ----------------------------


def test_news_prose_keeps_a_named_persons_unanswered_question(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = (
        "Shops stayed shut for a third day in the old market.\n\n"
        "\u201cHow much longer will this last?\u201d asked Omar Haddad, a shopkeeper.\n\n"
        "The army said the curfew would be reviewed on Monday."
    )
    (question,) = questions_in(body)
    assert question.text == "How much longer will this last?"
    assert question.asked_by is not None and question.asked_by.name == "Omar Haddad"


def test_a_question_put_without_a_question_mark_ends_the_answer(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = briefing(
        "Q Is anything being done to monitor the effect of the sanctions on ordinary people?",
        "MS. HALE: Certainly, we are looking at how this is hitting the economy of the country as a whole.",
        "Q Thanks. The general talked this week about permanent bases on the eastern flank, and I wonder "
        "whether that is being considered.",
        "MS. HALE: I have nothing beyond what the general said.",
    )
    # the first answer ends at the question put without a mark (which its own answer declines)
    (question,) = questions_in(body)
    assert question.text.startswith("I wonder whether that is being considered")
    assert question.answer is not None
    assert question.answer.sentence == "I have nothing beyond what the general said."


def test_a_question_whose_answer_the_speaker_announces_is_not_open(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = (
        "This year I have travelled to thirty states to listen to people. And people have asked me why.\n\n"
        "Why go to places where people will never agree with you?\n\n"
        "And the answer is that I am their representative too, whatever they think of me."
    )
    assert questions_in(body) == []


def test_a_negated_ask_asks_nothing(questions_in: Callable[..., list[Question]]) -> None:
    assert questions_in("When a neighbour is sick, we don't ask who they voted for; we bring soup.") == []


def test_not_something_we_are_calling_for_answers() -> None:
    assert not deflects("That's not something we're calling for from the ministry.")
    assert deflects("That's not something I'm going to get into from here.")


@pytest.mark.parametrize(
    "answer",
    [
        "No. I'd point you to the ministry for the rest of the schedule.",
        "It wasn't. But I would also point you to the agencies that oversee the permits.",
        "I'm going to be talking to him. I have not spoken to him yet.",
    ],
)
def test_an_answer_that_opens_with_a_no_or_says_not_yet_has_answered(answer: str) -> None:
    assert deflection(answer, 0) is None


def test_a_bare_yeah_is_an_acknowledgement_not_an_answer() -> None:
    assert deflection("Yeah. I don't have a timeline on that.", 0) is not None
