"""Words a modal supposes are no key quote; the one who addresses someone demanding words, or links
something to a body saying them, says them; a role word run into a speaker's name is his role
(issue 14, session 14; from the whitehouse quote samples of sessions 11, 12 and 14, where the same
briefing sentence was judged "not a quote" three times, and test set 9's news half):

- "you could say, “…”", "I should say, “…”", "he might say, “…”": what someone could, should or
  might say has not been said;
- "would" is left alone: a habit told ("every time he'd say, “…”") as often as a supposition, and
  "he would later say, “…”" tells what was said after. (The briefing's "The President would say,
  “…”" stays a known miss.)
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


@pytest.mark.parametrize(
    "text",
    [
        'Ana Ruiz cares about costs. You should say, "I am here to fight for you and for your family."',
        'You could say, "this is the moment we have waited for since the war began," Tom Reyes added.',
        'Tom Reyes might say, "the plan is dead and buried for good now."',
    ],
)
def test_words_a_modal_supposes_are_no_quote(context_of: Ctx, text: str) -> None:
    assert said(context_of, text) == {}


def test_a_would_with_a_later_time_reports_what_was_said(context_of: Ctx) -> None:
    found = said(context_of, 'Tom Reyes would later say, "I was wrong about the war and I regret it."')
    assert found == {"I was wrong about the war and I regret it.": "Tom Reyes"}


def test_a_habit_of_saying_told_with_would_quotes(context_of: Ctx) -> None:
    found = said(
        context_of, 'Every time I left the house, Tom Reyes would say, "Go out and spread the word."'
    )
    assert found == {"Go out and spread the word.": "Tom Reyes"}


def test_a_plain_report_still_quotes(context_of: Ctx) -> None:
    found = said(context_of, 'Tom Reyes said, "I was wrong about the war and I regret it."')
    assert found == {"I was wrong about the war and I regret it.": "Tom Reyes"}


def test_the_one_who_addresses_someone_demanding_words_says_them(context_of: Ctx) -> None:
    # "addressed Prime Minister Jan Berg demanding “…”": the parser makes the one addressed the
    # participle's subject; the one who addressed him demands
    found = said(
        context_of,
        'Ana Ruiz visited the hospital. Ms Ruiz addressed Prime Minister Jan Berg demanding "stricter laws '
        'and more police resources" to combat the crime.',
    )
    assert found == {"stricter laws and more police resources": "Ruiz"}


def test_the_one_who_links_something_to_a_body_saying_words_says_them(context_of: Ctx) -> None:
    # "linked the suspect to al-Qaeda saying, “…”": the parser makes the object of "to" the
    # participle's subject; the one who linked speaks
    found = said(
        context_of,
        "In his weekly address, President Tom Reyes linked the suspect in the bombing to al-Qaeda "
        'saying, "We know that he traveled to Yemen, a country grappling with crushing poverty."',
    )
    assert found == {
        "We know that he traveled to Yemen, a country grappling with crushing poverty.": "Tom Reyes"
    }


def test_a_role_word_run_into_a_speakers_name_is_his_role(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Editor Hakim Nasser, of the Aden Post newspaper, thinks the conference might help. "
            '"The militants right now are not very strong," Nasser said.'
        )
    )
    assert [(q.speaker.name, q.speaker.role) for q in quotes if q.speaker] == [("Hakim Nasser", "Editor")]
