"""Whose words, in three constructions of news prose (issue 14, session 24, from set 20's misses):

- a relative of sequence ("…, after which he said …") hangs from the clause before it: its "he" is
  that clause's subject, not the sentence's first name ("Cameron has not commented, but MP Turner
  held a meeting, after which he said …" is Turner's);
- a statement set after a colon whose introducing clause has "he" or "she" for subject ("In his
  message, he praised Kerr's life: “…”") is that pronoun's antecedent's, never the name the clause is
  about;
- a few words a naming verb gives ("called the deal “null and void”") are its subject's even when
  others used them first; a bare repeat nothing reports stays an echo;
- a passive participle describing a thing ("the book “Hegemony or Survival”, written by X") names its
  author: the title is no quote, and X speaks none of the words around it.

Invented sentences of each construction, positive and negative.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Quote

pytestmark = pytest.mark.slow


def _speakers(quotes: list[Quote], text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quotes if q.text == text]


def test_after_which_he_said_is_the_clause_subjects(quotes_in: Callable[[str], list[Quote]]) -> None:
    quotes = quotes_in(
        "Opposition leader Maria Lopez has not commented on the closure, but Senator Tom Hale, who "
        'represents the island, met the plant managers, after which he said the plan was "not on the table".'
    )
    assert _speakers(quotes, "not on the table") == ["Tom Hale"]


def test_a_colon_after_his_own_clause_is_the_antecedents_statement(
    quotes_in: Callable[[str], list[Quote]],
) -> None:
    quotes = quotes_in(
        "President Ana Ruiz ordered three days of mourning. In her message, she praised Tom Kerr's life: "
        '"He was a stellar example of service to the nation and its people."'
    )
    assert _speakers(quotes, "He was a stellar example of service to the nation and its people.") == [
        "Ana Ruiz"
    ]


def test_a_term_named_anew_is_its_new_speakers(quotes_in: Callable[[str], list[Quote]]) -> None:
    quotes = quotes_in(
        'The ministers concluded that the deal is "null and void". On Tuesday, Prime Minister Elena Pappas '
        'called the border agreement "null and void".'
    )
    assert "Elena Pappas" in _speakers(quotes, "null and void")


def test_a_bare_repeat_of_quoted_words_is_an_echo(quotes_in: Callable[[str], list[Quote]]) -> None:
    quotes = quotes_in(
        'Senator Tom Hale proposed "alternative potential ways forward". Those "alternative ways forward" '
        "were rejected by the committee."
    )
    assert [q.text for q in quotes if q.text == "alternative ways forward"] == []


def test_a_colon_after_a_negated_clause_is_not_his_statement(quotes_in: Callable[[str], list[Quote]]) -> None:
    quotes = quotes_in(
        "Senator Tom Hale kept his word. He didn't do what the modern-day rationale is: "
        '"When I told you I would do that, I didn\'t realize that this would happen."'
    )
    assert "Tom Hale" not in [q.speaker.name for q in quotes if q.speaker]


def test_the_author_of_a_thing_shown_does_not_speak_for_the_one_showing_it(
    quotes_in: Callable[[str], list[Quote]],
) -> None:
    quotes = quotes_in(
        "President Ana Ruiz said that the greatest threat is inflation. When speaking to the assembly, Ruiz "
        'displayed the book "Hegemony or Survival", written by Tom Hale, and recommended "this excellent '
        'book" to the audience. She described this book as "clear and in depth".'
    )
    assert _speakers(quotes, "clear and in depth") == ["Ana Ruiz"]
    assert [q.text for q in quotes if q.text == "Hegemony or Survival"] == []


def test_a_naming_verb_the_parser_hung_on_a_name_still_reports(
    quotes_in: Callable[[str], list[Quote]],
) -> None:
    quotes = quotes_in(
        "The director of the agency, Tom Hale, called India "
        '"an important partner in the non-proliferation regime".'
    )
    assert _speakers(quotes, "an important partner in the non-proliferation regime") == ["Tom Hale"]
