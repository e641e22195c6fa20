"""Who takes part in a meeting: a country or organisation used as a modifier is nobody.

"the U.S. pavilion", "U.S. small businesses", "Chilean wine exporters": a
country names whose thing or whose people it is, it does not meet anyone; a
delegation that is a country's ("a U.S. trade delegation") or a body of people
("a delegation of European lawmakers") does.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from briefings.extract import Extractor
from briefings.extract.meetings import extract_meetings
from briefings.model.documents import Document
from briefings.model.facts import Meeting

pytestmark = pytest.mark.slow

PUBLISHED = datetime(2026, 3, 11, 12, 0, tzinfo=UTC)

REMARKS = (
    "Maria L. Fontaine, Under Secretary for Economic Growth\n\n"
    "Lagos, Nigeria\n\n"
    "Good afternoon. I am delighted to be back in Lagos. I want to thank President Adeyemi Okafor for "
    "his hospitality. We just concluded a very productive meeting.\n\n"
    "These are areas where American firms can work with Nigeria. {sentence}\n\n"
    "I told the President that American companies are ready to invest."
)


@pytest.fixture(scope="module")
def meetings_in(extractor: Extractor) -> Callable[[str], list[Meeting]]:
    def run(body: str) -> list[Meeting]:
        return extract_meetings(extractor.context(Document.create(title="", body=body, published=PUBLISHED)))

    return run


def names(meetings: list[Meeting]) -> list[list[str]]:
    return [[p.name for p in m.participants] for m in meetings]


@pytest.mark.parametrize(
    "sentence",
    [
        "We are pleased that the President intends to visit the U.S. stand at the Lagos Trade Fair in May.",
        "Just last month a delegation of U.S. farm cooperatives visited Nigeria.",
        "Last week a delegation of U.S. small businesses in solar power and water treatment visited Nigeria.",
    ],
)
def test_a_country_that_only_modifies_a_thing_or_a_trade_is_no_participant(
    meetings_in: Callable[[str], list[Meeting]], sentence: str
) -> None:
    found = names(meetings_in(REMARKS.format(sentence=sentence)))
    assert found == [["Maria L. Fontaine", "Adeyemi Okafor"]]


def test_a_countrys_delegation_is_a_participant(meetings_in: Callable[[str], list[Meeting]]) -> None:
    found = names(meetings_in("Last week a U.S. trade delegation visited Nigeria."))
    assert found == [["U.S. trade delegation", "Nigeria"]]


def test_a_delegation_of_people_is_a_participant(meetings_in: Callable[[str], list[Meeting]]) -> None:
    found = meetings_in(
        "A delegation of Chilean senators met Prime Minister Lena Varga in Budapest on Monday."
    )
    assert names(found) == [["Chilean senators", "Lena Varga"]]


def test_a_nationality_and_an_office_meet_as_the_one_person_holding_them(
    meetings_in: Callable[[str], list[Meeting]],
) -> None:
    found = meetings_in(
        "French President Claire Dubois spent Tuesday in Berlin. German Chancellor Hans Becker met the "
        "French leader at the Chancellery on Wednesday."
    )
    assert names(found) == [["Hans Becker", "Claire Dubois"]]
