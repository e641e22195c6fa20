"""Speakers named after their description, and words added after a clause of time (issue 14,
session 25, from test set 24's news, promoted to dev).

Invented sentences of each construction, positive and negative:

* "Their French colleague, Laurent Fabius, said …": a name set off after a person's description (a
  colleague, a counterpart: words only a person is described by) is the speaker, even when the tagger
  took the name for an organisation; a body's description ("The ruling party, Fidesz, said") never
  makes a person;
* "According to the party leader, Senator Ana Ruiz, the charges are “…”": the name between commas
  after a person's description is the source, even where the parser made it the clause's subject;
* "Earlier, another member of the panel, Bishop Juan de Dios Pueblos, said … “…,” he said": an
  untagged name in apposition to a subject is the person a later "he" takes up;
* "“…,” said Premier Li Wen as the forum opened, adding “…”": the participle of saying goes on with
  the reporting verb, not with the subject of the clause of time it is hung on;
* "China pledged aid and now, according to Li, “China is ready …”": a quotation right after an
  "according to X," is X's, whatever verb the parser hangs it on; set off right after its own verb
  ("Sutherland decided, according to the summary, “that …”") the verb's subject keeps it;
* "…, asking Cengiz to be “patient and resilient”": a participle of asking with someone asked is
  the subject's request, not an interviewer's question ("Asked “Will you run?”, Ames said" is one);
* "“…,” said political counsellor, Sun Lushan.": a name after a person's description speaks whatever
  label the tagger gave it (a building, a place), unless it names a country ("Her counterpart, Jordan");
* "A CAA letter to PIA accused PIA of “…”": the body named right before a text speaks through it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes
from tests.briefings.extract.quote_support import speaker

Ctx = Callable[..., DocContext]


@pytest.mark.parametrize("description", ["Their French colleague", "His Italian counterpart"])
def test_name_set_off_after_a_persons_description_speaks(context_of: Ctx, description: str) -> None:
    quotes = extract_quotes(
        context_of(
            "Marta Kowal, the foreign minister, condemned the attack. "
            f"{description}, Laurent Fabius, said the strike was “completely unacceptable”."
        )
    )
    assert speaker(quotes, "completely unacceptable") == "Laurent Fabius"


def test_a_bodys_description_with_a_name_set_off_is_no_person(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of("The ruling party, Fidesz, said the vote was “a victory for the whole nation”.")
    )
    said = [q for q in quotes if q.text.startswith("a victory for the whole nation")]
    assert said and said[0].speaker is not None
    assert said[0].speaker.kind != "person"


def test_source_named_between_commas_after_according_to_a_description(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "The testimony is at the centre of the debate. According to the party leader, Senator "
            "Ana Ruiz, the charges are “a bomb thrown into the heart of the Republic”."
        )
    )
    assert speaker(quotes, "a bomb thrown") == "Ana Ruiz"


def test_according_to_a_description_alone_stays_the_description(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of("According to the mayor, the plan is “a disaster for the town and its people”.")
    )
    assert speaker(quotes, "a disaster for the town") == "mayor"


def test_untagged_name_in_apposition_to_the_subject_is_the_pronouns_antecedent(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Melo said the panel had finished its work. Earlier, another member of the commission, "
            "Butuan City Bishop Juan de Dios Pueblos, on Saturday said the military was involved in "
            "some attacks. “We have identified that there are killings really perpetuated by the "
            "military,” he said."
        )
    )
    assert speaker(quotes, "We have identified") == "Juan de Dios Pueblos"


def test_words_added_after_a_clause_of_time_are_the_reporting_subjects(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "“Our people cherish this friendship,” said Premier Li Wen as the forum opened, adding "
            "“Whatever change may take place in the world, our friendship will not change.”"
        )
    )
    assert speaker(quotes, "Whatever change may take place") == "Li Wen"


def test_words_added_by_the_subject_of_the_main_clause_stay_theirs(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Li Wen left the hall as the forum opened. Tom Hale said he was pleased, adding "
            "“Whatever change may take place, our friendship will not change.”"
        )
    )
    assert speaker(quotes, "Whatever change may take place") == "Tom Hale"


def test_quotation_right_after_according_to_is_the_sources(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Premier Li Wen spoke at the forum. Two years ago China pledged 3 billion dollars in Beijing "
            "and now, according to Li, “China is ready to deepen practical cooperation in Africa.”"
        )
    )
    assert speaker(quotes, "China is ready") == "Li Wen"


def test_according_to_set_off_after_its_verb_leaves_the_verbs_subject(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Judge Colin Sutherland decided, according to the summary, “that the advice was unlawful "
            "and of no effect whatsoever”."
        )
    )
    assert speaker(quotes, "that the advice was unlawful") == "Colin Sutherland"


def test_asking_someone_to_do_a_thing_is_the_subjects_request(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of("Ana Ruiz said justice takes time, asking the family to be “patient and resilient.”")
    )
    assert speaker(quotes, "patient and resilient") == "Ana Ruiz"


def test_a_question_put_to_someone_is_not_their_quote(context_of: Ctx) -> None:
    quotes = extract_quotes(context_of("Asked “Will you run again next year?”, Tom Hale said no."))
    assert [q.text for q in quotes] == []


def test_a_name_tagged_a_building_after_a_persons_description_speaks(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "“It is a blatant interference in our internal affairs,” said political counsellor, Sun Lushan."
        )
    )
    assert speaker(quotes, "It is a blatant interference") == "Sun Lushan"


def test_a_country_after_a_persons_description_makes_no_person(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of("Her counterpart, Jordan, said the deal was “a disaster for everyone involved in it”.")
    )
    assert speaker(quotes, "a disaster for everyone") != "Jordan"


def test_the_body_named_before_a_text_speaks_through_it(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "A CAA letter to PIA expressed concern over engine failures, and accused PIA of “shortcomings "
            "in maintenance and quality assurance.”"
        )
    )
    assert speaker(quotes, "shortcomings in maintenance") == "CAA"


def test_a_question_asked_of_someone_is_no_request(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of("Paul Hale said the man broke in, asking him, “Where is Nancy? Where is Nancy?”")
    )
    assert not any(
        q.text.startswith("Where is Nancy") and q.speaker and q.speaker.name == "Paul Hale" for q in quotes
    )
