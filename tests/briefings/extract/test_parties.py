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
