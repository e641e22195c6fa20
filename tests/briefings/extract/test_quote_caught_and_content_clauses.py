"""A speaker caught in the act, and the subject of a "that" clause (issue 14, session 17).

Invented sentences of two constructions read in dev set 10's misses:

* "X was heard saying “…”", "X was caught on camera saying “…”": the passive subject of a verb of
  catching someone in the act spoke the words ("X was told “…”" still listened);
* "… and that Israelis should “get out”", "said on Monday that it “remains committed”": the subject of
  a "that" clause is what the words are about, never who said them; the company of "The company
  “remains fully committed …,” a spokesman said" is spoken for by the spokesman;
* "Vega and his party walked out, protesting what they called “…”": a "they" after a coordinated
  subject of its own sentence is that subject (its first member speaks).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes

Ctx = Callable[..., DocContext]


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator was heard saying “we will never give up on this bill” at the rally.",
        "The senator was caught on camera saying “we will never give up on this bill” at the rally.",
    ],
)
def test_who_is_caught_saying_the_words_speaks_them(context_of: Ctx, sentence: str) -> None:
    (quote,) = extract_quotes(context_of(sentence))
    assert quote.speaker is not None
    assert quote.speaker.name == "the senator"


def test_who_is_told_the_words_does_not_speak_them(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of("The senator was told “we will never give up on this bill” at the rally.")
    )
    assert all(q.speaker is None or q.speaker.name != "the senator" for q in quotes)


def test_the_subject_of_a_that_clause_is_spoken_of(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Helen Rowe retired on Monday. She was filmed telling a rabbi that the settlers should "
            "“go home to Poland and Germany” and leave."
        )
    )
    assert all(q.speaker is None or q.speaker.name != "the settlers" for q in quotes)


def test_a_company_that_says_its_own_words_speaks_them(context_of: Ctx) -> None:
    (quote,) = extract_quotes(
        context_of(
            "The company said on Monday that it “remains fully committed to the safety of its workers”."
        )
    )
    assert quote.speaker is not None
    assert quote.speaker.name == "the company"


def test_they_after_a_coordinated_subject_of_their_own_sentence_is_that_subject(context_of: Ctx) -> None:
    (quote,) = extract_quotes(
        context_of(
            "Mayor Ruth Castle chaired the council on Tuesday. This comes after Tomas Vega and his "
            "Farmers Party walked out of the coalition, protesting what they called “dishonest and "
            "unreliable” behaviour by Castle."
        )
    )
    assert quote.speaker is not None
    assert quote.speaker.name.endswith("Vega")
