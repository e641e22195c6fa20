"""Quotes and speakers on constructions news nobody here tuned to (issue 14), on invented sentences.

Each test states one construction: who a pronoun speaker is, which clause owns
quoted words, when a short quote is a key quote, that outlets and headlines never
speak, and that an interviewer's question is not the answer.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes
from briefings.model.facts import Quote

Ctx = Callable[..., DocContext]


def said(quotes: list[Quote]) -> list[tuple[str, str]]:
    """(quote text, speaker name) of every key quote, in order."""
    return [(q.text, q.speaker.name if q.speaker else "") for q in quotes]


def speaker(quotes: list[Quote], start: str) -> str:
    found = [q for q in quotes if q.text.startswith(start)]
    assert found, f"no quote starting {start!r} in {said(quotes)}"
    assert found[0].speaker is not None
    return found[0].speaker.name


def surnames(quotes: list[Quote]) -> list[tuple[str, str]]:
    """(quote text, speaker surname): the scorer matches a speaker by surname too."""
    return [(text, name.split()[-1] if name else "") for text, name in said(quotes)]


# --- 1. pronoun speakers: salience and agreement, never the nearest name --------------


def test_she_is_the_subject_of_the_last_reporting_clause_not_the_name_in_between(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Maria Lopez, the mayor, said the governor should resign. "
            "She said the council “must act before the budget vote next month.”"
        )
    )
    assert speaker(quotes, "must act") == "Maria Lopez"


def test_a_name_inside_the_quotation_is_never_the_pronouns_speaker(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "For Tom Reyes, a teacher, Picasso was a legend. "
            "He said, “Picasso was the centre of the century.”"
        )
    )
    assert speaker(quotes, "Picasso was") == "Tom Reyes"


def test_an_honorific_rules_out_a_person_of_the_other_gender(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Mr. Hal Grant met Ms. Ines Ruiz on Monday. Ruiz wanted a deal. "
            "“We have nothing to discuss with the mayor today,” he said."
        )
    )
    assert speaker(quotes, "We have nothing") == "Hal Grant"


def test_the_pronoun_already_used_for_a_person_keeps_them_apart(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Dana Okafor chaired the hearing. She opened it at nine. "
            "Lee Brandt waited outside for an hour.\n\n"
            "“The agency ignored every warning it was given,” she said."
        )
    )
    assert speaker(quotes, "The agency ignored") == "Dana Okafor"


def test_the_last_speaker_goes_on_speaking_across_a_paragraph(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "“We will rebuild the harbour pier by pier,” Mayor Ana Ruiz said on Monday.\n\n"
            "The harbour was closed in March after the storm.\n\n"
            "“It will take years, but it will be done,” she said."
        )
    )
    assert speaker(quotes, "It will take years") == "Ana Ruiz"


def test_a_pronoun_for_an_unnamed_person_is_spoken_by_that_description(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Tom Reyes grew up in the valley. His father was a miner, and he used to say, "
            "“Work is about dignity, never forget that.”"
        )
    )
    assert speaker(quotes, "Work is about dignity") == "his father"


def test_an_unnamed_relative_reporting_speaks_as_described(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of("The girl held out a toy bear. And her dad said, “You know, the national park up north.”")
    )
    assert said(quotes) == [("You know, the national park up north.", "her dad")]


def test_a_stage_direction_is_never_a_pronouns_antecedent(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "I went to see Tom Reyes. He said, “Sit down, son, sit down.” (Laughter.) "
            "And he said, “It is a good thing you won that race.”"
        )
    )
    assert {name for _, name in said(quotes)} == {"Tom Reyes"}


def test_a_subject_of_coordinated_verbs_one_reporting_is_the_next_pronouns_speaker(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Mayor Ana Ruiz said, “The harbour will reopen by May.”\n\n"
            "Tom Reyes came out and wrote about that. He said, “The harbour plan should be reviewed "
            "by somebody else.”"
        )
    )
    assert speaker(quotes, "The harbour plan") == "Tom Reyes"


def test_a_name_tagged_an_organisation_is_the_person_its_surname_names_elsewhere(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Syrian President Bashar al-Assad defended the decision, saying “It is important to note "
            "that the powers that have invaded Iraq are responsible.”\n\n"
            "Baran Tekin, the leader of the armed wing of the PKK, warned Turkey of the consequences "
            "of an attack in an interview with The Times. “If the army attacks we will resist "
            "until the end,” he said. Tekin nevertheless said he hoped the crisis could end."
        )
    )
    assert speaker(quotes, "If the army attacks").split()[-1] == "Tekin"


def test_a_he_in_the_clause_a_person_reports_says_that_persons_gender(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Mayor Jane Ames met Governor Tom Hollis on Monday. Afterwards, Hollis said he was “very "
            "encouraged by the talks we had today.” She said, “We agreed on almost everything that "
            "matters.”"
        )
    )
    assert speaker(quotes, "We agreed") == "Jane Ames"


def test_an_object_pronoun_is_not_its_clauses_subject_so_it_says_the_others_gender(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Prime Minister Tom Hollis said the decision was wrong. Opposition leader Mary Cole "
            "disagreed with him. “This is the right decision for the town and its people,” she said."
        )
    )
    assert speaker(quotes, "This is the right decision") == "Mary Cole"


def test_a_definite_description_is_the_person_named_with_it_as_a_title(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Tom Hollis met Pope Francis in Rome. The pope told him: “Peace is the only path for your "
            "people.”"
        )
    )
    assert speaker(quotes, "Peace is the only path") == "Francis"


def test_the_subject_of_an_adverbial_clause_is_the_subject_of_the_clause_it_modifies(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Senator Tom Ames spoke first, and he said the vote was “a good day for the town.” Then "
            "he rejected the view that Governor Ben Hollis expressed in 2016, when he said the plan "
            "would put the town at the “back of the queue for every grant.”"
        )
    )
    assert speaker(quotes, "back of the queue") == "Ben Hollis"


def test_the_subject_of_a_conjoined_clause_is_the_first_clauses_subject(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Senator Tom Ames spoke to reporters on Monday. Later, Governor Ben Hollis was asked about "
            "the vote, and he said, “I am hopeful that the bill will pass this week.”"
        )
    )
    assert speaker(quotes, "I am hopeful") == "Ben Hollis"


def test_a_definite_title_subject_is_the_person_named_before_with_that_title(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Dennis Farrow has become the centre of a row between Harbourton Mayor Paul Pisano and "
            "State Premier Peter Bell. Mr Farrow moved to Harbourton yesterday. The Mayor has defended "
            "the protesters saying “The residents are only showing their democratic right,” he said."
        )
    )
    assert speaker(quotes, "The residents") == "Paul Pisano"


def test_the_one_subject_of_the_pronouns_own_sentence_goes_before_the_last_one(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Omar Haddad moved to the coast last year. Councillor Jane Ortiz has backed the "
            "fishermen, arguing “they are the ones paying for the closure,” she said."
        )
    )
    assert speaker(quotes, "they are the ones") == "Jane Ortiz"


def test_a_subject_inside_an_adverbial_clause_does_not_take_up_the_pronoun(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "President Hassan Rahimi spoke at the university on Monday. When challenged by Lee Barton on the "
            "treatment of dissidents, he stated that “we have no prisoners of conscience,” to laughter."
        )
    )
    assert speaker(quotes, "we have no prisoners") == "Hassan Rahimi"


def test_agreement_reaches_only_a_few_sentences_back_in_a_one_paragraph_article(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "A student, Jordan Marks, 15, was shot near the pool. The boy was taken to hospital, where "
            "he died. Police locked the school down for hours. Buses took pupils to a nearby school. "
            "Parents gathered at the gates. Mayor Daniel Moller interrupted the city council to make a "
            "brief speech when he heard the news. “I never thought we would see a day like this in our "
            "city,” he said."
        )
    )
    assert speaker(quotes, "I never thought") == "Daniel Moller"


# --- 2. the outer reporting clause owns the words --------------------------------------


def test_words_completing_a_possessed_noun_of_saying_are_the_possessors(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "President Tom Hollis thanked Prime Minister Ana Ruiz for her voice, noting that the Prime "
            "Minister’s declaration that “any use of a nuclear weapon would be an act of hostility "
            "against humanity” has resonated. Mayor Ben Ames rejected Mary Cole’s claim that “the "
            "budget will bankrupt this town within a year.”"
        )
    )
    assert [name for _, name in said(quotes)] == ["Ana Ruiz", "Mary Cole"]


def test_a_partial_quote_inside_a_reported_clause_is_the_reporters(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Paul Grant, the opposition leader, spoke on Monday. "
            "He said the ministry had handled the port closure “with reckless haste.”"
        )
    )
    assert said(quotes) == [("with reckless haste.", "Paul Grant")]


def test_a_person_reporting_what_another_said_owns_the_quoted_words(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Senator Maria Lopez said the minister told her the plan was “finished and buried for good.”"
        )
    )
    assert speaker(quotes, "finished and buried").endswith("Lopez")


def test_an_outlet_reporting_what_a_person_said_leaves_the_words_to_the_person(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Senator Maria Lopez spoke on Sunday. The Daily Ledger reported that Lopez said the plan was "
            "“finished and buried for good.”"
        )
    )
    assert speaker(quotes, "finished and buried").endswith("Lopez")


def test_a_quote_resumed_after_an_interruption_keeps_its_speaker(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Maria Lopez spoke to reporters on Monday.\n\n"
            "Lopez continued, “We cannot wait any longer for this,” she said. "
            "“There is no time left if the governor is allowed to stay.”"
        )
    )
    assert {name for _, name in surnames(quotes)} == {"Lopez"}
    assert len(quotes) == 2


def test_a_sentence_after_the_quote_that_reports_a_clause_of_its_own_is_no_tag(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Opposition leader Brenda Nolan criticised the delay. “If the premier wants unity, he "
            "should be negotiating with me,” Ms Nolan said yesterday. “We are two days away from this. "
            "He should be asking us what we think?” Premier Kevin Rand said that the words must be "
            "tabled first."
        )
    )
    assert speaker(quotes, "We are two days away") == "Brenda Nolan"


def test_a_name_set_off_by_commas_before_the_verb_closes_a_title_chain_and_speaks(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "The budget was criticised by the opposition. “He should have had a strategy,” Liberal "
            "Leader and former Environment Minister under Jean Chrétien, Stéphane Dion, said today."
        )
    )
    assert speaker(quotes, "He should have had") == "Stéphane Dion"


@pytest.mark.parametrize(
    "text",
    [
        'Mayor Ana Ruiz said the council would meet on Monday and said the port "must reopen before winter."',
        "Secretary Ana Ruiz said the two leaders would discuss trade and said the United States would like to"
        ' deepen cooperation, "including building upon recent trilateral engagements."',
    ],
)
def test_a_second_said_after_a_reported_clause_is_the_first_speakers(context_of: Ctx, text: str) -> None:
    """The parser hangs the repeated "said" on the reported clause's verb; its subject is no speaker."""
    assert [speaker for _, speaker in surnames(extract_quotes(context_of(text)))] == ["Ruiz"]


