"""Quotes whose speaker is a body described by a common noun, put after its verb, or the subject of a
clause a colon ends (issue 14, session 11).

Invented sentences of each construction:
- "“…,” the family said", "“…,” the league said": a body of people named by a common noun speaks as
  that body, never as the person last named.
- "“…,” warned one devotee", "“…,” added the spokeswoman": after a fronted quotation, a reporting
  verb put before its subject (the parser reads the subject as the verb's object) has that speaker.
- "Hale also welcomed the vote: “This is a truly historic step forward.”": a whole statement a colon
  sets after a clause whose subject is a named person is that person's; a slogan shown ("pointed to
  the banner: “Free Tibet”") and a sign that reads are no one's statement of this kind.
- A sentence goes on after a closing bracket ("(AA and NHPI) Liaison, the White House Office ...
  convened a meeting") unless a full stop ends it first.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes
from briefings.model.facts import Quote

Ctx = Callable[..., DocContext]

pytestmark = pytest.mark.slow


def quotes_of(context_of: Ctx, body: str) -> list[Quote]:
    return extract_quotes(context_of(body))


@pytest.mark.parametrize("body", ["family", "band", "league", "movement", "club"])
def test_a_body_named_by_a_common_noun_speaks_as_that_body(context_of: Ctx, body: str) -> None:
    text = f'Tom Hale spoke first. "We will fight this decision in every court we can," the {body} said.'
    quotes = [q for q in quotes_of(context_of, text) if q.text.startswith("We will fight")]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == f"the {body}"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The government could spell the end of the mission," warned one devotee.', "one devotee"),
        ('"We will fight this decision in court," added the spokeswoman.', "the spokeswoman"),
    ],
)
def test_a_speaker_put_after_the_reporting_verb_speaks(context_of: Ctx, text: str, speaker: str) -> None:
    (quote,) = quotes_of(context_of, text)
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


def test_a_statement_after_a_colon_is_the_clause_subjects(context_of: Ctx) -> None:
    text = "Tom Hale of the Farmers Union also welcomed the vote: “This is a truly historic step forward.”"
    (quote,) = quotes_of(context_of, text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Tom Hale"


def test_a_sign_that_reads_is_no_ones_statement(context_of: Ctx) -> None:
    quotes = quotes_of(context_of, "The sign on the gate read: “No entry for strangers after dark.”")
    assert all(q.speaker is None or q.speaker.kind != "person" for q in quotes)


def test_a_sentence_goes_on_after_a_closing_bracket(context_of: Ctx) -> None:
    ctx = context_of(
        "Yesterday, Ana Ruiz, Deputy Assistant and Senior Pacific Islander (AA and NHPI) Liaison, and the "
        "Office of Public Engagement convened a meeting with community leaders."
    )
    assert len(list(ctx.sentences)) == 1


def test_a_full_stop_before_the_bracket_closes_still_ends_the_sentence(context_of: Ctx) -> None:
    ctx = context_of("The vote was close (it always is.) Turnout was low.")
    assert len(list(ctx.sentences)) == 2
