"""An office another holds, a statement read out by its issuer, and a participle after any "that"
clause (issue 14, session 30):

- "Former inspector Hans Blix said the plan had failed. The mayor said, “…”": a definite office
  ("the mayor", "the governor") is the person just named only when the text gives them that office
  or no role at all ("Maria Lopez, the mayor, said … the mayor said": Lopez; "Lawrence Summers was
  blunt. “…,” the economist said": Summers, a description that is no office); a person the text
  gives another role is someone else, and the office speaks unnamed;
- "“…,” read a statement by the ONLF": the parser hangs the issuer's "by" on the verb right after
  the text; the issuer speaks, not "a statement";
- "The senator read a letter from a constituent: “…”", "read from a statement by the family: “…”":
  a text read out speaks for its sender, not for the one who reads it ("read a statement on behalf
  of the family" already did); "Vega recalled his mother's words: “…”": words recalled or repeated
  are their owner's ("recalled his words" are his own);
- "Blix recommended that the United States give a commitment, stating, “…”": a participle set off
  after any verb's "that" clause goes with the one who recommends, agrees or proposes, as it does
  after a reporting verb; when the clause has a person or pronoun subject of its own ("recommended
  that Senator Ames give a commitment, stating, “…”"), the parser's reading stands.

Invented sentences of each construction, positive and negative.
"""

from __future__ import annotations

from collections.abc import Callable

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes
from tests.briefings.extract.quote_support import speaker

Ctx = Callable[..., DocContext]


def test_an_office_the_person_just_named_does_not_hold_speaks_unnamed(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Former inspector Hans Blix said the plan had failed.\n\n"
            "The mayor said, “Stay indoors until the storm has passed, all of you.”"
        )
    )
    assert speaker(quotes, "Stay indoors") == "the mayor"


def test_an_office_the_person_just_named_holds_is_that_person(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Maria Lopez, the mayor, said the governor should resign. “We cannot wait any longer for"
            " this,” the mayor said."
        )
    )
    assert speaker(quotes, "We cannot wait") == "Maria Lopez"


def test_a_description_that_is_no_office_is_the_person_just_named(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of("Lawrence Summers was blunt. “The plan will not work as it stands,” the economist said.")
    )
    assert speaker(quotes, "The plan will not work") == "Lawrence Summers"


def test_a_statement_read_out_speaks_for_its_issuer(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "The rebels said they had won. “The operation involved thousands of troops and resulted in two"
            " days of heavy fighting,” read a statement by the ONLF."
        )
    )
    assert speaker(quotes, "The operation involved").lower() == "onlf"


def test_a_participle_after_a_that_clause_goes_with_the_one_who_recommends(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Former inspector Hans Blix recommended that the United States give a commitment, stating,"
            " “regime changes from the outside are not that much of a panacea.”"
        )
    )
    assert speaker(quotes, "regime changes") == "Hans Blix"


def test_a_that_clause_with_a_person_for_subject_keeps_its_own_speaker(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Former inspector Hans Blix recommended that Senator Tom Ames give a commitment, stating,"
            " “regime changes from the outside are not that much of a panacea.”"
        )
    )
    assert speaker(quotes, "regime changes") == "Tom Ames"


def test_a_text_read_out_speaks_for_its_sender(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "The senator read a letter from a constituent: “I have lost my job, my house and my hope.”"
        )
    )
    assert speaker(quotes, "I have lost my job") == "a constituent"


def test_a_text_read_without_a_sender_is_the_readers(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Senator Tom Ames read a letter to the committee: “I have lost my job, my house and my hope.”"
        )
    )
    assert speaker(quotes, "I have lost my job") == "Tom Ames"


def test_words_recalled_are_their_owners(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Speaking in Lima, Luis Vega recalled his mother's words: “Always tell the truth, even when it"
            " hurts.”"
        )
    )
    assert speaker(quotes, "Always tell the truth") == "his mother"


def test_ones_own_words_recalled_are_ones_own(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Speaking in Lima, Luis Vega recalled his words: “Always tell the truth, even when it hurts.”"
        )
    )
    assert speaker(quotes, "Always tell the truth") == "Luis Vega"
