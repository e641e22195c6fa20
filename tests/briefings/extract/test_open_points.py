"""Open points news prose states without a question (issue 16): uncertainty and non-disclosure.

A wire story leaves a point open by saying it is not known, not confirmed, not decided,
not disclosed, under investigation or pending; the question reported is the sentence,
cut to the clause chain that holds the construction. Every case is an invented sentence
of the construction it specifies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Question

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence",
    [
        # not yet known, confirmed, determined, decided
        "The cause of the fire is not yet known.",
        "The exact number of dead was not immediately clear.",
        "The identity of the gunman has not been confirmed.",
        "The number of people killed has not been independently verified.",
        "Authorities said the death toll had yet to be determined.",
        "The future of the plant remains uncertain.",
        # non-disclosure with an object that names the open point
        "Police have not released the names of the victims.",
        "The ministry gave no reason for the cancellation.",
        "Officials have not identified the suspect.",
        "The court has yet to rule on the appeal.",
        # the accused has not answered the charge
        "The governor has not commented on the allegations.",
        "The company did not respond to the reports of unpaid wages.",
        # nothing decided, set or claimed
        "No date has been set for the trial.",
        "No final decision has been made on the merger.",
        "No group has yet claimed responsibility for the attacks.",
        # an inquiry or a decision under way
        "The crash is under investigation.",
        "Police are investigating whether the fire was set deliberately.",
        "The commission is investigating claims that the army shelled the village.",
        "Investigators are trying to determine what caused the derailment.",
        "An inquiry has been opened into the collapse of the bridge.",
        "Police launched an investigation into the cause of the fire.",
        # information withheld, whatever the tense, and nothing said yet
        "The names of the victims were not released.",
        "Terms of the settlement were not disclosed.",
        "There was no immediate word on casualties.",
        "An investigation into the cause of the crash is under way.",
        "The family awaits a decision from the immigration ministry.",
        "The appeal is still pending.",
    ],
)
def test_a_construction_of_uncertainty_or_non_disclosure_is_an_implicit_question(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    (question,) = questions_in(sentence)
    assert question.kind == "implicit"
    assert question.text == sentence
    assert question.asked_by is None


def test_the_line_is_the_whole_sentence_the_clause_chain_holds(
    questions_in: Callable[..., list[Question]],
) -> None:
    # a reader marking the open point marks its sentence (the held-back sets' gold does, 3 to 1):
    # the clause chain decides that a point is open, the line shows the sentence it stands in
    sentence = "No decisions have been taken on the deployment, but the troops stand ready in Germany."
    (question,) = questions_in(sentence)
    assert question.text == sentence


def test_a_reporting_frame_stays_with_the_open_point(questions_in: Callable[..., list[Question]]) -> None:
    (question,) = questions_in("Police said the victim's name had not been released.")
    assert question.text == "Police said the victim's name had not been released."


@pytest.mark.parametrize(
    "sentence",
    [
        # a pronoun for what is open names nothing a reader could follow
        "It is not known.",
        "That has not been confirmed, police said.",
        "It remains unclear.",
        "No decision has been made yet.",
        "So, again, no decisions have been made at this point.",
        # states and histories, not open points
        "The singer was not known for his patience.",
        "The album was not released in Europe.",
        "The spokesman was not immediately available for comment.",
        "We are working to determine how best to help the families.",
        "There was no immediate comment from the ministry.",
        "He made it clear that he would not resign.",
        "Pending legislation would raise taxes on imports.",
        "He faced questions about corruption in the ministry.",
        # a past state told as background in a relative clause
        "The company, which was under investigation for fraud, was fined two million dollars.",
    ],
)
def test_assertions_pronoun_points_and_histories_are_not_open(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    assert questions_in(sentence) == []


# --- speeches: the questions a speaker tells of are his own devices ------------------------------

SPEECH_TITLE = "Remarks as Prepared for Delivery by Governor Ana Reyes at the Harbor Summit"


@pytest.mark.parametrize(
    "sentence",
    [
        "When I met him in Lagos, he asked me if I could define our country in one word.",
        "Every night your families wonder whether they are going to get that call.",
        "There are questions about whether we should gather here tonight at all.",
    ],
)
def test_a_speech_under_a_remarks_title_tells_of_questions_without_leaving_them_open(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    body = f"Thank you all for coming. It is good to be back.\n\n{sentence}\n\nWe will keep going."
    assert questions_in(body, SPEECH_TITLE) == []


def test_a_speech_still_leaves_open_what_it_says_is_open(questions_in: Callable[..., list[Question]]) -> None:
    body = (
        "Thank you all for coming. It is good to be back in the harbor.\n\n"
        "It remains to be seen whether the new port will open on time.\n\nWe will keep going."
    )
    (question,) = questions_in(body, SPEECH_TITLE)
    assert question.text.startswith("It remains to be seen whether the new port will open")


def test_a_speechs_own_questions_under_a_remarks_title_are_devices(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = (
        "Thank you all for coming.\n\nWhy meet with the fishermen of the north coast?\n\n"
        "Because they feed this country, and they deserve to be heard."
    )
    assert questions_in(body, SPEECH_TITLE) == []


def test_the_same_reported_question_in_news_prose_stays_open(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = "Senator Ana Reyes asked whether the port would open on time."
    (question,) = questions_in(body, "Senators question port delays")
    assert "whether the port would open on time" in question.text


@pytest.mark.parametrize(
    "sentence",
    ["Ask any parent who has been home with their kids.", "Just ask anybody who cares for a mother."],
)
def test_a_bidding_to_ask_is_no_question(questions_in: Callable[..., list[Question]], sentence: str) -> None:
    assert questions_in(sentence) == []


def test_a_participle_awaiting_a_decision_describes_and_does_not_leave_open(
    questions_in: Callable[..., list[Question]],
) -> None:
    assert questions_in("Claimants awaiting an asylum decision may be asked to fill in the form.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 300 bills that are pending in states across the nation were discussed.",
        "We pray for those who are uncertain of the fate of their loved ones.",
        "Although there is uncertainty in the supply chains, we expect growth this year.",
        "They discussed the legislation that has recently passed or is pending in state legislatures.",
        "For now we are just looking at what is under review.",
        "It has not allowed for the usual time, as the bill was not finalized.",
    ],
)
def test_a_state_in_a_relative_clause_or_a_noun_is_no_open_point(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    assert questions_in(sentence) == []


def test_a_question_asked_and_replied_to_in_the_same_sentence_is_answered(
    questions_in: Callable[..., list[Question]],
) -> None:
    body = "The President asked if the governors needed more support; they indicated they had what they need."
    assert questions_in(body) == []


@pytest.mark.parametrize(
    "said",
    [
        "I won't give you more details other than to say that we are deeply engaged.",
        "Regarding the legislation, since that is still pending in Congress, I prefer not to comment on it.",
        "A year ago it was unclear how we could stand up a national vaccination program.",
    ],
)
def test_a_speakers_own_refusal_or_recollection_in_a_transcript_is_no_open_point(
    questions_in: Callable[..., list[Question]], said: str
) -> None:
    body = f"MS. HALE: Good morning.\nQ Thanks. What about the talks?\nMS. HALE: {said}\n"
    assert [q for q in questions_in(body) if q.kind == "implicit"] == []


def test_a_date_not_yet_set_in_a_transcript_stays_open(questions_in: Callable[..., list[Question]]) -> None:
    body = "MS. HALE: Good morning. We have not yet set a date or a location for those talks.\nQ Thanks.\n"
    (question,) = questions_in(body)
    assert question.text == "We have not yet set a date or a location for those talks."
