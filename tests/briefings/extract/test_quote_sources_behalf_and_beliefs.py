"""Speakers named by a group's member, a criticism's source, a statement's principal, a person's act
or belief; marks typed with spaces; a body's name cut before its place (issue 14, session 18, from
test set 16's news, promoted to dev).

Invented sentences of each construction, positive and negative:

* "Some of the other justices appeared sympathetic, including Justice Stephen Breyer. “…,” he said.",
  "Among the skeptical was Justice Antonin Scalia. “…,” he said.": a person a sentence presents, or
  the one member it names of a group, takes the "he" after it over the last speaker;
* "added to criticism from Ban Ki-moon that the plan will “…”": a criticism's source says its words;
* "issued a statement on behalf of Foreign Secretary David Miliband that read, “…”": the one a
  statement speaks for;
* "According to Army Radio, Netanyahu rejected the request on the grounds that Gilo was “…”": the
  person whose act an outlet reports holds the words (a body's act stays the outlet's source);
* "Kouchner felt that the Sudanese “seem clearly affected”": a belief's holder;
* "The European Union condemned the attack as a “…” and the United States said it was a “…”": a
  naming verb's subject, and a reporting verb after the quotation with its own subject after "and"
  reports nothing before it;
* "The foreign minister of Pakistan, Shah Mahmood Qureshi, denounced …, saying, “…”": a name set off
  after an office is its bearer, whatever the recogniser labelled it;
* ``He said, " We view this as a very encouraging sign. "``: marks typed with spaces both sides;
* "The United Nations Interim Force in Lebanon (UNIFIL) says …": a body's name runs on over its place
  when the acronym after it spells the whole.
"""

from __future__ import annotations

from collections.abc import Callable

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes
from tests.briefings.extract.quote_support import speaker

Ctx = Callable[..., DocContext]


def test_a_member_named_of_a_group_or_a_person_presented_takes_the_pronoun(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            '"Many have been held for almost six years," Waxman said. But Waxman had little success with '
            'the justices. Among the skeptical was Justice Antonin Scalia. "You are appealing to a common '
            'law right that somehow found its way into our Constitution," he said. Some of the other '
            'justices appeared more sympathetic, including Justice Stephen Breyer. "Now it has been six '
            'years, and habeas is supposed to be speedy," he said.'
        )
    )
    assert speaker(quotes, "You are appealing") == "Antonin Scalia"
    assert speaker(quotes, "Now it has been") == "Stephen Breyer"


def test_the_last_speaker_goes_on_when_no_one_is_presented(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            '"We won the case," Waxman said. The ruling came after a long wait. "It was hard for all of '
            'the families involved," he said.'
        )
    )
    assert speaker(quotes, "It was hard") == "Waxman"


def test_a_criticisms_source_says_its_words(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "United States and United Kingdom spokespeople have added to criticism from United Nations "
            'Secretary-General Ban Ki-moon that the decision to authorise 900 homes will "undermine efforts '
            'for peace and cast doubt on the two-state solution".'
        )
    )
    assert speaker(quotes, "undermine efforts") == "Ban Ki-moon"


def test_a_statement_speaks_for_whom_it_was_issued(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "The British consulate issued a statement on behalf of Foreign Secretary David Miliband that "
            'read, "The Foreign Secretary has been very clear that a credible deal involves a shared '
            'capital." The embassy issued a statement on behalf of Ambassador Ruth Kagan saying, "We are '
            'deeply saddened by the loss of life in the city today."'
        )
    )
    assert speaker(quotes, "The Foreign Secretary") == "David Miliband"
    assert speaker(quotes, "We are deeply saddened") == "Ruth Kagan"


def test_the_person_whose_act_an_outlet_reports_holds_the_words(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "According to Israel Army Radio, Prime Minister Benjamin Netanyahu rejected a request from the "
            'envoy on Monday on the grounds that Gilo was "an integral part of Jerusalem". According to '
            'Reuters, the ministry has condemned the plan as "a threat to the whole economy of the country".'
        )
    )
    assert speaker(quotes, "an integral part") == "Benjamin Netanyahu"
    assert speaker(quotes, "a threat to the whole") == "the ministry"


def test_a_beliefs_holder_says_the_words_quoted_in_it(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            'Kouchner felt that the sanctions have not been useful and that the Sudanese "seem clearly '
            'affected by this issue, considering how much they raised it."'
        )
    )
    assert speaker(quotes, "seem clearly affected") == "Kouchner"


def test_a_naming_verbs_subject_and_a_next_clause_of_its_own(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            'The European Union condemned the attack as a "terrorist attack targeting innocent civilians" '
            'and the United States said it was a "needless act of violence".'
        )
    )
    assert speaker(quotes, "terrorist attack") == "European Union"
    assert speaker(quotes, "needless act") == "United States"


def test_a_name_set_off_after_an_office_is_its_bearer(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "The foreign minister of Pakistan, Shah Mahmood Qureshi, denounced the attack, saying, "
            '"Pakistan condemns terrorism in all its forms and manifestations."'
        )
    )
    assert speaker(quotes, "Pakistan condemns") == "Shah Mahmood Qureshi"


def test_marks_typed_with_spaces_both_sides_still_pair(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            'In New York, John R. Bolton, the US ambassador, welcomed the new willingness. He said, " We '
            'view this as a very encouraging sign, the first positive outcome of the agreement. " Others '
            "spoke later."
        )
    )
    assert speaker(quotes, "We view this") == "John R. Bolton"


def test_a_bodys_name_runs_on_over_its_place_when_the_acronym_spells_it(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "The United Nations Interim Force in Lebanon (UNIFIL) says that it plans to evacuate civilians, "
            'but "the ability to move will depend on the situation on the ground".'
        )
    )
    assert speaker(quotes, "the ability to move").endswith("United Nations Interim Force in Lebanon")
