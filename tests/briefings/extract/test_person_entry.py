"""A name runs left over untagged given names, never over the last word of a body's name.

"the Consumer Financial Protection Bureau Dave Uejio": "Bureau" ends the bureau's name and
is no given name of Dave Uejio's; "the Refugee Council Enver Solomon" keeps its given name.
Titles with a field ("Advisor for Cyber and Emerging Technology Anne Neuberger") end at the
field's last word, and an organisation whose name runs past its head ("the National
Association of Attorneys General") is met by its whole name.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from briefings.extract import Extractor
from tests.briefings.extract.meeting_support import meetings_reader, names, only

pytestmark = pytest.mark.slow

WHEN = datetime(2022, 3, 9, tzinfo=UTC)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "Acting Director of the Consumer Financial Protection Bureau Dave Uejio met with Governor "
            "Tom Hale.",
            "Dave Uejio",
        ),
        ("CEO of the Refugee Council Enver Solomon met with Governor Tom Hale.", "Enver Solomon"),
        (
            "Deputy National Security Advisor for Cyber and Emerging Technology Anne Neuberger met with "
            "Governor Tom Hale.",
            "Anne Neuberger",
        ),
    ],
)
def test_a_titled_name_keeps_no_word_of_its_body(extractor: Extractor, sentence: str, person: str) -> None:
    read = meetings_reader(extractor, WHEN)
    assert names(only(read(sentence))) == [person, "Tom Hale"]


def test_an_organisation_named_past_its_head_is_met_by_its_whole_name(extractor: Extractor) -> None:
    read = meetings_reader(extractor, WHEN)
    meeting = only(read("Anne Neuberger met with the National Association of Attorneys General on Monday."))
    assert names(meeting) == ["Anne Neuberger", "National Association of Attorneys General"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Yesterday, the White House hosted a virtual Celebration of Afro-Latino Heritage, where we spoke.",
        "Singh met with Secretary Ravi Mishra and Department of Economic Affairs Secretary Ajay Seth.",
    ],
)
def test_an_event_or_a_persons_title_is_no_body_named_past_its_head(
    extractor: Extractor, sentence: str
) -> None:
    read = meetings_reader(extractor, WHEN)
    assert not any("Celebration" in n or "Department" in n for m in read(sentence) for n in names(m))
