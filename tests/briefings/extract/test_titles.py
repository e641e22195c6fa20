"""Named, not titled, speakers: "the President" is the bearer the document names."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from briefings.extract import Extractor
from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes
from briefings.extract.titles import office_of
from briefings.model.documents import Document

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


# --- a government publisher's own titles (the holder on the publication date) ---------------


def _published(
    extractor: Extractor, body: str, url: str | None, when: datetime, title: str = ""
) -> DocContext:
    document = Document.create(title=title, body=body, url=url, published=when)
    return extractor.context(document)


_BRIEFING = (
    "MS. LIMA: Good afternoon. President Putin spoke again about the talks, and President "
    "Zelenskyy answered him.\n\nThe two leaders will meet next month in Geneva for the first time "
    "since the war began.\n\nThe talks are the first of their kind in a year.\n\nOur side has been "
    "busy all week with the allies.\n\nThis morning the President said, “We will stand with our "
    "allies for as long as it takes.”\n\nQ Thank you."
)
_SAID = "We will stand with our allies for as long as it takes."


def test_a_white_house_text_names_its_president_by_date_where_the_text_names_several(
    extractor: Extractor,
) -> None:
    url = "https://www.whitehouse.gov/briefing-room/press-briefings/2022/03/01/press-briefing/"
    ctx = _published(extractor, _BRIEFING, url, datetime(2022, 3, 1, 18, tzinfo=UTC))
    assert _speakers(ctx)[_SAID] == ("Joe Biden", "President")
    ctx = _published(extractor, _BRIEFING, url, datetime(2018, 3, 1, 18, tzinfo=UTC))
    assert _speakers(ctx)[_SAID] == ("Donald Trump", "President")


def test_an_archive_host_pins_the_administration_of_an_undated_text(extractor: Extractor) -> None:
    document = Document.create(
        title="", body=_BRIEFING, url="https://obamawhitehouse.archives.gov/the-press-office/2015/x"
    )
    assert _speakers(extractor.context(document))[_SAID] == ("Barack Obama", "President")


def test_the_same_text_from_a_news_site_keeps_the_title(extractor: Extractor) -> None:
    ctx = _published(extractor, _BRIEFING, "https://www.example-news.com/a", datetime(2022, 3, 1, tzinfo=UTC))
    speaker = _speakers(ctx)[_SAID]
    assert speaker is not None and office_of(speaker[0]) == "president"
    ctx = _published(extractor, _BRIEFING, None, datetime(2022, 3, 1, tzinfo=UTC))
    speaker = _speakers(ctx)[_SAID]
    assert speaker is not None and office_of(speaker[0]) == "president"


def test_another_president_named_just_before_is_left_to_the_text(extractor: Extractor) -> None:
    body = (
        "MS. LIMA: President Claude Moreau of France arrived this morning. After the meeting the "
        "President said, “France will always be a friend of this port.”\n\nQ Thank you."
    )
    url = "https://www.whitehouse.gov/briefing-room/statements-releases/2022/03/01/x/"
    ctx = _published(extractor, body, url, datetime(2022, 3, 1, 18, tzinfo=UTC))
    assert _speakers(ctx)["France will always be a friend of this port."] == ("Claude Moreau", "President")


def test_a_bearer_the_title_names_wins_over_the_publishers_holder(extractor: Extractor) -> None:
    body = "THE PRESIDENT: Thank you all. I said, “We will rebuild this port together.”\n\nQ Thank you."
    url = "https://www.whitehouse.gov/briefing-room/speeches-remarks/2022/03/01/x/"
    ctx = _published(
        extractor, body, url, datetime(2022, 3, 1, 18, tzinfo=UTC), "Remarks by President Vargas of Chile"
    )
    assert _speakers(ctx)["We will rebuild this port together."] == ("Vargas", "President")


def test_the_vice_president_and_first_lady_of_the_day(extractor: Extractor) -> None:
    body = (
        "MS. LIMA: The First Lady visited a school in Ohio. The Vice President said, “Every child "
        "deserves a good school close to home.” The First Lady said, “Teachers are the heart of "
        "this country.”\n\nQ Thank you."
    )
    url = "https://trumpwhitehouse.archives.gov/briefings-statements/x/"
    ctx = _published(extractor, body, url, datetime(2019, 5, 1, 18, tzinfo=UTC))
    said = _speakers(ctx)
    assert said["Every child deserves a good school close to home."] == ("Mike Pence", "Vice President")
    assert said["Teachers are the heart of this country."] == ("Melania Trump", "First Lady")


def test_the_secretary_of_a_state_department_text(extractor: Extractor) -> None:
    body = (
        "MR. PRICE: The Secretary will travel to Jakarta on Monday. Yesterday the Secretary said, "
        "“Our partnership with Indonesia has never been stronger.”\n\nQUESTION: Thank you."
    )
    url = "https://www.state.gov/briefings/department-press-briefing-march-1-2022/"
    ctx = _published(extractor, body, url, datetime(2022, 3, 1, 18, tzinfo=UTC))
    assert _speakers(ctx)["Our partnership with Indonesia has never been stronger."] == (
        "Antony Blinken",
        "Secretary of State",
    )


def test_a_bare_title_labelling_a_turn_is_the_publishers_holder_whoever_the_piece_names(
    extractor: Extractor,
) -> None:
    # a later piece of a long transcript has no title; it names only a former president
    body = (
        "THE PRESIDENT: President Abraham Lincoln asked me to serve. And I said, “Only if the power "
        "goes with the job, Mr. President.”\n\nQ Thank you."
    )
    url = "https://www.whitehouse.gov/briefing-room/speeches-remarks/2022/03/01/x/"
    ctx = _published(extractor, body, url, datetime(2022, 3, 1, 18, tzinfo=UTC))
    assert _speakers(ctx)["Only if the power goes with the job, Mr. President."] == ("Joe Biden", "President")


def test_a_title_joined_with_another_office_is_some_bodys_officer_not_the_publishers(
    extractor: Extractor,
) -> None:
    body = (
        "MS. LIMA: Hello.\n\nQ The president and CEO of that group says that the ban on new leases is "
        "“a disaster for every family that heats a home.”\n\nMS. LIMA: Thanks."
    )
    url = "https://www.whitehouse.gov/briefing-room/press-briefings/2022/03/01/x/"
    ctx = _published(extractor, body, url, datetime(2022, 3, 1, 18, tzinfo=UTC))
    speaker = _speakers(ctx)["a disaster for every family that heats a home."]
    assert speaker == ("the president and CEO of that group", None)
