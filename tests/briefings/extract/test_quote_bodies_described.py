"""A body that speaks under a description is the body the text named (issue 14, session 23).

Wire copy names an organisation once and then lets it speak as "the company", "the organization",
"the Commission" or through "the statement" it issued. The quote is the named body's:

- a general body noun ("the organization", "the company", "the firm", "the group") is the body
  last named before it whose name has no body noun of another kind ("Reporters Without Borders",
  "Acme Corp"; never the "Interior Ministry" for "the company"), and never an outlet the text
  cites ("told Reuters");
- a body noun that heads a name before its "of" ("the Commission" for "the Human Rights
  Commission of Pakistan") is that body;
- "the statement" is its issuer when the sentence before has the issuer say something "in a
  statement" ("The ministry said in a statement …. The statement also said …");
- with no such body named, the description stays as written.

Every case is an invented sentence of the construction, positive and negative.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Quote

pytestmark = pytest.mark.slow


def _speaker(quotes: list[Quote], start: str) -> str | None:
    quote = next(q for q in quotes if q.text.startswith(start))
    return quote.speaker.name if quote.speaker else None


def test_the_organization_is_the_body_named_before(quotes_in: Callable[[str], list[Quote]]) -> None:
    quotes = quotes_in(
        "Reporters Without Borders condemned the kidnapping of a journalist in Karachi on Monday. "
        '"It is unacceptable that local journalists have to investigate on their own," the organization said.'
    )
    assert _speaker(quotes, "It is unacceptable") == "Reporters Without Borders"


def test_the_company_is_the_company_named_before(quotes_in: Callable[[str], list[Quote]]) -> None:
    quotes = quotes_in(
        "Acme Corp reported a loss of $40 million for the quarter. "
        '"We expect a much better year ahead of us," the company said in a filing.'
    )
    assert _speaker(quotes, "We expect") == "Acme Corp"


def test_the_company_is_no_ministry(quotes_in: Callable[[str], list[Quote]]) -> None:
    quotes = quotes_in(
        "The Interior Ministry fined the operator on Monday. "
        '"We will appeal the decision as soon as we can," the company said.'
    )
    assert _speaker(quotes, "We will appeal") == "the company"


def test_the_company_is_no_outlet_it_told(quotes_in: Callable[[str], list[Quote]]) -> None:
    quotes = quotes_in(
        "Acme Corp will close its plant in Ohio. A manager told Reuters the decision was final. "
        '"We regret the loss of so many jobs in the town," the company said.'
    )
    assert _speaker(quotes, "We regret") == "Acme Corp"


def test_a_description_with_no_body_named_stays_as_written(quotes_in: Callable[[str], list[Quote]]) -> None:
    quotes = quotes_in(
        "Shares fell sharply on Tuesday after the announcement. "
        '"We expect a much better year ahead of us," the company said.'
    )
    assert _speaker(quotes, "We expect") == "the company"


def test_the_commission_is_the_commission_named_with_its_field(
    quotes_in: Callable[[str], list[Quote]],
) -> None:
    quotes = quotes_in(
        "The Human Rights Commission of Pakistan called for action after the killing. "
        '"The government must respond with effective action and not mere words," the Commission said.'
    )
    # the recogniser ends the name before "of Pakistan"; the body is the one it tagged
    assert (_speaker(quotes, "The government must") or "").startswith("Human Rights Commission")


def test_the_statement_speaks_for_who_said_it_in_a_statement(quotes_in: Callable[[str], list[Quote]]) -> None:
    quotes = quotes_in(
        "Albania's Interior Ministry said in a statement that the police computer systems were hit on "
        "Friday. The statement also said the authorities had closed the border software "
        '"in order to neutralise the criminal act and secure the systems".'
    )
    assert _speaker(quotes, "in order to neutralise") in {"Interior Ministry", "Albania's Interior Ministry"}
