"""Hard-wrapped bodies become paragraphs: no sentence breaks at a line end, turns,
lists and headings keep their own lines, unwrapped corpora are left as they are."""

from __future__ import annotations

import textwrap
from pathlib import Path

from briefings.model.documents import Document
from briefings.sources import clean_body, load_paths
from briefings.sources.wrapping import is_turn_start, wrap_width

DIALECTS = Path(__file__).parents[2] / "fixtures" / "sources" / "dialects"
REAL = Path(__file__).parents[2] / "fixtures" / "sources"

PARAGRAPH = (
    "The President met the Prime Minister at the White House on Tuesday. The two leaders discussed "
    "the supply of grain through the Black Sea and agreed that inspections must resume. They will "
    "meet again in Madrid. Mr. Sanchez thanked the President for his support during the storms."
)


def _wrapped(*paragraphs: str, width: int = 72) -> str:
    return "\n\n".join(textwrap.fill(p, width=width) for p in paragraphs)


def _load(name: str) -> Document:
    [doc] = list(load_paths([str(DIALECTS / name)], max_bytes=100_000))
    assert isinstance(doc, Document), doc
    return doc


def test_a_paragraph_wrapped_at_72_columns_is_one_line_again() -> None:
    body = clean_body(_wrapped(PARAGRAPH, PARAGRAPH.replace("Tuesday", "Friday")))
    assert body == f"{PARAGRAPH}\n\n{PARAGRAPH.replace('Tuesday', 'Friday')}"


def test_a_sentence_ending_at_a_line_end_joins_the_next_sentence_of_its_paragraph() -> None:
    lines = textwrap.wrap(PARAGRAPH, width=72)
    assert any(line.endswith(".") for line in lines[:-1])  # the case under test is in the text
    assert clean_body("\n".join(lines)) == PARAGRAPH


def test_the_wrap_width_is_found_per_text() -> None:
    for width in (60, 72, 78):
        found = wrap_width(_wrapped(PARAGRAPH * 3, width=width).split("\n"))
        assert found is not None and width - 4 <= found <= width
    assert wrap_width([PARAGRAPH, "", PARAGRAPH]) is None  # one paragraph a line: not wrapped
    assert (
        wrap_width(["Aboard Air Force One", "En Route Duluth, Minnesota", "- One", "- Two", "- Three"])
        is None
    )


def test_list_items_stay_lines_of_their_own_and_a_wrapped_item_is_joined() -> None:
    item = "Ana Lindqvist, Foreign Minister of the Kingdom, who chaired the working group on corridors"
    text = (
        _wrapped(PARAGRAPH)
        + "\n\n"
        + textwrap.fill(item, width=72, initial_indent="-   ", subsequent_indent="    ")
    )
    text += "\n-   Paolo Ferri, Trade Commissioner\n-   Mira Holt, Envoy"
    assert clean_body(text).split("\n\n")[1].split("\n") == [
        f"- {item}",
        "- Paolo Ferri, Trade Commissioner",
        "- Mira Holt, Envoy",
    ]


def test_a_short_line_the_author_broke_stays_its_own_line() -> None:
    text = _wrapped(PARAGRAPH) + "\n\nI thank you all.\nGo ahead, please.\n\n" + _wrapped(PARAGRAPH)
    assert "\n\nI thank you all.\nGo ahead, please.\n\n" in clean_body(text)


def test_transcript_turns_start_paragraphs_and_read_as_one_line_each() -> None:
    doc = _load("transcript_wrapped.md")
    paragraphs = doc.body.split("\n\n")
    turns = [p for p in paragraphs if is_turn_start(p)]
    assert [t.split(":")[0] if not t.startswith("Q ") else "Q" for t in turns] == [
        "MS. OKAFOR",
        "Q",
        "MS. OKAFOR",
        "SENIOR ADMINISTRATION OFFICIAL",
        "Q",
        "MS. OKAFOR",
    ]
    assert all("\n" not in turn for turn in turns)
    assert turns[1] == (
        "Q Thank you. Did the Secretary raise the pipeline inspections with the Prime Minister, "
        "and will the two governments publish the findings?"
    )
    assert "- Ana Lindqvist, Foreign Minister\n- Paolo Ferri, Trade Commissioner" in doc.body


def test_no_break_spaces_become_spaces_so_a_q_turn_is_seen() -> None:
    assert clean_body("Q\u00a0\u00a0\u00a0 Why now?\u00a0 And why here?") == "Q Why now? And why here?"


def test_an_end_mark_line_is_not_article_text() -> None:
    doc = _load("scraper_front_matter.md")
    assert doc.body.endswith("agreed to stay in close contact.")
    assert doc.body.count("\n\n") == 1 and "\n" not in doc.body.replace("\n\n", "")


def test_corpus_articles_with_one_paragraph_a_line_are_unchanged() -> None:
    path = REAL / "038-biden-meets-modi-readout.md"
    [doc] = list(load_paths([str(path)], max_bytes=100_000))
    assert isinstance(doc, Document)
    text = path.read_text().split("\n---\n", 1)[1]
    kept = [line for line in text.split("\n") if line.strip()]
    assert all(paragraph in kept for paragraph in doc.body.split("\n\n"))


def test_raw_html_a_converter_left_in_markdown_is_not_text() -> None:
    """Regression: a scraper's ``<figure><img ... wrapped over lines>`` became an
    "evidence sentence" with a URL and a line break in it."""
    from briefings.sources.markup import markdown_to_text

    text = markdown_to_text(
        '**<u>\nAttendees included:</u>**\n\n<figure>\n<img src="https://x.example/p.jpg?w=640" class="wp"\n'
        'loading="lazy">\n</figure>\n\nThe price fell as 3 < 4 and 5 > 2 said nobody.'
    )
    assert "<" not in text.replace("3 < 4", "") and "img" not in text
    assert "Attendees included:" in text and "The price fell as 3 < 4 and 5 > 2 said nobody." in text


def test_a_markdown_heading_stays_its_own_line_above_a_wrapped_paragraph() -> None:
    from briefings.sources.markup import markdown_to_text

    heading = "What the two leaders agreed in Madrid and in Rome on the grain corridor"
    for marked in (f"## {heading}", f"{heading}\n" + "-" * len(heading)):
        text = _wrapped(PARAGRAPH) + f"\n\n{marked}\n" + _wrapped(PARAGRAPH.replace("Tuesday", "Friday"))
        body = clean_body(markdown_to_text(text))
        assert f"\n\n{heading}\n\nThe President met the Prime Minister at the White House on Friday." in body
