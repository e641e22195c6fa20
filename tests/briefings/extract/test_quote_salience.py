"""Who a reporting clause's "he" or "she" is when the sentence before introduces someone new.

Invented sentences of the constructions in issue 14's first class: a speaker quoted
earlier does not go on speaking once the sentence just before the pronoun makes another
person its subject, whether as a plain subject, the agent of a passive ("was criticised by
X"), an "according to X" source, or the subject of a reporting clause of its own.
Session 10: an unnamed reporting subject ("A spokesperson for the ministry said") and an office
whose bearer the text never names ("the Democratic governor of Colorado") are antecedents too,
and a statement quoted on after a bare "It will" stays its speaker's.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes
from briefings.model.facts import Quote
from tests.briefings.extract.quote_support import speaker

Ctx = Callable[..., DocContext]


def test_the_main_subject_of_the_sentence_before_speaks_not_the_speaker_of_a_paragraph_before(
    context_of: Ctx,
) -> None:
    quotes = extract_quotes(
        context_of(
            "“I have ordered the army to restore the rule of law on the island,” Governor Luis Varga said "
            "in a televised address.\n\n"
            "Meanwhile, regional president Tomas Okafor denounced the operation. “It takes the island "
            "back to the use of force to settle a dispute,” he said in a statement."
        )
    )
    assert speaker(quotes, "It takes the island").endswith("Okafor")


def test_the_agent_of_a_passive_in_the_sentence_before_is_the_pronouns_speaker(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "“We will not leave the city until order is restored,” Governor Luis Varga said.\n\n"
            "Two soldiers were hurt on Friday night. The raid was criticised by Pedro Salas, a member of "
            "parliament. “We condemn the decision to send the army against our own people,” he said."
        )
    )
    assert speaker(quotes, "We condemn").endswith("Salas")


def test_an_according_to_source_in_the_sentence_before_is_the_pronouns_speaker(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "“Talks with the prime minister are going on every day,” Luis Varga, head of the party office, "
            "told reporters.\n\n"
            "According to political analyst Pedro Salas, Varga is a thorn in the side of other groups. "
            "“There is a need to limit the party's strength before it grows any further,” he said."
        )
    )
    assert speaker(quotes, "There is a need").endswith("Salas")


def test_a_reporting_subject_in_the_sentence_before_beats_a_person_named_earlier_by_the_pronoun(
    context_of: Ctx,
) -> None:
    quotes = extract_quotes(
        context_of(
            "Some people swam ashore after the fall. Tomas Reyes, 40, describes swimming to the bank with "
            "one arm after his other arm was hurt. Pedro Salas, 24, says he survived by clinging to an "
            "empty container. “The authorities should have closed the bridge for the repairs,” he said."
        )
    )
    assert speaker(quotes, "The authorities should").endswith("Salas")


def test_the_subject_of_a_wish_is_no_speaker_and_no_antecedent(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Tom Reyes stood up at the dinner. My dear mother, God bless her soul, used to say: "
            "“Out of everything bad, something good will come if you look for it.”\n\n"
            "Look at this table. God love you all. He said, “We should do this every single year.”"
        )
    )
    assert all(q.speaker is not None and q.speaker.name != "God" for q in quotes)
    assert speaker(quotes, "We should do this") == "Tom Reyes"


def test_a_relative_pronoun_subject_speaks_as_its_antecedent(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "So one of the clearest answers we have had came from the Foreign Minister, Pedro Salas, "
            "who told officials on a call, “We are not a party to this dispute at all.”"
        )
    )
    assert speaker(quotes, "We are not a party").endswith("Salas")


def test_a_report_nobody_is_named_to_have_issued_speaks_for_itself(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "A 2006 army report, however, called Pedro Salas's Northern Front a “most dangerous source "
            "of violence in the whole region.”"
        )
    )
    assert speaker(quotes, "most dangerous source") == "2006 army report"


def test_the_report_taking_up_a_text_named_before_speaks_for_that_texts_issuer(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "This was also noted in a declassified Northern Defence Agency assessment of the drought, in "
            "which the report states, “Some of the funds raised for relief are almost certainly being "
            "diverted to buy arms.”"
        )
    )
    assert speaker(quotes, "Some of the funds") == "Northern Defence Agency"


def test_a_relative_named_as_a_possessor_in_the_pronouns_sentence_is_its_antecedent(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Tom Reyes cut the deficit. Let's go and win this! Every time I'd walk out of my grandpop's "
            "house, he'd say, “Go out and…” — he said — “…spread the word.”"
        )
    )
    assert [q.speaker.name if q.speaker else "" for q in quotes] == ["my grandpop", "my grandpop"]


def test_one_unnamed_person_a_reporting_clause_introduces_speaks_as_described(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Around 40 policemen handed over their weapons, wearing masks to hide their faces. “We cannot "
            "fight our own brothers, so we came here to hand in our weapons,” one policeman said. A sign "
            "on the door said “Closed until further notice by order of the council.”"
        )
    )
    assert [(q.text[:9], q.speaker.name if q.speaker else "") for q in quotes] == [
        ("We cannot", "one policeman")
    ]


def test_a_phrase_the_speaker_breaks_off_names_no_one(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "And you have seen a record number of — of women come out and say, “No, we are not going to "
            "let this happen to our daughters.”"
        )
    )
    assert all(q.speaker is None or not q.speaker.name.endswith("of") for q in quotes)


def test_an_unnamed_reporting_subject_is_the_he_of_the_next_quote(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "The port authority has warned that the strike could last weeks.\n\n"
            "A spokesperson for the ministry, the body that runs the port, said talks had stalled "
            "because of the pay offer. “We have asked both sides to return to the table on Monday,” "
            "he said."
        )
    )
    assert speaker(quotes, "We have asked") == "a spokesperson for the ministry"


def test_a_statement_quoted_on_after_a_bare_it_is_the_same_speakers(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "As Governor Ana Ruiz said this morning, “This extreme law blatantly violates the rights of "
            "every tenant in the state.” It will “significantly impair access to the housing they need, "
            "particularly for families with low incomes.” It also “lets landlords evict anyone who they "
            "believe has helped another tenant organize.”"
        )
    )
    assert speaker(quotes, "significantly impair") == "Ana Ruiz"
    assert speaker(quotes, "lets landlords") == "Ana Ruiz"


def test_a_short_term_after_a_bare_it_is_no_continued_statement(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "“This law violates the rights of every tenant in the state,” Governor Ana Ruiz said. It is "
            "a “reform” in name only."
        )
    )
    assert [q.text for q in quotes if "reform" in q.text] == []


def test_words_a_plural_they_reports_are_not_the_last_speakers(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "“What happened at the depot?” Mayor Ana Ruiz asked the crews. They said, “Well, a truck "
            "broadsided the fuel tank while the workers were on their lunch break.”"
        )
    )
    assert all(q.speaker is None or q.speaker.name != "Ana Ruiz" for q in quotes if "truck" in q.text)


def test_an_office_whose_bearer_is_never_named_is_the_he_after_it(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Governor Andy Reyes spoke on Monday about the floods.\n\n"
            "The Democratic governor of Colorado has taken a different view. He says, “We will not "
            "follow the federal guidance on the river at all this year.”"
        )
    )
    assert speaker(quotes, "We will not follow") == "the Democratic governor of Colorado"


def test_a_day_or_a_plan_read_as_a_person_is_no_antecedent(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Governor Ana Ruiz signed the Harbor Jobs Plan on Monday.\n\n"
            "The Harbor Jobs Plan funds 4,000 jobs. She said, “This plan puts the port back to work for "
            "every family on the coast.”"
        )
    )
    assert speaker(quotes, "This plan puts").endswith("Ruiz")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Senator Chris Pappas is here. Intel came to see me — the chairman of the board of Intel. "
            'He said, "I want to be able to invest twenty billion dollars in this state."',
            "the chairman of the board of Intel",
        ),
        (
            "Maria Lopez, the mayor, spoke first. Later I met a reporter from the local paper. "
            'She said, "The council must act before the budget vote."',
            "a reporter",
        ),
        # a named person in the sentence before stays the antecedent
        (
            'Tom Reyes met the governor on Monday. He said, "We will fight this decision all the way."',
            "Tom Reyes",
        ),
        # a predicate noun describes the subject the sentence already has
        (
            'Tom Reyes spoke first. My dad was a very well-read man. He said, "Joey, you are going to be a '
            'college man one day."',
            "my dad",
        ),
        # a description of the other gender is not the one "she" takes up
        (
            'Ana Ruiz thanked the chairman. She said, "We will fight this decision all the way."',
            "Ana Ruiz",
        ),
    ],
)
def test_a_person_the_sentence_before_brings_in_by_a_description_is_the_next_he_or_she(
    quotes_in: Callable[[str], list[Quote]], text: str, speaker: str
) -> None:
    [quote] = quotes_in(text)
    assert quote.speaker is not None and quote.speaker.name == speaker
