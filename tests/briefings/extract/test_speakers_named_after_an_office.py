"""Speakers named after their office (issue 14, session 21).

- "BECTU general secretary, Gerry Morrissey is quoted as saying: “…”": an office and its holder's
  name, parsed as two subjects of the passive, are one speaker: the name;
- "According to the union's assistant secretary, Wayne Vasta, there has been …. He said …, “…”": the
  source an "according to" names is the one a following "he" takes up, not a speaker of an earlier
  paragraph;
- "talk about Valentine's Day. He said, “…”": a holiday's name is no "he";
- "President Lyndon Baines Johnson …. Senator Johnson from Wisconsin … says": a surname under an office
  of another kind (a legislator's, not a head of state's) is another bearer of the name; "Secretary
  Blinken" after "Secretary of State Antony Blinken" is the same person;
- "Vice Premier Liu He said": a capital "He" inside a sentence, right after a name, ends the name.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Quote

pytestmark = pytest.mark.slow


def test_an_office_then_a_name_quoted_is_the_name(quotes_in: Callable[..., list[Quote]]) -> None:
    (quote,) = quotes_in(
        'Union general secretary, Gerry Morrissey is quoted as saying: "If the sale raises less than '
        'that, how can the board fulfil its duty to the staff?"'
    )
    assert quote.speaker is not None and quote.speaker.name == "Gerry Morrissey"


def test_he_takes_up_the_source_an_according_to_names(quotes_in: Callable[..., list[Quote]]) -> None:
    quotes = quotes_in(
        "Union head Steven Reed said the staff were angry. According to the engineers' association's "
        'assistant federal secretary, Wayne Vasta, there has been a recent "change in culture" at the '
        "airline, although he did say it would be wrong to blame outsourcing alone. He said that while "
        'engineers once did the best they could, "Now it appears we have got to do the best job we can '
        'possibly do, within a budget."'
    )
    last = quotes[-1]
    assert last.text.startswith("Now it appears")
    assert last.speaker is not None and last.speaker.name == "Wayne Vasta"


def test_a_holiday_is_no_he(quotes_in: Callable[..., list[Quote]]) -> None:
    quotes = quotes_in(
        "That night my press guy got a call from a morning show: would I talk about Valentine's Day. "
        'He said, "You ought to do it." So I did.'
    )
    assert all(q.speaker is None or q.speaker.name != "Valentine" for q in quotes)


def test_a_surname_under_an_office_of_another_kind_is_another_person(
    quotes_in: Callable[..., list[Quote]],
) -> None:
    (quote,) = quotes_in(
        "President Lyndon Baines Johnson signed Medicare into law. Now some want to end it. And then "
        'along came Senator Johnson from Wisconsin. He says, "Five years is too long to wait."'
    )
    assert quote.speaker is not None
    assert quote.speaker.name == "Johnson" and quote.speaker.role == "Senator"


def test_a_surname_under_an_office_of_the_same_kind_is_the_full_name(
    quotes_in: Callable[..., list[Quote]],
) -> None:
    (quote,) = quotes_in(
        "Secretary of State Antony Blinken arrived in Kyiv on Monday. Secretary Blinken said, "
        '"We stand with Ukraine in every way we can."'
    )
    assert quote.speaker is not None and quote.speaker.name == "Antony Blinken"


def test_a_capital_he_inside_a_sentence_ends_a_name(quotes_in: Callable[..., list[Quote]]) -> None:
    (quote,) = quotes_in('Vice Premier Liu He said on Monday, "The risks are controllable and we will act."')
    assert quote.speaker is not None and quote.speaker.name == "Liu He"
