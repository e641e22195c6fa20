"""A "they met" set at a time of its own, right after a meeting of two parties (issue 15, session 38, from
test set 37's misses once it was promoted to a dev set):

- "Bashir traveled to Juba for the talks with President Salva Kiir. Last month, they met in Sudan": the
  same pair at another meeting, with its own place and time (talks a journey is for are where it goes);
- a "they met with X" names a party of its own and is not read so (whom "they" are is left to the
  rules for plural subjects);
- a "they met" after a sentence with no meeting of two parties names nobody.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("dated", ["Last month, they met in Sudan.", "They met in Sudan on Monday."])
def test_they_met_at_another_time_is_the_pair_told_just_before(meetings_in: MeetingsIn, dated: str) -> None:
    found = meetings_in(
        f"President Omar al-Bashir traveled to Juba for the talks with President Salva Kiir. {dated}"
    )
    assert [(names(m), m.place) for m in found] == [
        (["Omar al-Bashir", "Salva Kiir"], "Juba"),
        (["Omar al-Bashir", "Salva Kiir"], "Sudan"),
    ]


def test_they_met_after_no_meeting_of_two_names_nobody(meetings_in: MeetingsIn) -> None:
    assert meetings_in("The two presidents signed a trade deal. They met in Bergen on Monday.") == []
