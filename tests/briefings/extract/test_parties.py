"""Which words are no name: title words run into a participant's name, and a name cut short."""

from __future__ import annotations

from briefings.extract.parties import no_name, same_party, untitled
from briefings.model.facts import PersonRef


def test_untitled_drops_title_words_run_into_a_name() -> None:
    assert untitled(PersonRef("Chairperson Faki", None, "person")).name == "Faki"
    assert untitled(PersonRef("Elect Gustavo Petro", None, "person")).name == "Gustavo Petro"
    assert (
        untitled(PersonRef("European Commission Frans Timmermans", None, "person")).name == "Frans Timmermans"
    )


def test_untitled_keeps_titles_inside_a_name_and_offices_alone() -> None:
    assert untitled(PersonRef("Hassan Sheikh Mohamud", None, "person")).name == "Hassan Sheikh Mohamud"
    assert untitled(PersonRef("Vice President", None, "person")).name == "Vice President"
    assert untitled(PersonRef("Crown Prince", None, "group")).name == "Crown Prince"


def test_a_name_cut_short_is_the_full_name() -> None:
    assert same_party(PersonRef("Lee Hsien", None, "person"), PersonRef("Lee Hsien Loong", None, "person"))
    assert not same_party(PersonRef("Lee Ming", None, "person"), PersonRef("Lee Hsien Loong", None, "person"))


def test_a_short_title_word_ending_a_name_is_still_a_name() -> None:
    assert not no_name(PersonRef("Hun Sen", "Prime Minister", "person"))
    assert no_name(PersonRef("Chinese Communist Party Politburo Member", None, "person"))


def _person(name: str) -> PersonRef:
    return PersonRef(name, None, "person")


def test_two_given_names_with_one_family_name_are_two_people() -> None:
    """A king and a prince, a wife and a husband: the shared family name does not make them one."""
    assert not same_party(_person("Salman bin Abd al-Aziz Al Saud"), _person("Mohammad bin Salman Al Saud"))
    assert not same_party(_person("Hillary Clinton"), _person("Bill Clinton"))
    assert not same_party(_person("Gabriel Salguero"), _person("Jeanette Salguero"))


def test_one_name_written_two_ways_is_one_person() -> None:
    """A familiar form of the given name, a word in front, the family name first, an accent dropped,
    a surname alone."""
    assert same_party(_person("Joe Biden"), _person("Joseph R. Biden"))
    assert same_party(_person("Bill Clinton"), _person("William Clinton"))
    assert same_party(_person("Ayatollah Ali Khamenei"), _person("Ali Khamenei"))
    assert same_party(_person("Kishida Fumio"), _person("Fumio Kishida"))
    assert same_party(_person("João Gomes Cravinho"), _person("Joao Gomes Cravinho"))
    assert same_party(_person("Mr Clinton"), _person("Bill Clinton"))
    assert same_party(_person("Clinton"), _person("Hillary Clinton"))
