"""Transcripts: labelled turns are speech; a few substantive sentences, never the reporters'."""

from __future__ import annotations

from collections.abc import Callable

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes
from briefings.extract.transcript import MAX_QUOTES

Ctx = Callable[[str], DocContext]


def test_bold_labels_resolve_to_the_full_name_from_the_byline(article_context: Ctx) -> None:
    quotes = extract_quotes(article_context("022"))
    speakers = {q.speaker.name for q in quotes if q.speaker}
    assert "Antony J. Blinken" in speakers
    assert any(name.endswith("Osmani") for name in speakers)


def test_shouting_labels_give_quotes_from_each_speaker(article_context: Ctx) -> None:
    quotes = extract_quotes(article_context("039"))
    speakers = {q.speaker.name for q in quotes if q.speaker}
    assert {"Biden", "Modi"} <= {name.split()[-1] for name in speakers}
    assert all(q.kind == "direct" and not q.text.endswith("?") for q in quotes)


def test_turn_quotes_skip_courtesies_and_reporters(context_of: Ctx) -> None:
    ctx = context_of(
        "**SECRETARY BLINKEN:** Good morning, everyone, and thank you all so much for being here today. "
        "The United States will continue to stand with Ukraine for as long as it takes to win.\n\n"
        "**QUESTION:** Mr. Secretary, will the United States send more air defence systems to Kyiv soon?\n\n"
        "**SECRETARY BLINKEN:** We are working with our allies to get Ukraine what it needs on the "
        "battlefield every single day."
    )
    quotes = extract_quotes(ctx)
    assert [q.text for q in quotes] == [
        "The United States will continue to stand with Ukraine for as long as it takes to win.",
        "We are working with our allies to get Ukraine what it needs on the battlefield every single day.",
    ]
    assert all(q.speaker is not None and q.speaker.name == "Blinken" for q in quotes)


def test_quote_marks_inside_a_turn_are_not_attributed_to_the_turn_speaker(context_of: Ctx) -> None:
    ctx = context_of(
        "PRESIDENT TRUMP: He called me and he said, “We are going to pay everything we owe, sir,” "
        "and I said that is good news for the whole alliance.\n\n"
        "SECRETARY GENERAL RUTTE: The alliance is stronger today than at any time in its long history."
    )
    texts = [q.text for q in extract_quotes(ctx)]
    assert not any(t.startswith("We are going to pay") for t in texts)


def test_long_transcripts_are_capped(article_context: Ctx) -> None:
    assert len(extract_quotes(article_context("033"))) <= MAX_QUOTES


def test_bare_answer_labels_speak_for_the_person_the_interview_is_about(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Kristalina Georgieva, the managing director of the fund, spoke to us in Washington. "
            "Georgieva has led the fund since 2019.\n\n"
            "Q: What is the biggest risk to the global economy this year?\n\n"
            "A: Fragmentation. If the world splits into trading blocs, global output could fall by as "
            "much as seven percent.\n\n"
            "Q: Are you worried about inflation?\n\n"
            "A: Less than before. Central banks have done their job, and price pressures are easing in "
            "most economies."
        )
    )
    assert [q.speaker.name for q in quotes if q.speaker] == ["Kristalina Georgieva"] * 2


def test_bare_answer_labels_with_nobody_named_give_no_speakerless_quotes(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Q: What is the biggest risk to the global economy this year?\n\n"
            "A: Fragmentation. If the world splits into trading blocs, global output could fall by as "
            "much as seven percent.\n\n"
            "Q: Are you worried?\n\n"
            "A: Less than before. Central banks have done their job, and price pressures are easing."
        )
    )
    assert quotes == []


def test_shouting_hyphenated_names_keep_both_capitals(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "MS. JEAN-PIERRE: Good afternoon. The President will travel to Detroit tomorrow to meet "
            "with autoworkers about the investments bringing jobs back.\n\n"
            "Q Karine, does the President support the union's demands?\n\n"
            "MS. JEAN-PIERRE: The President has been very clear that record profits should mean record "
            "contracts for workers."
        )
    )
    assert quotes and all(q.speaker is not None and q.speaker.name == "Jean-Pierre" for q in quotes)


def test_a_promotion_trailing_the_last_turn_is_not_a_quote(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Farida Osman, the envoy for Sudan, spoke to The Review last week.\n\n"
            "**The Review:** Will there be talks?\n\n"
            "**Farida Osman:** I hope so. We are planning a meeting of both delegations in Addis Ababa, "
            "but there is no date yet.\n\n"
            "**The Review:** Who do you answer to?\n\n"
            "**Farida Osman:** The people in the camps.\n\n"
            "Enjoying this interview? Subscribe to The Review for weekly analysis from across Africa."
        )
    )
    assert quotes and not any("Subscribe" in q.text for q in quotes)
