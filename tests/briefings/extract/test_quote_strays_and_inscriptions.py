"""Quotes and speakers (issue 14, session 12): subjects the parser strands or misplaces, reporting
verbs that report something else, naming by "refer to … as", and words that are nobody's speech.

Invented sentences of each construction:
- "Asked about it, Rod Barton, a member of the group, said “…”": the parser hangs the name on the
  phrase before it; a person's name set off by commas right before a subjectless verb speaks (and a
  participle the parser made the subject is no speaker).
- "stood by the interpretation that the trailers were labs saying “…”": a "saying" hung on a thing
  that says nothing is the main clause's; "rejected a report saying “…”" and "holding signs saying
  “…”" stay no one's words of the subject.
- "“… like the Trevor Project”, said Jeffrey Lyon": a person after the verb wins over a word of the
  quotation the parser took for a subject.
- "while Manning had acknowledged wrongdoing, “Mr. Snowden fled …”": a verb with a thing for its
  object inside an adverbial clause reports that object, not the quotation outside the clause.
- "would not elaborate …, but stated, “…”", "didn't say how much, but he added “…”": negation does
  not cross "but" nor a clause with its own subject.
- "referred to this as “Muslim ban 2.0”": naming by "refer to … as" reports the words; "what we
  refer to as “post-viral conditions”" is the speaker's own term.
- "a T-shirt reading “LOL”", "a banner that read “…”", "“@YourAnonNews”", a report's title in
  title case: inscriptions, handles and titles are no key quotes.
- A bare family name shared by several people ("Kim") is the one the text names most.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes

Ctx = Callable[..., DocContext]

pytestmark = pytest.mark.slow


def speakers(context_of: Ctx, text: str) -> dict[str, str | None]:
    return {q.text: (q.speaker.name if q.speaker else None) for q in extract_quotes(context_of(text))}


def test_a_name_stranded_before_a_subjectless_verb_speaks(context_of: Ctx) -> None:
    found = speakers(
        context_of,
        "Asked about the prospects to turn the trailers into labs, Rod Barton, a member of the Iraq "
        'Survey Group, said "It would be easier to start all over with just a bucket".',
    )
    assert found == {"It would be easier to start all over with just a bucket": "Rod Barton"}


def test_a_saying_hung_on_a_thing_belongs_to_the_main_clause(context_of: Ctx) -> None:
    found = speakers(
        context_of,
        "An unnamed senior CIA official stood by the interpretation that the trailers were mobile "
        'bioweapons labs saying "It is what we think it is, to the best of our knowledge".',
    )
    assert list(found.values()) == ["an unnamed senior CIA official"]


def test_signs_held_carry_their_own_words(context_of: Ctx) -> None:
    found = speakers(
        context_of,
        "Protesters have been holding signs saying things such as, “Biden, you coward, fight for us.”",
    )
    assert "Protesters" not in [v for v in found.values() if v]
    assert all(v is None or not v.lower().startswith("there") for v in found.values())


def test_a_person_after_the_verb_wins_over_a_word_of_the_quotation(context_of: Ctx) -> None:
    found = speakers(
        context_of,
        '"We have received overwhelming support for donations to various groups supporting the town, '
        'veterans groups like the Wounded Warrior Project, and LGBT groups like The Trevor Project", '
        "said Jeffrey Lyon, a spokesman for the firm, to reporters.",
    )
    assert list(found.values()) == ["Jeffrey Lyon"]


def test_a_verb_in_a_while_clause_reports_its_own_object(context_of: Ctx) -> None:
    found = speakers(
        context_of,
        "Josh Ernest said no and pointed out that while Manning had gone through a formal trial and "
        'acknowledged wrongdoing, "Mr. Snowden fled into the arms of an adversary and has sought refuge."',
    )
    assert list(found.values()) == ["Josh Ernest"]


@pytest.mark.parametrize(
    "text",
    [
        'Lyon would not elaborate on how long the church has used the firm, but stated, "they did not '
        'come to us because of any one specific attack."',
        "Jeffrey Lyon didn't state how much revenue is made, but he added the amount "
        '"from the church is very small."',
    ],
)
def test_negation_does_not_cross_but_or_a_new_subject(context_of: Ctx, text: str) -> None:
    assert len(speakers(context_of, text)) == 1


def test_words_a_negated_verb_gives_stay_no_ones(context_of: Ctx) -> None:
    text = "But we are not standing here today and say, “The order has been given. The invasion is on.”"
    assert speakers(context_of, f"MR. SULLIVAN: {text}") == {}


def test_refer_to_as_names_the_words(context_of: Ctx) -> None:
    found = speakers(
        context_of, 'Representative Andre Carson referred to the order as "Muslim ban 2.0" on Twitter.'
    )
    assert found == {"Muslim ban 2.0": "Andre Carson"}


def test_the_speakers_own_term_is_no_key_quote(context_of: Ctx) -> None:
    text = "DR. FAUCI: And that is what we refer to as “post-viral conditions.” Now, they can be divided."
    assert speakers(context_of, text) == {}


def test_a_third_persons_naming_in_a_relative_clause_is_still_a_quote(context_of: Ctx) -> None:
    found = speakers(
        context_of,
        "Stephen Hadley said the president wants to look beyond what he called “a lot of distractions.”",
    )
    assert list(found) == ["a lot of distractions."]


@pytest.mark.parametrize(
    "text",
    [
        'One of the two women was wearing a T-shirt reading "LOL" when she approached him.',
        "Protesters carried a banner that read “Free the prisoners now and forever” outside the court.",
        'The group posted the message on its account, "@YourAnonNews", on Sunday, Jeffrey Lyon said.',
        'The Post obtained a report titled "Final Technical Engineering Exploitation Report on Iraqi '
        'Suspected Biological Weapons-Associated Trailers" last week.',
    ],
)
def test_inscriptions_handles_and_titles_are_no_key_quotes(context_of: Ctx, text: str) -> None:
    assert speakers(context_of, text) == {}


def test_a_statement_which_read_is_its_issuers(context_of: Ctx) -> None:
    found = speakers(
        context_of,
        "The ministry denied involvement, posting a statement on its website which read, “We affirm that "
        "our forces did not operate in that region on July 17.”",
    )
    assert len(found) == 1


def test_a_shared_family_name_is_the_person_the_text_names_most(context_of: Ctx) -> None:
    text = (
        "Kim Jong Nam, 45, was killed at the airport. Kim Jong Nam had lived in Macau for years. "
        "Kim Jong Nam was the oldest son of North Korean leader Kim Jong Il.\n\n"
        '"The regime will not last long," said Kim to a writer in 2012.'
    )
    assert speakers(context_of, text) == {"The regime will not last long,": "Kim Jong Nam"}


def test_a_saying_on_a_person_described_is_not_given_to_the_main_subject(context_of: Ctx) -> None:
    text = (
        "THE PRESIDENT: And I got a call from a mayor — a really great guy, a real hardworking fellow in "
        "Detroit — saying to me, “Mr. President, you don’t understand.” This was every day."
    )
    assert "Joe Biden" not in speakers(context_of, text).values()
    assert "THE PRESIDENT" not in speakers(context_of, text).values()
