"""Roles are what a person is (issue 16, session 19, from a 100-identity read of the whitehouse pool).

An appositive after a name is a role only when a noun for a person or an office heads it: "Ana
Ruiz, the Harbor Authority's director" is; "we wish Martine Lopes a swift recovery", "Dr. Vale,
a matter of extreme importance" and "Itta Mara, a town of 1,800 with a median income …" are not
(an abstract noun, or a place's noun, heads them). An office whose last word is an office stays one
("Department of Justice spokesperson"), and a body the person is of stays an affiliation
("Maryland State Federation of Labor"). And an office the tagger cut in two around the name's
entity ("[First] [Lady Martine Lopes]") is one role, not "First" and "Lady". Every case is an invented
sentence of the construction.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.people_register import role_of_no_person
from briefings.model.facts import Person

pytestmark = pytest.mark.slow

People = Callable[..., dict[str, Person]]


@pytest.mark.parametrize(
    ("role", "junk"),
    [
        ("swift recovery", True),
        ("extreme importance", True),
        ("inhumanity of legal segregation", True),
        ("town of 1,800 with a median income", True),
        ("nursing home cohort", True),
        ("Department of Justice spokesperson", False),
        ("Secretary of Commerce", False),
        ("key witness", False),
        ("Minister for International Cooperation", False),
        ("Maryland State Federation of Labor", False),
        ("head of the vaccination effort", False),
        ("Mayor of the town", False),
    ],
)
def test_a_role_is_headed_by_a_noun_for_a_person_or_an_office(role: str, junk: bool) -> None:
    assert role_of_no_person(role) is junk


def test_an_office_the_tagger_cut_around_the_name_is_one_role(people_of: People) -> None:
    people = people_of("First Lady Jill Biden met with First Lady Martine Lopes in Port-au-Prince.")
    assert people["Martine Lopes"].roles == ("First Lady",)
    assert people["Jill Biden"].roles == ("First Lady",)
