"""Whose words a quotation is when the reporting clause's subject is not the speaker (issue 14,
session 10).

Invented sentences of each construction, positive and negative:
- "his responses described it as “…”", "Ruiz's statement called it “…”": a person's words (an
  utterance noun with a pronoun or a name as possessor) speak for that person; a description's
  ("the mayor's statement") stays as written.
- "her memoir, described by the Washington Post as “…”": the agent of a passive reporting
  participle speaks, not the clause's subject.
"""

from __future__ import annotations

from collections.abc import Callable

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes

Ctx = Callable[..., DocContext]


def speakers(ctx: DocContext) -> dict[str, str | None]:
    return {q.text: q.speaker.name if q.speaker else None for q in extract_quotes(ctx)}


def test_a_persons_responses_speak_for_the_person(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "Minister Ivan Lake denied that the ministry was complicit, although his responses in the "
            "interview described the reports as “very serious allegations against some of our partners.”"
        )
    )
    assert found == {"very serious allegations against some of our partners.": "Ivan Lake"}


def test_a_named_persons_statement_speaks_for_the_person(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "Mayor Ana Ruiz spoke on Monday. Ruiz's statement called the plan “a betrayal of every "
            "family in this city.”"
        )
    )
    assert list(found.values()) == ["Ruiz"]


def test_a_descriptions_statement_stays_as_written(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "Minister Ivan Lake left early. The mayor's statement called the plan “a betrayal of every "
            "family in this city.”"
        )
    )
    assert list(found.values()) == ["the mayor's statement"]


def test_the_agent_of_a_passive_participle_speaks(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "Ana Ruiz published her memoir in 1986, described by the Daily Ledger as partly “a love "
            "story of mutual sacrifice.”"
        )
    )
    assert list(found.values()) == ["Daily Ledger"]
