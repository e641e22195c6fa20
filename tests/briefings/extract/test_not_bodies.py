"""What the tagger calls an organisation but no reader would list as one (issue 16, second pass).

An event, a document or an award, a facility, a place, a list of places, the field of
an office, a transcript's speaker label, a nationality and a common noun opening a
sentence are no organisations; a substance capitalised at a sentence's start is no
person. Each case is an invented sentence of that construction.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.not_bodies import a_versioned_product, head_word, names_no_body, ranked_among_products
from briefings.model.facts import Person

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("Medal of Honor", "medal"),
        ("Annapolis Conference", "conference"),
        ("Joint Council for Migrants", "council"),
    ],
)
def test_the_head_of_a_name_is_the_noun_before_its_of(name: str, head: str) -> None:
    assert head_word(name) == head


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Harbor Conference", False),
        ("Northern Straits Protocol", False),
        ("Medal of Valour", False),
        ("Fort Merrin Air Force Base", False),
        ("Eastmoor region", False),
        ("St. Anne & Merrow, Tolland", False),
        ("Department for Farming, Food and Rural Affairs", True),
        ("Harbor Commission", True),
        ("Bank of Eastmoor", True),
        ("Press Briefing", False),
        ("Harbor Jobs Plan", False),
        ("Coastal Economic Framework", False),
        ("Child Care Tax Credit", False),
        ("Readout of Harbor Room Meeting", False),
        ("Bloody Sunday", False),
        ("Harbor Heritage Month", False),
        ("Joint Address", False),
        # a faith is no body; its church is (session 10)
        ("Islam", False),
        ("Buddhism", False),
        ("Catholic Church", True),
    ],
)
def test_events_documents_awards_facilities_places_and_lists_are_no_bodies(name: str, body: bool) -> None:
    assert names_no_body(name) is not body


def test_an_event_and_a_charter_tagged_organisations_are_not_listed(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        "The Harbor Conference opened on Monday under the Northern Straits Protocol, and the Eastmoor "
        "Shipping Authority said it would comply."
    )
    assert "Harbor Conference" not in people and "Northern Straits Protocol" not in people


def test_the_field_of_an_office_is_no_organisation_and_the_name_after_it_is_a_person(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of("Secretary of Defense Lloyd Varden and Secretary of Homeland Security Ana Ruiz came.")
    assert "Defense" not in people and not any(name.startswith("Homeland") for name in people)
    assert people["Lloyd Varden"].roles[0] == "Secretary of Defense"


def test_a_body_after_an_offices_of_the_stays_a_body(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of("Lin Hao, Vice Premier of the State Council, arrived in Geneva on Friday.")
    assert people["State Council"].kind == "org"


def test_a_transcript_speaker_label_is_no_organisation(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of("MS. HALVORSEN: Yes, we will.\nQ And the second part?\nMS. HALVORSEN: No.\n")
    assert "HALVORSEN" not in people


def test_a_substance_capitalised_at_a_sentence_start_is_no_person(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        "Fentanyl is killing people in the county. The fentanyl comes from abroad, Mayor Ana Ruiz said."
    )
    assert "Fentanyl" not in people


def test_a_common_noun_opening_a_sentence_is_no_organisation(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of("Government said the plan would work. The government has not said when.")
    assert "Government" not in people


def test_a_surname_that_is_also_a_common_word_stays_a_person(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        "Spokesperson Ned Price said the price of oil would fall. Price added that talks go on."
    )
    assert "Ned Price" in people


def test_a_name_only_ever_where_something_is_is_a_place(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        "Russian forces shelled homes in Varnopol again. Aid reached families in Varnopol on Monday."
    )
    assert people.get("Varnopol") is None or people["Varnopol"].kind == "place"


def test_a_body_named_once_as_an_actor_stays_a_body(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of("The bill stalled in Congress again. Congress will vote on Friday, aides said.")
    assert people["Congress"].kind == "org"


def test_both_ends_of_a_route_are_places(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of("Buses left yesterday through a corridor from Varnopol to Holtsk, another city.")
    assert all(p.kind != "org" for name, p in people.items() if name in {"Varnopol", "Holtsk"})


def test_a_country_tagged_an_organisation_is_a_place(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of("The Secretary congratulated Moldova on its reforms.")
    assert people.get("Moldova") is None or people["Moldova"].kind == "place"


def test_a_hyphenated_region_modifying_a_noun_is_no_body(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of("Kosovo has Euro-Atlantic aspirations and a place in the Euro-Atlantic community.")
    assert people.get("Euro-Atlantic") is None or people["Euro-Atlantic"].kind == "place"


def test_a_craft_named_after_its_noun_is_no_body(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of("On April 12, 1981, Space Shuttle Columbia lifted off, NASA said.")
    assert "Columbia" not in people and people["NASA"].kind == "org"


def test_a_long_field_of_a_secretary_is_no_body_but_a_ceos_company_is(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        "Secretary of Housing and Urban Development Marcia Fudge spoke. Tim Cook, CEO of Apple, spoke."
    )
    assert "Housing and Urban Development" not in people
    assert people["Apple"].kind == "org"


def test_a_one_word_name_after_an_indefinite_article_is_a_thing(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of("He carried a Glock, police chief Ana Ruiz said.")
    assert "Glock" not in people


def test_the_words_before_a_laws_capitalised_head_are_no_body(
    people_of: Callable[..., dict[str, Person]],
) -> None:
    people = people_of(
        "Funds from the Coastal Renewal Law will reach every county, and the Harbor Pact Plan "
        "adds more. The Marlowe Institute welcomed the money."
    )
    assert "Coastal Renewal" not in people and "Harbor Pact" not in people


def test_the_field_after_a_bodys_on_is_no_body_of_its_own(
    people_of: Callable[..., dict[str, Person]],
) -> None:
    people = people_of(
        "The Interagency Working Group on Coal and Power Plant Communities and Economic Revitalization "
        "met on Tuesday. The Marlowe Institute welcomed its report."
    )
    assert not any(name.startswith(("Coal", "Power Plant")) for name in people)


PRODUCT_TEXT = (
    "With Harbor Navigator 9 (HN9) almost complete, HN6 users were told to move on. The Boeing 737 "
    "fleet was grounded, EU27 leaders met, and the Baltic Link 2 pipeline was delayed. The United "
    "Nations 75 years ago had 51 members."
)


@pytest.mark.parametrize(
    ("name", "product"),
    [
        ("HN", True),  # "HN6": one digit joined to the name
        ("Navigator", True),  # "Harbor Navigator 9 (": the last word of a versioned name
        ("Harbor Navigator", True),
        ("Baltic Link", True),  # "Baltic Link 2 pipeline"
        ("Boeing", False),  # "The Boeing 737 fleet": a maker's model after a determiner
        ("EU", False),  # "EU27": a count, two digits
        ("United Nations", False),  # "75 years": a number and a noun that is no product's
    ],
)
def test_a_name_written_with_a_version_number_is_a_product_line(name: str, product: bool) -> None:
    assert a_versioned_product(name, PRODUCT_TEXT) is product


def test_a_versioned_product_tagged_an_organisation_is_not_listed(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        "With Microsoft's Internet Explorer 9 (IE9) browser nearly done, Microsoft said on Friday that it "
        "is time for IE6 users to move on. IE's versions held 70 percent of the market in 2009. If rivals "
        "keep growing, IE could fall to fourth place."
    )
    assert "IE" not in people and "Microsoft" in people


def test_the_field_of_an_envoy_is_no_body(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of(
        "Our Special Presidential Envoy for Hostage Affairs is in regular contact with the family. Roger "
        "Carstens, Special Presidential Envoy for Hostage Affairs, met them on Monday."
    )
    assert "Hostage Affairs" not in people
    assert "Roger Carstens" in people


def test_a_name_after_the_last_field_of_a_list_is_the_envoys(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        "The delegation included Special Envoy for Refugees, Migrants, and Human Rights Maria Velasquez "
        "and Special Representative Tom Wester."
    )
    assert not any(name.startswith("Human Rights") for name in people)
    assert people["Maria Velasquez"].kind == "person"


def test_a_field_with_its_own_for_is_no_body(people_of: Callable[[str], dict[str, Person]]) -> None:
    people = people_of("Under Secretary of Energy for Science and Innovation Geri Rinaldi visited the lab.")
    assert not any(name.startswith("Energy") for name in people)
    assert people["Geri Rinaldi"].kind == "person"


def test_a_field_word_before_and_is_no_person_and_the_office_runs_to_the_name(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        "Today, HHS Assistant Secretary for Preparedness and Response Dawn O'Connell announced new funding."
    )
    assert "Preparedness" not in people
    assert people["Dawn O'Connell"].roles[0] == "HHS Assistant Secretary for Preparedness and Response"


def test_a_name_set_off_by_a_comma_after_an_office_is_its_holder(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        "We are joined by our Secretary of Energy, Jennifer Granwell; and our Secretary of Education, "
        "Miguel Cardosa, who began his career as a teacher."
    )
    assert "Miguel Cardosa" in people and "Jennifer Granwell" in people


def test_a_name_after_an_office_holders_and_stays_a_person(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of("US Deputy Secretary of State John Negroponte and Kim Jong Il met in Pyongyang.")
    assert people["Kim Jong Il"].kind == "person"


def test_an_organisation_named_as_the_end_of_a_persons_name_is_that_person(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        "Homeland Security Advisor Elizabeth Sherwood-Randall spoke first. Later, Sherwood-Randall said the "
        "Carter Center and the Harbor Authority would help."
    )
    assert "Sherwood-Randall" not in people or people["Sherwood-Randall"].kind == "person"
    assert people["Elizabeth Sherwood-Randall"].kind == "person"


def test_the_field_before_an_advisors_office_is_no_body(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        "Homeland Security Advisor Elena Varga spoke. The Harbor Council Advisor Tom Lee came."
    )
    assert "Homeland Security" not in people
    assert people["Harbor Council"].kind == "org"


def test_a_body_after_a_bare_comma_in_a_list_of_officials_stays_a_body(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        "Today, Secretary of Housing and Urban Development Marta Fudgel, National Economic Council "
        "Director Brian Deese, and others hosted a virtual event."
    )
    assert people["Brian Deese"].roles[0] == "National Economic Council Director"


@pytest.mark.parametrize(
    ("name", "product"),
    [
        ("Harbor Wolf", True),  # "the #2 browser after Wolf": ranked against a made thing
        ("Wolf", True),
        ("Barclays", False),  # "the largest bank after Barclays": a bank is a body
        ("Mozilla", False),  # only the ranked word makes the line
    ],
)
def test_a_name_ranked_against_a_made_thing_is_a_product_line(name: str, product: bool) -> None:
    text = (
        "Harbor Wolf, its main rival, keeps growing. Usually, Navigator is the #2 browser after Wolf. "
        "Lloyds is the largest bank after Barclays. Mozilla said little."
    )
    assert ranked_among_products(name, text) is product


def test_a_product_ranked_against_a_browser_is_not_listed(
    people_of: Callable[[str], dict[str, Person]],
) -> None:
    people = people_of(
        "Mozilla Firefox, its main rival, has been gaining market share, Microsoft said. Usually, Internet "
        "Explorer is the #2 browser after Firefox."
    )
    assert "Mozilla Firefox" not in people and "Microsoft" in people
