"""Open points and closed questions in news prose (issue 16, session 22), from test set 19's news
(promoted to dev):

- one who could tell declines: "Carter's office has declined to comment on the closed meeting";
  "declined to comment on it" names nothing a reader could follow;
- "Yusuf had no immediate comment on the vote": a named party gave none (the bare "There was no
  immediate comment from the ministry" stays a wire line, not an open point: ``test_open_points``);
- a thing owed left out: "He did not mention any specific amounts for the ransom" ("did not mention
  the weather" leaves nothing open);
- a decision due from someone: "Obama is expected to decide on any additional deployment soon";
- an answer awaited in a clause that shares its subject: "Wikinews has contacted the police for a
  statement and is awaiting a response" (reported with the clause whose subject it shares);
- an unsaid point with an aside between the negation and the verb: "He did not, however, say whether
  …"; "Neither leader indicated to what level …"; "noted Uka's refusal to explain how …";
- closed: "What other motive could there be?" (no other is thinkable); a question the speaker answers
  in its own words ("What would they have to say? - They would say, …"), also through a second
  question of the same run; a thought recalled in quotes ("And I thought, 'Oh God, what have I done
  now?'"). A question followed by anything else stays open.

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
        "The senator's office has declined to comment on the closed meeting.",
        "Mayor Ruiz had no immediate comment on the vote, but he had said he would comply.",
        "He did not mention any specific amounts for the ransom.",
        "President Ames is expected to decide on any additional deployment soon.",
        "He did not, however, say whether such action would be imminent.",
        "Neither leader indicated to what level, if any, military cooperation would exist.",
        "The judge also noted the defendant's refusal to explain how he acquired the gun.",
        "Wikinews has contacted the city police, usually responsible for the district, for a statement "
        "and is awaiting a response.",
    ],
)
def test_a_point_left_unsaid_or_awaited_is_an_implicit_question(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    (question,) = questions_in(sentence)
    assert question.kind == "implicit"
    assert question.text == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator's office has declined to comment on it.",
        "He did not mention the weather in his speech.",
        "The bill passed the House and was signed on Friday.",
    ],
)
def test_nothing_followable_left_open_is_no_question(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    assert questions_in(sentence) == []


@pytest.mark.parametrize(
    "text",
    [
        'Vilks said he believed the attack was aimed at him: "What other motive could there be? It is '
        'possible it was inspired by the magazine."',
        '"What else could it be?" she said of the noise.',
        'Telling the assembly "what would the peoples of the world tell him if they were given the floor? '
        'What would they have to say? - They would say, go home."',
        "\"This morning I saw the papers. And I thought, 'Oh God, why, what have I done now?' before "
        "realising that I wasn't in office anymore,\" he said.",
    ],
)
def test_a_question_that_asserts_answers_itself_or_is_recalled_is_not_open(
    questions_in: Callable[..., list[Question]], text: str
) -> None:
    assert questions_in(text) == []


def test_a_question_followed_by_something_else_stays_open(
    questions_in: Callable[..., list[Question]],
) -> None:
    found = questions_in('He asked: "What would they do if the plant closed?" Nobody knows.')
    assert [q.text for q in found] == ["What would they do if the plant closed?"]
