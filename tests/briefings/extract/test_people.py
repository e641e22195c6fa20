"""PeopleIndex: full names from surnames, roles from titles and appositives, pronouns, nominals."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.context import DocContext
from briefings.model.facts import Person, PersonRef

Ctx = Callable[[str], DocContext]


def test_seed_surnames_resolve_to_full_names_with_roles(article_context: Ctx) -> None:
    people = article_context("000").people
    lyons = people.resolve("Lyons")
    assert lyons is not None and lyons.name == "Deborah Lyons"
    assert lyons.role is not None and "Special Representative for Afghanistan" in lyons.role
    assert people.resolve("Sherman") == PersonRef("Wendy Sherman", "U.S. Deputy Secretary of State")
    assert people.resolve("Biden") == PersonRef("Joe Biden", "U.S. President")
    baradar = people.resolve("Baradar")
    assert baradar is not None and baradar.name == "Mullah Abdul Ghani Baradar"
    assert baradar.role is not None and "chief negotiator" in baradar.role


def test_family_name_first_resolves_even_when_ner_calls_it_an_organisation(article_context: Ctx) -> None:
    assert article_context("000").people.resolve("Wang") == PersonRef("Wang Yi", "Chinese Foreign Minister")


def test_people_lists_each_person_once_with_aliases(article_context: Ctx) -> None:
    people = {p.name: p for p in article_context("000").people.people() if p.kind == "person"}
    assert set(people) >= {
        "Deborah Lyons",
        "Joe Biden",
        "Wendy Sherman",
        "Wang Yi",
        "Mullah Abdul Ghani Baradar",
    }
    assert "Lyons" in people["Deborah Lyons"].aliases
    assert not any(name.endswith("Beijing") for name in people)  # "Swap Beijing" is a verb and a city


def test_appositive_gives_the_role(context_of: Ctx) -> None:
    ctx = context_of("Kofi Annan, the former UN Secretary-General, urged calm in Nairobi on Monday.")
    assert ctx.people.resolve("Annan") == PersonRef("Kofi Annan", "former UN Secretary-General")


def test_title_before_a_name_with_middle_initial(context_of: Ctx) -> None:
    ctx = context_of(
        "Secretary of State Antony J. Blinken met Foreign Minister Dmytro Kuleba. Blinken spoke."
    )
    blinken = ctx.people.resolve("Blinken")
    assert blinken is not None and blinken.name == "Antony J. Blinken"
    assert blinken.role == "Secretary of State"


def test_two_people_sharing_a_surname_are_never_merged(context_of: Ctx) -> None:
    ctx = context_of(
        "Donald Trump met reporters at the White House. Later, Melania Trump visited a school in Ohio. "
        "Trump praised the teachers there."
    )
    names = {p.name for p in ctx.people.people() if p.kind == "person"}
    assert {"Donald Trump", "Melania Trump"} <= names
    at = ctx.text.index("Trump praised")
    assert ctx.people.resolve("Trump", at) == PersonRef("Melania Trump")  # the most recent full mention


def test_pronoun_links_to_the_nearest_compatible_person(context_of: Ctx) -> None:
    ctx = context_of(
        "Former Secretary of State Condoleezza Rice spoke on Sunday. She said the region was fragile."
    )
    she = next(t for t in ctx.doc if t.text == "She")
    ref = ctx.people.resolve_pronoun(she)
    assert ref is not None and ref.name == "Condoleezza Rice"


def test_first_person_pronouns_are_not_guessed(context_of: Ctx) -> None:
    ctx = context_of("Wendy Sherman arrived. I think it went well.")
    i = next(t for t in ctx.doc if t.text == "I")
    assert ctx.people.resolve_pronoun(i) is None


def test_nominal_links_to_the_person_holding_that_role(context_of: Ctx) -> None:
    ctx = context_of("Chinese Foreign Minister Wang Yi met the delegation. The minister said little.")
    ref = ctx.people.resolve_nominal("the minister", ctx.text.index("The minister"))
    assert ref is not None and ref.name == "Wang Yi"


def test_organisations_and_places_resolve_with_their_kind(article_context: Ctx) -> None:
    people = article_context("000").people
    taliban = people.resolve("the Taliban")
    assert taliban is not None and taliban.kind == "org"
    doha = people.resolve("Doha")
    assert doha is not None and doha.kind == "place"


def test_evidence_is_the_whole_sentence_with_its_body_span(article_context: Ctx) -> None:
    ctx = article_context("000")
    at = ctx.text.index("met with Chinese Foreign Minister")
    evidence = ctx.evidence_for((at, at + 10))
    assert ctx.document.body[evidence.start : evidence.end] == evidence.sentence
    assert evidence.sentence.startswith("As Lyons was making her remarks")
    assert evidence.field == "body"


def test_byline_line_gives_the_office(context_of: Ctx) -> None:
    ctx = context_of(
        "Antony J. Blinken, Secretary of State\n\nWashington, DC\n\n"
        "**SECRETARY BLINKEN:** Good afternoon, everyone."
    )
    assert ctx.people.resolve("Blinken") == PersonRef("Antony J. Blinken", "Secretary of State")


def test_a_country_before_a_name_is_not_a_role(context_of: Ctx) -> None:
    ctx = context_of("He said North Korea's Kim Jong Un would attend the summit in Singapore.")
    kim = ctx.people.resolve("Kim Jong Un")
    assert kim is not None and kim.role is None


def test_surname_the_tagger_calls_a_place_stays_the_titled_persons(context_of: Ctx) -> None:
    ctx = context_of(
        "Natural Resources Minister Claire Beaumont defended the plan on Sunday. "
        '"Offshore wind will create thousands of jobs," Beaumont wrote on X. '
        "The prime minister has full confidence in Minister Beaumont, her office said."
    )
    ref = ctx.people.resolve("Beaumont")
    assert ref is not None and ref.name == "Claire Beaumont" and ref.kind == "person"
    assert not any(p.name == "Beaumont" for p in ctx.people.people())


def test_given_name_after_an_organisation_joins_the_name(context_of: Ctx) -> None:
    ctx = context_of("After the leak, CEO of the Refugee Council Enver Solomon told Sky News it was wrong.")
    ref = ctx.people.resolve("Solomon")
    assert ref is not None and ref.name == "Enver Solomon"


def test_rooms_and_buildings_named_after_people_are_not_people(context_of: Ctx) -> None:
    ctx = context_of("Thomas Jefferson Room\n\nWashington, D.C.\n\nSECRETARY BLINKEN: Good morning.")
    assert "Thomas Jefferson Room" not in {p.name for p in ctx.people.people()}


def test_speech_verb_subject_ner_missed_is_a_person(context_of: Ctx) -> None:
    ctx = context_of(
        '"I don\'t see a scenario where we go back," Henrik Aalborg told Reuters in an interview. '
        "Aalborg said the longer routes had absorbed capacity."
    )
    ref = ctx.people.resolve("Aalborg")
    assert ref is not None and ref.name == "Henrik Aalborg" and ref.kind == "person"


def test_one_word_person_opening_an_organisation_name_is_the_organisation(context_of: Ctx) -> None:
    ctx = context_of(
        "Ships will avoid the Red Sea, the chief executive of Nordhavn Shipping said on Wednesday. "
        "Nordhavn, the world's sixth-largest container line, reported a profit."
    )
    assert "Nordhavn" not in {p.name for p in ctx.people.people() if p.kind == "person"}


def test_a_particle_capitalised_at_sentence_start_is_the_same_person(context_of: Ctx) -> None:
    ctx = context_of(
        "Dutch Foreign Minister Pieter van Aalst arrived in Kyiv on Tuesday. Van Aalst also laid "
        'flowers at a memorial. "We will stand with Ukraine for as long as it takes," van Aalst '
        "told reporters."
    )
    people = [p for p in ctx.people.people() if p.kind == "person" and p.name.lower().endswith("aalst")]
    assert [p.name for p in people] == ["Pieter van Aalst"]
    ref = ctx.people.resolve("van Aalst")
    assert ref is not None and ref.name == "Pieter van Aalst"


def test_a_name_ends_at_its_possessive_so_a_headline_meeting_is_no_person(article_context: Ctx) -> None:
    """Regression: "Readout of President Biden’s Meeting with President Herzog" gave a
    person "Biden’s Meeting", which the corpus then listed as an identity of its own."""
    names = [p.name for p in article_context("040").people.people() if p.kind == "person"]
    assert not any("Meeting" in name for name in names)
    assert any(name.endswith("Biden") for name in names)


def test_a_nationality_the_tagger_calls_a_person_is_no_person_and_stays_in_the_role(context_of: Ctx) -> None:
    ctx = context_of(
        "Secretary of State Lydia Cole met today with Moldovan Prime Minister Elena Rusu in Washington. "
        "Earlier, she met Kosovan President Arta Berisha. The Afghan said he had fled in 2021."
    )
    persons = {p.name: p for p in ctx.people.people() if p.kind == "person"}
    assert not set(persons) & {"Moldovan", "Kosovan", "Afghan"}
    assert persons["Elena Rusu"].roles[:1] == ("Moldovan Prime Minister",)


def test_a_father_and_a_son_named_in_one_document_are_two_people(context_of: Ctx) -> None:
    ctx = context_of(
        "Former President George H. W. Bush watched as his son, President George W. Bush, signed the bill. "
        "George W. Bush thanked his father."
    )
    persons = {p.name for p in ctx.people.people() if p.kind == "person"}
    assert {"George H. W. Bush", "George W. Bush"} <= persons


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (
            'In a statement, Governor of Vermont Alice Moreau said, "The museum worked hard for this."',
            "Alice Moreau",
            "Governor of Vermont",
        ),
        (
            'Chief economist at Harbor Street Partners Dana Whitfield said: "The machines took over."',
            "Dana Whitfield",
            "Chief economist at Harbor Street Partners",
        ),
        (
            "Speaking in a public statement, Malaysia's Prime Minister, Ahmad Zaki said, "
            '"We are in contact with all relevant parties."',
            "Ahmad Zaki",
            "Malaysia's Prime Minister",
        ),
        (
            '"The talks were a gamble," said Martin Keyes of the Carnegie Endowment.',
            "Martin Keyes",
            "Carnegie Endowment",
        ),
        (
            '"It could have been much worse," Omar Nasser, editor at the Gulf Courier, said.',
            "Omar Nasser",
            "editor at the Gulf Courier",
        ),
    ],
)
def test_roles_the_parser_hangs_oddly_are_still_read(
    context_of: Ctx, body: str, name: str, role: str
) -> None:
    persons = {p.name: p for p in context_of(body).people.people() if p.kind == "person"}
    assert persons[name].roles[:1] == (role,)


def test_an_honorific_after_a_title_is_not_part_of_the_role(context_of: Ctx) -> None:
    persons = {
        p.name: p for p in context_of("Undersecretary for Trade Mr. Rinaldi warned of fees.").people.people()
    }
    assert persons["Rinaldi"].roles[:1] == ("Undersecretary for Trade",)


def test_a_title_addressed_before_a_comma_is_nobodys_role(context_of: Ctx) -> None:
    ctx = context_of("Thank you, Ms. Hale. Mr. Secretary, Viktor Orlov has not paid. He never pays.")
    persons = {p.name: p for p in ctx.people.people() if p.kind == "person"}
    assert persons["Viktor Orlov"].roles == ()


def test_a_one_word_name_tagged_an_organisation_more_often_than_a_person_is_that_organisation(
    people_of: Callable[..., dict[str, Person]],
) -> None:
    people = people_of(
        "Officials met Velcorp and Trantex on Monday. Velcorp said supply would rise. "
        "Velcorp, which makes infant formula, has two plants. Trantex agreed."
    )
    assert people.get("Velcorp") is None or people["Velcorp"].kind == "org"


def test_a_crime_bill_is_no_person(people_of: Callable[..., dict[str, Person]]) -> None:
    people = people_of("He said the Crime Bill was a mistake, and the Senate passed the Crime Bill anyway.")
    assert "Crime Bill" not in {name for name, p in people.items() if p.kind == "person"}


def test_a_one_word_name_tagged_a_place_more_often_than_a_person_is_no_person(
    people_of: Callable[..., dict[str, Person]],
) -> None:
    people = people_of(
        "Shelling hit Marivka overnight. Residents of Marivka fled to Dolinsk. "
        "Marivka said it needed help, and aid reached Marivka on Friday."
    )
    assert "Marivka" not in {name for name, p in people.items() if p.kind == "person"}


def test_a_name_after_a_title_stays_a_person_whatever_else_the_tagger_calls_it(
    people_of: Callable[..., dict[str, Person]],
) -> None:
    people = people_of(
        "So will Russians rise up, as Under Secretary Nuland said yesterday? Under Secretary "
        "Nuland yesterday said the pressure would grow."
    )
    assert people["Nuland"].kind == "person"


def test_a_documents_headline_is_no_person(people_of: Callable[..., dict[str, Person]]) -> None:
    people = people_of("The ministers met in Harbor City on Monday.", title="Joint Readout of Harbor Talks")
    assert "Joint Readout" not in people
