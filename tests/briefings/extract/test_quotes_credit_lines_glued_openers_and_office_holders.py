"""Credit lines that name a speaker at an occasion, a quotation opened with a closing shape, and an
office's holder named after its comma (issue 14, session 36, from test set 35's misses once it was
promoted to a dev set):

- a quotation that fills its paragraph, credited by the short line under it that names a person at
  or after an occasion and has no verb ("President Ana Lind at the press conference of the summit in
  Oslo"), is that person's, as a "Remarks by …" credit already was; so is a credit on the quotation's
  own line after its closing mark;
- such a credit outranks the clause before the quotation that ends in a colon ("Leaders expressed
  their joint support for …:"): the credit says whose words they are, the clause only what they are
  about; a quotation with no credit under it still goes to the colon's clause;
- a closing mark typed right after a full stop and glued to the capital after it (``said Ames.”We
  agreed …”``) opens the next quotation when a closing mark after it in the paragraph closes it;
- "said the President of the European Commission, Jean-Claude Juncker": an office with its "of"
  phrase, then a comma and a name, is that name's, though the tagger took the name for a body;
  "said the President of the Commission" with no name after it stays the office.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Quote

pytestmark = pytest.mark.slow

QuotesIn = Callable[[str], list[Quote]]


def _said(found: list[Quote]) -> list[tuple[str | None, str]]:
    return [(q.speaker.name if q.speaker else None, q.text) for q in found]


@pytest.mark.parametrize(
    "credit",
    [
        "President Ana Lind at the press conference of the Nordic summit in Oslo",
        "Prime Minister Ana Lind after the council meeting, 16 July 2018",
        "Foreign Minister Ana Lind during the closing session",
    ],
)
def test_a_credit_naming_a_person_at_an_occasion_gives_the_quotation_to_that_person(
    quotes_in: QuotesIn, credit: str
) -> None:
    text = (
        "The partners agreed to deepen their cooperation on energy.\n\n"
        "“We are demonstrating that the partnership is alive. As we are proving with every project we"
        " finish together.”\n\n"
        f"{credit}\n\n"
        "Negotiating teams will finalise the agreement in the autumn."
    )
    assert _said(quotes_in(text)) == [
        (
            "Ana Lind",
            "We are demonstrating that the partnership is alive. As we are proving with every project"
            " we finish together.",
        )
    ]


def test_a_credit_on_the_quotation_line_after_its_closing_mark_names_the_speaker(quotes_in: QuotesIn) -> None:
    text = (
        "The partners agreed to deepen their cooperation on energy.\n\n"
        "“We want to strengthen links between our citizens and give more support to civil society.”"
        " President Lind at the press conference of the partnership summit\n\n"
        "All leaders agreed on a joint declaration."
    )
    found = quotes_in("President Ana Lind opened the summit.\n\n" + text)
    assert [(q.speaker.name if q.speaker else None) for q in found] == ["Ana Lind"]


def test_a_credit_under_the_quotation_outranks_the_colon_clause_before_it(quotes_in: QuotesIn) -> None:
    text = (
        "Leaders expressed their joint support for rules-based trade and reaffirmed their engagement to"
        " reform the World Trade Organisation:\n\n"
        "“It is a common duty of all of us not to destroy this order, but to improve it and to reform"
        " it.”\n\n"
        "Remarks by President Ana Lind after the summit, 16 July 2018\n\n"
        "They also discussed security cooperation."
    )
    assert [(q.speaker.name if q.speaker else None) for q in quotes_in(text)] == ["Ana Lind"]


def test_without_a_credit_the_colon_clause_still_introduces_the_quotation(quotes_in: QuotesIn) -> None:
    text = (
        "President Ana Lind expressed her support for rules-based trade:\n\n"
        "“It is a common duty of all of us not to destroy this order, but to improve it and to reform"
        " it.”\n\n"
        "They also discussed security cooperation."
    )
    assert [(q.speaker.name if q.speaker else None) for q in quotes_in(text)] == ["Ana Lind"]


def test_a_closing_shape_glued_to_a_capital_opens_the_next_quotation(quotes_in: QuotesIn) -> None:
    text = (
        "“Working together with a partner like this simply makes sense. It is natural”, said the Mayor"
        " of Northtown, Carl Ames.”We agreed that we should take our relationship to the next level."
        " Our negotiators will next sit down in November.”"
    )
    assert _said(quotes_in(text)) == [
        ("Carl Ames", "Working together with a partner like this simply makes sense. It is natural"),
        (
            "Carl Ames",
            "We agreed that we should take our relationship to the next level. Our negotiators will next"
            " sit down in November.",
        ),
    ]


def test_a_closing_mark_after_a_full_stop_with_a_space_still_closes(quotes_in: QuotesIn) -> None:
    text = "Ames said the plan “would not survive the winter.” Critics disagreed with him on Monday."
    assert [q.text for q in quotes_in(text)] == ["would not survive the winter."]


def test_an_office_named_after_its_comma_speaks_by_that_name(quotes_in: QuotesIn) -> None:
    text = (
        "“We are the world’s two largest democracies, and we share the same values”, said the President"
        " of the European Commission, Jean-Claude Juncker."
    )
    assert [(q.speaker.name if q.speaker else None) for q in quotes_in(text)] == ["Jean-Claude Juncker"]


def test_an_office_with_no_name_after_it_stays_the_office(quotes_in: QuotesIn) -> None:
    text = (
        "“We are the world’s two largest democracies, and we share the same values”, said the President"
        " of the Commission."
    )
    assert [(q.speaker.name if q.speaker else None) for q in quotes_in(text)] == [
        "the President of the Commission"
    ]
