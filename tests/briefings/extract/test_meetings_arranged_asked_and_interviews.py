"""Meetings arranged, asked for, held by a body alone; staff as a side; interviews and broadcasts
(issue 15, session 21).

Invented sentences of each construction, positive and negative:
- a "be to" infinitive and a passive "meant"/"supposed to" arrange a meeting still to come ("The
  union is to meet with the management tomorrow", "was meant to discuss the loans with European Union
  officials at a meeting in Brussels"); the topic's "with" names a named body's officials;
- a meeting asked of someone ("have asked senior management for an emergency meeting") is one to
  come between the askers and the asked; "asked him for a meeting" asks no one the text names;
- a named organisation holding a meeting or a session with no one else ("The Security Council held
  an emergency meeting") sits itself; a body that "had not met to approve" it did not sit at all;
- the people who run a body are a side: "the airline's management" (the organisation named before),
  "Qantas senior management"; a kind of body before an untagged name names the body ("The labour
  union UNITE");
- a fronted gathering sets every joined clause: "At a Lusaka forum, A described …, and B said …";
  "chairman of the Harbour Commission Wei Lan" is Wei Lan;
- "She issued a statement containing instructions after meeting with X": the time phrase the parser
  hung on the text's participle is the issuer's;
- "neither the President nor X met with her" names no meeting; "remains ready to meet", "is willing to
  meet" offer one; "the variants that we have been discussing" tells a topic ("the issues that A
  discussed with B" is a meeting);
- "speaking with magazine Ebony" gives an interview, "hosting the television show The Late Hour"
  presents a broadcast: no meeting; "The news agency Agência Lusa reported that President X …. He
  will meet …": the agency is no "he".
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


def test_a_be_to_infinitive_arranges_a_meeting(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("Union leader Ana Ruiz is to meet with Prime Minister Tomas Berg tomorrow."))
    assert names(meeting) == ["Ana Ruiz", "Tomas Berg"]
    assert meeting.status == "planned"


def test_a_meeting_one_was_meant_to_attend_is_still_to_come(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Tomas Berg was meant to discuss the loans with European Union financial officials at a "
            "meeting in Brussels this week."
        )
    )
    assert names(meeting) == ["Tomas Berg", "European Union financial officials"]
    assert meeting.status == "planned"
    assert meeting.place == "Brussels"


def test_a_meeting_asked_of_someone_is_planned_between_askers_and_asked(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("Harbour pilots have asked Portline senior management for an urgent meeting."))
    assert names(meeting) == ["Harbour pilots", "Portline senior management"]
    assert meeting.status == "planned"


def test_a_meeting_asked_of_a_pronoun_names_no_side(meetings_in: MeetingsIn) -> None:
    assert meetings_in("The mayor said that the governor asked him for a meeting tonight.") == []


def test_a_named_body_holding_a_meeting_alone_sits(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("The United Nations Security Council held an emergency meeting on Sunday."))
    assert names(meeting) == ["United Nations Security Council"]
    assert meeting.status == "held"


def test_a_body_that_had_not_met_did_not_sit(meetings_in: MeetingsIn) -> None:
    assert meetings_in("The strike was unlawful, since the Security Council had not met to approve it.") == []


def test_a_meeting_refused_to_a_named_party_is_still_called_off(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("President Tomas Berg will not meet Chancellor Ana Ruiz in Vienna."))
    assert meeting.status == "cancelled"


def test_the_people_who_run_a_body_are_a_side(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "The labour union UNITE, which represents cabin crew for Aer Lingus, is to meet with the "
            "airline's management tomorrow."
        )
    )
    assert names(meeting) == ["UNITE", "Aer Lingus management"]
    assert meeting.status == "planned"


def test_a_fronted_gathering_sets_every_joined_clause(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "At a Lusaka forum on Wednesday, Finance Minister Tomas Berg described the risks as small, "
            "and chairman of the Harbour Commission Wei Lan said that debt must fall."
        )
    )
    assert {"Tomas Berg", "Wei Lan"} <= set(names(meeting))


def test_an_interview_or_a_broadcast_is_no_meeting(meetings_in: MeetingsIn) -> None:
    assert meetings_in("Senator Ana Ruiz noted, speaking with magazine Ebony, that police must change.") == []
    assert (
        meetings_in("Tomas Berg compared the law to theft while hosting the television show The Late Hour.")
        == []
    )


def test_a_news_agency_is_no_he(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "The official news agency Agência Lusa reported that President Tomas Berg was upset by the "
            "layoffs. He will meet with company directors next week."
        )
    )
    assert names(meeting) == ["Tomas Berg", "company directors"]


def test_a_time_phrase_hung_on_a_texts_participle_is_its_issuers(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "President Ana Ruiz said the strikes must stop. She issued a statement containing detailed "
            "instructions after meeting with retired judge Tomas Berg in Manila."
        )
    )
    assert names(meeting) == ["Ana Ruiz", "Tomas Berg"]
    assert meeting.place == "Manila"


def test_a_person_doing_something_after_a_meeting_is_still_the_one_who_met(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("Reporters saw Mayor Ana Ruiz leaving the hall after meeting with Governor Tomas Berg.")
    )
    assert "Tomas Berg" in names(meeting)


@pytest.mark.parametrize(
    "sentence",
    [
        "She was disappointed that neither the President nor Tomas Berg met with her family.",
        "The envoy said Washington remains ready to meet with Pyongyang without preconditions.",
        "Ana Ruiz said she is willing to meet President Tomas Berg.",
        "This is a list of the variants that Ana Ruiz and Tomas Berg have been discussing for weeks.",
    ],
)
def test_no_one_meets_when_neither_side_did_an_offer_stands_or_a_topic_is_told(
    meetings_in: MeetingsIn, sentence: str
) -> None:
    assert meetings_in(sentence) == []


def test_issues_discussed_with_someone_in_a_relative_clause_are_a_meeting(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("These are the issues that Ana Ruiz discussed with Tomas Berg on Monday."))
    assert names(meeting) == ["Ana Ruiz", "Tomas Berg"]
