"""Things made by people, and speakers described before their tagged-as-a-body names (issue 14,
session 37, from test set 36's misses once it was promoted to a dev set):

- "Remarks by Zimbabwe's President Robert Mugabe are a case in point.": one word whose "by" or "from"
  phrase names a person is a thing that person made or said ("Remarks", "Letters"), never a person
  nor the "he" of the next quotation;
- "The U.N.'s top climate chief, Yvo de Boer, says …": a name set off after a person's description
  that is the clause's subject is that person's, though the tagger read the name (with its "de") as a
  body; the next "he said" is that person's.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Quote

pytestmark = pytest.mark.slow

QuotesIn = Callable[[str], list[Quote]]

_TEXT = (
    "Negotiators worked through the night in Copenhagen.\n\n"
    "But major differences remain and speeches often have contained the same rhetoric.\n\n"
    "Remarks by Zimbabwe's President Robert Mugabe are a case in point.\n\n"
    '"We are dealing with vested interests," he said.\n\n'
    "The U.N.'s top climate chief, Yvo de Boer, says there has been some progress.\n\n"
    '"Significant amounts of money are being offered, targets have been tabled," he said.'
)


def test_a_thing_made_by_a_person_is_not_the_speaker_of_the_next_quotation(quotes_in: QuotesIn) -> None:
    found = {q.text: q.speaker.name if q.speaker else None for q in quotes_in(_TEXT)}
    assert found["We are dealing with vested interests,"] == "Robert Mugabe"


def test_a_described_subjects_name_tagged_as_a_body_speaks_next(quotes_in: QuotesIn) -> None:
    found = {q.text: q.speaker.name if q.speaker else None for q in quotes_in(_TEXT)}
    assert found["Significant amounts of money are being offered, targets have been tabled,"] == "Yvo de Boer"


def test_an_envoys_country_tagged_into_the_name_is_not_the_speakers(quotes_in: QuotesIn) -> None:
    found = quotes_in(
        "The Minister will visit Lusaka on Monday.\n\n"
        "And British High Commissioner to Zambia Nicholas Woolley said:\n\n"
        "\u201cI am delighted to welcome the Minister to Zambia on his first official visit.\u201d"
    )
    assert [q.speaker.name if q.speaker else None for q in found] == ["Nicholas Woolley"]
