"""Speakers a description names, whose text carries the words, or whose words came through an outlet
(issue 14, session 18, from test set 15's news, promoted to dev).

Invented sentences of each construction, positive and negative:

* "Some of the protesters said …", "One MP told the BBC, “…”": a part of a group and one holder of an
  office the tagger capitalised speak as described (no quote is dropped for want of a name);
* "Dalia Orvos, the government commissioner for energy, …": a name the recogniser took for a body or
  a place is a person's when a description of a person stands in apposition to it, so its bare
  surname and the "he" after it reach the person;
* "said a protester using the pseudonym Katya", "a student named Li Wei": a clause that gives a
  described person's name makes them speak by it ("using a megaphone" gives none);
* "Their statement also read “…”", "They released a statement which said, “…”": a body's statement
  speaks for the body; a text a relative clause of saying describes speaks for whoever put it out;
* "According to a memo posted online by Senator Ruiz, …": the text's poster speaks;
* "Erdem said — as reported by the Daily Courier — “…”", "“…”, as quoted by the Harbour Times": an
  "as reported/quoted by" clause names the outlet, never the speaker;
* "Maria Kowalska of “Speak Up”, an abuse victims support charity, told Reuters “…”": the person after
  a fronted participle speaks, and the quoted name of the body she is of is no quotation.
"""

from __future__ import annotations

from collections.abc import Callable

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes
from tests.briefings.extract.quote_support import speaker

Ctx = Callable[..., DocContext]


def test_part_of_a_group_speaks_as_that_part(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Some of the farmers the paper interviewed said they had come to “defend the right of our "
            "children to farm this land”."
        )
    )
    assert speaker(quotes, "defend the right") == "Some of the farmers"


def test_one_holder_of_a_capitalised_office_speaks_as_described(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "One MP told the BBC, “We know that millions of people wanted to stay, and some of those "
            "still would like to stay.”"
        )
    )
    assert speaker(quotes, "We know that") == "one MP"


def test_a_name_described_as_a_person_is_a_person_whatever_its_label(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "The weekly Kozlap published an interview with Dalia Orvos, the government commissioner "
            "responsible for energy, in which the deal was announced.\n\n"
            "Orvos pointed out that building the plant would have cost far more. She noted, “the grid "
            "upgrade does not just cover buying cables but the know-how as well.”"
        )
    )
    assert speaker(quotes, "the grid upgrade") == "Dalia Orvos"


def test_a_body_described_as_a_body_is_no_person(context_of: Ctx) -> None:
    ctx = context_of(
        "On Monday Hirtenberger Defence Group, the Austrian mortar maker, confirmed the sale. "
        "Hirtenberger Defence Group said the sites would stay open."
    )
    found = ctx.people.resolve("Hirtenberger Defence Group")
    assert found is not None and found.kind == "org"


def test_a_clause_giving_a_described_persons_name_names_the_speaker(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "“She is only doing this to split the movement,” said a protester using the pseudonym "
            "Katya. “It is over for us now,” said a student named Li Wei. “We will march again "
            "tomorrow,” said a protester using a megaphone."
        )
    )
    assert speaker(quotes, "She is only doing") == "Katya"
    assert speaker(quotes, "It is over") == "Li Wei"
    assert speaker(quotes, "We will march") == "a protester"


def test_a_bodys_own_statement_speaks_for_the_body(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "The government of Tavua issued a statement agreeing the issue should be decided by "
            "parliament: “a ruling by the courts would fail to respect our own way of life.” Their "
            "statement also read “imposing citizenship over our objections violates the principle "
            "of self-determination.”"
        )
    )
    assert speaker(quotes, "imposing citizenship") == "the government of Tavua"


def test_a_text_described_by_a_relative_clause_of_saying_speaks_for_its_issuer(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "On Thursday the United States Commission on Heritage Sites also criticised the move, "
            "recommending that the hall stay a museum. They released a statement which said, “The "
            "monument has deep significance to all faiths, and its status as a museum must be kept.”"
        )
    )
    assert speaker(quotes, "The monument has") == "United States Commission on Heritage Sites"


def test_a_memo_speaks_for_whoever_posted_it(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "According to a memo posted online by Senator Marta Ruiz, the Senate cancelled its hearing "
            "because the governor did “not recognise the authority of the Senate to address the matter.”"
        )
    )
    assert speaker(quotes, "not recognise") == "Marta Ruiz"


def test_an_outlet_the_words_came_through_is_no_speaker(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "On Wednesday President Kemal Erdem said — as reported by the Daily Courier — “The hall "
            "will no longer be called a museum. Its status will change.” Foreign Minister Eleni Vlachou "
            "stressed that approval was needed, saying “It is not only a great temple, it also belongs "
            "to humanity and to all of us”, as quoted by the Harbour Times."
        )
    )
    assert speaker(quotes, "The hall will") == "Kemal Erdem"
    assert speaker(quotes, "It is not only") == "Eleni Vlachou"


def test_an_outlet_alone_still_carries_words_nobody_else_says(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "The plan was first made public last week, as reported by the Daily Courier, which wrote "
            "that the ministry “has no intention of consulting anyone about the closure at all”."
        )
    )
    assert speaker(quotes, "has no intention") == "Daily Courier"


def test_the_person_after_a_fronted_participle_speaks_and_her_bodys_quoted_name_is_no_quote(
    context_of: Ctx,
) -> None:
    quotes = extract_quotes(
        context_of(
            "Calling it “just another apology”, Maria Kowalska of “Speak Up”, an abuse victims support "
            "charity, told Reuters “it almost looks as if the statement was written before anyone saw "
            "the film”."
        )
    )
    assert speaker(quotes, "just another apology") == "Maria Kowalska"
    assert speaker(quotes, "it almost looks") == "Maria Kowalska"
    assert not [q for q in quotes if q.text == "Speak Up"]


def test_a_quoted_charge_after_of_is_still_speech(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "A ministry letter to the airline expressed concern over engine failures, and accused the "
            "airline of “serious shortcomings in maintenance and quality assurance.”"
        )
    )
    assert [q.text for q in quotes if q.text.startswith("serious shortcomings")]
