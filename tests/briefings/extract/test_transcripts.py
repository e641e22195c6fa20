"""Transcripts: the turns are the document, never key quotes; quotations inside turns are."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes

Ctx = Callable[..., DocContext]


def test_a_transcript_of_turns_without_quotation_marks_has_no_key_quotes(article_context: Ctx) -> None:
    for stem in ("022", "033", "039"):
        assert extract_quotes(article_context(stem)) == []


def test_a_turn_speaker_quoting_someone_else_gives_that_persons_quote(context_of: Ctx) -> None:
    ctx = context_of(
        "PRESIDENT TRUMP: He called me and then Mark Rutte said, “We are going to pay everything we owe, "
        "sir,” and I said that is good news for the whole alliance.\n\n"
        "SECRETARY GENERAL RUTTE: The alliance is stronger today than at any time in its long history."
    )
    quotes = extract_quotes(ctx)
    assert [(q.text, q.speaker and q.speaker.name) for q in quotes] == [
        ("We are going to pay everything we owe, sir,", "Mark Rutte")
    ]


def test_i_said_quotes_the_turn_speaker_by_the_name_the_title_gives(context_of: Ctx) -> None:
    ctx = context_of(
        "THE PRESIDENT: A mayor called me from Ohio last week. And he asked, “Can you help us fix the "
        "bridge?” I said, “Yeah, we can fix it.”\n\n"
        "Q Mr. President, when will the money arrive?\n\n"
        "THE PRESIDENT: Soon.",
        title="Remarks by President Elena Vargas at the Port of Miami",
    )
    said = {q.text: q.speaker and (q.speaker.name, q.speaker.role) for q in extract_quotes(ctx)}
    assert said["Yeah, we can fix it."] == ("Elena Vargas", "President")
    assert said.get("Can you help us fix the bridge?") != ("Elena Vargas", "President")  # "he" is not "I"


def test_a_reporters_you_said_quotes_the_one_who_answers(context_of: Ctx) -> None:
    ctx = context_of(
        "Q Yesterday you said the talks would go on “as long as it takes to get a deal.” Is that still "
        "the plan?\n\n"
        "SECRETARY OKAFOR: It is.",
        title="Press Availability with Secretary Tunde Okafor",
    )
    quotes = extract_quotes(ctx)
    assert [q.speaker.name for q in quotes if q.speaker] == ["Tunde Okafor"]


def test_a_spoken_quote_marker_attributes_to_the_clause_subject(context_of: Ctx) -> None:
    ctx = context_of(
        "THE PRESIDENT: We all heard the officers who were there. One officer called it, quote, “medieval.” "
        "And Dr. Okoye often preached about, quote, “the long road that still lies before all of us.”"
    )
    said = {q.text: q.speaker and q.speaker.name for q in extract_quotes(ctx)}
    assert said == {"medieval.": "One officer", "the long road that still lies before all of us.": "Okoye"}


def test_quote_unquote_and_an_if_clause_mark_no_ones_words(context_of: Ctx) -> None:
    ctx = context_of(
        "MS. LANE: I don't think she meant, quote, unquote, “missing ballots.” And if the country were "
        "to, quote, “walk away from the world,” a lot would change.\n\n"
        "Q Thank you."
    )
    assert extract_quotes(ctx) == []


def test_words_a_negated_reporting_verb_gives_are_no_ones_quote(context_of: Ctx) -> None:
    ctx = context_of(
        "MR. HALE: We are not standing here today and saying, “The order has been given. The attack is "
        "on.” We are saying the risk is real.\n\nQ Thanks."
    )
    assert extract_quotes(ctx) == []


def test_a_few_quoted_words_repeating_an_earlier_quotation_are_an_echo(context_of: Ctx) -> None:
    ctx = context_of(
        "Q Your spokeswoman Dana Frey said the team had proposed “alternative potential ways forward.” "
        "What are those “alternative ways forward”?\n\nMS. FREY: I won't detail them."
    )
    assert [q.text for q in extract_quotes(ctx)] == ["alternative potential ways forward."]


def test_bare_answer_labels_of_an_interview_are_turns_not_quotes(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Kristalina Georgieva, the managing director of the fund, spoke to us in Washington.\n\n"
            "Q: What is the biggest risk to the global economy this year?\n\n"
            "A: Fragmentation. If the world splits into trading blocs, global output could fall by as "
            "much as seven percent.\n\n"
            "Q: Are you worried about inflation?\n\n"
            "A: Less than before. Central banks have done their job."
        )
    )
    assert quotes == []


def test_and_i_quote_reads_out_the_words_of_the_one_who_wrote_them(context_of: Ctx) -> None:
    ctx = context_of(
        "THE PRESIDENT: You know, Yeats wrote, and I quote, “Talent perceives differences; genius, "
        "unity.”\n\nQ Thank you."
    )
    assert [q.speaker.name for q in extract_quotes(ctx) if q.speaker] == ["Yeats"]


def test_what_do_you_say_to_a_quotation_asks_about_it_and_does_not_report_the_answerer(
    context_of: Ctx,
) -> None:
    ctx = context_of(
        "Q Leader Dunmore called the deal, quote, a “gift to our rivals.” But what do you say to his "
        "contention, “This is a gift to our rivals, plain and simple”?\n\n"
        "MS. OKAFOR: We have been clear.",
        title="Press Briefing by Press Secretary Ada Okafor",
    )
    said = {q.text: q.speaker and q.speaker.name for q in extract_quotes(ctx)}
    assert "Ada Okafor" not in said.values() and "Okafor" not in said.values()


def test_im_quoting_him_reads_out_the_words_of_the_one_quoted(context_of: Ctx) -> None:
    ctx = context_of(
        "MS. OKAFOR: Good afternoon.\n\n"
        "Q The annual report of the Audit Office said, and I’m quoting, “The agency will struggle to "
        "meet its targets” if funding falls.\n\n"
        "Q Senator Dunmore spoke on Sunday. He’s saying, “We must find the courage…” — I’m quoting "
        "him — “…to change the things we know we can change.”\n\n"
        "MS. OKAFOR: We have been clear."
    )
    said = {q.text: q.speaker and q.speaker.name for q in extract_quotes(ctx)}
    assert "Reporter" not in said.values(), said
    assert said["…to change the things we know we can change."] in {"Dunmore", "Tom Dunmore"}


def test_words_of_a_quotation_never_report_the_next_part_of_it(context_of: Ctx) -> None:
    # "speaking of the President" hangs from the quoted "I wish": its subject is quoted words
    ctx = context_of(
        "MS. OKAFOR: Good afternoon.\n\n"
        "Q Tom Dunmore, head of the union, spoke on Sunday. Dunmore said, quote, “I wish he hadn’t,” "
        "speaking of the President, “done that on the first day because the union was right.”\n\n"
        "MS. OKAFOR: We have been clear."
    )
    speakers = {q.speaker.name for q in extract_quotes(ctx) if q.speaker}
    assert speakers == {"Tom Dunmore"}


def test_a_reporters_we_is_not_the_reporter_speaking(context_of: Ctx) -> None:
    ctx = context_of(
        "MS. OKAFOR: Good afternoon.\n\n"
        "Q But what does that image say to people as we’re telling them, “It’s okay to go mask-free "
        "again on every train”?\n\n"
        "MS. OKAFOR: We have been clear."
    )
    assert [q.speaker.name for q in extract_quotes(ctx) if q.speaker] == []


@pytest.mark.parametrize(
    "line",
    [
        "Q If the health agency was to say, “We need to return to masking in every school,” would "
        "you follow suit?",
        "Q By getting leaders to say publicly, “We have to do this by the end of the year,” you "
        "begin to hold them accountable.",
        "Q I want to be able to say in my reporting, “If you meet these rules, you can come into "
        "the country.”",
        "THE PRESIDENT: What would have happened if I had said, before the talks, “I think it is "
        "going to be really hard and I am not optimistic”?",
        "Q Or did the advisors come to him and say, “Perhaps you should revisit your recent remarks”?",
        "MS. OKAFOR: The President believes that he shouldn’t have to call them to say, “You need to "
        "condemn what happened a little more forcefully.”",
        "THE PRESIDENT: It is not going to work — he’s going to say, “Oh my God, these sanctions are "
        "coming. I am going to stand down.”",
    ],
)
def test_words_only_supposed_to_be_said_are_no_ones_quote(context_of: Ctx, line: str) -> None:
    ctx = context_of(f"MS. OKAFOR: Good afternoon.\n\n{line}\n\nMS. OKAFOR: We have been clear.")
    assert extract_quotes(ctx) == []


def test_went_on_to_say_and_came_out_to_say_report_words_said(context_of: Ctx) -> None:
    ctx = context_of(
        "THE PRESIDENT: Senator Tom Hollis spoke for an hour. Then Hollis went on to say, “I don’t see "
        "the work for a close vote taking place.” And Ana Ruiz, the head of the teachers, came out to "
        "say, “We are going to try to open up schools.”\n\nQ Thank you."
    )
    said = {q.text: q.speaker and q.speaker.name for q in extract_quotes(ctx)}
    assert said == {
        "I don’t see the work for a close vote taking place.": "Tom Hollis",
        "We are going to try to open up schools.": "Ana Ruiz",
    }


def test_a_person_set_before_a_dash_is_the_pronoun_after_it(context_of: Ctx) -> None:
    ctx = context_of(
        "THE PRESIDENT: Donald Trump never understood the internet. As my granddaughter — she used to "
        "say, “Google it.”\n\nQ Thank you."
    )
    assert [q.speaker.name for q in extract_quotes(ctx) if q.speaker] == ["my granddaughter"]


def test_the_name_a_reporter_addresses_is_no_pronouns_antecedent_and_a_countrys_president_is(
    context_of: Ctx,
) -> None:
    ctx = context_of(
        "MS. OKAFOR: Go ahead.\n\n"
        "Q Thanks, Ada. What is your response to the accusations of the President of El Salvador? He says, "
        "and I quote, “The interests of your country have nothing to do with democracy anywhere.”\n\n"
        "MS. OKAFOR: Well, thanks.",
        title="Press Briefing by Press Secretary Ada Okafor",
    )
    assert [q.speaker.name for q in extract_quotes(ctx) if q.speaker] == ["the President of El Salvador"]


@pytest.mark.parametrize(
    "line",
    [
        "Remember that old proverb: “For want of a nail, the shoe was lost. For want of a shoe, the "
        "horse was lost.”",
        "Standing together today, we declare a more powerful creed: “All for one, and one for all.”",
        "As the saying goes and the teachers have taught me, “An idle mind is a devil’s workshop.”",
        "And, folks, there’s an expression where I come from: “You go home with them that brung you "
        "to the dance.”",
    ],
)
def test_a_saying_nobody_owns_is_no_ones_quote(context_of: Ctx, line: str) -> None:
    ctx = context_of(f"THE PRESIDENT: {line}\n\nQ Thank you.", title="Remarks by President Elena Vargas")
    assert extract_quotes(ctx) == []


def test_a_saying_someone_had_stays_theirs(context_of: Ctx) -> None:
    ctx = context_of(
        "THE PRESIDENT: My dad used to have an expression. He said, “Joey, a job is a lot more than a "
        "paycheck. It is about your dignity.”\n\nQ Thank you.",
        title="Remarks by President Elena Vargas",
    )
    assert [q.speaker.name for q in extract_quotes(ctx) if q.speaker] == ["my dad"]
