"""A first-person release is its author's account (issue 15, session 39, from test set 38's misses once
it was promoted to a dev set, and the same class in dev sets 34 and 37):

- a minister's media release says "In my meeting with Environment Minister John Pundari, I affirmed
  …" and never names the minister; the source's author field does ("Minister for Foreign Affairs
  (Senator the Hon Marise Payne)"). When that field names exactly one person and the body outside its
  quotations says "I", "me" or "my" at least twice, "I" is that person, as under a byline;
- an author field that names an office, an outlet or two people ("Deputy Prime Minister A and
  Minister B (joint media release)") says nothing about who "I" is;
- a body that says "I" once (a quoted aside, a figure of speech) is no first-person account.
"""

from __future__ import annotations

import pytest

from briefings.extract.remarks import author_turns
from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow

_RELEASE = (
    "My first visit to Papua New Guinea as Foreign Minister was a productive one.\n\n"
    "In my meeting with Environment Minister John Pundari, I affirmed our commitment to the Kokoda Track."
)


def test_i_in_a_first_person_release_is_the_one_person_its_author_field_names(
    meetings_in: MeetingsIn,
) -> None:
    meetings = meetings_in(
        _RELEASE, author="Minister for Foreign Affairs (Australian Government; Senator the Hon Marise Payne)"
    )
    met = [m for m in meetings if "John Pundari" in names(m)]
    assert names(only(met)) == ["Marise Payne", "John Pundari"]


@pytest.mark.parametrize(
    "author",
    [
        None,
        "Prime Minister's Office (Canada)",
        "VOA News",
        "Deputy Prime Minister Richard Marles and Minister for Foreign Affairs Penny Wong (joint release)",
    ],
)
def test_an_author_field_naming_no_one_person_leaves_i_unread(
    meetings_in: MeetingsIn, author: str | None
) -> None:
    meetings = meetings_in(_RELEASE, author=author)
    assert all("Marise Payne" not in names(m) for m in meetings)
    assert all(len(m.participants) >= 2 for m in meetings)


@pytest.mark.parametrize(
    ("author", "name", "role"),
    [
        (
            "Prime Minister Helen Clark (New Zealand Government media statement)",
            "Helen Clark",
            "Prime Minister",
        ),
        ("Senator the Hon Marise Payne", "Marise Payne", "Senator"),
        ("The Rt Hon Winston Peters", "Winston Peters", None),
        ("Rt Hon Christopher Luxon, Prime Minister (New Zealand Government)", "Christopher Luxon", None),
    ],
)
def test_the_author_fields_person_and_office(author: str, name: str, role: str | None) -> None:
    (turn,) = author_turns("I met them. I thanked them.", author)
    assert (turn.label, turn.role) == (name, role)


def test_a_body_that_says_i_once_is_no_first_person_account() -> None:
    assert author_turns("The minister met the envoy. As I see it, the talks went well.", "Jane Roe") == []


def test_first_person_words_inside_quotations_are_the_speakers_not_the_authors() -> None:
    body = (
        "Prime Minister Christopher Luxon has held talks in Brussels. 'This was emphasised in my meetings,"
        " and I welcomed it,' he said. He now travels to the Netherlands."
    )
    assert author_turns(body, "Rt Hon Christopher Luxon, Prime Minister") == []
