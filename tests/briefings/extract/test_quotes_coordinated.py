"""A quotation coordinated with a reported one is reported too (issue 14, session 25, from the dev
sets' missed short quotes).

'… by saying that Yemen is “not a failed state”, but “an incredibly fragile state”': the parser may
hang the second quotation anywhere (here on the sentence's root); joined to the first by "and",
"but" or "or" right after its closing mark, it goes with the first's report, so a short one is a
key quote with the same speaker. A short quotation that nothing reports stays a scare quote, joined
or not.
"""

from __future__ import annotations

from collections.abc import Callable

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes
from tests.briefings.extract.quote_support import speaker

Ctx = Callable[..., DocContext]


def test_a_quotation_joined_to_a_reported_one_is_a_key_quote(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Minister Ivan Lewis echoed the statements by saying that Yemen is “not a failed state”, "
            "but “an incredibly fragile state”."
        )
    )
    assert speaker(quotes, "not a failed state") == "Ivan Lewis"
    assert speaker(quotes, "an incredibly fragile state") == "Ivan Lewis"


def test_joined_scare_quotes_that_nothing_reports_stay_out(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of("The so-called “peace plan” and “road map” were published on Monday by the ministry.")
    )
    assert [q.text for q in quotes] == []
