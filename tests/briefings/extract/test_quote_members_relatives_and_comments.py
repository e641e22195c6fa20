"""Speakers of quotes in news prose (issue 14, session 22), from dev set 22:

- a bare "one" or "another" speaking is a member of the plural people noun the text just named:
  "Many protesters said …. “We want change,” one said. Another added: “…”" (anonymous, never a person
  named nearby);
- a "who" right after a name stands for it, wherever the parser hung its clause: "rejected by
  Ouattara who said “…”";
- a name opening its sentence, set off by a relative clause the parser misread, is the subject of the
  verb after it: "Dilma Rousseff, who President Lula wishes to succeed him, said “…”";
- "made a comment saying: “…”": a comment made speaks for whoever made it;
- "confessed", "reminded" report speech.

Every case is an invented sentence of the construction it specifies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Quote

pytestmark = pytest.mark.slow


def speakers(quotes: list[Quote]) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quotes]


def test_one_and_another_of_a_group_just_named_speak_as_its_members(
    quotes_in: Callable[..., list[Quote]],
) -> None:
    quotes = quotes_in(
        'Many protesters said the new cabinet did little to quell their anger. "We want a complete change '
        'of government, with a civilian authority," one said. Another added: "This is not a new government."'
    )
    assert speakers(quotes) == ["one protester", "another protester"]


def test_who_right_after_a_name_stands_for_it(quotes_in: Callable[..., list[Quote]]) -> None:
    quotes = quotes_in(
        "Gbagbo offered for several entities to investigate the results, which was rejected by Ouattara "
        'who said "we have finished with these games."'
    )
    assert speakers(quotes) == ["Ouattara"]


def test_a_name_opening_its_sentence_before_a_relative_clause_is_the_speaker(
    quotes_in: Callable[..., list[Quote]],
) -> None:
    quotes = quotes_in(
        "Candidates were quick to express their views. Dilma Rousseff, who present president Luiz Inacio "
        'Lula da Silva wishes to succeed him, said "[t]his is a barbaric crime. The whole of Brazil is '
        'disgusted by such a barbaric and perverse crime."'
    )
    assert speakers(quotes) == ["Dilma Rousseff"]


def test_a_comment_made_speaks_for_whoever_made_it(quotes_in: Callable[..., list[Quote]]) -> None:
    quotes = quotes_in(
        "In response to the allegations made, Germaine Richie who is the owner of Divi Divi Air, made a "
        'comment saying: "We reject any allegations that we are overloading planes and putting safety '
        'at risk."'
    )
    assert speakers(quotes) == ["Germaine Richie"]


def test_confessing_reports_speech(quotes_in: Callable[..., list[Quote]]) -> None:
    quotes = quotes_in(
        'Howard spoke to supporters. "The challenges are great," he confessed "but as long as the '
        'determination is greater, anything can be achieved". Robinson left.'
    )
    assert speakers(quotes) == ["Howard", "Howard"]