# --- 3. quote marks that do not pair ---------------------------------------------------


def test_a_pull_quote_that_never_closes_is_no_quote_and_no_headline_speaks(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Lopez attacks budget plan\n\n"
            "“This budget is a fraud and everyone in this room knows it.\n\n"
            "Senator Maria Lopez spoke on Monday. "
            "“This budget is a fraud and everyone in this room knows it,” she told the chamber.",
            title="Lopez attacks budget plan",
        )
    )
    assert surnames(quotes) == [("This budget is a fraud and everyone in this room knows it,", "Lopez")]


def test_a_headline_line_is_never_a_standalone_quotes_speaker(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Lopez attacks budget plan\n\n"
            "“Nobody in this chamber has read the whole of this bill.”\n\nMore later.",
            title="Lopez attacks budget plan",
        )
    )
    assert quotes == []


def test_a_quote_over_paragraphs_may_mix_straight_and_curly_marks(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Mayor Ana Ruiz addressed the council.\n\n"
            "“We are going to rebuild the harbour, every single pier of it.\n\n"
            '"It will take years, but we will do it," Ruiz said.'
        )
    )
    assert surnames(quotes) == [
        ("We are going to rebuild the harbour, every single pier of it.", "Ruiz"),
        ("It will take years, but we will do it,", "Ruiz"),
    ]


