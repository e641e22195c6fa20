"""A definite plural description of people speaks as that group.

Construction: "the <plural noun of people> said/told …" ("the governors said, “…”", "“…,” the
miners told her"). The group speaks, anonymously as described; it is never the one person the
text just named, nor the one holder of an office the plural shares. A singular description
("the economist said") is still the person just named, and a body ("the council said") is
still an organisation.
"""

from __future__ import annotations

from collections.abc import Callable

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes

Ctx = Callable[..., DocContext]


def speakers(ctx: DocContext) -> dict[str, tuple[str, str]]:
    return {q.text: (q.speaker.name, q.speaker.kind) if q.speaker else ("", "") for q in extract_quotes(ctx)}


def test_a_plural_description_after_a_named_person_is_the_group(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "Governor Ann Brill met the miners on Friday. "
            "“We want our jobs back before the winter comes,” the miners told her."
        )
    )
    assert found == {"We want our jobs back before the winter comes,": ("the miners", "anonymous")}


def test_the_plural_of_an_office_is_not_its_one_holder(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "President Tom Hale met all the governors, and the governors basically said, "
            "“Just send us the vaccine; we will take care of it.”"
        )
    )
    assert found == {"Just send us the vaccine; we will take care of it.": ("the governors", "anonymous")}


def test_officials_in_the_plural_are_not_the_official_just_named(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "Ann Brill, a senior official, spoke on Friday. "
            "“We will not move the embassy this year,” the officials said."
        )
    )
    assert found["We will not move the embassy this year,"][0] != "Ann Brill"


def test_a_singular_description_is_still_the_person_just_named(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "Ann Brill, the economist, spoke. "
            "“Growth will slow sharply in the second half,” the economist said."
        )
    )
    assert found == {"Growth will slow sharply in the second half,": ("Ann Brill", "person")}


def test_a_body_is_still_an_organisation(context_of: Ctx) -> None:
    found = speakers(
        context_of("Ann Brill chairs the board. “The budget will be balanced next year,” the councils said.")
    )
    assert found["The budget will be balanced next year,"][1] == "org"
