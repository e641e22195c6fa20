"""Name keys: middle initials tell a father from a son, and never keep one person apart."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from briefings.identity import given_names_fit, person_key
from briefings.model.facts import Extraction, PersonRef, Quote
from briefings.store import SqlStore
from tests.briefings.store.builders import article

DAY = datetime(2022, 3, 1, tzinfo=UTC)


def fit(short: str, long: str) -> bool:
    return given_names_fit(person_key(short).first, person_key(long).first)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("George W. Bush", "George H. W. Bush"),
        ("George W. Bush", "George H.W. Bush"),
        ("Mary K. Lee", "Mary J. Lee"),
        ("Robert F. Kennedy", "Robert S. Kennedy"),
    ],
)
def test_conflicting_middle_initials_are_two_people(one: str, other: str) -> None:
    assert person_key(one).first != person_key(other).first
    assert not fit(one, other)
    assert not fit(other, one)


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("Antony Blinken", "Antony J. Blinken"),
        ("Joe Biden", "Joseph R. Biden Jr."),
        ("Irfaan Ali", "Mohamed Irfaan Ali"),
        ("George H.W. Bush", "George H. W. Bush"),
        ("Antony J. Blinken", "Antony Blinken"),  # a query with the initial finds the plain name
        ("Franklin D. Roosevelt", "Franklin Delano Roosevelt"),  # the initial of the name written out
    ],
)
def test_an_initial_never_keeps_one_person_apart(short: str, long: str) -> None:
    assert fit(short, long)


def test_a_full_middle_name_that_an_initial_contradicts_is_another_person() -> None:
    assert not fit("George H. W. Bush", "George Walker Bush")


def test_the_key_of_a_name_leaves_out_its_initials_and_the_given_names_keep_them() -> None:
    key = person_key("Secretary of State Antony J. Blinken")
    assert (key.display, key.key, key.last) == ("Antony J. Blinken", "antony blinken", "blinken")
    assert key.first is not None and key.first.startswith("antony")
    assert person_key("Antony Blinken").first == "antony"
    tolkien = person_key("J.R.R. Tolkien")
    assert tolkien.first is not None and tolkien.last == "tolkien"  # initials alone are given names too


def _save_quote(store: SqlStore, now: datetime, slug: str, speaker: str) -> int:
    a = article(
        f"Quote {slug}", f'"Words {slug}," said {speaker}.', published=DAY, url=f"https://example.org/{slug}"
    )
    quote = Quote(f"Words {slug}", PersonRef(speaker, None), "direct", a.evidence[0])
    store.save_document(a.document, Extraction(a.document.id, quotes=(quote,)), now=now)
    [stored] = [q for q in store.quotes() if q.quote.text == f"Words {slug}"]
    assert stored.speaker_id is not None
    return stored.speaker_id


def test_across_documents_a_father_and_a_son_stay_two_people_and_plain_names_join_by_initials(
    store: SqlStore, now: datetime
) -> None:
    son = _save_quote(store, now, "1", "George W. Bush")
    father = _save_quote(store, now, "2", "George H. W. Bush")
    assert son != father
    assert _save_quote(store, now, "3", "George H.W. Bush") == father
    assert _save_quote(store, now, "4", "Antony J. Blinken") == _save_quote(store, now, "5", "Antony Blinken")
    assert [q.quote.text for q in store.quotes(person="George W. Bush")] == ["Words 1"]


def test_the_name_after_bin_is_a_fathers_not_a_family_name() -> None:
    """ "King Salman" and "Crown Prince Mohammed bin Salman" are two people: a bare "Salman"
    must not join the prince's identity as if Salman were his surname."""
    assert person_key("Crown Prince Mohammed bin Salman").last == "bin salman"
    assert person_key("King Salman").last == "salman"
    assert person_key("Hussein bin Abdullah").key != person_key("Abdullah").key
