"""A speaker's name that the tagger misreads or the recogniser cuts short still names them.

Constructions:
- "“…,” <Surname> told/said …" where the text has already named the person in full and the
  tagger reads the bare surname as a common noun (a plural-looking name such as "Fitzsimons").
  The bare capitalised word is the person; with a determiner or a modifier it is a description
  or a compound ("the Fitzsimons farm", "Fitzsimons officials"), not the person.
- "<Proper noun> <Org> has pledged “…”" where the recogniser takes only the last word as the
  organisation: the proper nouns the parser compounds into it are the name's first words. A
  title before a person's name is not ("President Ann Brill" speaks as Ann Brill).
"""

from __future__ import annotations

from collections.abc import Callable

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes

Ctx = Callable[..., DocContext]


def speakers(ctx: DocContext) -> dict[str, str]:
    return {q.text: q.speaker.name if q.speaker else "" for q in extract_quotes(ctx)}


def test_a_surname_read_as_a_common_noun_is_the_person_already_named(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "Dan Fitzsimons, 30, gave evidence on Monday to the court in Leeds. "
            "“I was sure the man would shoot me first,” Fitzsimons told the panel."
        )
    )
    assert found == {"I was sure the man would shoot me first,": "Dan Fitzsimons"}


def test_the_pronoun_after_that_quote_keeps_the_same_speaker(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "Dan Fitzsimons, 30, gave evidence on Monday to the court in Leeds. Paul Hoare was "
            "in the room.\n\n“I was sure the man would shoot me first,” Fitzsimons told the panel. "
            "Acting out the events, he added “Bang, bang, it was over in a second.”"
        )
    )
    assert found["Bang, bang, it was over in a second."] == "Dan Fitzsimons"


def test_a_surname_modifying_a_group_noun_is_not_the_person(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "Ann Fields chairs the county board. "
            "“The harvest failed for the third year running,” Fields officials told the panel."
        )
    )
    assert found["The harvest failed for the third year running,"] != "Ann Fields"


def test_a_capitalised_noun_nobody_was_named_by_names_no_one(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "Dan Fitzsimons, 30, gave evidence on Monday to the court in Leeds. "
            "“We could not hear a thing from the street outside,” Neighbours told the panel."
        )
    )
    assert found.get("We could not hear a thing from the street outside,") != "Dan Fitzsimons"


def test_an_organisation_name_cut_short_by_the_recogniser_keeps_its_first_word(context_of: Ctx) -> None:
    found = speakers(
        context_of(
            "In addition to helping the inspectors with their work, Haw Par has pledged the family "
            "“all possible support and assistance”."
        )
    )
    assert found == {"all possible support and assistance": "Haw Par"}


def test_a_title_before_a_persons_name_is_not_part_of_the_name(context_of: Ctx) -> None:
    found = speakers(
        context_of("President Ann Brill has pledged the family “all possible support and assistance”.")
    )
    assert found == {"all possible support and assistance": "Ann Brill"}
