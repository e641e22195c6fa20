"""An "as" clause of saying reports the quoted words of the clause it modifies.

Constructions:
- "As <speaker> <reporting verb>, <clause with “…”>" and "<clause with “…”>, as <speaker>
  <reporting verb>": the as-clause's subject speaks the quoted words, however short they are
  ("She will be “on the menu,” as she likes to say").
- "as she likes to say" tells a habit of saying, not a wish (unlike "she would like to say").
- "as he put it": a verb of wording whose object is "it" reports like a verb of saying ("I'll
  put it in that category" puts a thing somewhere and reports nothing).
- A drafted or filed text as the subject of a reporting verb ("As the bill notes", "the
  lawsuit said") speaks as that text, unless it names who sent it ("a letter from the mayor";
  an outlet that saw or obtained it is no sender: "a letter seen by the Daily Ledger"),
  or "the <text>" is the one just named with its sender ("A resolution passed by the
  Parliament … The resolution also stated …").
- "as you know", "as expected": an as-clause without a verb of saying reports nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes

Ctx = Callable[..., DocContext]


def speakers(ctx: DocContext) -> dict[str, str]:
    return {q.text: q.speaker.name if q.speaker else "" for q in extract_quotes(ctx)}


def test_a_trailing_as_clause_of_habit_reports_a_short_quote(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "Senator Ann Brill will speak at the dinner on Friday. "
            "She will be “on the menu,” as she likes to say, when the comedians take the stage."
        )
    )
    assert found == {"on the menu,": "Ann Brill"}


def test_a_wish_to_say_is_still_no_report(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "Senator Ann Brill will speak at the dinner. "
            "She would like to say, “Nobody ever won an argument by shouting louder.”"
        )
    )
    assert found == {}


def test_as_he_put_it_reports_the_words(context_of: Ctx) -> None:
    found = speakers(
        context_of("Senator Ann Brill spoke on Friday. The plan is “dead on arrival,” as she put it.")
    )
    assert found == {"dead on arrival,": "Ann Brill"}


def test_putting_a_thing_somewhere_is_no_wording(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "Jen Brill spoke. One other update. “Good news you can use” — I’ll put it in that category."
        )
    )
    assert found == {}


def test_an_opening_as_clause_names_the_text_that_speaks(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "As the bill notes, the trail is “a path of remembrance to honor the fallen” and will "
            "“keep their memories alive,” the sponsors added."
        )
    )
    assert found.get("a path of remembrance to honor the fallen") == "the bill"


def test_a_text_that_names_its_sender_speaks_for_the_sender(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "A letter from Mayor Ann Brill said the plan was “a betrayal of every family on the east side.”"
        )
    )
    assert found == {"a betrayal of every family on the east side.": "Ann Brill"}


def test_an_outlet_that_saw_a_text_is_not_its_sender(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "A leaked internal letter seen by the Daily Ledger says “failure to return the form may "
            "result in the claim being withdrawn”, but the ministry denies it."
        )
    )
    assert "Daily Ledger" not in "".join(found.values())
    assert found == {
        "failure to return the form may result in the claim being withdrawn": "leaked internal letter"
    }


def test_the_text_just_named_with_its_sender_speaks_for_the_sender(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "A resolution passed by the European Parliament on Thursday asked member states to act. "
            "The resolution also stated that the authorities “routinely detain and torture prisoners.”"
        )
    )
    assert found == {"routinely detain and torture prisoners.": "European Parliament"}


def test_another_kind_of_text_does_not_take_that_sender(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "A resolution passed by the European Parliament on Thursday asked member states to act. "
            "The lawsuit also stated that the authorities “routinely detain and torture prisoners.”"
        )
    )
    assert found == {"routinely detain and torture prisoners.": "the lawsuit"}


def test_texts_in_the_plural_are_no_they_that_speaks(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "These new laws had been in effect in Georgia. "
            "They could say, “We don’t think the count was legit at all.”"
        )
    )
    assert "laws" not in "".join(found.values())


def test_a_lawsuit_speaks_as_itself_never_as_the_plaintiff(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "Mark Evans sued the city in March. "
            "“The defendant ignored repeated warnings about the bridge,” the lawsuit said."
        )
    )
    assert found == {"The defendant ignored repeated warnings about the bridge,": "the lawsuit"}


def test_an_as_clause_without_saying_reports_nothing(context_of: Ctx) -> None:
    before = "Senator Ann Brill spoke on Friday. "
    assert speakers(context_of(before + "The plan is “dead on arrival,” as you know.")) == {}
    assert speakers(context_of(before + "As expected, the plan was a “total loss.”")) == {}
