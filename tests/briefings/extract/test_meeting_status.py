"""Talks a clause is "ahead of" are still to come: planned, not held."""

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
