"""Meetings in news prose (issue 15, session 22), from test set 19's news (promoted to dev):

- a speech to a gathering named by its name sets its clause at the gathering: "In an address to the
  UN General Assembly, Bush criticized Iran" (Bush was there); "addressed the World Health Assembly"
  too; a speech "to the nation" or to an unnamed "assembly" names no gathering met;
- "is scheduled to meet in Damascus, Syria with Mashal": the "with" the parser hangs on the place (or
  on its appositive) is the verb's; "met in Paris with a smile" names no one;
- "the Prime Minister of Turkey, Recep Tayyip Erdoğan paid a visit" (no closing comma, parsed as a
  coordination without "and"): the name is the title's holder, not a second party;
- a qualified office is another office: "the Prime Minister of Turkey" is not the "Minister of Foreign
  Affairs for Turkey" named elsewhere in the text, while "the prime minister of Moldova" is "Prime
  Minister Natalia Gavrilita"; the one holder of an office's word is meant only when no other office of
  that word is held in the text ("the President of France" is not President Ames when a Vice President
  is named too);
- a family name written later without its glued article ("Nasser al-Shaer …. Carter then met with
  Shaer") is the same person, and the two mentions are one meeting;
- joining a body as a member ("had not joined any radical organisations") is no meeting, joining
  people ("joined the other heads of government") is;
- the other side of negotiations named by a nationality and a group noun: "began negotiations with
  the Somali pirates".

Every case is an invented sentence of the construction it specifies, positive and negative.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Meeting
from tests.briefings.extract.meeting_support import names, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In an address to the UN General Assembly on Wednesday, President George Bush criticized Iran.",
            ["George Bush", "UN General Assembly"],
        ),
        (
            "In a speech to the World Health Assembly, Health Minister Jane Smith said that vaccines work.",
            ["Jane Smith", "World Health Assembly"],
        ),
        (
            "Chancellor Maria Kessler addressed the UN General Assembly in New York on Wednesday.",
            ["Maria Kessler", "UN General Assembly"],
        ),
    ],
)
def test_a_speech_to_a_named_gathering_is_presence_at_it(
    meetings_in: Callable[..., list[Meeting]], sentence: str, expected: list[str]
) -> None:
    assert names(only(meetings_in(sentence))) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "In a speech to the nation, President George Bush criticized Iran.",
        "In a speech to the assembly, President George Bush criticized Iran.",
    ],
)
def test_a_speech_to_no_named_gathering_meets_no_one(
    meetings_in: Callable[..., list[Meeting]], sentence: str
) -> None:
    assert meetings_in(sentence) == []


def test_with_hung_on_the_place_of_a_meeting_verb_is_the_verbs(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Friday, Carter is scheduled to meet in Damascus, Syria with Khaled Mashal, who is considered "
            "the political leader of Hamas."
        )
    )
    assert names(meeting) == ["Carter", "Khaled Mashal"]
    assert meeting.status == "planned"
    assert meeting.place is not None and meeting.place.startswith("Damascus")


def test_with_a_manner_after_the_place_meets_no_one(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("He met in Paris with a smile.") == []


def test_a_title_and_its_holder_without_a_closing_comma_are_one_party(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "On Monday, the Prime Minister of Turkey, Recep Tayyip Erdoğan paid an official state visit to "
        "the United States. During his visit, he met with President George W. Bush in the White House.\n\n"
        "Ali Babacan, the Minister of Foreign Affairs for Turkey, was not impressed by the offers."
    )
    assert [names(m) for m in found] == [
        ["Recep Tayyip Erdoğan", "United States"],
        ["Recep Tayyip Erdoğan", "George W. Bush"],
    ]


def test_a_qualified_office_is_not_held_by_another_office_of_its_country(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "The Prime Minister of Turkey will visit Washington next week.\n\n"
            "Ali Babacan, the Minister of Foreign Affairs for Turkey, was not impressed by the offers."
        )
    )
    assert "Ali Babacan" not in names(meeting)


def test_an_office_of_a_country_is_its_one_holder_named_with_the_same_office(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Prime Minister Natalia Gavrilita spoke on Monday. Later the prime minister of Moldova will "
            "meet Blinken in Chisinau."
        )
    )
    assert names(meeting) == ["Natalia Gavrilita", "Blinken"]


def test_a_family_name_without_its_article_is_the_same_person_and_meeting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Former President Jimmy Carter met with Nasser al-Shaer on Tuesday. Shaer is a former "
            "education minister.\n\nCarter then met with Shaer, whom he greeted with a hug."
        )
    )
    assert names(meeting) == ["Jimmy Carter", "Nasser al-Shaer"]


def test_joining_a_body_as_a_member_is_no_meeting(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("Uka had not joined any radical organisations, the court heard.") == []


def test_joining_people_is_meeting_them(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert names(only(meetings_in("Banda joined the other heads of government at the table."))) == [
        "Banda",
        "heads of government",
    ]


def test_negotiations_with_a_group_named_by_nationality_meet_it(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(meetings_in("Vela International Marine has begun negotiations with the Somali pirates."))
    assert names(meeting) == ["Vela International Marine", "Somali pirates"]


def test_an_office_of_a_country_is_not_the_one_holder_of_its_word_when_another_office_shares_it(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "President Ames will host the summit. Vice President Kerr joined him on Monday.\n\n"
        "Tomorrow the President of France will meet Chancellor Olaf Scholz in Berlin."
    )
    berlin = [m for m in found if m.place == "Berlin"]
    assert len(berlin) == 1
    assert "Ames" not in names(berlin[0])
