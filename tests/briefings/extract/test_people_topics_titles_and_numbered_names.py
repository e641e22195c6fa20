"""`briefbot people` lists persons and organisations, nothing else (issue 16, session 22), from the real
articles' listing:

- a capitalised phrase a topic noun's "on"/"of" governs is a topic, not a body: "launching a dialogue
  on Artificial Intelligence", "Returning America to a state of Peace and Security" ("a meeting of the
  Security Council" still names one);
- a word after a capitalised word and a number ends one name with a numeral in it: "Movimento 5 Stelle"
  is no person "Stelle";
- a name whose last word is a publication's ("PC World", "USA Today") is a title, an organisation,
  never a person, also as a speaker ("PC World's analysis concluded, …").

Every case is an invented sentence of the construction that misled the tagger, positive and negative.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.context import DocContext
from briefings.model.facts import Person

pytestmark = pytest.mark.slow


def test_a_topic_in_capitals_is_no_body(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of(
        "The two countries committed to launching a dialogue on Artificial Intelligence this year. "
        "The candidate promised a return to a state of Peace and Security."
    )
    assert "Artificial Intelligence" not in people
    assert "Peace and Security" not in people


def test_a_body_after_a_meetings_of_is_still_a_body(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of("Diplomats called for a meeting of the Security Council on Friday.")
    assert "Security Council" in people


def test_the_end_of_a_numbered_name_is_no_person(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of(
        "Complaints came from the deputies of Movimento 5 Stelle (M5S) of the regional council of Lombardy."
    )
    assert "Stelle" not in people


def test_a_publications_name_is_an_organisation(context_of: Callable[..., DocContext]) -> None:
    ctx = context_of(
        "PC World's recent analysis of its own web traffic statistics concluded that the old browser "
        "still led."
    )
    ref = ctx.people.resolve("PC World")
    assert ref is not None and ref.kind == "org"


def test_a_persons_name_stays_a_person(context_of: Callable[..., DocContext]) -> None:
    ctx = context_of("Maria Daley said the plan would work.")
    ref = ctx.people.resolve("Maria Daley")
    assert ref is not None and ref.kind == "person"
