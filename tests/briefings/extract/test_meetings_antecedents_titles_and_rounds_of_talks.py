"""Who "they" are, titled holders, headlines of states, rounds of talks (issue 15, session 33, from
test set 32's misses once it was promoted to a dev set, and the older sets' misses of the same shapes):

- "they", the subject of a main clause, stands for the subject of the sentence just before when
  that subject is people in the plural: named people coordinated, or a plural noun for people ("The
  presidents of Chad, Mauritania and Tanzania are in Ivory Coast. They met Monday with Gbagbo");
  never a subject that is no people ("The talks were tense. They met …"), and a counted subject
  ("The two leaders …") is left to the rules that count;
- a run of "they" subjects is followed back to the people it names ("They met Monday with Gbagbo.
  They met Tuesday with Ouattara"), and two mentions of the same visitors that each name a person the
  other does not are two meetings, however many parties they share;
- "they" (or "The Ministers") meeting "again" after a meeting of named people is a meeting of its
  own, planned, of the same parties, not the one told before;
- a "with" a named person that the parser hung deep in a described place is the meeting's ("held a
  dinner meeting at the residence of Japan's representative to the United Nations with H.E. Mr. Adel
  Al-Jubeir"); "H.E." is a style of address, not a role;
- a headline that names only states ("Japan-Saudi Arabia Foreign Ministers' Dinner Meeting") is the
  body's meeting of as many people when the body's sentence names every one of those states;
- "the President of the Mexican Red Cross, Fernando Suinaga Cárdenas": the name after the comma
  that closes a title's body holds the title, not the one President the text named before; the lone
  holder of a state's office never holds a body's ("the President of the Red Cross");
- "the President of the European Commission Ursula von der Leyen": a surname after its particles,
  tagged a place, ends the holder's name;
- "held a second round of talks with Olmert": the talks of a round (or series) held;
- a meeting set in a week that begins after the day of publication ("welcomed the virtual G7 leaders'
  meeting next week") is to come, whatever the tense of the clause around it: a relative week has no
  year to get wrong;
- a sitting held for a body of people meets them ("hosted a listening session for tribal leaders");
  a person and her own office are one side, no meeting;
- a journey to one place that its own sentence fills with meetings of the traveller with people
  ("Finer traveled to Colombia and met with President Duque, President-Elect Petro, …") is where
  they were, not one more meeting with the place; two places visited keep their visits;
- "a meeting of Nordic foreign ministers", "a meeting of EU, Latin American and Caribbean Foreign
  Ministers": office-holders named by their nations are the gathering's body.

Invented sentences of each construction, positive and negative.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The presidents of Chad, Mauritania and Tanzania are in Ivory Coast to end the standoff.\n\n"
            "They met Monday with incumbent president Laurent Gbagbo.",
            ["Chad", "Mauritania", "Tanzania", "Laurent Gbagbo"],
        ),
        (
            "John Smith and Mary Jones arrived in Paris on Monday. They met with President Emmanuel Macron"
            " on Tuesday.",
            ["John Smith", "Mary Jones", "Emmanuel Macron"],
        ),
    ],
)
def test_they_is_the_plural_subject_of_the_sentence_before(
    meetings_in: MeetingsIn, text: str, expected: list[str]
) -> None:
    assert names(only(meetings_in(text))) == expected


def test_a_run_of_they_is_followed_back_and_each_person_met_is_a_meeting(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "John Smith and Mary Jones are in Ivory Coast to end the standoff.\n\n"
        "They met Monday with incumbent president Laurent Gbagbo.\n\n"
        "They met Tuesday with former prime minister Alassane Ouattara."
    )
    assert sorted(names(m)[-1] for m in found) == ["Alassane Ouattara", "Laurent Gbagbo"]
    assert all(names(m)[:2] == ["John Smith", "Mary Jones"] for m in found)


def test_a_later_mention_of_the_same_meeting_still_merges(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Prime Minister Ana Ruiz met with President Tom Reyes in Lima on Monday. During their meeting,"
        " Prime Minister Ruiz and President Reyes discussed trade."
    )
    assert names(only(found)) == ["Ana Ruiz", "Tom Reyes"]


@pytest.mark.parametrize(
    "text",
    [
        "The talks were tense. They met with President Emmanuel Macron on Tuesday.",
        "The storm passed over the city. They met with President Emmanuel Macron on Tuesday.",
    ],
)
def test_they_after_a_subject_that_is_no_people_names_no_one(meetings_in: MeetingsIn, text: str) -> None:
    assert meetings_in(text) == []


def test_a_counted_subject_before_they_is_not_read_as_a_group(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Ana Ruiz met with Prime Minister Tom Reyes in Lima. The two leaders restated their commitment to"
        " trade. They later participated in a security meeting."
    )
    assert not any("leaders" in name for m in found for name in names(m))


@pytest.mark.parametrize("subject", ["They", "The Ministers"])
def test_meeting_again_after_a_meeting_is_a_planned_meeting_of_its_own(
    meetings_in: MeetingsIn, subject: str
) -> None:
    found = meetings_in(
        "Robert Lighthizer and Cecilia Malmström met in Brussels on Monday. "
        f"{subject} will meet again at the end of the month to continue talks."
    )
    assert sorted(m.status for m in found) == ["held", "planned"]
    assert all(names(m) == ["Robert Lighthizer", "Cecilia Malmström"] for m in found)


def test_a_with_hung_deep_in_a_described_place_names_whom_the_meeting_was_with(
    meetings_in: MeetingsIn,
) -> None:
    meeting = only(
        meetings_in(
            "On September 30, Mr. Fumio Kishida, Minister for Foreign Affairs of Japan, held a dinner meeting"
            " at the residence of Japan's permanent representative to the United Nations with H.E. Mr. Adel"
            " bin Ahmed Al-Jubeir, Minister of Foreign Affairs, Kingdom of Saudi Arabia."
        )
    )
    assert names(meeting) == ["Fumio Kishida", "Adel bin Ahmed Al-Jubeir"]
    assert meeting.participants[1].role == "Minister of Foreign Affairs"  # "H.E." is no office


def test_a_with_a_thing_in_the_place_names_no_one(meetings_in: MeetingsIn) -> None:
    assert meetings_in("Ana Ruiz held a meeting at the old residence with a garden.") == []


def test_a_headline_of_states_is_the_body_meeting_of_their_ministers(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "On September 30, Mr. Fumio Kishida, Minister for Foreign Affairs of Japan, held a dinner meeting"
            " with Mr. Adel Al-Jubeir, Minister of Foreign Affairs of Saudi Arabia, who is visiting Japan.",
            title="Japan-Saudi Arabia Foreign Ministers' Dinner Meeting",
        )
    )
    assert names(meeting) == ["Fumio Kishida", "Adel Al-Jubeir"]


def test_a_headline_of_states_the_body_sentence_does_not_name_stays(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Ana Ruiz met with Tom Reyes on Monday to discuss fisheries.",
        title="Japan-Peru Foreign Ministers' Meeting",
    )
    assert ["Japan", "Peru"] in [names(m) for m in found]


def test_the_name_after_the_comma_closing_a_title_holds_it(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Prime Minister Justin Trudeau and Mexican President Enrique Peña Nieto discussed trade. Prime"
        " Minister Trudeau then met with the President of the Mexican Red Cross, Fernando Suinaga Cárdenas,"
        " and Red Cross volunteers."
    )
    red_cross = [m for m in found if "Fernando Suinaga Cárdenas" in names(m)]
    assert len(red_cross) == 1
    assert "Enrique Peña Nieto" not in names(red_cross[0])
    (holder,) = [p for p in red_cross[0].participants if p.name == "Fernando Suinaga Cárdenas"]
    assert holder.role == "President of the Mexican Red Cross"


def test_a_surname_after_its_particles_ends_the_holders_name(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("Keir Starmer met the President of the European Commission Ursula von der Leyen today.")
    )
    assert names(meeting) == ["Keir Starmer", "Ursula von der Leyen"]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Condoleezza Rice held a new round of talks with Ehud Olmert on Wednesday.", "held"),
        ("Condoleezza Rice will hold a second round of talks with Ehud Olmert on Wednesday.", "planned"),
    ],
)
def test_the_talks_of_a_round_held_are_the_meeting(
    meetings_in: MeetingsIn, sentence: str, status: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == ["Condoleezza Rice", "Ehud Olmert"]
    assert meeting.status == status


def test_a_round_of_something_else_is_no_meeting(meetings_in: MeetingsIn) -> None:
    assert meetings_in("Ana Ruiz won a second round of applause with Tom Reyes on Wednesday.") == []


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Ana Ruiz will attend a meeting of Nordic foreign ministers in Riga.", "Nordic foreign ministers"),
        (
            "Foreign Secretary William Hague will attend a meeting of EU, Latin American and Caribbean"
            " Foreign Ministers.",
            "EU, Latin American and Caribbean Foreign Ministers",
        ),
    ],
)
def test_office_holders_named_by_their_nations_are_the_gatherings_body(
    meetings_in: MeetingsIn, sentence: str, body: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting)[1] == f"meeting of {body}"


def test_a_meeting_of_office_holders_no_nation_names_is_no_body(meetings_in: MeetingsIn) -> None:
    assert meetings_in("Ana Ruiz will attend a meeting of foreign ministers in Riga.") == []


def test_a_journey_its_sentence_fills_with_meetings_is_no_meeting_with_the_place(
    meetings_in: MeetingsIn,
) -> None:
    found = meetings_in(
        "Jon Finer traveled to Colombia and met with President Ivan Duque, President-Elect Gustavo Petro,"
        " Vice President-Elect Francia Marquez, and Colombian elected officials."
    )
    assert "Colombia" not in [name for m in found for name in names(m)]
    assert len(found) == 4


def test_two_places_visited_keep_their_visits(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Ana Ruiz visited Japan and Korea this week and met with Prime Minister Fumio Kishida."
    )
    assert sorted(names(m)[-1] for m in found) == ["Fumio Kishida", "Japan", "Korea"]


def test_a_meeting_next_week_is_planned_whatever_the_tense_around_it(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "President Joe Biden and President Emmanuel Macron of France spoke today. They welcomed the virtual"
        " G7 leaders' meeting next week to help coordinate these efforts."
    )
    assert sorted(m.status for m in found) == ["held", "planned"]


def test_a_sitting_held_for_a_body_of_people_meets_them(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("The White House hosted a listening session for tribal leaders on Monday."))
    assert "tribal leaders" in names(meeting)


def test_a_person_and_her_own_office_are_one_side(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "On Thursday, the Office of Intergovernmental Affairs convened a roundtable for Latino elected"
        " leaders across the nation, hosted by the Director of the Office of Intergovernmental Affairs, Julie"
        " Rodriguez, to discuss the agenda."
    )
    assert not any(set(names(m)) <= {"Julie Rodriguez", "Office of Intergovernmental Affairs"} for m in found)
