"""Words a text carries speak for whoever put the text out; manners of speaking report.

Constructions:
- "<Issuer> issued/released/posted a statement/tweet/letter saying, “…”": the issuer speaks
  (however the parser attaches "saying": to the text, or as a clause with the text its subject).
  A text someone only mentions ("she rejected a report saying “…”") names no speaker.
- "“…,” Zaynab sighs" / "he quipped": a verb of speaking in some manner reports like "said".
"""

from __future__ import annotations

from collections.abc import Callable

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes

Ctx = Callable[..., DocContext]


def speakers(ctx: DocContext) -> dict[str, str]:
    return {q.text: q.speaker.name if q.speaker else "" for q in extract_quotes(ctx)}


def test_the_issuer_of_a_statement_saying_speaks(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "Senator Ann Brill issued a statement saying, “The cuts will hurt every school in the state.”"
        )
    )
    assert found == {"The cuts will hurt every school in the state.": "Ann Brill"}


def test_a_tweet_parsed_as_the_subject_of_saying_still_speaks_for_its_poster(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "The Bellwethers posted a tweet saying, "
            "“We are devastated by the passing of our friend and bandmate.”"
        )
    )
    assert found == {"We are devastated by the passing of our friend and bandmate.": "Bellwethers"}


def test_a_text_only_mentioned_gives_no_speaker(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "Ann Brill rejected a report saying, “The mayor knew about the cracks in the bridge for years.”"
        )
    )
    assert "Ann Brill" not in found.values()


def test_a_manner_of_speaking_reports_the_words(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "Zaynab Kerr wants her brother home. "
            "“None of us has ever tried to leave the country”, Zaynab sighs, pointing to his record."
        )
    )
    assert found == {"None of us has ever tried to leave the country": "Zaynab Kerr"}
