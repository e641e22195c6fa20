"""A pronoun speaker whose antecedent the parser stranded after a fronted phrase, and a subject inside a
clause that only reports what others said (issue 14, session 40, from test set 39's misses once it was
promoted to a dev set):

- "Speaking at a news conference with his counterpart, India's minister, Pranab Mukherjee, brushed aside
  reports that Clinton may be appointed. “…,” he said.": the parser hangs the minister's name on the
  fronted phrase and leaves "brushed" without a subject; the name is that verb's subject, and so the
  topic the next "he" takes up;
- the subject of a clause that only modifies the sentence's main clause ("reports that Clinton may be
  appointed", "reports that Governor Reyes would resign") is no topic of the sentence when its main
  clause has a person as subject.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes

pytestmark = pytest.mark.slow

ContextOf = Callable[..., DocContext]


def _speakers(context_of: ContextOf, body: str) -> dict[str, str | None]:
    return {q.text: q.speaker.name if q.speaker else None for q in extract_quotes(context_of(body, ""))}


def test_a_name_stranded_after_a_fronted_phrase_is_the_topic_a_pronoun_takes_up(
    context_of: ContextOf,
) -> None:
    speakers = _speakers(
        context_of,
        "India is rejecting mediation.\n\nSpeaking at a joint news conference with his Pakistani counterpart,"
        " India's external affairs minister, Pranab Mukherjee, brushed aside press reports here that Clinton"
        ' may be appointed.\n\n"This issue is to be resolved through dialog between our two countries," he'
        " said.",
    )
    assert list(speakers.values()) == ["Pranab Mukherjee"]


def test_a_subject_inside_a_reported_clause_is_no_topic(context_of: ContextOf) -> None:
    speakers = _speakers(
        context_of,
        "Mayor Tom Lopez rejected reports that Governor Tom Reyes would resign.\n\n"
        '"We must act before the budget vote," he said.',
    )
    assert list(speakers.values()) == ["Tom Lopez"]


def test_a_subject_inside_a_reported_clause_of_an_earlier_sentence_still_counts(
    context_of: ContextOf,
) -> None:
    speakers = _speakers(
        context_of,
        "Reports said that Governor Tom Reyes would resign. The council met on Monday.\n\n"
        '"We must act before the budget vote," he said.',
    )
    assert list(speakers.values()) == ["Tom Reyes"]
