"""Quotes and speakers (issue 14, session 13), from a dev set of news nobody tuned to before:

- "has ended her career after apologizing for saying that Israel should “…”": a gerund reporting
  verb with no subject reports for the subject of the clause it hangs from, however many
  prepositions and participles lie between (the quoted clause's own subject never speaks).
- "Senators Dan Coats, John McCain, and Olympia Snowe each asked Scott Brown to run. He …": a
  subject that lists people is plural; "he" does not take up one of them.
- "the young North Korean leader on Sunday said": when is not part of who.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes

Ctx = Callable[..., DocContext]

pytestmark = pytest.mark.slow


def speakers(context_of: Ctx, text: str) -> dict[str, str | None]:
    return {q.text: (q.speaker.name if q.speaker else None) for q in extract_quotes(context_of(text))}


def test_a_subjectless_gerund_reports_for_the_subject_of_its_clause(context_of: Ctx) -> None:
    found = speakers(
        context_of,
        "Helen Thomas, a veteran reporter, has ended her career after apologizing for saying that "
        'Israel should "get the hell out of Palestine."',
    )
    assert found == {"get the hell out of Palestine.": "Helen Thomas"}


def test_he_does_not_take_up_one_of_a_listed_subject(context_of: Ctx) -> None:
    found = speakers(
        context_of,
        "Republican Senators Dan Coats of Indiana, John McCain of Arizona, and Olympia Snowe of Maine "
        "each asked Scott Brown to run again. He alluded to a return during his farewell address, "
        'noting, "As I have said many times before, victory and defeat is temporary."',
    )
    assert list(found.values()) == ["Scott Brown"]


def test_a_time_after_a_described_speaker_is_not_part_of_the_description(context_of: Ctx) -> None:
    found = speakers(
        context_of,
        'The young North Korean leader on Sunday said, "Superiority in military technology is no longer '
        'monopolized by imperialists."',
    )
    assert list(found.values()) == ["the young North Korean leader"]
