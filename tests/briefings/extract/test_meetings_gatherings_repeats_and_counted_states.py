"""Coming together, meeting again, and "the two countries" (issue 15, session 24, from set 20's misses):

- a verb of coming together ("gathered", "assembled") with two or more named people, bodies or
  countries coordinated in its subject and no object is a meeting of them ("protesters gathered",
  "gathered evidence" meet no one);
- a meeting marked as a repeat ("meet again", "a future meeting") whose subject names no party of
  its own ("they", "the ministers") is the parties of the meeting told just before, meeting once
  more, at the place and with the status its own clause gives;
- a counted plural for states ("the two countries", "both nations") is the countries the nearest
  sentence names exactly that many of ("France, Germany and Spain … the two countries": which two
  is not said, so no country);
- "spoke by telephone" is a call however the parser hangs "by";
- who announces, requests or proposes a meeting with someone is its other side, a meeting to come;
- urging someone "in a phone call", or being briefed by someone "in a meeting", is that call or meeting;
- "intervened, speaking to Thai Prime Minister X": a participle of talking to an office-holder named
  with the title is a conversation ("Speaking to reporters", "to the BBC" frame statements);
- "the Secretary of the Mongolian National Security Council Jadamba Enkhbayar": the capitalised words
  the tagger left untagged right after the body a title leads to are its holder.

Invented sentences of each construction, positive and negative.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


def test_named_people_gathering_is_a_meeting_of_all_of_them(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Foreign minister Omar Haddad and his Greek and French counterparts, Elena Pappas and "
            "Luc Moreau, respectively, gathered in Cairo on Wednesday to discuss maritime borders."
        )
    )
    assert set(names(meeting)) == {"Omar Haddad", "Elena Pappas", "Luc Moreau"}
    assert meeting.place == "Cairo"
    assert meeting.status == "held"


def test_envoys_of_two_countries_assembling_is_a_meeting(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("Envoys of Kenya and Uganda assembled in Arusha on Monday."))
    assert set(names(meeting)) == {"Kenya", "Uganda"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Protesters gathered outside the embassy in Cairo on Friday.",
        "Police gathered evidence from Tom Hale and Ana Ruiz.",
        "Thousands of supporters gathered in Lusaka to hear Ana Ruiz speak.",
        "They assembled in the square at noon.",
    ],
)
def test_gathering_without_named_parties_or_with_an_object_is_no_meeting(
    meetings_in: MeetingsIn, sentence: str
) -> None:
    assert meetings_in(sentence) == []


@pytest.mark.parametrize(
    "follow_up",
    [
        "They will meet again in Athens.",
        "The ministers agreed to meet again in Athens.",
        "The foreign ministers agreed to a future meeting in Athens.",
    ],
)
def test_meeting_again_is_the_same_parties_planned_elsewhere(meetings_in: MeetingsIn, follow_up: str) -> None:
    found = meetings_in("Omar Haddad and Elena Pappas met in Cairo on Wednesday. " + follow_up)
    assert len(found) == 2
    held, planned = found
    assert set(names(held)) == set(names(planned)) == {"Omar Haddad", "Elena Pappas"}
    assert (held.place, held.status) == ("Cairo", "held")
    assert (planned.place, planned.status) == ("Athens", "planned")


def test_meeting_again_far_from_the_meeting_takes_up_no_one(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Omar Haddad and Elena Pappas met in Cairo on Wednesday. The weather was mild. Markets rose. "
        "They will meet again in Athens."
    )
    assert len(found) == 1


def test_a_named_party_meeting_again_is_its_own_meeting(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Omar Haddad met Elena Pappas in Cairo on Wednesday. He will meet Luc Moreau again in May."
    )
    assert {frozenset(names(m)) for m in found} == {
        frozenset({"Omar Haddad", "Elena Pappas"}),
        frozenset({"Omar Haddad", "Luc Moreau"}),
    }


def test_the_leaders_of_the_two_countries_are_the_countries_just_named(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Turkey and Greece have long quarrelled over gas fields, but the leaders of the two countries "
            "spoke by telephone on Friday night."
        )
    )
    assert set(names(meeting)) == {"Turkey", "Greece"}


def test_two_countries_after_a_sentence_naming_one_look_further_back(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "France and Germany signed a deal. Spain objected. The leaders of the two countries met in Paris."
        )
    )
    assert set(names(meeting)) == {"France", "Germany"}


def test_two_countries_after_three_named_are_none_of_them(meetings_in: MeetingsIn) -> None:
    for meeting in meetings_in(
        "France, Germany and Spain signed a deal. The leaders of the two countries met in Paris."
    ):
        assert not {"France", "Germany", "Spain"} & set(names(meeting))


@pytest.mark.parametrize("verb", ["announced", "requested", "proposed"])
def test_who_puts_forward_a_meeting_with_someone_is_its_other_side(
    meetings_in: MeetingsIn, verb: str
) -> None:
    meeting = only(meetings_in(f"Ford {verb} a meeting with the UAW."))
    assert set(names(meeting)) == {"Ford", "UAW"}
    assert meeting.status == "planned"


def test_putting_forward_talks_between_others_does_not_join_them(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("The United Nations announced talks between Israel and Hamas."))
    assert set(names(meeting)) == {"Israel", "Hamas"}


@pytest.mark.parametrize("verb", ["encouraged", "urged", "pressed"])
def test_urging_someone_in_a_phone_call_is_the_call(meetings_in: MeetingsIn, verb: str) -> None:
    meeting = only(
        meetings_in(
            f"In a phone call in late July, President Tom Hale {verb} Prime Minister Ana Ruiz to act."
        )
    )
    assert set(names(meeting)) == {"Tom Hale", "Ana Ruiz"}
    assert meeting.status == "held"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz urged Tom Hale to hold talks with the rebels.",
        "Ana Ruiz called for talks with Tom Hale.",
        "Governor Ana Ruiz is asking questions in a range of meetings with senior officials about progress.",
    ],
)
def test_an_appeal_for_talks_is_still_no_meeting(meetings_in: MeetingsIn, sentence: str) -> None:
    assert meetings_in(sentence) == []


def test_being_briefed_by_someone_in_a_meeting_is_the_meeting(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("In a meeting on Friday, Governor Ana Ruiz was briefed by Fire Chief Tom Hale.")
    )
    assert set(names(meeting)) == {"Ana Ruiz", "Tom Hale"}


def test_being_praised_in_a_statement_is_no_meeting(meetings_in: MeetingsIn) -> None:
    assert meetings_in("In a statement on Friday, Governor Ana Ruiz was praised by Tom Hale.") == []


def test_counted_states_as_the_subject_of_another_verb_meet_no_one(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "In my recent meetings with the presidents of France and Mexico, both nations have indicated "
        "their intention to join."
    )
    assert [set(names(m)) for m in found if {"France", "Mexico"} <= set(names(m))] == []


def test_a_verb_and_a_noun_of_one_sentence_tell_one_meeting(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "North Korea and South Korea agreed in October, when the two nations met for a historic "
            "second summit."
        )
    )
    assert set(names(meeting)) == {"North Korea", "South Korea"}


def test_speaking_to_an_office_holder_is_a_conversation(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("Prime Minister Tom Hale intervened, speaking to Thai Prime Minister Ana Ruiz.")
    )
    assert set(names(meeting)) == {"Tom Hale", "Ana Ruiz"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Speaking to reporters, Tom Hale said the talks failed.",
        "Speaking to the BBC, Tom Hale said the talks failed.",
        "Tom Hale said, speaking to Ana Ruiz of the Daily Ledger, that the plan failed.",
        "Speaking to National Public Radio, Ana Ruiz said the law was progressive.",
    ],
)
def test_speaking_to_the_press_is_no_conversation(meetings_in: MeetingsIn, sentence: str) -> None:
    assert meetings_in(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        (
            "Advisor Tom Hale met today with the Secretary of the Mongolian National Security Council "
            "Jadamba Enkhbayar at the White House.",
            "Jadamba Enkhbayar",
        ),
        (
            "Secretary Tom Hale met with the Minister of Foreign Affairs of Estonia Urmas Reinsalu.",
            "Urmas Reinsalu",
        ),
    ],
)
def test_the_holder_named_after_a_titles_body_is_met(
    meetings_in: MeetingsIn, sentence: str, holder: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert set(names(meeting)) == {"Tom Hale", holder}


def test_a_title_and_its_body_with_no_name_meet_the_body(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("Advisor Tom Hale met with the Secretary of the National Security Council of Mongolia.")
    )
    assert set(names(meeting)) == {"Tom Hale", "National Security Council of Mongolia"}


def test_a_bodys_common_noun_met_is_a_group_not_an_organisation(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("President Tom Hale spoke by video conference today with Allies and partners.")
    )
    allies = [p for p in meeting.participants if p.name == "Allies"]
    assert [p.kind for p in allies] == ["group"]
