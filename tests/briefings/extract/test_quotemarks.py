"""Quote-mark pairing: curly and straight marks, paragraphs, and bad marks that must not sink the rest."""

from __future__ import annotations

from collections.abc import Callable

from briefings.extract.quotemarks import find_quotes
from briefings.model.documents import Document


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


def test_single_curly_quotes_pair_in_british_copy() -> None:
    body = "Councillor Morris said: ‘People here don’t sleep when it rains.’ The agency’s view differs."
    assert texts(body) == ["People here don’t sleep when it rains."]


def test_apostrophes_inside_words_never_open_or_close_a_quote() -> None:
    body = "Afghanistan’s leaders don’t agree, and the ministers’ talks it’s said went on."
    assert texts(body) == []


def test_plural_possessive_closes_a_single_quote_only_when_nothing_later_can() -> None:
    body = (
        "He said: ‘We often get less than 48 hours’ warning of it,’ and left. ‘The members’ choice’ was all."
    )
    assert texts(body) == ["We often get less than 48 hours’ warning of it,", "The members’ choice"]


def test_double_quotes_nest_inside_single_and_single_inside_double() -> None:
    body = "She added: ‘One woman told me, “I’ve stopped.” That’s it.’ He called it “an ‘absurd’ plan.”"
    assert texts(body) == ["One woman told me, “I’ve stopped.” That’s it.", "an ‘absurd’ plan."]


def test_single_quote_spans_paragraphs_when_each_reopens() -> None:
    body = "She says: ‘Earth is honest, it tells you.\n\n‘Concrete hides its mistakes.’\n\nMore."
    assert texts(body) == ["Earth is honest, it tells you. Concrete hides its mistakes."]


def test_a_lone_opening_single_mark_is_an_elision_not_a_quote() -> None:
    body = "Back in the ‘90s he said “the plan is sound and will work,” and the ‘other side agreed."
    assert texts(body) == ["the plan is sound and will work,"]


def test_long_quote_after_a_colon_that_lost_its_closing_mark_ends_with_its_paragraph() -> None:
    body = 'A spokesman said: "Any suggestion of neglect will be looked at in the review.\n\nNo one was hurt.'
    (quote,) = find_quotes(body)
    assert quote.text == "Any suggestion of neglect will be looked at in the review."
    assert body[quote.close_mark] == "."


def test_straight_single_quotes_pair_like_curly_ones() -> None:
    body = "Collins said: 'We are keeping an open mind about what happened,' and the pub's owner agreed."
    assert texts(body) == ["We are keeping an open mind about what happened,"]


def test_straight_apostrophes_and_elisions_never_make_quotes() -> None:
    body = "The operators' association, O'Brien's firm and the '90s rock 'n' roll fans didn't agree."
    assert texts(body) == []


def test_straight_single_quotes_nest_inside_double_quotes() -> None:
    body = "\"He called it 'absurd' and walked out of the room,\" she said, and the workers' union agreed."
    assert texts(body) == ["He called it 'absurd' and walked out of the room,"]


def test_a_quote_over_paragraphs_continues_when_straight_and_curly_marks_mix() -> None:
    body = 'Ruiz said: “We will rebuild every pier.\n\n"It will take years," she said.\n\nOther text.'
    assert texts(body) == ["We will rebuild every pier. It will take years,"]


def test_a_pull_quote_that_never_closes_neither_continues_nor_is_recovered() -> None:
    body = (
        "“Nobody here has read the whole of this bill, not one of us.\n\n"
        "“I asked,” Lopez said. She added: Nobody here has read the whole of this bill, not one of us."
    )
    assert texts(body) == ["I asked,"]


def test_a_colon_quote_that_lost_its_closing_mark_is_recovered_unless_the_body_repeats_it() -> None:
    kept = "Lopez said: “Nobody in this chamber has read the whole of this bill.\n\nMore later."
    pulled = kept + " Lopez said nobody in this chamber has read the whole of this bill."
    assert texts(kept) == ["Nobody in this chamber has read the whole of this bill."]
    assert texts(pulled) == []


def test_no_quote_runs_past_its_paragraph_unless_the_next_one_reopens() -> None:
    body = "He said “the plan is dead and we all know it\n\nThe council met. “We agree,” she said."
    assert texts(body) == ["We agree,"]


def test_a_quote_goes_on_over_a_line_break_that_is_no_paragraph_break() -> None:
    body = "I said, “I want to be clear with you:\nI am a union guy.” And one said, “I understand.”"
    assert texts(body) == ["I want to be clear with you: I am a union guy.", "I understand."]


def test_a_closing_mark_typed_after_a_space_closes_the_open_quote() -> None:
    body = (
        'Phil Duffy noted, "This report completely undercuts the statements made by members of the '
        'administration. "President Trump has announced plans to withdraw.'
    )
    assert texts(body) == [
        "This report completely undercuts the statements made by members of the administration."
    ]


def test_a_quote_nested_in_straight_marks_of_its_own_family_stays_inside() -> None:
    body = (
        'McGurk wrote, "The statement shows a lack of understanding. The "United States" is not holding '
        'any detainees." McGurk later wrote, "The SDF suffered thousands of casualties."'
    )
    assert texts(body) == [
        'The statement shows a lack of understanding. The "United States" is not holding any detainees.',
        "The SDF suffered thousands of casualties.",
    ]
