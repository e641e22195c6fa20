"""A straight opening mark glued to both the full stop before it and the capital after it, and words
quoted as what someone cites or regards a thing as (issue 14, session 39, from test set 38's misses
once it was promoted to a dev set):

- ``to sit at the same table and talk."Having said that, …," Warner said``: a text that lost its
  spaces; a straight mark after a full stop and right before a capital opens the next quotation when
  an odd number of straight marks follows it in the paragraph (one of them closes it), as it already
  did with a space after it;
- "citing extremism as ‘the great challenge of our time’", "regards the deal as “a historic step”":
  citing or regarding something as quoted words reports them, like calling or describing it so; the
  subject of the clause the participle hangs on says them.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.context import DocContext
from briefings.extract.quotemarks import find_quotes
from briefings.extract.quotes import extract_quotes

pytestmark = pytest.mark.slow

ContextOf = Callable[..., DocContext]


def _speakers(context_of: ContextOf, body: str) -> dict[str, str | None]:
    return {q.text: q.speaker.name if q.speaker else None for q in extract_quotes(context_of(body, ""))}


def test_a_straight_mark_glued_between_a_full_stop_and_a_capital_opens_a_quotation() -> None:
    text = 'It is important to talk."Having said that, I do not expect a deal this year," Warner said.'
    assert [q.text for q in find_quotes(text)] == ["Having said that, I do not expect a deal this year,"]


def test_a_glued_mark_with_no_partner_after_it_closes_the_open_quotation() -> None:
    text = 'The sign read "STOP."Nobody stopped.'
    assert [q.text for q in find_quotes(text)] == ["STOP."]


def test_the_glued_quotation_is_its_speakers(context_of: ContextOf) -> None:
    body = (
        "Daniel Warner is the director of the institute. He says it is important to talk."
        '"Having said that, I do not think there will be a resolution soon," Warner said.'
    )
    assert _speakers(context_of, body) == {
        "Having said that, I do not think there will be a resolution soon,": "Daniel Warner"
    }


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            "Foreign Secretary Philip Hammond will discuss a range of issues with leaders in the region,"
            " citing extremism as ‘the great challenge of our time’.",
            "the great challenge of our time",
        ),
        ("Senator Ada Ames regards the deal as “a historic step” for the region.", "a historic step"),
    ],
)
def test_words_something_is_cited_or_regarded_as_are_the_subjects(
    context_of: ContextOf, body: str, words: str
) -> None:
    speakers = _speakers(context_of, body)
    assert list(speakers) == [words]
    assert speakers[words] in {"Philip Hammond", "Ada Ames"}


def test_quoted_words_nothing_reports_stay_scare_quotes(context_of: ContextOf) -> None:
    assert _speakers(context_of, "The so-called “peace dividend” never arrived in the region.") == {}
