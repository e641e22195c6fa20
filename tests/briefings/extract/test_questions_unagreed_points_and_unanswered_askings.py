"""Points left open without a question mark (issue 16, session 35, from test set 34's misses once it
was promoted to a dev set):

- what the sides must agree on and have not ("the two sides have failed to agree on a system for
  sharing power …, or on how to integrate the rebels"): open; "failed to agree on anything" names no
  point, and a past talk that "did not agree on" a point tells how it ended;
- a point named as the one that holds things up, with the open part as a wh-clause ("One sticking
  point appears to be where that minister would come from."): open; a sticking point that is stated
  ("The sticking point was the tariff.") is not;
- an answer awaited from whoever holds it ("officials say they have yet to receive word from the
  rebels about a location"): open;
- a question put and left unanswered ("Rumsfeld declined to answer directly when asked to what
  extent reform is linked to …"): open; "I declined to answer when asked" is the speaker's own
  account.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Question

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "But the two sides have failed to agree on a system for sharing power in government and military"
        " institutions, or on how to integrate the rebels into the army.",
        "The negotiators have so far failed to agree on whether the border crossing will reopen.",
        "One sticking point appears to be where that minister would come from.",
        "The main unresolved issue is who will pay for the reconstruction of the port.",
        "Officials in charge of the operation say they have yet to receive word from the rebels about a"
        " location for the handover.",
        "At a joint appearance with President Bouteflika, Rumsfeld declined to answer directly when asked to"
        " what extent political reform is linked to further military cooperation.",
    ],
)
def test_a_point_left_open_without_a_question_mark(
    questions_in: Callable[..., list[Question]], text: str
) -> None:
    found = questions_in(text)
    assert [q.kind for q in found] == ["implicit"]


@pytest.mark.parametrize(
    "text",
    [
        "The two sides failed to agree on anything during the three days of talks in Geneva.",
        "The sticking point was the tariff on imported steel, which both sides later dropped.",
        "I declined to answer when asked about it, because the talks were still going on.",
        "The ministers have received word from the rebels about a location for the handover.",
    ],
)
def test_a_point_stated_or_settled_is_not_open(
    questions_in: Callable[..., list[Question]], text: str
) -> None:
    assert questions_in(text) == []
