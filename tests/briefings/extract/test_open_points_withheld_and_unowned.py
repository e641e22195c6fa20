"""Open points in news prose and questions that only challenge (issue 16, session 18), from test set
15's news (promoted to dev).

Invented sentences of each construction, positive and negative:

- a thing kept secret: "the exact figure was kept secret", "The terms are being kept confidential"
  (what it is, is open); "kept secret for decades" told of a fact the sentence names is the same;
- a list owed by every side: "neither the US nor British authorities delivered a complete list of the
  countries" (which ones is open);
- a body that owes a decision has given none: "Wales have made no recommendation regarding face
  coverings", "The board has reached no decision on the merger" ("made no comment" is no decision);
- nobody owns an act: "No organization immediately claimed credit for the attack", "No group has
  claimed responsibility" (who did it is open);
- held over until a point is settled: "put a stay on his ruling until the issue is resolved on
  appeal" (the outcome is open);
- an inquiry started "of" a death, and a death treated as "not suspicious but unexplained";
- a quoted challenge is no open question: "so why should the bishops be exempt?", "How can you do
  this despite the United Nations? What are you doing?" ("How can you assure families …?" asks).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Question

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence",
    [
        "A state-backed loan covered the costs, but the exact figure was kept secret.",
        "The terms of the settlement are being kept confidential.",
        "Despite the long lists provided, neither US nor British authorities delivered a complete list "
        "of the 38 countries they said were involved.",
        "Wales have made no recommendation regarding face coverings.",
        "The board has reached no decision on the merger.",
        "No organization immediately claimed credit for the attack.",
        "No group has claimed responsibility for the bombing.",
        "Instead, the judge put a stay on his ruling until the issue is resolved on appeal.",
        "Transport police started an investigation of the death.",
        "Police said the death was treated as not suspicious but unexplained.",
    ],
)
def test_a_withheld_unowned_or_unsettled_point_is_an_implicit_question(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    (question,) = questions_in(sentence)
    assert question.kind == "implicit"
    assert question.text == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister made no comment regarding the report.",
        "The group claimed responsibility for the bombing on Monday.",
        "The ruling stays in force until Friday.",
    ],
)
def test_nothing_withheld_or_owed_is_no_question(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    assert questions_in(sentence) == []


def test_a_quoted_challenge_is_no_open_question(questions_in: Callable[..., list[Question]]) -> None:
    assert (
        questions_in(
            'Cardinal Marc Ouvrard said, "We have said for years that priests should follow strict rules, '
            'so why should the bishops and other members of the hierarchy be exempt?" President Emre '
            'Kaya said on Wednesday, "Those who stay silent cannot tell us what to do. How can you do this '
            "despite the United Nations? What are you doing? Being at the helm of a state does not give "
            'you such a right."'
        )
        == []
    )


def test_a_question_asking_for_assurance_stays_open(questions_in: Callable[..., list[Question]]) -> None:
    (question,) = questions_in(
        'The mayor wrote to the minister: "How can you assure the families of the missing that the '
        'search will go on?" The ministry has not replied.'
    )
    assert question.text.startswith("How can you assure")
