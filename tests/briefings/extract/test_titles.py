"""Named, not titled, speakers: "the President" is the bearer the document names."""

from __future__ import annotations

from collections.abc import Callable

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes
from briefings.extract.titles import office_of

Ctx = Callable[..., DocContext]


def _speakers(ctx: DocContext) -> dict[str, tuple[str, str | None] | None]:
    return {q.text: q.speaker and (q.speaker.name, q.speaker.role) for q in extract_quotes(ctx)}


def test_a_bare_office_is_a_title_and_a_name_is_not() -> None:
    assert office_of("The President") == "president"
    assert office_of("the Vice President") == "vice president"
    assert office_of("THE FIRST LADY") == "first lady"
    assert office_of("President Biden") is None
    assert office_of("the minister") is None


def test_the_title_names_the_bearer_of_each_office_without_crossing_them(context_of: Ctx) -> None:
    ctx = context_of(
        "THE PRESIDENT: I said, “We will rebuild this port together.”\n\n"
        "THE VICE PRESIDENT: And I said, “We will be back here next spring.”\n\n"
        "Q Thank you.",
        title="Remarks by President Elena Vargas and Vice President Joe Kellner at the Port of Miami",
    )
    said = _speakers(ctx)
    assert said["We will rebuild this port together."] == ("Elena Vargas", "President")
    assert said["We will be back here next spring."] == ("Joe Kellner", "Vice President")


def test_the_one_bearer_the_body_names_speaks_for_the_title(context_of: Ctx) -> None:
    ctx = context_of(
        "President Joe Kellner signed the bill on Monday in the Rose Garden. Later the President "
        "said, “This is a good day for every worker in this country.”"
    )
    assert _speakers(ctx)["This is a good day for every worker in this country."] == (
        "Joe Kellner",
        "President",
    )


def test_with_two_presidents_named_the_title_stays_rather_than_the_nearest_name(context_of: Ctx) -> None:
    ctx = context_of(
        "President Joe Kellner spoke with President Elena Vargas by phone on Monday. Afterwards the "
        "President said, “We agreed to keep talking about the port next week.”"
    )
    speaker = _speakers(ctx)["We agreed to keep talking about the port next week."]
    assert speaker is not None and office_of(speaker[0]) == "president"


def test_the_bearer_speaking_of_the_president_means_another_one(context_of: Ctx) -> None:
    ctx = context_of(
        "THE PRESIDENT: President Abraham Lincoln came to this field in 1863. And the President said, "
        "“This nation shall have a new birth of freedom.”\n\nQ Thank you.",
        title="Remarks by President Elena Vargas at the Port of Miami",
    )
    speaker = _speakers(ctx)["This nation shall have a new birth of freedom."]
    assert speaker is not None and speaker[0] == "Abraham Lincoln"


def test_he_after_the_president_as_subject_is_the_president(context_of: Ctx) -> None:
    ctx = context_of(
        "MS. LIMA: President Joe Kellner will travel to Ohio on Friday.\n\n"
        "Q Thanks. The President put out a statement this morning on the release of Tom Walsh. And "
        "he said there were some “difficult decisions” that he had to make. What did he mean?\n\n"
        "MS. LIMA: I will let the statement speak for itself."
    )
    assert _speakers(ctx)["difficult decisions"] == ("Joe Kellner", "President")


def test_a_bearer_the_text_never_names_in_full_with_the_office_keeps_surname_and_office(
    context_of: Ctx,
) -> None:
    # only "President Kellner" is written; the full name the index has may be his mother's
    ctx = context_of(
        "THE PRESIDENT: My mother, Mary Kellner, used to say a lot of things. And I said, “We will "
        "build it here.”\n\nQ Thank you.",
        title="Remarks by President Kellner at the Port of Miami",
    )
    assert _speakers(ctx)["We will build it here."] == ("Kellner", "President")
