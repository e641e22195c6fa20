"""Forms a name takes that list no one (issue 16, people, session 8).

A long name the tagger cut in two ("[Ferdinand Romualdez] [Marcos Jr.]") is one name; a
style of address before an office ("His Majesty King") is no part of the role; a
country's short or formal name and a region that is no country ("the UAE", "Crimea")
are places however the tagger labels them; a given name alone that the text addresses
someone by ("Go ahead, Jennifer.") names no one a corpus-wide list can hold. Every case
is an invented sentence of the construction, with the people around it kept.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from briefings.extract.name_kinds import a_country_or_region
from briefings.extract.not_people import clean_entity_name, names_of_crafts
from briefings.extract.person_entry import name_span
from briefings.extract.person_roles import without_trailing_honorific
from briefings.identity import is_a_name, person_key
from briefings.model.facts import Person

pytestmark = pytest.mark.slow

People = Callable[..., dict[str, Person]]


@pytest.mark.parametrize(
    ("role", "office"),
    [
        ("His Majesty King", "King"),
        ("Her Excellency President", "President"),
        ("His Royal Highness Crown Prince", "Crown Prince"),
        ("His Majesty", None),
        ("Her Majesty's Ambassador", "Her Majesty's Ambassador"),
        ("Foreign Minister", "Foreign Minister"),
    ],
)
def test_a_style_of_address_is_no_part_of_the_office(role: str, office: str | None) -> None:
    assert without_trailing_honorific(role) == office


def test_a_king_introduced_with_his_style_has_the_office_as_role(people_of: People) -> None:
    people = people_of(
        "President Ana Ruiz and His Majesty King Tobias III of Norland held a meeting on Tuesday. "
        "The President thanked His Majesty for his support."
    )
    roles = {role for person in people.values() for role in person.roles}
    assert not any("Majesty" in role for role in roles)
    assert "Ana Ruiz" in people


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("the UAE", True),
        ("DPRK", True),
        ("Democratic People’s Republic of Korea", True),
        ("Crimea", True),
        ("the Sahel", True),
        ("Arab League", False),
        ("Korea Development Bank", False),
    ],
)
def test_a_countrys_short_name_or_a_region_is_a_place(name: str, place: bool) -> None:
    assert a_country_or_region(name) is place


def test_a_given_name_that_is_also_a_country_stays_a_person_by_its_short_names_only() -> None:
    assert a_country_or_region("Jordan")
    assert not a_country_or_region("Jordan", by_its_short_name=True)


def test_a_state_acting_under_its_short_name_is_a_place_not_a_body(people_of: People) -> None:
    people = people_of(
        "Norland and the UAE have both rebuffed attempts to set up talks. The DPRK fired a missile on "
        "Monday, the Arab League said."
    )
    assert people["UAE"].kind == "place"
    assert people["DPRK"].kind == "place"
    assert people["Arab League"].kind == "org"


def test_a_region_the_tagger_calls_a_person_is_no_person_and_the_people_beside_it_stay(
    people_of: People,
) -> None:
    people = people_of(
        "I guess Crimea? Crimea was given away by Harlan Voss, and Edda Mertz gave them the rest."
    )
    assert "Crimea" not in people or people["Crimea"].kind == "place"
    assert people["Harlan Voss"].kind == "person"
    assert people["Edda Mertz"].kind == "person"


def test_a_given_name_a_speaker_addresses_is_no_listed_person(people_of: People) -> None:
    people = people_of(
        "What do you think about that, Tobias? Don't answer that, Tobias. Go ahead, Jennifer. "
        "Peter, what do you think? Karen, go ahead. Holtz is going to be fantastic."
    )
    assert "Tobias" not in people
    assert "Jennifer" not in people
    assert "Peter" not in people
    assert "Karen" not in people
    assert "Holtz" in people


def test_an_addressed_given_name_joins_the_full_name_the_text_gives(people_of: People) -> None:
    people = people_of("Thanks, Jeff. Jeff Varga of the Harbor Times asked about the bill.")
    assert "Jeff Varga" in people
    assert "Jeff" in people["Jeff Varga"].aliases


def test_a_given_name_alone_of_a_person_named_in_full_is_no_second_identity(people_of: People) -> None:
    people = people_of(
        "MS. VASQUEZ: Good afternoon.\n\nSECRETARY RUIZ: Thank you. But today I'm going to focus on "
        "broadband, as Karine said.",
        "Press Briefing by Principal Deputy Press Secretary Karine Vasquez and Commerce Secretary Ana Ruiz",
    )
    assert "Karine Vasquez" in people
    assert "Karine" not in people


def test_a_name_after_a_noun_and_a_comma_is_an_apposition_not_an_address(people_of: People) -> None:
    people = people_of(
        "Senator Ruiz spoke to the committee's chairman, Holtz. Holtz said the bill would pass."
    )
    assert "Holtz" in people


@pytest.mark.parametrize(
    "office", ["Supervisor", "Councilmember", "Assemblymember", "Comptroller", "Treasurer"]
)
def test_a_local_office_before_a_name_is_a_role_not_part_of_the_name(people_of: People, office: str) -> None:
    people = people_of(f"{office} Marta Ruiz said the county would open two more clinics next month.")
    assert "Marta Ruiz" in people
    assert office in people["Marta Ruiz"].roles
    assert not any(name.startswith(office) for name in people)


def test_an_anonymous_source_a_transcript_labels_is_no_name() -> None:
    assert not is_a_name("Senior Administration Official")
    assert not is_a_name("Senior State Department Officials")
    assert is_a_name("Office of the Press Secretary")


def test_a_room_label_and_a_named_storm_are_no_names() -> None:
    assert not is_a_name("Aide")
    assert not is_a_name("Audience Member")
    assert not is_a_name("Hurricane Ian")
    assert not is_a_name("Tropical Storm Nicole")
    assert is_a_name("Ana Tornado Ruiz") and is_a_name("Ian Hurricane")


def test_two_person_entities_written_straight_after_each_other_are_one_name(nlp: Language) -> None:
    words = ["meet", "with", "President", "Ramon", "Castillo", "Ybarra", "Jr.", "and", "others"]
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, 3, 5, "PERSON"), Span(doc, 5, 7, "PERSON")]
    assert name_span(doc.ents[0]).text == "Ramon Castillo Ybarra Jr."
    assert name_span(doc.ents[1]).text == "Ybarra Jr."


def test_an_untagged_name_word_the_name_hangs_on_ends_the_name(nlp: Language) -> None:
    words = ["met", "President", "Kim", "Dae", "Sung", "of", "Norland"]
    pos = ["VERB", "PROPN", "PROPN", "PROPN", "PROPN", "ADP", "PROPN"]
    heads = [0, 4, 4, 4, 0, 4, 5]
    deps = ["ROOT", "compound", "compound", "compound", "dobj", "prep", "pobj"]
    doc = Doc(nlp.vocab, words=words, pos=pos, heads=heads, deps=deps)
    doc.ents = [Span(doc, 2, 4, "PERSON"), Span(doc, 6, 7, "GPE")]
    assert name_span(doc.ents[0]).text == "Kim Dae Sung"


def test_a_name_does_not_grow_over_a_headlines_run_of_capitalised_words(nlp: Language) -> None:
    words = ["Remarks", "by", "Ana", "Ruiz", "Signing", "Bills", "Today"]
    pos = ["NOUN", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN"]
    heads = [0, 0, 3, 4, 1, 6, 4]
    deps = ["ROOT", "prep", "compound", "compound", "pobj", "compound", "appos"]
    doc = Doc(nlp.vocab, words=words, pos=pos, heads=heads, deps=deps)
    doc.ents = [Span(doc, 2, 4, "PERSON")]
    assert name_span(doc.ents[0]).text == "Ana Ruiz"


def test_a_plural_description_set_off_by_a_comma_is_no_office_of_the_names(people_of: People) -> None:
    people = people_of(
        "We met the two outstanding leaders, President Ana Ruiz and Prime Minister Tom Reed, on Monday."
    )
    assert people["Ana Ruiz"].roles == ("President",)
    assert people["Tom Reed"].roles == ("Prime Minister",)


def test_a_plural_title_before_a_list_of_names_is_each_ones_office(people_of: People) -> None:
    people = people_of("Senators Varden and Holtz voted against the bill on Tuesday.")
    assert "Senator" in people["Varden"].roles
    assert "Senator" in people["Holtz"].roles


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Reed College 2", "Reed College"),
        ("Harbor Workers League 7", "Harbor Workers League"),
        ("State Council No. 4", "State Council"),
        ("Channel 4", "Channel 4"),
        ("Local 32", "Local 32"),
        ("Group of 20", "Group of 20"),
    ],
)
def test_a_footnote_or_a_documents_number_after_a_name_is_no_part_of_it(written: str, name: str) -> None:
    assert clean_entity_name(written) == name


def test_a_bodys_name_with_a_footnote_mark_is_listed_without_it(people_of: People) -> None:
    people = people_of(
        "The announcement of the Customs Tariff Commission of the State Council No. 4 of 2025 was "
        "withdrawn, the State Council said."
    )
    assert not any("No." in name for name in people)


def test_a_surname_set_off_by_commas_inside_its_clause_is_no_address(people_of: People) -> None:
    people = people_of("But again, Varga, as you have heard us say, has continued to try to find buyers.")
    assert "Varga" in people


def test_a_crafts_name_after_its_noun_names_the_craft_alone_too(nlp: Language) -> None:
    words = ["Space", "Shuttle", "Valiant", "flew", ".", "Valiant", "was", "lost", "."]
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, 0, 3, "PERSON"), Span(doc, 5, 6, "ORG")]
    assert names_of_crafts(list(doc.ents)) == frozenset({"valiant"})


def test_a_monarchs_number_keeps_him_apart_from_a_namesake() -> None:
    assert person_key("King Tobias II").key != person_key("Tobias Tobias").key
    assert person_key("King Tobias II").last == person_key("Tobias").last


def test_a_title_the_tagger_read_as_a_name_is_not_joined_to_the_name_after_it(nlp: Language) -> None:
    words = ["met", "Emir", "Sheikh", "Tobias", "Bin", "Karl", "Varga", "today"]
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, 1, 3, "PERSON"), Span(doc, 3, 7, "PERSON")]
    assert name_span(doc.ents[0]).text == "Emir Sheikh"


def test_a_plural_title_before_titled_names_is_still_their_shared_office(people_of: People) -> None:
    people = people_of("Senators Ana Varden and Tom Holtz voted against the bill on Tuesday.")
    assert "Senator" in people["Ana Varden"].roles


def test_a_plural_office_of_two_words_is_each_ones_office_whole(people_of: People) -> None:
    """ "Prime Ministers Ito, Rao and Kerr" (session 28): the office is "Prime Minister" for each,
    where the tagger's cut made "Prime" one role and "Minister" another; a plural title outside the
    name's entity is not said twice ("Senators Ana Varden and …" is "Senator", not "Senator Senator")."""
    people = people_of(
        "President Ana Ruiz will join the leaders' meeting with Prime Ministers Ito, Rao and Kerr in Osaka."
    )
    assert {name: people[name].roles[0] for name in ("Ito", "Rao", "Kerr")} == dict.fromkeys(
        ("Ito", "Rao", "Kerr"), "Prime Minister"
    )
    senators = people_of("Senators Tom Rubio and Ted Cruz met in Austin.")
    assert senators["Tom Rubio"].roles == ("Senator",)


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            'SECRETARY ANTONY J. BLINKEN met Foreign Secretary Elizabeth Truss. "I thank Tony for his help," '
            "Truss said. Tony has been a friend.",
            "Antony J. Blinken",
            "Tony",
        ),
        (
            'Foreign Secretary Elizabeth Truss met Ana Ruiz. "Liz and I have worked together," Ruiz said. '
            "Liz spoke next.",
            "Elizabeth Truss",
            "Liz",
        ),
    ],
)
def test_a_short_given_name_after_the_full_name_is_that_person(
    people_of: People, text: str, full: str, short: str
) -> None:
    people = people_of(text)
    assert short not in people
    assert short in people[full].aliases


def test_a_short_given_name_two_people_could_bear_stays_unresolved(people_of: People) -> None:
    people = people_of("Anthony Reyes met Antony Clarke. Later Tony said the talks went well.")
    assert "Tony" not in people["Anthony Reyes"].aliases and "Tony" not in people["Antony Clarke"].aliases
