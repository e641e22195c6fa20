"""Quote-mark pairing: curly and straight marks, paragraphs, and bad marks that must not sink the rest."""

from __future__ import annotations

from collections.abc import Callable

from briefings.documents import Document
from briefings.extract.quotemarks import find_quotes


def texts(body: str) -> list[str]:
    return [q.text for q in find_quotes(body)]


def test_curly_and_straight_marks_both_pair() -> None:
    body = 'He said “we will go,” and she said "we will stay."'
    assert texts(body) == ["we will go,", "we will stay."]


def test_quote_spans_paragraphs_when_each_new_paragraph_reopens() -> None:
    body = "Annan said: “The violence must stop.\n\n“Leaders must speak out now.”\n\nOther text."
    assert texts(body) == ["The violence must stop. Leaders must speak out now."]


def test_content_offsets_point_inside_the_marks() -> None:
    body = "She said “yes, indeed.” Then left."
    (quote,) = find_quotes(body)
    assert body[quote.start : quote.end] == "yes, indeed."
    assert body[quote.open_mark] == "“" and body[quote.close_mark] == "”"


def test_unclosed_mark_loses_only_its_own_quote() -> None:
    body = "He called it “historic.\n\nLater she said “the talks will resume next week,” and left."
    assert texts(body) == ["the talks will resume next week,"]


def test_stray_opener_mid_paragraph_is_replaced_by_the_next_opener() -> None:
    body = "The “plan was odd. He said “we will fight on to the end.”"
    assert texts(body) == ["we will fight on to the end."]


def test_stray_closing_mark_is_ignored() -> None:
    body = "Nothing here” at all. She said “this is the real quote.”"
    assert texts(body) == ["this is the real quote."]


def test_misprinted_curly_opener_closes_by_its_spacing() -> None:
    body = "The statement added, “There is no question about it.“ However, more followed."
    assert texts(body) == ["There is no question about it."]


def test_treebank_style_marks_pair_like_curly_ones() -> None:
    body = "Peres said: `` I say brains is the greater producer of wealth, not oil. ''"
    (quote,) = find_quotes(body)
    assert quote.text == "I say brains is the greater producer of wealth, not oil."
    assert body[quote.start : quote.end].strip() == quote.text


def test_seed_article_pairs_despite_an_odd_count_of_marks(article: Callable[[str], Document]) -> None:
    body = article("000").body
    found = texts(body)
    assert "Well, first of all, the mission hasn’t failed, yet" in found
    assert any(t.startswith("never allow any force") for t in found)
    assert len(found) == 16
