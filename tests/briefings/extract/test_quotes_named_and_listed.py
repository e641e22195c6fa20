"""Quotes a naming or talking verb takes as its object, and quotes listed one after another
(issue 14, session 15; from the misses of the news halves of dev sets 8, 9 and 10):

- "characterized the attack as “designed to intimidate …”": "characterize" reports the words as
  "describe" does, and a quotation the parser hangs under "as" as a clause is still what it names;
- "spoke of Zimbabwe's “tragic failure of leadership”", "warned of “a catastrophe in the making”": a
  quoted phrase that is the whole object of a talking verb's "of" is the talker's; a quoted word
  that only modifies the object ("spoke of the “tragic” events") is not;
- "tweeted, “…”; “…”; and “…”": quotations joined by nothing but punctuation and "and" are the
  words of the first one's speaker; a quotation after other words of the author's is not carried.
- "believes that …, stating, “…”": a participle set off after a reported clause is the believer's;
  "“…,” she appealed" reports words ("the only normalcy he would accept is “…”" does not: "accept"
  is no verb of saying); quoted words after a name are no role.
- "spoke to Tom Reyes, an expert …, who said “…”": the relative describes the expert, who is the named
  person, not the outlet that spoke to him.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes

Ctx = Callable[..., DocContext]

pytestmark = pytest.mark.slow


def said(context_of: Ctx, text: str) -> dict[str, str | None]:
    return {q.text: (q.speaker.name if q.speaker else None) for q in extract_quotes(context_of(text))}


@pytest.mark.parametrize("verb", ["characterized", "characterised", "described"])
def test_words_a_characterizing_verb_names_are_the_subjects(context_of: Ctx, verb: str) -> None:
    found = said(
        context_of,
        f'Prosecutor Tom Reyes {verb} the attack as "designed to intimidate a civilian population."',
    )
    assert found == {"designed to intimidate a civilian population.": "Tom Reyes"}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "They welcomed the words of former president Ana Ruiz, who yesterday spoke of Peru's "
            '"tragic failure of leadership" at a fundraiser.',
            "tragic failure of leadership",
        ),
        ('Ana Ruiz warned of "a catastrophe in the making" on Monday.', "a catastrophe in the making"),
    ],
)
def test_a_quoted_phrase_a_talker_speaks_of_is_hers(context_of: Ctx, text: str, quote: str) -> None:
    assert said(context_of, text) == {quote: "Ana Ruiz"}


def test_a_quoted_word_modifying_what_is_spoken_of_is_no_quote(context_of: Ctx) -> None:
    assert said(context_of, 'Ana Ruiz spoke of the "tragic" events at the plant.') == {}


def test_quotations_listed_after_one_speaker_are_all_hers(context_of: Ctx) -> None:
    found = said(
        context_of,
        'Ana Ruiz, a deputy director, tweeted, "Shutdown week has really created a crop of experts."; '
        '"Also, the speaker is undoing whatever progress he had made."; and "Basically, there is now a '
        'strong incentive to fill bills with minor things."',
    )
    assert set(found.values()) == {"Ana Ruiz"} and len(found) == 3


def test_a_quotation_after_the_authors_own_words_is_not_carried(context_of: Ctx) -> None:
    found = said(
        context_of,
        'Ana Ruiz tweeted, "Shutdown week has really created a crop of experts." Critics of the plan later '
        'wrote "this is what happens when nobody reads the bill at all."',
    )
    assert found.get("this is what happens when nobody reads the bill at all.") != "Ana Ruiz"


def test_a_participle_after_a_reported_clause_goes_with_the_believer(context_of: Ctx) -> None:
    found = said(
        context_of,
        "Ana Ruiz believes that not all the arms were taken from the stockpiles, stating, "
        '"I do not think they only have arms from the army. Some help arrived."',
    )
    assert found == {"I do not think they only have arms from the army. Some help arrived.": "Ana Ruiz"}


def test_appealing_reports_words(context_of: Ctx) -> None:
    text = (
        '"They will not let me study in Chitral, not after all this," Tom Reyes appealed to the government.'
    )
    assert set(said(context_of, text).values()) == {"Tom Reyes"}


def test_what_one_would_accept_reports_nothing(context_of: Ctx) -> None:
    found = said(
        context_of,
        'As Dr. Ana Ruiz said, the only normalcy she would accept is "the normalcy that recognizes the '
        'dignity and worth of all of us."',
    )
    assert found == {"the normalcy that recognizes the dignity and worth of all of us.": "Ana Ruiz"}


def test_an_award_accepted_is_no_quote(context_of: Ctx) -> None:
    assert said(context_of, 'Ana Ruiz accepted the "Golden Pen" award on Monday.') == {}


def test_quoted_words_after_a_name_give_it_no_role(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of('Ana Ruiz called India "an important partner in the non-proliferation regime".')
    )
    assert [(q.speaker.name, q.speaker.role) for q in quotes if q.speaker] == [("Ana Ruiz", None)]


def test_who_said_after_a_persons_description_is_the_person_not_the_interviewer(context_of: Ctx) -> None:
    found = said(
        context_of,
        "The agency spoke to Tom Reyes, an air industry expert from a university, who said "
        '"It is a scenario that has played out in air accidents in the past."',
    )
    assert found == {"It is a scenario that has played out in air accidents in the past.": "Tom Reyes"}
