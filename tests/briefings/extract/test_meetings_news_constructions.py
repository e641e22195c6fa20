"""Meetings told in the constructions of news reports (issue 15, session 16).

Invented sentences of each construction, positive and negative:
- a fronted meeting phrase: "In a telephone conversation with X, S declared", "In talks with X, S
  said", "In meetings with A and B, S discussed" (one meeting with each); with no one holding them,
  "In separate calls with A and B" makes no meeting of A with B; a conversation is a meeting on its
  own only phoned or owned ("we're having conversations with Congress" is press-room business);
- talks under way or to come: "has been talking to A and B", "will talk to X"; an infinitive
  tells an occasion only as the chance someone had (since session 28: "had the chance to talk to X"
  is a held talk, `test_meetings_spoken_to.py`);
- a body before or after a meeting noun is who met: "led a cabinet meeting", "chaired a meeting of
  the cabinet"; "attend cabinet meetings" is meetings in general;
- the sides of a dispute named by common nouns: "the government and the opposition resumed talks";
- trips: "is on a ten-day visit to X", "a tour of Southern African Development Community countries"
  (the countries as one group); "a tour of the plant" tours a building;
- status: "asked to meet X" (the subject's own request) is planned, "asked both sides to meet" an
  appeal; "hours before a state visit" is a visit to come; "any conversations he has with X" none;
- gatherings: "the teleconference held by X with Y" (the participle's agent and "with" party),
  "addressed the World Food Summit", "spoke at the summit" (present at it); "attended by a delegation
  including X" lists attendees, "addressing themes at the summit" talks of topics;
- a headline's "meeting without X": X was absent; "visited Mahabodhi Temple" tours a building;
- "meet President X, the President of Colombia Y and Spain's prime minister, Z": every titled name the
  parser hung under the first is met ("X, the son of W" reaches W through no title);
- "a meeting of the United Nations": one named body's meeting ("the Summit of the Americas", "the
  lame duck session of Congress", "its inaugural meeting" are not);
- "Foreign Ministers Eva Lind and Tom Kerr met in Oslo": each party's office is the singular, for a
  name the tagger left untagged too (session 28);
- a gerund an "including" lists is the subject's doing (session 28): "Thunberg has met world leaders,
  including meeting with Pope Francis"; "The plan has many parts, including meeting with X" names no
  one who meets.
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
            "In a telephone conversation with French president Nicolas Sarkozy on Sunday, Russian "
            "president Dmitry Medvedev declared that troops would leave.",
            ["Dmitry Medvedev", "Nicolas Sarkozy"],
        ),
        (
            "In talks with President Hamid Ansari on Monday, Prime Minister Gordon Brown promised more aid.",
            ["Gordon Brown", "Hamid Ansari"],
        ),
        (
            "During his conversation with President Xi Jinping, President Joe Biden talked about values.",
            ["Joe Biden", "Xi Jinping"],
        ),
    ],
)
def test_a_clause_set_in_talks_or_a_phoned_conversation_is_its_subjects_meeting(
    meetings_in: Callable[..., list[Meeting]], sentence: str, expected: list[str]
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == expected
    assert meeting.status == "held"


def test_meetings_with_a_list_are_one_meeting_with_each_never_among_the_listed(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "In meetings with King Abdullah and President Mahmoud Abbas, Secretary Hillary Clinton "
        "discussed the peace process."
    )
    assert sorted(names(m) for m in found) == [
        ["Hillary Clinton", "Abdullah"],
        ["Hillary Clinton", "Mahmoud Abbas"],
    ]
    held_by_no_one = meetings_in(
        "In separate calls with King Abdullah and President Mahmoud Abbas, the peace process was discussed."
    )
    assert held_by_no_one == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We're having conversations with Congress.",
        "We will not detail any conversations he has with Senator Joe Manchin.",
        "Speaking to news site Dublin Live, Mayor John Kerr said it was fine.",
    ],
)
def test_ongoing_business_a_generic_conversation_or_an_interview_is_no_meeting(
    meetings_in: Callable[..., list[Meeting]], sentence: str
) -> None:
    assert meetings_in(sentence) == []


def test_talks_under_way_or_to_come_are_meetings(meetings_in: Callable[..., list[Meeting]]) -> None:
    under_way = only(
        meetings_in(
            "Arthur Mutambara said at a news conference on Monday that he was talking to both Robert "
            "Mugabe and Morgan Tsvangirai."
        )
    )
    assert names(under_way) == ["Arthur Mutambara", "Robert Mugabe", "Morgan Tsvangirai"]
    assert under_way.status == "held"
    to_come = only(meetings_in("Biden will talk to President Xi Jinping on Friday."))
    assert names(to_come) == ["Biden", "Xi Jinping"]
    assert to_come.status == "planned"


@pytest.mark.parametrize(
    "sentence",
    [
        "Zimbabwean president Robert Mugabe led a cabinet meeting on Tuesday.",
        "Zimbabwean president Robert Mugabe chaired a meeting of the cabinet on Tuesday.",
    ],
)
def test_a_body_named_with_a_meeting_noun_is_who_met(
    meetings_in: Callable[..., list[Meeting]], sentence: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert sorted(names(meeting)) == ["Robert Mugabe", "cabinet"]


def test_meetings_in_general_name_no_body_met(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("Morgan Tsvangirai is expected to attend cabinet meetings.") == []


def test_the_sides_of_a_dispute_named_by_common_nouns_are_the_parties(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(meetings_in("In Kenya, the government and opposition have resumed talks on the dispute."))
    assert names(meeting) == ["government", "opposition"]
    assert meeting.place == "Kenya"
    assert meetings_in("The government will meet with union leaders.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Morgan Tsvangirai is on a ten-day visit to South Africa.", ["Morgan Tsvangirai", "South Africa"]),
        (
            "Morgan Tsvangirai began a tour of Southern African Development Community countries on Monday.",
            ["Morgan Tsvangirai", "Southern African Development Community countries"],
        ),
    ],
)
def test_a_traveller_on_a_visit_or_a_tour_visits_its_destination(
    meetings_in: Callable[..., list[Meeting]], sentence: str, expected: list[str]
) -> None:
    assert names(only(meetings_in(sentence))) == expected


def test_a_tour_of_a_building_is_no_meeting(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert meetings_in("President Joe Biden took a tour of the plant.") == []


def test_asking_to_meet_is_a_meeting_sought_and_asking_others_an_appeal(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    sought = only(meetings_in("Prime Minister Nouri al-Maliki asked to meet Moqtada al-Sadr in Basra."))
    assert names(sought) == ["Nouri al-Maliki", "Moqtada al-Sadr"]
    assert sought.status == "planned"
    assert meetings_in("Senator John Kerry asked President Hosni Mubarak to meet the protesters.") == []


def test_hours_before_a_state_visit_the_visit_is_to_come(meetings_in: Callable[..., list[Meeting]]) -> None:
    visit = only(
        meetings_in("President Jacob Zuma spoke to reporters hours before a state visit to Britain.")
    )
    assert names(visit) == ["Jacob Zuma", "Britain"]
    assert visit.status == "planned"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The video teleconference held Thursday by President George Bush with U.S. troops in Iraq "
            "drew fire.",
            ["George Bush", "U.S. troops"],
        ),
        ("Jacques Diouf addressed the World Food Summit in Rome.", ["Jacques Diouf", "World Food Summit"]),
        ("Jacques Diouf spoke at the World Food Summit in Rome.", ["Jacques Diouf", "World Food Summit"]),
    ],
)
def test_who_held_addressed_or_spoke_at_a_gathering_was_at_it(
    meetings_in: Callable[..., list[Meeting]], sentence: str, expected: list[str]
) -> None:
    assert names(only(meetings_in(sentence))) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting follows the COP26 U.N. Climate Change Conference, attended by a U.S. delegation "
        "including President Biden.",
        "We look forward to addressing these themes in December at the U.S.-Africa Leaders Summit.",
        "Jacques Diouf spoke at a press conference in Rome.",
    ],
)
def test_a_list_of_attendees_a_topic_addressed_or_a_press_conference_is_no_meeting(
    meetings_in: Callable[..., list[Meeting]], sentence: str
) -> None:
    assert meetings_in(sentence) == []


def test_who_a_headline_meeting_is_held_without_is_no_party(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    assert meetings_in("Nothing here.", title="Mugabe holds cabinet meeting without Tsvangirai") == []
    with_him = only(meetings_in("Nothing here.", title="Mugabe holds meeting with Tsvangirai"))
    assert names(with_him) == ["Mugabe", "Tsvangirai"]


def test_a_building_named_by_its_kind_is_toured_whatever_its_entity_tag(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    assert (
        meetings_in("In October members of a militant group claimed to have visited Mahabodhi Temple.") == []
    )


def test_every_titled_name_of_a_list_hung_under_the_first_is_met(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "President Lula is scheduled to meet President Hugo Chávez, the President of Colombia Alvaro "
            "Uribe Velez and Spain's prime minister, José Luiz Zapatero next Tuesday."
        )
    )
    found = names(meeting)
    assert found[:2] == ["Lula", "Hugo Chávez"]
    assert any(name.endswith("Alvaro Uribe Velez") for name in found)
    assert found[-1] == "José Luiz Zapatero"
    assert meeting.status == "planned"


def test_a_name_reached_through_no_title_is_not_met(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in("President Lula met President Hugo Chávez, the son of Pedro Garcia, on Tuesday.")
    )
    assert names(meeting) == ["Lula", "Hugo Chávez"]


def test_a_title_of_a_country_is_one_party(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("President Joe Biden went to see the King of Jordan on Monday."))
    assert len(meeting.participants) == 2


def test_a_meeting_of_one_named_body_is_its_meeting(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "The date was chosen because on 14 September there will be a meeting of the United Nations."
        )
    )
    assert names(meeting) == ["United Nations"]
    assert meeting.status == "planned"


@pytest.mark.parametrize(
    "sentence",
    [
        "Another briefing will cover issues related to the Summit of the Americas.",
        "The council held its inaugural meeting in September.",
        "The priority for the lame duck session of Congress would be funding.",
    ],
)
def test_an_event_a_term_of_sittings_or_someones_meeting_is_no_body_met(
    meetings_in: Callable[..., list[Meeting]], sentence: str
) -> None:
    assert meetings_in(sentence) == []


def test_a_title_the_tagger_reads_as_one_name_brings_no_second_party(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    transcript = (
        "THE PRESIDENT: Thank you all.\n\nQ We have all the time in the world. What is it?\n\n"
        "THE PRESIDENT: No, we don’t. I have to go see the King of Jordan."
    )
    meeting = only(meetings_in(transcript, title="Remarks by President Biden on the Economy"))
    assert len(meeting.participants) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Greta Thunberg has met world leaders, including meeting with Pope Francis.",
        "Greta Thunberg has campaigned widely, including giving an address at the United Nations and "
        "meeting with Pope Francis.",
    ],
)
def test_a_listed_gerund_is_the_subjects_own_meeting(
    meetings_in: Callable[..., list[Meeting]], sentence: str
) -> None:
    assert ["Greta Thunberg", "Francis"] in [names(m) for m in meetings_in(sentence)]


def test_a_listed_gerund_with_no_one_doing_it_is_no_meeting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    assert meetings_in("The plan has many parts, including meeting with Pope Francis.") == []


def test_a_plural_office_gives_each_party_the_singular(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("Foreign Ministers Eva Lind and Tom Kerr met in Oslo."))
    assert [(p.name, p.role) for p in meeting.participants] == [
        ("Eva Lind", "Foreign Minister"),
        ("Tom Kerr", "Foreign Minister"),
    ]
