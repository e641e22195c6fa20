"""Name surface rules shared by the people index and transcript labels."""

from __future__ import annotations

from briefings.extract.names import gender_of_title, looks_like_name, normalise_case, split_title


def test_leading_office_is_split_from_the_name() -> None:
    assert split_title("Secretary of State Antony J. Blinken") == ("Secretary of State", "Antony J. Blinken")
    assert split_title("Minister for Foreign Affairs Dmytro Kuleba") == (
        "Minister for Foreign Affairs",
        "Dmytro Kuleba",
    )


def test_shouting_transcript_label_is_title_cased_before_splitting() -> None:
    assert normalise_case("SECRETARY BLINKEN") == "Secretary Blinken"
    assert split_title("**PRESIDENT BIDEN:**") == ("President", "Biden")


def test_a_name_without_title_is_kept_whole() -> None:
    assert split_title("Mullah Abdul Ghani Baradar") == ("", "Mullah Abdul Ghani Baradar")
    assert split_title("Lyons’") == ("", "Lyons")


def test_honorifics_carry_gender_offices_do_not() -> None:
    assert gender_of_title("Mrs.") == "f"
    assert gender_of_title("Mr.") == "m"
    assert gender_of_title("Foreign Minister") is None


def test_hyphenated_and_particle_names_look_like_names() -> None:
    assert looks_like_name("Suleiman al-Amr")
    assert looks_like_name("Wang Yi")
    assert not looks_like_name("the minister")