# --- 4. short quotes: syntax decides, not length ----------------------------------------


def test_two_words_a_naming_verb_gives_are_both_key_quotes(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of("The bishop, Paul Grant, has called the ruling “dangerous” and “ideological” on Monday.")
    )
    assert said(quotes) == [("dangerous", "Paul Grant"), ("ideological", "Paul Grant")]


def test_a_colon_after_spoke_about_introduces_the_speakers_words(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Company spokeswoman Ana Ruiz spoke about the incident: "
            "“We do not know what caused it and we are looking into it.”"
        )
    )
    assert surnames(quotes) == [("We do not know what caused it and we are looking into it.", "Ruiz")]


@pytest.mark.parametrize(
    ("body", "text", "who"),
    [
        (
            "The senator called the report “flatly untrue.” He did not elaborate.",
            "flatly untrue.",
            "the senator",
        ),
        ("Ana Ruiz, the mayor, called the plan “rubbish” and left.", "rubbish", "Ana Ruiz"),
        ("Ana Ruiz, the mayor, described the plan as “a disaster” on Monday.", "a disaster", "Ana Ruiz"),
        ("Ana Ruiz, the mayor, arrived late. “Never,” she said.", "Never,", "Ana Ruiz"),
        ("Senator Maria Lopez said the vote was “a total disgrace.”", "a total disgrace.", "Maria Lopez"),
        ("Ana Ruiz said she was “deeply concerned” by the reports.", "deeply concerned", "Ana Ruiz"),
    ],
)
def test_a_short_quote_a_clause_reports_is_a_key_quote(
    context_of: Ctx, body: str, text: str, who: str
) -> None:
    assert said(extract_quotes(context_of(body))) == [(text, who)]


