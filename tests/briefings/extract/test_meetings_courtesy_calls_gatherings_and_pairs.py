"""Courtesy calls, named bodies gathering, gatherings put off, meals for a body and a pair's "they"
(issue 15, session 30, from a battery in the register of government and public-broadcaster news):

- a courtesy call, or a call one pays, is a visit to its "on" party ("paid a courtesy call on Prime
  Minister Hun Sen"); so is "calling on" a named person with nothing asked of them ("called on Prime
  Minister Hun Sen at his residence"; "called on Hun Sen to free the activists" urges, even with a
  date between);
- the office-holders of a named body gathering at a named place meet as that body ("APEC leaders will
  gather in Lima", "European Union foreign ministers gathered in Brussels"; "protesters gathered in
  Lima" and a body gathering nowhere named meet no one);
- a named gathering that was to be held, or that someone put off, is that gathering with its status
  ("The ASEAN summit, which was to be held in Cebu, was postponed", "The Philippines postponed the
  ASEAN summit");
- a dinner or a reception given for a named body's people meets them ("hosted a dinner for NATO
  leaders at Buckingham Palace", "hosted a reception for President Trump");
- a meeting told in the present tense in a dated clause of time is to come, whatever the tense of
  the clause above it ("was expected to raise the issue when he meets Chancellor Hahn on Friday"; "when
  he met her on Friday" was held; an undated one, "when we have those discussions", is a habit);
- a gathering whose name a bracketed acronym splits is attended: "attended the United Nations (UN)
  General Assembly", "the Association of Southeast Asian Nations (ASEAN) summit";
- the attendees a readout names after the meeting it reported are at that meeting: "Also attending the
  meeting were Representatives Gallagher, Matsui and Bera", "Administration officials taking part in
  the meetings included Susan Rice and Cedric Richmond" ("Also attending a concert were …" names no
  meeting, and "a meeting" is no meeting just reported);
- "his Chinese counterpart" is the one person the text has named before with a role of that
  nationality ("Chinese Defense Minister Liang Guanglie welcomed the visit"); with two such people, or
  none, the description stays as written;
- no meeting: a website visited ("visit Vaccines.gov to find a location"), someone joined in an act
  ("joined Ambassador Greenfield in describing Putin's actions as war crimes"; "joined Hahn in Berlin
  for talks" is a meeting), talks held "on a regular basis" (a habit, as "regularly" is);
- a named body holding a gathering of its own meets as that body ("The POWER Inquiry is holding a
  conference on Saturday", "NATO will hold a summit in Vilnius"; "held a press conference" is the
  press's), and a present progressive with a date is arranged ahead ("is meeting with Chancellor Hahn
  on Friday"; "was meeting with her on Friday" was held);
- the one who tells and the people told "in" or "during" a call are on it: "Speaker John Boehner
  informed other congressmen of the deal in a conference call", "briefed the governors during a call"
  ("told reporters in a conference call" is the press);
- "met in person for the first time with Defense Secretary Fallon": the "with" the parser hangs on the
  occasion's noun is the verb's party;
- "the secretary" of a defence ministry's story is no press secretary: "… Pentagon Press Secretary
  George Little said. The secretary will visit officials in Peru" is Panetta's visit;
- a Title Case headline's verb is no part of a name: "Secretary Perry Continues Engagement With
  European Allies" names Perry;
- a journey for a body's meeting meets the body: "will fly to Brussels for a regularly scheduled
  meeting of NATO defense ministers";
- a body of office-holders is no side of an official whose role shares its name: merged with a later
  mention, "EU High Representative Mogherini … chairs the monthly meeting of EU foreign ministers"
  keeps the ministers (the Houthi movement is still the side of a "Houthi negotiator", and "the Russian
  ministers" are Russian Foreign Minister Lavrov's side: one meeting);
- a relative clause that tells what a meeting is about names no place of it ("…, which will focus on
  the conflict in Syria"); one that tells it taking place does ("…, which took place in Berlin");
- a race called for a candidate is no phone call ("the AP called Nevada for Biden");
- "they" in a clause of time stands for the named pair that is the subject of the clause it hangs
  from ("Hun Sen and Abhisit agreed to ease tension when they met in New York").

Invented sentences of each construction, positive and negative.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Person
from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


def test_people_told_in_a_call_are_on_it(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Speaker John Boehner informed other congressmen of the deal in a conference call yesterday."
        )
    )
    assert names(meeting) == ["John Boehner", "other congressmen"]
    assert meetings_in("Senator Tom Ames told reporters in a conference call that the deal was done.") == []


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        (
            "Speaker Chai Chidchob paid a courtesy call on Prime Minister Hun Sen on Wednesday.",
            ["Chai Chidchob", "Hun Sen"],
        ),
        (
            "Speaker Chai Chidchob called on Prime Minister Hun Sen at his residence on Wednesday.",
            ["Chai Chidchob", "Hun Sen"],
        ),
        (
            "Prime Minister Boris Johnson hosted a dinner for NATO leaders at Buckingham Palace.",
            ["NATO leaders", "Boris Johnson"],
        ),
        (
            "Prime Minister Boris Johnson hosted a reception for President Donald Trump at Downing Street.",
            ["Donald Trump", "Boris Johnson"],
        ),
        (
            "Prime Minister Hun Sen and Prime Minister Abhisit Vejjajiva agreed to ease tension when they"
            " met in New York.",
            ["Hun Sen", "Abhisit Vejjajiva"],
        ),
    ],
)
def test_courtesy_calls_meals_for_a_body_and_a_pairs_they_are_meetings(
    meetings_in: MeetingsIn, sentence: str, parties: list[str]
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == parties
    assert meeting.status == "held"


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator John Kerry called on Prime Minister Hun Sen to release the activists.",
        "Rights groups called on Prime Minister Hun Sen yesterday to free the activists.",
        "Senator John Kerry called on Monday for new talks.",
        "Protesters gathered in Lima on Monday.",
        "APEC leaders will gather this weekend.",
        "The chef hosted a dinner for 300 guests at the palace.",
        "Protesters chanted when they marched through Lima.",
        "Text your ZIP code or visit Vaccines.gov to find a vaccination site near you.",
        "Secretary Antony Blinken joined Ambassador Linda Thomas-Greenfield in describing the attacks as"
        " war crimes.",
        "President Luis Vega speaks with Speaker Nancy Pelosi on a regular basis.",
        "Later in the day, the AP and NBC News also called Nevada for Joe Biden.",
        "The ministry held a press conference on Monday.",
        "President Luis Vega said he might not go to Los Angeles for the Summit of the Americas.",
    ],
)
def test_an_urging_a_crowd_or_a_gathering_nowhere_is_no_meeting(
    meetings_in: MeetingsIn, sentence: str
) -> None:
    assert meetings_in(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "party", "place", "status"),
    [
        ("APEC leaders will gather in Lima this weekend.", "APEC leaders", "Lima", "planned"),
        (
            "European Union foreign ministers gathered in Brussels on Monday to discuss Ukraine.",
            "European Union foreign ministers",
            "Brussels",
            "held",
        ),
        (
            "The ASEAN summit, which was to be held in Cebu on Monday, was postponed until January.",
            "ASEAN",
            None,
            "postponed",
        ),
        ("The Philippines postponed the ASEAN summit because of a typhoon.", "ASEAN", None, "postponed"),
    ],
)
def test_a_named_body_gathering_or_a_summit_put_off_is_that_body_meeting(
    meetings_in: MeetingsIn, sentence: str, party: str, place: str | None, status: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == [party]
    assert meeting.place == place
    assert meeting.status == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "President Luis Vega was expected to raise the issue when he meets Chancellor Petra Hahn"
            " on Friday.",
            "planned",
        ),
        ("President Luis Vega raised the issue when he met Chancellor Petra Hahn on Friday.", "held"),
    ],
)
def test_a_meeting_in_the_present_in_a_clause_of_time_is_to_come(
    meetings_in: MeetingsIn, sentence: str, status: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == ["Luis Vega", "Petra Hahn"]
    assert meeting.status == status


@pytest.mark.parametrize(
    ("text", "added"),
    [
        (
            "Today, President Luis Vega met with a bipartisan group of House members at the White House.\n\n"
            "Also attending the meeting were Representatives Mike Gallagher, Doris Matsui and Ami Bera.",
            ["Mike Gallagher", "Doris Matsui", "Ami Bera"],
        ),
        (
            "Today, President Luis Vega met with leaders from major law enforcement groups.\n\n"
            "Administration officials taking part in the meetings included Domestic Policy Advisor Susan Rice"
            " and Senior Advisor Cedric Richmond.",
            ["Susan Rice", "Cedric Richmond"],
        ),
    ],
)
def test_attendees_named_after_the_meeting_are_at_it(
    meetings_in: MeetingsIn, text: str, added: list[str]
) -> None:
    meeting = only(meetings_in(text))
    assert names(meeting)[0] == "Luis Vega"
    assert names(meeting)[-len(added) :] == added


@pytest.mark.parametrize(
    "text",
    [
        "Today, President Luis Vega met with a bipartisan group of House members at the White House.\n\n"
        "Also attending a concert that night were Representatives Mike Gallagher, Doris Matsui and Ami Bera.",
        "Today, President Luis Vega met with a bipartisan group of House members at the White House.\n\n"
        "Also attending a meeting in May were Representatives Mike Gallagher, Doris Matsui and Ami Bera.",
    ],
)
def test_attendees_of_something_else_are_not_added(meetings_in: MeetingsIn, text: str) -> None:
    meeting = only(meetings_in(text))
    assert names(meeting) == ["Luis Vega", "House members"]


def test_a_counterpart_of_a_nationality_is_the_one_named_before(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Chinese Defense Minister Liang Guanglie welcomed the visit. Defense Secretary Leon Panetta met"
            " with his Chinese counterpart on Tuesday."
        )
    )
    assert names(meeting) == ["Leon Panetta", "Liang Guanglie"]


def test_a_counterpart_two_people_could_be_stays_a_description(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Chinese Defense Minister Liang Guanglie and Chinese Vice President Xi Jinping welcomed the"
            " visit."
            " Defense Secretary Leon Panetta met with his Chinese counterpart on Tuesday."
        )
    )
    assert names(meeting) == ["Leon Panetta", "Chinese counterpart"]


@pytest.mark.parametrize(
    ("sentence", "gathering"),
    [
        (
            "President Luis Vega attended the United Nations (UN) General Assembly in New York.",
            "General Assembly",
        ),
        (
            "President Luis Vega attended the Association of Southeast Asian Nations (ASEAN) summit in"
            " Jakarta.",
            "Southeast Asian Nations summit",
        ),
    ],
)
def test_a_gathering_split_by_a_bracketed_acronym_is_attended(
    meetings_in: MeetingsIn, sentence: str, gathering: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == ["Luis Vega", gathering]
    assert meeting.status == "held"


def test_a_body_named_with_its_acronym_is_no_gathering_attended(meetings_in: MeetingsIn) -> None:
    assert meetings_in("President Luis Vega praised the World Health Organization (WHO) for its work.") == []


@pytest.mark.parametrize(
    ("sentence", "parties", "status"),
    [
        (
            "The POWER Inquiry is holding a conference on Saturday to discuss its findings.",
            ["POWER Inquiry"],
            "planned",
        ),
        ("NATO will hold a summit in Vilnius in July.", ["NATO"], "planned"),
        (
            "President Luis Vega is meeting with Chancellor Petra Hahn on Friday.",
            ["Luis Vega", "Petra Hahn"],
            "planned",
        ),
        (
            "President Luis Vega was meeting with Chancellor Petra Hahn on Friday when the news broke.",
            ["Luis Vega", "Petra Hahn"],
            "held",
        ),
    ],
)
def test_a_body_holding_its_own_gathering_or_a_dated_progressive(
    meetings_in: MeetingsIn, sentence: str, parties: list[str], status: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == parties
    assert meeting.status == status


def test_a_with_hung_on_the_first_time_is_the_verbs_party(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Defense Secretary Chuck Hagel today met in person for the first time with Defense Secretary"
            " Michael Fallon, his new British counterpart."
        )
    )
    assert names(meeting) == ["Chuck Hagel", "Michael Fallon"]


def test_the_secretary_is_no_press_secretary(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Defense Secretary Leon Panetta will leave for Peru on Sunday, Pentagon Press Secretary George Little"
        " said. The secretary will visit officials in Peru and then meet Defense Minister Pedro Cateriano,"
        " Little said."
    )
    assert [names(m)[0] for m in found] == ["Leon Panetta", "Leon Panetta"]


def test_a_headline_verb_is_no_part_of_a_name(people_of: Callable[..., dict[str, Person]]) -> None:
    people = people_of(
        "During his visit to Vilnius, the Secretary met with President Gitanas Nauseda of Lithuania.",
        "Secretary Perry Continues Engagement With European Allies On Energy Security",
    )
    assert "Perry" in people
    assert "Perry Continues" not in people


def test_a_journey_for_a_bodys_meeting_meets_the_body(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Defense Secretary Leon Panetta will then fly to Brussels for a regularly scheduled meeting of"
            " NATO defense ministers."
        )
    )
    assert names(meeting) == ["Leon Panetta", "NATO defense ministers"]
    assert meeting.status == "planned"


def test_a_body_of_office_holders_is_kept_beside_an_official_of_the_same_name(
    meetings_in: MeetingsIn,
) -> None:
    meeting = only(
        meetings_in(
            "EU High Representative Federica Mogherini today chairs the monthly meeting of EU foreign"
            " ministers.\n\nShe will join ministers today to work on the follow up."
        )
    )
    assert names(meeting) == ["EU foreign ministers", "Federica Mogherini"]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Chancellor Petra Hahn chaired a meeting with President Luis Vega, which will focus on the"
            " conflict in Syria.",
            None,
        ),
        (
            "President Luis Vega held a meeting with Chancellor Petra Hahn, which took place in Berlin.",
            "Berlin",
        ),
    ],
)
def test_a_relative_clause_about_the_topic_names_no_place(
    meetings_in: MeetingsIn, sentence: str, place: str | None
) -> None:
    assert only(meetings_in(sentence)).place == place


def test_ministers_of_a_nationality_are_the_side_of_their_minister(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "President Donald Trump met Russian Foreign Minister Sergey Lavrov at the White House on"
            " Wednesday. Trump's meeting with the Russian ministers took place one day after the firing."
        )
    )
    assert names(meeting) == ["Donald Trump", "Sergey Lavrov"]
