"""A short quotation in a clause an "according to" source reports is that source's (issue 14,
session 26, from a battery of the shapes wire copy uses).

"According to Foreign Minister Ana Silva, the talks were “constructive and frank.”" and "The talks
were “tough but useful,” according to Ana Silva": the source reports the clause as "said" would, so
three or four quoted words in it are a key quote with the source as speaker. A word or two deep in
the clause ("the talks with the “new partners” were useful") stays a term, and "so-called" still
marks a scare quote. An unnamed source ("according to a hospital spokesperson") is a person speaking,
not an outlet telling what the clause's subject did.
"""

from __future__ import annotations

from collections.abc import Callable

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes
from tests.briefings.extract.quote_support import speaker

Ctx = Callable[..., DocContext]


def test_a_fronted_source_reports_the_quoted_predicate(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of("According to Foreign Minister Ana Silva, the talks were “constructive and frank.”")
    )
    assert speaker(quotes, "constructive and frank") == "Ana Silva"


def test_a_source_after_the_clause_reports_it_too(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of("The talks were “tough but useful,” according to Foreign Minister Ana Silva.")
    )
    assert speaker(quotes, "tough but useful") == "Ana Silva"


def test_terms_and_scare_quotes_in_a_sourced_clause_stay_out(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "According to Foreign Minister Ana Silva, the talks with the “new partners” were useful. "
            "The so-called “peace plan” was dead, according to Silva."
        )
    )
    assert [q.text for q in quotes] == []


def test_an_unnamed_source_speaks_not_the_one_the_clause_is_about(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of("Wiranto suffered “two deep wounds” in the attack according to a hospital spokesperson.")
    )
    assert speaker(quotes, "two deep wounds") == "a hospital spokesperson"
