"""Status from the clause: talks a clause is "ahead of" are still to come (planned, not held); a
clause with its own subject in the past or the perfect tells what is done, whatever tense the
telling around it has ("I will tell you, I have spoken to Governor Hale": held, session 28)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from briefings.extract import Extractor
from tests.briefings.extract.meeting_support import meetings_reader, names, only

pytestmark = pytest.mark.slow


def test_arriving_ahead_of_talks_plans_them(extractor: Extractor) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    meeting = only(read("Ana Lopez arrived in Accra ahead of talks with President Kofi Mensah."))
    assert set(names(meeting)) == {"Ana Lopez", "Kofi Mensah"}
    assert meeting.status == "planned"


_REMARKS_TITLE = "Remarks by President Ruiz on the Economy"


@pytest.mark.parametrize(
    "sentence",
    [
        "I will tell you, over the past few weeks, I have spoken to Governor Hale and asked him for help.",
        "I will tell you, I met with Governor Hale last week and we agreed on a plan.",
    ],
)
def test_a_past_told_under_a_future_telling_is_held(extractor: Extractor, sentence: str) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    body = f"THE PRESIDENT:  Good afternoon.  {sentence}\n\nQ Mr. President?\n\nTHE PRESIDENT:  No."
    meeting = only(read(body, _REMARKS_TITLE))
    assert names(meeting) == ["Ruiz", "Hale"]
    assert meeting.status == "held"


def test_a_future_clause_under_a_future_telling_stays_planned(extractor: Extractor) -> None:
    read = meetings_reader(extractor, datetime(2022, 3, 9, tzinfo=UTC))
    meeting = only(read("Ana Lopez will say that she will meet President Kofi Mensah next week."))
    assert meeting.status == "planned"
