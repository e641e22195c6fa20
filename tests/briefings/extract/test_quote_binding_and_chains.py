"""Who speaks when the reported clause names someone else, and how far a pronoun chain reaches.

Invented sentences of the constructions session 17 read in test set 14 (promoted to dev) and
dev sets 10 and 13, each stated as a rule of English rather than a case:

* binding: a subject pronoun never stands for a name its own clause holds after it or in the
  clause it reports ("He said Zelensky is “…”" is not Zelensky's), while a name in a clause set
  before it or in a relative clause stays free;
* a he/she is a person, never the organisation quoted just before;
* a run of sentences with the same pronoun subject carries the topic: "Oaten praised X. He
  pledged …. He suggested “…”" is Oaten's;
* the object a participle follows ("addressed Prime Minister Modi demanding …") is no subject;
* two subjects parsed for one verb are a list ("Coats of Indiana, McCain of Arizona, and Snowe
  each asked Brown"), and no "he" takes up one of them;
* "allege", "inform" and "apologise for" report words; "according to a tweet by X" is X's;
* "one of these groups, the SDF, said" is the group named;
* "the Prime Minister" speaks as the one prime minister the text names;
* a whole statement set after a comma at the end of a clause whose subject is a named person
  is that person's ("Trump defended his decision, “As I have …”");
* "X opposed Y's statement: “…”" is X's reply, while "Y's declaration that “…”" stays Y's;
* the subject of the clause a reporting verb reports is spoken of, not speaking, even when the
  reporting verb's own subject cannot be read.
"""

from __future__ import annotations

from collections.abc import Callable

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes
from tests.briefings.extract.quote_support import speaker

Ctx = Callable[..., DocContext]


def test_a_name_in_the_clause_a_pronoun_reports_is_not_the_pronoun(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "President Ana Ruiz turned down the offer of Prime Minister Tomas Okafor to resign. "
            "“I decided to give you a chance,” Ruiz said.\n\n"
            "Okafor filed his resignation on Wednesday. He said Ruiz is “a model of honesty for me”; "
            "however, “to remove any doubts about our trust, I wrote a resignation offer”, he added."
        )
    )
    assert speaker(quotes, "a model of honesty").endswith("Okafor")
    assert speaker(quotes, "to remove any doubts").endswith("Okafor")


def test_a_name_in_a_relative_clause_after_the_pronoun_stays_free(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Daniel Montalvo lost his job in May. He then wrote to Tom Devocht, who had once hired "
            "Montalvo, saying “I have nowhere else to go this winter and nobody else to ask.”"
        )
    )
    assert speaker(quotes, "I have nowhere else").endswith("Montalvo")


def test_a_pronoun_is_never_the_organisation_quoted_just_before(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "One of these groups, the Northern Farmers Union, said it had been given “assurances "
            "from the ministry that no land would be taken from its members.” Police spoke with Anne "
            "Marlow as a witness. She told police she had seen the crash, but “that she had no plans "
            "to leave the country in the near future”."
        )
    )
    assert speaker(quotes, "assurances from the ministry") == "Northern Farmers Union"
    assert speaker(quotes, "that she had no plans").endswith("Marlow")


def test_a_chain_of_one_pronoun_subject_goes_back_to_the_name_that_opened_it(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "The acting leader, Ruth Castle, said she wanted new thinking on poverty. She stressed "
            "her “long experience in government” as the key quality.\n\n"
            "The member for Kendal, Mark Oaten, praised the previous leader. He pledged to defend civil "
            "liberties in the coming months. He suggested that the party “needed to be more "
            "progressive, ambitious, and optimistic” in the years ahead."
        )
    )
    assert speaker(quotes, "needed to be more progressive").endswith("Oaten")


def test_the_object_a_participle_follows_is_not_the_subject_a_pronoun_takes_up(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "After Ms Priya Rao visited the hospital, she wrote to Prime Minister Arun Mehta demanding "
            "action. She said the injuries were grave and that she could “still hear her screams and "
            "cries” at night."
        )
    )
    assert speaker(quotes, "still hear her screams").endswith("Rao")


def test_two_subjects_of_one_verb_are_a_list_no_pronoun_takes_up(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Scott Warren lost the seat in 2012. After the defeat, Senators Dan Coats of Indiana, John "
            "Miller of Arizona, and Olympia Snowe of Maine each asked Warren to run again. He alluded "
            "to a return in his farewell address, noting, “As I have said many times before, victory "
            "and defeat are temporary.”"
        )
    )
    assert speaker(quotes, "As I have said").endswith("Warren")


def test_allege_inform_and_apologise_report_words(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Ambassador Richard Grenell alleged, by way of example, the airline had “contributed to "
            "incredible human suffering and violence across the region” for years. Prime Minister "
            "Igor Matovic apologised to the people of his country for “having an idiot as economy "
            "minister.”"
        )
    )
    assert speaker(quotes, "contributed to incredible").endswith("Grenell")
    assert speaker(quotes, "having an idiot").endswith("Matovic")


def test_according_to_a_tweet_by_a_person_is_that_persons(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "The airline has been under sanctions since 2011. “The airline transports weapons and "
            "fighters across the region,” according to a tweet on "
            "Monday by Secretary of State Mike Pompeo."
        )
    )
    assert speaker(quotes, "The airline transports").endswith("Pompeo")


def test_the_prime_minister_speaks_as_the_one_the_text_names(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Prime Minister Igor Matovic of Slovakia said on Friday he had tested positive. After Deputy "
            "Prime Minister Richard Sulik failed to buy enough tests, the Prime Minister apologised for "
            "“having an idiot as economy minister.”"
        )
    )
    assert speaker(quotes, "having an idiot").endswith("Matovic")


def test_a_statement_after_a_comma_closing_a_named_persons_clause_is_theirs(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "President Donald Trump announced the withdrawal on Sunday. Trump, also on Twitter, "
            "defended his decision, “As I have stated strongly before, I will totally destroy the "
            "economy of any country that goes too far.”"
        )
    )
    assert speaker(quotes, "As I have stated").endswith("Trump")


def test_a_phrase_after_a_comma_that_is_no_statement_is_nobodys(context_of: Ctx) -> None:
    quotes = extract_quotes(context_of("Ruth Castle won the vote in May, “a historic day for the party.”"))
    assert quotes == []


def test_the_subject_of_a_reported_clause_never_speaks_it(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "President Ana Ruiz declined the offer after the leak of a recording in which someone, "
            "seemingly Okafor, audibly says Ruiz “has a very primitive understanding of economic "
            "processes.”"
        )
    )
    assert all(q.speaker is None or not q.speaker.name.endswith("Ruiz") for q in quotes)


def test_a_colon_after_someone_elses_statement_opens_the_subjects_reply(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "President Jair Bolsonaro opposed Macron's statement: “The French president's suggestion "
            "that these issues be discussed without the countries of the region evokes a colonialist "
            "mentality.”"
        )
    )
    assert speaker(quotes, "The French president's suggestion").endswith("Bolsonaro")


def test_a_statement_that_completes_a_possessed_noun_of_saying_stays_its_owners(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Senator Ames welcomed the vote, noting that Governor Ruth Castle's declaration that “no "
            "child in this state will go hungry again” had resonated across the country."
        )
    )
    assert speaker(quotes, "no child in this state").endswith("Castle")
