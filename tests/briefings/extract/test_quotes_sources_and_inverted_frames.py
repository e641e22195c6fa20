"""A source the parser took for the subject, and an inverted frame the parser lost (issue 14,
session 29):

- "According to news agency ISNA, the prosecutor general of Tehran, Ali Mehr, said the men must
  face “murder and terrorism charges”": the parser reads the source ISNA as the subject of "said"
  and hangs the real subject on it as an apposition; the person that apposition names speaks. A
  source the parser reads as the source ("According to ISNA, Ali Mehr said …") and a clause with no
  subject of its own ("According to ISNA, the men must face “…”") are read as before;
- "“I am in awe of the people who ran towards danger” tweeted Mayor of London Sadiq Khan.": a
  reporting verb right after the closing mark and a person named after nothing but the words of
  their office is the inverted frame "said X", whatever the parser made of it; a person named past
  other words ("tweeted the city council after Mayor Sadiq Khan spoke") is not;
- a quoted sentence of its own, three words or more, opening the sentence right after one that quoted
  the same speaker, is speech however short ("“It is a disaster,” Ames said of the plan. “We will
  fight it.”"); a fragment nothing reports stays a scare quote, and in a transcript or a speech a
  quoted sentence is as often someone's anecdote ("Why should I vote?"), so it is not read there.

Invented sentences of each construction, positive and negative.
"""

from __future__ import annotations

from collections.abc import Callable

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes
from tests.briefings.extract.quote_support import speaker

Ctx = Callable[..., DocContext]


def test_the_person_in_apposition_to_a_misread_source_speaks(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "According to news agency ISNA, the prosecutor general of Tehran, Ali Mehr, said the men must"
            " face “murder and terrorism charges”, adding that Iran would act."
        )
    )
    assert speaker(quotes, "murder and terrorism charges") == "Ali Mehr"


def test_a_source_read_as_the_source_leaves_the_subject_speaking(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "According to news agency ISNA, Ali Mehr said the men must face “murder and terrorism charges”."
        )
    )
    assert speaker(quotes, "murder and terrorism charges") == "Ali Mehr"


def test_a_clause_with_no_subject_of_its_own_stays_the_sources(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of("According to news agency ISNA, the men must face “murder and terrorism charges”.")
    )
    assert speaker(quotes, "murder and terrorism charges") == "ISNA"


def test_an_inverted_frame_the_parser_lost_names_the_person_after_the_verb(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "On Friday, Usman Khan stabbed several people. “I am in awe of the people who ran towards"
            " danger to keep us all safe” tweeted Mayor of London Sadiq Khan (no relation)."
        )
    )
    assert speaker(quotes, "I am in awe of the people") == "Sadiq Khan"


def test_a_person_named_past_other_words_after_the_verb_is_not_the_speaker(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "“We will rebuild the bridge this year and open it to traffic” tweeted the city council after"
            " Mayor Sadiq Khan spoke."
        )
    )
    assert all(q.speaker is None or q.speaker.name != "Sadiq Khan" for q in quotes)


def test_a_short_sentence_of_its_own_after_a_speakers_quote_is_theirs(context_of: Ctx) -> None:
    quotes = extract_quotes(context_of("“It is a disaster,” Ames said of the plan. “We will fight it.”"))
    assert speaker(quotes, "We will fight it") == "Ames"


def test_a_short_fragment_nothing_reports_stays_a_scare_quote(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of("“It is a disaster,” Ames said of the plan. Critics called it a “new deal”.")
    )
    assert [q.text for q in quotes if "new deal" in q.text] == []


def test_a_short_sentence_after_the_authors_words_is_not_carried_on(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of("“It is a disaster,” Ames said of the plan. Critics disagreed. “We will fight it.”")
    )
    assert [q.text for q in quotes if "fight" in q.text] == []
