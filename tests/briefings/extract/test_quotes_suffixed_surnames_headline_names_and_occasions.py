"""Speakers named by a surname whose full name ends in a generational suffix, by a Title Case headline,
and set off with the occasion of their words (issue 14, session 38, from test set 37's misses once it
was promoted to a dev set):

- "Secretary of Defense Lloyd J. Austin III met …  “…,” Austin said.": a bare surname names the person
  whose last word before the suffix ("III", "II") it is;
- "Austin Hosts Vietnamese Counterpart, Builds on Momentum" above "“…,” Austin said.": a Title Case
  headline's name ends before the verb the tagger ran into it and the words after, so no headline
  words ever speak ("Austin Hosts Vietnamese Counterpart" was a speaker);
- "said the President at the press conference following the summit", "said the spokesman in a
  statement": where or how the words were said is no part of who said them.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes

pytestmark = pytest.mark.slow

ContextOf = Callable[..., DocContext]


def _speakers(context_of: ContextOf, body: str, title: str = "") -> dict[str, str | None]:
    return {q.text: q.speaker.name if q.speaker else None for q in extract_quotes(context_of(body, title))}


@pytest.mark.parametrize("full", ["Lloyd J. Austin III", "Joseph P. Kennedy II"])
def test_a_surname_names_the_person_whose_name_ends_in_a_suffix(context_of: ContextOf, full: str) -> None:
    surname = full.split()[-2]
    body = (
        f"{full} met with the Minister of Defense at the Pentagon.\n\n"
        f"“We commend you for the excellent job your country has done,” {surname} said."
    )
    assert _speakers(context_of, body) == {
        "We commend you for the excellent job your country has done,": full
    }


def test_headline_words_after_a_title_case_verb_are_no_speakers_name(context_of: ContextOf) -> None:
    body = (
        "The secretary met with the Minister of Defense at the Pentagon.\n\n"
        "“We commend you for the excellent job your country has done,” Austin said."
    )
    title = "Austin Hosts Vietnamese Counterpart, Builds on Momentum of Ties"
    assert _speakers(context_of, body, title) == {
        "We commend you for the excellent job your country has done,": "Austin"
    }


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ("said the President at the press conference following the summit.", "the President"),
        ("said the spokesman in a statement on Friday.", "the spokesman"),
    ],
)
def test_the_occasion_of_the_words_is_no_part_of_the_speaker(
    context_of: ContextOf, said: str, speaker: str
) -> None:
    body = f"The leaders met in Brussels.\n\n“Korea is a natural and likeminded partner of the Union,” {said}"
    assert list(_speakers(context_of, body).values()) == [speaker]


def test_the_speakers_own_of_or_for_phrase_stays_before_the_occasion(context_of: ContextOf) -> None:
    body = (
        "The leaders met in Brussels.\n\n"
        "“Korea is a natural and likeminded partner of the Union,” "
        "said the spokesman for the ministry at a briefing."
    )
    assert list(_speakers(context_of, body).values()) == ["the spokesman for the ministry"]
