"""Office holders named after a comma, states in a list whatever the tagger calls them, appositives
after a conjunct, sites toured, records set, a release's own minister (issue 15, session 36, from
test set 35's misses once it was promoted to a dev set):

- "met with the President of Arland, Ana Lind, the Secretary General of the Northern Alliance (NA),
  Carl Ames, and the Prime Minister of Sweden, Ulf Kristersson": an office with its "of" or "for"
  phrase, then a comma and a name of two to four capitalised words, is that name's holder, though the
  tagger took the name for a place or a nationality and the parser hung it on another item of the
  list; "the Minister of Finance, Central Bank Governor …" names no holder that way;
- "the presidents of Benin, Guinea, Niger, and Ivory Coast": every country of a list of states is a
  party, though the tagger read "Niger" as a person and "Ivory Coast" as a region;
- "a call between Foreign Minister Taye and UK Foreign Secretary, David Lammy": an appositive after a
  conjunct names that conjunct, not the list's first item the parser hung it on;
- "visited New Zealand memorials and other sites" in a country, "visit aid projects": sites toured
  (the kind of site in the plural too) make no meeting with the country they lie in; "visited
  Belgium" still does;
- "as the first U.S. Cabinet member to visit the kingdom": a record set names no visitor;
- a release's bare "the Minister" is the minister it names first, though another minister was named
  since ("Dodds visited Ethiopia, where she met Foreign Minister Taye … While in Addis, the Minister
  also met with …"); "the Minister for Foreign Affairs of Indonesia" is the one the words describe;
- "its political opponents": an opponent, a rival, a critic are people, a side of a meeting;
- "arrived in Singapore on a state visit to attend the East Asia Summit": the one on the visit attends
  what it is for;
- "Tusk and Juncker represented the EU at the summit": people present together at a gathering the
  sentence does not name are one side there, no meeting of their own; "met at the summit" still is;
- "the heads of state or government of the member states of the African Union": a chain of "of"
  phrases through offices and membership speaks for the body at its end; "the leaders of the EU"
  stay the leaders;
- "both sides", "the two sides", "the two parties" are the two parties the text last coordinated as a
  clause's subject or a "between"'s object, in the few sentences before, unless both are persons
  (two people named together are as often one side as two).
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


def test_office_holders_named_after_their_commas_are_the_parties(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "In Davos, Prime Minister Carney met with the President of France, Emmanuel Macron, the Secretary"
        " General of the North Atlantic Treaty Organization (NATO), Mark Rutte, and the Prime Minister of"
        " Sweden, Ulf Kristersson."
    )
    assert names(only(found)) == ["Carney", "Emmanuel Macron", "Mark Rutte", "Ulf Kristersson"]


def test_a_headline_office_for_a_field_is_held_by_the_name_after_its_comma(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "United Kingdom’s Minister for International Development, Anneliese Dodds, visits Ethiopia."
    )
    assert names(only(found)) == ["Anneliese Dodds", "Ethiopia"]


def test_an_office_followed_by_another_office_names_no_holder(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Ames met with the Minister of Finance, Central Bank Governor Rita Okafor, in Lagos on Monday."
    )
    assert "Central Bank" not in " ".join(names(only(found)))
    assert "Rita Okafor" in names(only(found))


def test_every_country_of_a_listed_states_phrase_is_a_party(meetings_in: MeetingsIn) -> None:
    found = meetings_in("Obama met with the presidents of Benin, Guinea, Niger, and Ivory Coast on Friday.")
    assert names(only(found)) == ["Obama", "Benin", "Guinea", "Niger", "Ivory Coast"]


def test_an_appositive_after_a_conjunct_names_the_conjunct(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "The visit follows a phone call between Foreign Minister Taye and UK Foreign Secretary, David"
        " Lammy, last week."
    )
    assert names(only(found)) == ["Taye", "David Lammy"]


def test_an_appositive_of_the_first_item_still_names_it(meetings_in: MeetingsIn) -> None:
    found = meetings_in("Ames met Kenya's foreign minister, Samuel Kiprop, in Nairobi on Monday.")
    assert names(only(found)) == ["Ames", "Samuel Kiprop"]


@pytest.mark.parametrize(
    "text",
    [
        "While in Belgium, Mr Luxon also visited New Zealand memorials and other significant sites across"
        " Flanders Fields.",
        "Mr Luxon also visited memorials in Belgium.",
        "Mr Key will visit New Zealand Aid Programme projects during the five day visit.",
    ],
)
def test_sites_toured_make_no_meeting_with_the_country(meetings_in: MeetingsIn, text: str) -> None:
    assert meetings_in(text) == []


def test_a_country_visited_is_still_met(meetings_in: MeetingsIn) -> None:
    assert names(only(meetings_in("Mr Luxon visited Belgium on Monday."))) == ["Luxon", "Belgium"]


def test_a_record_set_names_no_visitor(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Gates arrived in Bahrain today. This visit will see the secretary, as the first U.S. Cabinet"
        " member to visit the kingdom since protests began, in more of a diplomatic role."
    )
    assert [names(m) for m in found] == [["Gates", "Bahrain"]]


def test_a_release_bare_minister_is_the_minister_it_names_first(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "The United Kingdom’s Minister for International Development, Anneliese Dodds, visited Ethiopia"
        " yesterday, where she met Foreign Minister Taye Atske-Selassie.\n\n"
        "While in Addis, the Minister also met with African Union Commissioner Bankole Adeoye."
    )
    assert ["Anneliese Dodds", "Bankole Adeoye"] in [names(m) for m in found]
    assert ["Taye Atske-Selassie", "Bankole Adeoye"] not in [names(m) for m in found]


def test_a_minister_described_in_full_is_the_one_described(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, held a Foreign Ministers’ Meeting"
        " with H.E. Ms. Retno L.P. Marsudi, Minister for Foreign Affairs of the Republic of Indonesia, who"
        " is visiting Japan."
    )
    assert names(only(found)) == ["MOTEGI Toshimitsu", "Retno L.P. Marsudi"]


def test_opponents_are_a_side(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Guinea's military government and its political opponents have agreed to meet in Burkina Faso."
    )
    assert names(only(found)) == ["Guinea military government", "political opponents"]
    assert only(found).status == "planned"


def test_the_one_on_a_visit_attends_what_the_visit_is_for(meetings_in: MeetingsIn) -> None:
    found = meetings_in("Putin arrived in Singapore on a state visit to attend the East Asia Summit.")
    assert sorted(names(m) for m in found) == [["Putin", "East Asia Summit"], ["Putin", "Singapore"]]


def test_people_present_at_an_unnamed_gathering_are_one_side(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "President Donald Tusk and President Jean-Claude Juncker represented the EU at the summit."
    )
    assert found == []


def test_people_who_meet_at_a_gathering_still_meet(meetings_in: MeetingsIn) -> None:
    assert names(only(meetings_in("Tusk and Juncker met at the summit on Monday."))) == ["Tusk", "Juncker"]


def test_heads_of_the_member_states_of_bodies_are_the_bodies(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "The heads of state or government of the member states of the African Union (AU) and the"
        " European Union (EU) met for the sixth summit in Brussels on Thursday."
    )
    assert names(only(found)) == ["African Union", "EU"]


def test_leaders_of_a_body_with_no_chain_stay_its_leaders(meetings_in: MeetingsIn) -> None:
    assert names(only(meetings_in("The leaders of the EU met in Brussels on Thursday."))) == [
        "leaders of the EU"
    ]


def test_both_sides_are_the_pair_the_text_last_coordinated(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Guinea's military government and its political opponents have agreed to meet in Burkina Faso. The"
        " talks follow last week's killings. President Compaore met with both sides in Conakry on Monday."
    )
    assert ["Guinea military government", "political opponents", "Compaore"] in [names(m) for m in found]


def test_both_sides_with_no_pair_before_stay_as_written(meetings_in: MeetingsIn) -> None:
    assert names(only(meetings_in("President Compaore met with both sides in Conakry on Monday."))) == [
        "Compaore",
        "sides",
    ]


def test_both_sides_after_two_people_of_one_side_names_no_pair(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Secretary Blinken and Secretary Austin hosted the Indian ministers on Monday. We also believe both"
        " sides will continue our close consultations."
    )
    assert ["Blinken", "Austin"] not in [names(m) for m in found]
