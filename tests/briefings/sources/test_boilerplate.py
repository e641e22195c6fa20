"""Boilerplate removal: site furniture goes by general rules, article text stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.model.documents import Document
from briefings.sources import LoadError, clean_body, find_title, load_paths

SEED = Path(__file__).parents[3] / "seeds" / "000_65f72ffc5e9bc812.md"
SEED_TITLE = "Can the Taliban Play China and Russia Off the United States?"


def _load(path: Path) -> Document:
    (document,) = load_paths([str(path)], max_bytes=10_000_000)
    assert isinstance(document, Document), document
    return document


@pytest.fixture(scope="module")
def seed() -> Document:
    return _load(SEED)


@pytest.mark.parametrize(
    "furniture",
    [
        "Flashpoints",
        "Flashpoints | Diplomacy | Security | Central Asia | South Asia",
        "Credit: Pixabay",
        "Recent Features",
        "Dreaming of a career in the Asia-Pacific?",
        "Try The Diplomat's jobs board.",
        "Find your Asia-Pacific job",
    ],
)
def test_seed_furniture_lines_are_dropped(seed: Document, furniture: str) -> None:
    assert furniture not in seed.body.split("\n")


def test_seed_headline_stays_in_title_and_leaves_the_body(seed: Document) -> None:
    assert seed.title == SEED_TITLE
    assert SEED_TITLE not in seed.body


def test_seed_standfirst_and_paragraphs_are_kept(seed: Document) -> None:
    paragraphs = seed.body.split("\n\n")
    assert paragraphs[0] == (
        "The consensus is that negotiation is the only way out of the conflict for Afghanistan, but that "
        "only holds true if the international community is united. It’s not."
    )
    assert paragraphs[1].startswith("Concluding her remarks at a special session")
    assert paragraphs[-1].startswith("Across the board, the language endorsing")
    assert len(paragraphs) == 13


def test_plain_text_seed_gives_the_same_body_and_finds_the_repeated_headline() -> None:
    text_seed = _load(Path(__file__).parents[2] / "fixtures" / "sources" / "seed.txt")
    assert text_seed.title == SEED_TITLE
    assert text_seed.body == _load(SEED).body


def test_body_paragraphs_are_separated_by_one_blank_line(seed: Document) -> None:
    assert "\n\n\n" not in seed.body
    assert all(p.strip() == p and p for p in seed.body.split("\n\n"))


def test_rules_are_general_not_a_list_of_the_seed_strings() -> None:
    page = "\n\n".join(
        [
            "Opinion",
            "Home | World | Europe | Markets",
            "Ministers Agree on Grain Corridor",
            "Photo by Jane Doe",
            "Ministers agreed on Tuesday to reopen the grain corridor, officials said.",
            "Looking for a job in Europe?\n"
            "Browse our careers page and sign up for alerts.\n"
            "Find your next job",
            "Subscribe to our newsletter",
        ]
    )
    assert clean_body(page, title="Ministers Agree on Grain Corridor") == (
        "Ministers agreed on Tuesday to reopen the grain corridor, officials said."
    )


def test_lines_repeated_in_the_document_go_but_repeated_speech_stays() -> None:
    headline = "Breaking Story Headline Here?"
    text = f"{headline}\n\nThe body.\n\n{headline}\n\nMR SMITH: Yes.\n\nMR SMITH: Yes."
    assert clean_body(text) == "The body.\n\nMR SMITH: Yes.\n\nMR SMITH: Yes."


def test_trailing_related_block_is_dropped() -> None:
    text = "\n\n".join(
        [
            "The summit ended with a joint statement on trade, officials said on Friday.",
            "Both leaders promised to meet again next year in Washington.",
            "The statement did not mention tariffs.",
            "Related",
            "Leaders gather for the summit",
            "What the statement means for trade?",
        ]
    )
    assert clean_body(text).split("\n\n")[-1] == "The statement did not mention tariffs."


def test_speaker_labels_sentences_and_interrupted_speech_are_kept() -> None:
    text = "SECRETARY BLINKEN: Thank you.\n\nQ Mr. President —\n\n(Laughter.)\n\nWe met the minister."
    assert clean_body(text) == text


def test_a_reader_poll_between_a_label_and_a_comments_link_is_dropped() -> None:
    text = (
        "The minister denied the claims on Friday.\n\n"
        "HAVE YOUR SAY\n\n"
        "Should officials be prosecuted for covering up the spill? If so, who?\n\n"
        "Add or view comments\n\n"
        "The report will be published next week."
    )
    assert clean_body(text) == (
        "The minister denied the claims on Friday.\n\nThe report will be published next week."
    )


def test_a_reader_poll_of_several_short_questions_is_dropped_whole() -> None:
    text = (
        "The centre confirmed the earthquake on Saturday.\n\n"
        "HAVE YOUR SAY\n\n"
        "Are you in an area affected by the tsunami? Did you feel the earthquake?\n\n"
        "Add or view comments\n\n"
        "The government noted that the waves were not predicted to be destructive."
    )
    assert clean_body(text) == (
        "The centre confirmed the earthquake on Saturday.\n\n"
        "The government noted that the waves were not predicted to be destructive."
    )


def test_a_question_paragraph_between_prose_paragraphs_is_content() -> None:
    text = (
        "The minister denied the claims on Friday.\n\n"
        "Should officials be prosecuted for covering up the spill?\n\n"
        "The report will be published next week."
    )
    assert clean_body(text) == text


def test_a_call_to_action_inside_quoted_speech_is_content() -> None:
    text = '"Sign up for the army," the general told the crowd.'
    assert clean_body(text) == text


def test_hard_wrapped_prose_is_rejoined_not_mistaken_for_short_lines() -> None:
    text = "The United Nations Secretary General met the\nForeign Minister Of The Republic\nin Geneva today."
    assert clean_body(text) == (
        "The United Nations Secretary General met the Foreign Minister Of The Republic in Geneva today."
    )


def test_find_title_returns_none_for_text_opening_with_prose() -> None:
    assert (
        find_title("The talks resumed on Monday after a long pause, a spokesman for the ministry said.")
        is None
    )


def test_a_document_of_nothing_but_furniture_is_a_load_error(tmp_path: Path) -> None:
    path = tmp_path / "menu.txt"
    path.write_text("Home | News | Sport\n\nSubscribe\n\nAdvertisement\n", encoding="utf-8")
    (result,) = load_paths([str(path)], max_bytes=1000)
    assert result == LoadError(str(path), "no article text found")


def test_a_sentence_merely_starting_like_a_call_to_action_is_content() -> None:
    text = "Click-through rates on the ministry's website fell by a tenth last year."
    assert clean_body(text) == text


@pytest.mark.parametrize(
    "promo",
    [
        "Get our free app",
        "Follow @example_news",
        "Sign up for alerts.",
        "Read more",
        "Click here to subscribe",
    ],
)
def test_calls_to_action_are_dropped(promo: str) -> None:
    assert clean_body(f"The talks ended on Friday without an agreement, officials said.\n\n{promo}") == (
        "The talks ended on Friday without an agreement, officials said."
    )


def test_a_byline_and_dateline_heading_prose_stay_as_paragraphs_of_their_own() -> None:
    text = (
        "Remarks\n\nJonas K. Weber, Special Envoy for Climate\nBerlin, Germany\n\n"
        "Thank you all for coming. I have just met the chancellor and we agreed on the next steps.\n"
    )
    assert clean_body(text, title="Remarks").split("\n\n") == [
        "Jonas K. Weber, Special Envoy for Climate",
        "Berlin, Germany",
        "Thank you all for coming. I have just met the chancellor and we agreed on the next steps.",
    ]


def test_header_lines_that_are_no_byline_or_sit_below_the_prose_are_still_dropped() -> None:
    text = (
        "New York, New York\n\n"
        "The talks resumed on Monday after a long pause, officials in both capitals said.\n\n"
        "Jonas K. Weber, Special Envoy for Climate\n\n"
        "Related\n"
    )
    assert (
        clean_body(text) == "The talks resumed on Monday after a long pause, officials in both capitals said."
    )


def test_a_transcript_under_a_byline_keeps_dropping_its_header() -> None:
    text = (
        "Jonas K. Weber, Special Envoy for Climate\n\nBerlin, Germany\n\n"
        "ENVOY WEBER: Thank you all for coming.\n\nQUESTION: Will the talks resume?\n"
    )
    assert clean_body(text).startswith("ENVOY WEBER: Thank you all for coming.")


def test_a_short_line_with_a_clause_under_way_is_prose_not_a_heading() -> None:
    # a link in the Markdown source shortened the wrapped line: "On Thursday, the Vice" goes on
    text = (
        "Participants also highlighted it.\n\nOn Thursday, the Vice\nPresident met with\ndoctors and nurses "
        "to discuss it. Later that day, she spoke."
    )
    paragraph = clean_body(text, title="Readout").split("\n\n")[1]
    assert paragraph.startswith("On Thursday, the Vice President met with doctors and nurses")


def test_a_dateline_with_capitals_after_its_comma_is_still_furniture() -> None:
    assert "Washington, DC" not in clean_body("Washington, DC\n\nThe talks resumed today.", title="Talks")


def test_the_credit_line_under_a_quotation_stays_and_a_lone_label_goes() -> None:
    # the only place the page names whose words the quotation is (session 34, test set 33's EU pages)
    text = (
        "Both sides agreed on a joint statement:\n\n"
        '"Negotiations have been difficult, but ultimately fruitful. We managed to agree a statement."\n\n'
        "Remarks by President Donald Tusk after the EU-China summit\n\n"
        "Leaders expressed their support for rules-based trade.\n\n"
        "Remarks by President Donald Tusk after the EU-China summit\n\n"
        "Leaders met again on Tuesday."
    )
    body = clean_body(text)
    assert body.count("Remarks by President Donald Tusk") == 1
    assert body.index("Remarks by") > body.index("ultimately fruitful")