@pytest.mark.parametrize(
    "body",
    [
        "The so-called “reform” has been debated for years. The “experts” were not consulted.",
        "Critics mocked the “Better Idea of Afghan Girls” programme on Monday.",
        "Lopez added the words “and Emergency” to the name of the agency.",  # words named, not said
        "Ana Ruiz responded to a question about “the harbour mess” with a long answer.",
        "Ana Ruiz has asked officials how papers stored in “approved security cabinets” were lost.",
    ],
)
def test_scare_quotes_are_the_ones_nothing_reports(context_of: Ctx, body: str) -> None:
    assert extract_quotes(context_of(body)) == []


# --- 5. outlets and platforms are not speakers -----------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Jane Roe of the Daily Ledger wrote that the deal was “a betrayal of every promise made to voters.”",
        "In a post on Twitter, Senator Jane Roe said “we will block this bill at every step of the way.”",
        "Senator Jane Roe told Channel 9 in an interview that the bill was “dead on arrival in the chamber.”",
        "In an interview with the Daily Ledger, Roe said the bill was “dead on arrival in the chamber.”",
        "“We will block this bill at every step of the way,” Jane Roe told the Daily Ledger.",
    ],
)
def test_the_person_speaks_not_the_outlet_or_platform(context_of: Ctx, body: str) -> None:
    (quote,) = extract_quotes(context_of(body))
    assert quote.speaker is not None and quote.speaker.name.endswith("Roe")


def test_an_outlet_quoting_a_person_as_saying_leaves_the_words_to_the_person(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "The BBC quoted Senator Jane Ames as saying “the plan is a betrayal of every family in this "
            "state.” Reuters quoted her as saying that “the storm was the worst I have seen in my whole "
            "life.”"
        )
    )
    assert {name for _, name in said(quotes)} == {"Jane Ames"}


# --- 6. interviews in prose: the answers are the interviewee's ---------------------------


def test_the_question_put_to_an_interviewee_is_not_their_quote(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Channel 9 interviewed Ana Ruiz on Sunday. Asked “Will you run for governor next year?”, "
            "Ruiz said she had not decided. “I have not made up my mind yet,” she said."
        )
    )
    assert surnames(quotes) == [("I have not made up my mind yet,", "Ruiz")]


def test_asked_about_a_topic_the_interviewee_answers(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "The Daily Ledger spoke to Senator Maria Lopez. Asked about the strike, Lopez said: "
            "“The workers deserve a fair deal and they will get one.” Asked whether she would meet the "
            "union, she said, “Of course I will, tomorrow morning.”"
        )
    )
    assert {name for _, name in surnames(quotes)} == {"Lopez"}
    assert len(quotes) == 2


def test_one_of_a_group_speaks_as_the_group_member_not_the_person_named_before(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Judge Maria Ortega sentenced Paul Grant to life in prison on Friday. One of the children "
            "said, “Sometimes I still wake up at night and remember the locked doors.”"
        )
    )
    assert [q.speaker.name for q in quotes if q.speaker] == ["One of the children"]


def test_a_statement_released_before_a_colon_is_its_issuers(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Interior Minister Hana Berg released a statement on the case: “Following new evidence, I "
            "have decided that the application should be reconsidered next month.”"
        )
    )
    assert [q.speaker.name for q in quotes if q.speaker] == ["Hana Berg"]


def test_a_list_of_statements_headed_name_role_organisation_gives_them_to_the_named(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "The following leaders attended the meeting.\n\n"
            "Collin Marsh, President and CEO, National Wildlife Federation: “Responsibly mined critical "
            "minerals are essential for our clean energy future.”\n\n"
            "**Tom Palmer, President and CEO, Newmont Corporation**: “We welcome the administration’s "
            "focus on responsible mining.”"
        )
    )
    assert [name for _, name in said(quotes)] == ["Collin Marsh", "Tom Palmer"]
