"""Open points in news prose, sessions 8-10 (issue 16): who does not know, an inquiry begun or to
come, a decision put off, a death called unexplained, an elided "no cause disclosed", nobody yet
appointed or charged, an unknown number, a point "called into question", and a second open point
coordinated with the first; and what settles a point in the same sentence.

Every case is an invented sentence of the construction it specifies, positive and negative.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Question

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence",
    [
        # a third party does not know (present tense): the point is open now
        "Rescuers don't know if anyone is still trapped under the rubble.",
        "The family does not know where the boy was taken.",
        "No one knows who fired the first shot at the border post.",
        # an inquiry begun, or one to come
        "An investigation started into whether the accounts were falsified.",
        "An inquiry was opened into the sinking of the ferry.",
        "The collapse of the stand will be investigated by the regional council.",
        "The cause of the blaze was to be investigated by the fire brigade.",
        "Engineers are trying to determine if the dam can hold another storm.",
        # a decision put off
        "The verdict has been delayed until March 3 while the judges review new evidence.",
        "The vote on the budget was postponed again.",
        # a death the police call unexplained
        "The death of the hiker is being treated as unexplained.",
        # the accused has not answered a report, whoever's it is
        "The army has not yet commented on the farmer's report of shelling.",
        # a decision to come on a yes-or-no point (session 9)
        "The government opened a public process to determine whether citizens would prefer a new flag.",
        "The appeals panel will decide whether the ban on night flights stays in force.",
        # a doubt others have raised (session 9)
        "Teachers' unions have questioned the extent to which private firms would fund the courses.",
        # nobody chosen or charged yet, no explanation ever given, a number unknown (session 10)
        "Nobody has been appointed to take over running the foundation.",
        "No one has yet been charged with the killing of the two guards.",
        "No full explanation has ever been given for the deaths of the miners.",
        "Rescuers were working to free an unknown number of others trapped in the mine.",
        # a doubt cast on a named point (session 10)
        "The findings have further called into question the response of the ministry to the floods.",
    ],
)
def test_a_construction_that_leaves_the_point_open_is_an_implicit_question(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    (question,) = questions_in(sentence)
    assert question.kind == "implicit"
    assert question.text.rstrip(".") == sentence.rstrip(".")


def test_an_elided_nothing_disclosed_joins_the_point_before_it(
    questions_in: Callable[..., list[Question]],
) -> None:
    sentence = "Police said the death was considered “unexplained” and no cause of death disclosed."
    (question,) = questions_in(sentence)
    assert question.text == sentence


def test_a_second_open_point_coordinated_with_the_first_stays_in_the_question(
    questions_in: Callable[..., list[Question]],
) -> None:
    sentence = (
        "The army has not yet commented on the villager's report, but a British spokesman says the "
        "report is under investigation."
    )
    (question,) = questions_in(sentence)
    assert question.text == sentence


def test_a_coordinated_statement_stays_in_the_line_as_its_context(
    questions_in: Callable[..., list[Question]],
) -> None:
    # the line is the sentence (what a reader marks); one open point per sentence all the same
    sentence = "No date has been set for the trial, but the lawyers say they are ready."
    (question,) = questions_in(sentence)
    assert question.text == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # the speaker's own doubt, and a past state of not knowing, are no open point of the story
        "I don't know if you have been to the harbor lately.",
        "We don't know how lucky we are.",
        "She did not know what her address was.",
        # knowing how to do a thing is a skill, not an open question
        "Many farmers don't know how to apply for the grants.",
        # settled in the same sentence
        "The senator did not say whether he would run again, but aides confirmed that he will.",
        "The cause of the blast was not immediately known but was later confirmed as a gas leak.",
        # no inquiry, no decision put off
        "The investigation found that the pilot had ignored the warnings.",
        "The concert was considered a triumph by the critics.",
        "No reason given the circumstances could excuse the delay.",
        # a judgement handed to the audience is no decision to come
        "I will leave it to all of you to determine if he answered that question.",
        # a choice urged on someone is no decision reported to come
        "The envoy said leaders need to decide whether to choose more war or a compromise.",
        # somebody was somewhere, a number is known, a person is named: nothing open (session 10)
        "No one has been to the island since May.",
        "An unknown singer won the contest with a number of old songs.",
        "Nobody has been more loyal to the party than the senator.",
    ],
)
def test_doubts_histories_and_settled_points_are_not_open(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    assert questions_in(sentence) == []
