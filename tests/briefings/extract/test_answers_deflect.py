"""How an answer deflects or answers, third pass (issue 16): clipped subjects, assessments declined,
referrals, offers to find out, questions back, affirmations, sign-offs, questions without a mark.

Every case is an invented sentence of the construction it specifies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.answers import deflection, deflects
from briefings.model.facts import Question

pytestmark = pytest.mark.slow


def briefing(*turns: str) -> str:
    return "MS. HALE: Good morning.\n" + "\n".join(turns) + "\n"


@pytest.mark.parametrize(
    "sentence",
    [
        # the first person left out by a briefer
        "Don't have anything to add on the envoy.",
        "So don't want to get ahead of what the ministry might announce.",
        # an assessment or a prediction declined
        "I'm not going to make a prediction or assessment of that from here.",
        "I don't think we're going to make an assessment of that from here.",
        "Well, I can't make an assessment of the harvest yet.",
        "And so we'll see tomorrow what the figures hold.",
        "I'm just not going to say more about the talks.",
        # a restart before the refusal is no aside
        "I'm just not — I'm just not going to say beyond — more than what the minister laid out.",
        "Well, I would really — I don't have anything to add beyond what — the minister's statements.",
        # referral in the present tense, or handing the asker to someone else
        "But I refer you to the committee.",
        "I would have you speak with the port authority about more specifics.",
        # the offer to find out later
        "But I will see if there's more we can report out to you on that later today.",
        # declining what goes beyond what someone said
        "There's nothing beyond what the governor said this morning.",
        # put off to another time; the detail not at hand
        "We can talk about this another time.",
        "I don't have the specific timeline for you.",
        # a fronted topic over several commas before the refusal
        "Out of caution, as you can imagine, and for the safety of the families, we're not going to "
        "confirm any details of the flights.",
        # no decisions made yet, in the plural or with "yet" before the participle (session 10)
        "No decisions have been made yet, but that is a process that's ongoing.",
        "No decision has yet been made on the tariffs.",
        # an adverb set off inside the refusal; a position not yet reached; a commitment declined
        # (session 11)
        "I'm not going to, clearly, negotiate from here.",
        "I'm not in a position yet to outline anything more.",
        "I cannot make that commitment today.",
        # a colleague will answer later in the call (session 14)
        "So, on your question about the fund, I don't want to steal any thunder from my colleague.",
        "Let me defer that to the later part of the call.",
    ],
)
def test_more_ways_of_declining_are_deflections(sentence: str) -> None:
    assert deflects(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "You'll see the governor sign the order on Friday.",
        "I'd point you to the fact that the port reopened on Monday.",
        "I'd refer back to what the minister said about the fleet.",
        "Don't forget the harvest festival opens on Friday.",
        # unsure what to call a thing, not of the answer
        "And I don't know if it's “Kee-ev” or “Kyiv.”",
    ],
)
def test_you_will_see_an_object_pointing_to_a_fact_and_a_name_in_doubt_answer(sentence: str) -> None:
    assert not deflects(sentence)


@pytest.mark.parametrize(
    "answer",
    [
        "Absolutely. The envoy has met both sides twice this month. I don't have a date for the next round.",
        "Of course. We have sent two ships and a field hospital to the coast.",
        "There's nothing beyond what the governor said this morning. The port reopens on Monday and "
        "the ferries run again from Tuesday.",
    ],
)
def test_an_affirmation_or_a_narrow_refusal_followed_by_substance_answers(answer: str) -> None:
    assert deflection(answer, 0) is None


def test_a_sign_off_after_a_closing_deflection_is_no_substance() -> None:
    answer = (
        "The envoy has been in the region all week and met the governors. "
        "I don't have anything to preview on his next stop. Thank you so much, everybody."
    )
    span = deflection(answer, 0)
    assert span is not None
    assert answer[span[0] : span[1]] == "I don't have anything to preview on his next stop."


def test_a_clarifying_question_back_of_any_length_is_not_the_answer(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = briefing(
        "Q Is the ministry looking at any relief for the farmers who already repaid their loans?",
        "MS. HALE: You mean for the farmers who have paid off all of the loans they took out last spring?",
        "Q Yes, the ones who repaid.",
        "MS. HALE: It's a good question. There is a bill the minister would sign for farmers who still "
        "owe money. But I don't have anything to preview on that front.",
    )
    (question,) = questions_in(body)
    assert question.text.startswith("Is the ministry looking at any relief")
    assert question.answer is not None


def test_a_reporter_turn_without_a_question_mark_is_open_when_the_answer_deflects(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = briefing(
        "Q I wonder if you can talk about the envoy's talks with the governors.",
        "MS. HALE: I don't have anything to share on those talks.",
    )
    (question,) = questions_in(body)
    assert "envoy's talks with the governors" in question.text
    assert question.answer is not None


def test_a_question_put_as_im_wondering_is_open_when_the_answer_deflects(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = briefing(
        "Q I'm wondering whether the envoy will meet the governors this week.",
        "MS. HALE: We don't have anything to share on his schedule.",
    )
    (question,) = questions_in(body)
    assert "whether the envoy will meet the governors" in question.text


def test_a_reporter_turn_without_a_question_mark_is_closed_when_the_answer_answers(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = briefing(
        "Q I wonder if you can talk about the envoy's talks with the governors.",
        "MS. HALE: The envoy met all four governors on Tuesday and they agreed on a ferry schedule.",
    )
    assert questions_in(body) == []


def test_a_closing_refusal_before_see_you_tomorrow_still_closes_the_answer() -> None:
    answer = (
        "The envoy met the governors on Tuesday. We can talk about this another time. Have a good day. "
        "I'll see you tomorrow."
    )
    span = deflection(answer, 0)
    assert span is not None
    assert answer[span[0] : span[1]] == "We can talk about this another time."


def test_an_elliptical_request_for_news_is_a_whole_question(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = briefing(
        "Q Any update on the sailors held in the port?",
        "MS. HALE: I don't have an update for you at this time.",
    )
    (question,) = questions_in(body)
    assert question.text == "Any update on the sailors held in the port?"


@pytest.mark.parametrize(
    "asked",
    ["I wonder if we could change topics a bit here.", "It's still kind of an open question in the port."],
)
def test_a_turn_without_a_mark_that_puts_no_question_stays_closed(
    questions_in: Callable[..., list[Question]], asked: str
) -> None:
    body = briefing(f"Q {asked}", "MS. HALE: I don't have anything to share on that.")
    assert questions_in(body) == []


# --- session 8: an interviewee's ways of declining -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # not the speaker's to say
        "It's not for us to take a stand on any political issue.",
        "That is not up to me to decide.",
        # not yet knowable
        "It's really hard to tell.",
        "Honestly, it is too difficult to say at this stage.",
        # handed to those who may judge
        "We'll leave that to the professionals.",
        # the specifics asked are withheld
        "Well, without getting into specific details from here, we have been in touch with them.",
    ],
)
def test_an_interviewees_ways_of_declining_are_deflections(sentence: str) -> None:
    assert deflects(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "It's hard to overstate how much the harbor matters to us.",
        "We'll leave for the coast on Friday.",
        "It's not for sale, and it never will be.",
        "Without getting the funding, the port would close.",
    ],
)
def test_the_same_words_that_assert_or_report_do_not_deflect(sentence: str) -> None:
    assert not deflects(sentence)


def test_an_interview_question_the_answer_declines_is_open(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = (
        "**Interviewer:** What do you think of the senator's views on taxes?\n\n"
        "**Jane Doe:** It's not for us to take a stand on political issues. We'll leave that to the pros.\n\n"
        "**Interviewer:** Is the drink popular?\n\n"
        "**Jane Doe:** Very popular. We sell a hundred of them every single night.\n"
    )
    (question,) = questions_in(body)
    assert question.text == "What do you think of the senator's views on taxes?"
    assert question.answer is not None
    assert question.answer.sentence.startswith("It's not for us to take a stand")


@pytest.mark.parametrize(
    "sentence",
    [
        # "I'd" written without a space still has the first person before the modal
        "I’d have to look more closely at the specifics of the bill.",
        "I will have to talk to the economic team about our exact reaction.",
        # nothing of the kind asked about is on the schedule the briefer may give
        "I have no meetings to report to you or read out for you.",
        "I don’t have any trips to preview at this point in time.",
        "I don’t have any calls to read out to you beyond that.",
        # someone else will decide
        "I think that’s a decision that would be made by the agency, no?",
        "So that would be a decision made by the agency.",
        # a calculation, an update, a detail or the specifics withheld
        "Well, we’re not going to make a calculation of that from here.",
        "I’m not going to provide an update on the process from here.",
        "I don’t have a detail of how that went.",
        "I don’t have the specifics of that in front of me.",
        # the offer to find out
        "I believe we are, but let me see if I can get the final details for all of you.",
    ],
)
def test_schedules_not_given_decisions_left_to_others_and_details_withheld_deflect(sentence: str) -> None:
    assert deflects(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We have no plans to change course.",
        "I have no doubt he will sign it.",
        "It was a decision made by the President last week.",
        "I'll have to tell you, the economy is strong.",
    ],
)
def test_a_plan_denied_a_decision_told_and_a_flourish_answer(sentence: str) -> None:
    assert not deflects(sentence)
