"""Who counts as an organisation or a country: the text rules of a lookup."""

from __future__ import annotations

import pytest

from briefings.subjects import demonym_words, entity_includes, name_forms, names_any, role_names_member


@pytest.mark.parametrize(
    ("role", "entity"),
    [
        ("Chinese Foreign Minister", "China"),
        ("China's Foreign Minister", "China"),
        ("the Taliban’s chief negotiator", "Taliban"),
        ("Taliban co-founder", "Taliban"),
        ("U.S. Deputy Secretary of State", "United States"),
        ("Afghan President", "Afghanistan"),
    ],
)
def test_a_role_naming_the_entity_as_its_own_makes_an_official(role: str, entity: str) -> None:
    assert role_names_member(role, name_forms(entity))


@pytest.mark.parametrize(
    ("role", "entity"),
    [
        ("UN Special Representative for Afghanistan", "Afghanistan"),
        ("U.S. Ambassador to China", "China"),
        ("an expert on the Taliban", "Taliban"),
        ("Taliban analyst", "Taliban"),
        ("Foreign Minister", "China"),
    ],
)
def test_a_destination_a_portfolio_or_a_scholar_is_no_official(role: str, entity: str) -> None:
    assert not role_names_member(role, name_forms(entity))


def test_delegations_ministries_and_factions_belong_to_what_they_are_named_after() -> None:
    assert entity_includes("Taliban delegation", name_forms("Taliban"))
    assert entity_includes("Afghan Taliban", name_forms("Taliban"))
    assert entity_includes("Chinese foreign ministry", name_forms("China"))
    assert not entity_includes("Talibanistan Times", name_forms("Taliban"))


def test_country_forms_include_short_forms_and_demonyms_but_not_other_countries() -> None:
    assert {"united states", "us", "u s", "america"} <= name_forms("the United States")
    assert demonym_words({"china"}) == ("chinese",)
    assert names_any("acts detrimental to China.", {"china"})
    assert not names_any("Chinatown", {"china"})
