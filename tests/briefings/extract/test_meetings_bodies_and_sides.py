"""Bodies that sit, sides a "between" lists, visits and calls told by a noun (issue 15, session 20).

Invented sentences of each construction, positive and negative:
- a named organisation that meets with no one to meet holds its own meeting ("The IAEA is expected
  to meet on February 2"); "NATO met its target", "Google met with regulators" and "telling them to
  meet at a location" are not one body's sitting;
- one sitting of a named body told alone is its meeting ("an emergency session of the Security
  Council"); "the lame duck session of Congress" is a term, and "her remarks at a special session of
  the Board" a sitting she addressed;
- an indefinite meeting a named organisation acts in is its own sitting ("In a meeting on Monday in
  Atlanta, the United Church of Christ approved ..."); "At the meeting, ..." is one told before;
- "Talks were held between A and B": the meeting noun as subject is no unresolved actor;
- a "between" phrase whose long titled names the parser ran together still lists both sides
  ("between Syrian President Bashar al-Assad and the Lebanese army chief General Michel Suleiman"),
  and an "of" phrase after a name says whose the side is ("of the UAE"), not another side;
- "visits to Beijing by Secretary Powell" and "upon her arrival in Germany" are visits; an arrival in
  a city or at an airport is where someone is; "visits to Shakespeare's birthplace" meet no Shakespeare;
- "Bush contacted the leaders of Russia, China and Japan" is a call; "contacted the WBC for a
  statement" asks for comment; "called Prime Minister Johnson on Monday" is a call ("called on",
  "called for" and "called Eluana “the Italian Terri Schiavo”" are not);
- "the negotiations … could restart as early as November": talks that may begin are to come;
- "the United States of America", and states listed as appositives ("China, the United States of
  America, Russia and Japan"), are sides; a counted plural before its list ("the six parties, North
  Korea, …") is none;
- "… to meet Noh Kyu-duk … after their meeting in Washington last Tuesday": a "their" on a meeting
  noun is the pair the sentence named before it, and that meeting, dated in the past, was held; one
  sentence's held and planned meetings, or its meetings in two places, are two meetings; a "Their
  meeting" opening a sentence restates the one before;
- "met with Stoltenberg to prepare for the NATO Summit in Madrid": the subjects go to the named
  gathering, which is to come (they are no counterparts of each other); "traveled to New York for
  the General Assembly" is placed in New York;
- "150,000 Chinese visit the UK yearly", "the leaders meet regularly": habits, no meeting; a
  headline's "Shakespeare's birthplace" names a place visited, not a person met;
- "planned trip to Warsaw, which was cancelled": a relative clause on the trip (or on its place) that
  calls it off or puts it off gives its status; "Monday's final session" is no named gathering.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


def test_a_named_body_that_meets_alone_holds_its_own_meeting(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("The IAEA is expected to meet on February 2, 2006 to discuss the draft."))
    assert names(meeting) == ["IAEA"]
    assert meeting.status == "planned"
    assert meeting.date == "2006-02-02"


def test_a_body_that_meets_a_thing_or_another_side_is_no_sitting(meetings_in: MeetingsIn) -> None:
    assert meetings_in("NATO met its spending target last year.") == []
    assert ["Google"] not in [names(m) for m in meetings_in("Google met with regulators on Monday.")]
    assert meetings_in("The State Department sent notices telling them to meet at a specific location.") == []


def test_one_sitting_of_a_named_body_is_its_meeting(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("Mayor Ana Ruiz spoke ahead of an emergency closed session of the UN Security Council.")
    )
    assert names(meeting) == ["UN Security Council"]


def test_a_term_of_sittings_or_a_sitting_addressed_is_no_meeting(meetings_in: MeetingsIn) -> None:
    assert meetings_in("The lame duck session of Congress ends today.") == []
    assert (
        meetings_in(
            "Concluding her remarks at a special session of the Harbour Monitoring Board, Ana Ruiz said "
            "the port would reopen."
        )
        == []
    )


def test_an_indefinite_meeting_a_named_body_acts_in_is_its_own(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "In a meeting on Monday in Atlanta, the United Church of Christ approved a resolution on debt."
        )
    )
    assert names(meeting) == ["United Church of Christ"]
    assert meeting.place == "Atlanta"


def test_the_meeting_told_before_is_no_new_sitting(meetings_in: MeetingsIn) -> None:
    assert meetings_in("At the meeting, the United Church of Christ approved a resolution on debt.") == []


def test_talks_held_between_two_sides(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("Talks were held between Omar Assad and Karim Suleiman in Damascus."))
    assert names(meeting) == ["Omar Assad", "Karim Suleiman"]
    assert meeting.place == "Damascus"


def test_a_between_phrase_the_parser_ran_together_still_has_two_sides(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "The news conference came after meetings in Damascus between Syrian President Bashar "
            "al-Assad and the Lebanese army chief General Michel Suleiman that dealt with the timetable."
        )
    )
    assert names(meeting) == ["Bashar al-Assad", "Michel Suleiman"]


def test_whose_a_side_is_is_no_side(meetings_in: MeetingsIn) -> None:
    for meeting in meetings_in(
        "A mid-December meeting between Crown Prince Mohammed bin Zayed Al Nahyan of the UAE and US "
        "Deputy Secretary of Energy Daniel Poneman saw the subject raised."
    ):
        assert "UAE" not in names(meeting)


def test_visits_by_someone_to_a_city(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("The issue came up during visits to Beijing by Secretary of State Colin Powell.")
    )
    assert names(meeting) == ["Colin Powell", "Beijing"]


def test_an_arrival_in_a_country_visits_it(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("Secretary Lena Ortiz addressed the concerns upon her arrival in Germany."))
    assert names(meeting) == ["Lena Ortiz", "Germany"]


def test_an_arrival_in_a_city_or_at_an_airport_is_no_visit(meetings_in: MeetingsIn) -> None:
    assert meetings_in("Upon her arrival in Nairobi, Secretary Lena Ortiz spoke to reporters.") == []
    assert meetings_in("Upon arrival at the airport, the minister spoke to reporters.") == []
    assert meetings_in("The arrival of winter brought snow to Kabul.") == []


def test_a_visit_to_someones_birthplace_meets_no_one(meetings_in: MeetingsIn) -> None:
    assert meetings_in("The visits to Shakespeare's birthplace by Wen Jiabao were brief.") == []


def test_contacting_leaders_is_a_call(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("President Ana Ruiz contacted the leaders of Russia, China and Japan."))
    assert names(meeting) == ["Ana Ruiz", "Russia", "China", "Japan"]


def test_contacting_a_body_for_comment_is_no_call(meetings_in: MeetingsIn) -> None:
    assert meetings_in("The Daily Ledger has contacted the Port Authority for a statement.") == []
    assert meetings_in("Please contact us at the number below.") == []


def test_talks_that_could_restart_are_to_come(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "The negotiations between Ruritania, Freedonia and Sylvania could restart as early as November."
        )
    )
    assert meeting.status == "planned"


def test_talks_that_could_collapse_are_under_way(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("The talks between Ruritania and Freedonia could collapse."))
    assert meeting.status == "held"


def test_a_call_on_a_day_is_a_call(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("President Ana Ruiz called Prime Minister Boris Johnson on Monday."))
    assert names(meeting) == ["Ana Ruiz", "Boris Johnson"]


def test_calling_on_or_for_someone_and_naming_someone_are_no_calls(meetings_in: MeetingsIn) -> None:
    assert meetings_in("President Ana Ruiz called on Prime Minister Boris Johnson to resign.") == []
    assert (
        meetings_in('Her father and observers have called Eluana "the Italian Terri Schiavo" since 2005.')
        == []
    )


def test_a_states_long_name_is_a_side(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("Talks between the United States of America and China resumed on Monday."))
    assert names(meeting) == ["United States of America", "China"]


def test_states_listed_as_appositives_are_all_sides(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("Talks between China, the United States of America, Russia and Japan resumed on Monday.")
    )
    assert names(meeting) == ["China", "United States of America", "Russia", "Japan"]


def test_a_counted_plural_before_its_list_is_no_side(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "The negotiations between the three parties, Ruritania, China and Japan, resumed on Monday."
        )
    )
    assert "parties" not in names(meeting)
    assert {"China", "Japan"} <= set(names(meeting))


def test_their_meeting_is_the_pair_just_named(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Angela Merkel told reporters she looked forward to seeing Boris Johnson again after their "
            "meeting in Bali last Tuesday."
        )
    )
    assert names(meeting) == ["Angela Merkel", "Boris Johnson"]
    assert meeting.place == "Bali"
    assert meeting.status == "held"  # a meeting something comes after, dated in the past, was held


def test_one_sentence_two_places_are_two_meetings(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "Sung Kim, the US envoy, told reporters after arriving in Seoul to meet South Korean envoy Noh "
        "Kyu-duk that he looked forward to follow-up talks after their meeting in Washington last Tuesday."
    )
    assert sorted((m.place or "", m.status) for m in meetings) == [("Seoul", "held"), ("Washington", "held")]


def test_their_meeting_opening_a_sentence_restates_the_one_before(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "Ana Ruiz met with Li Wen in Rome on Monday. Their meeting followed up on the March 3 call "
        "between President Vega and President Mora."
    )
    assert [names(m) for m in meetings if "Ana Ruiz" in names(m)] == [["Ana Ruiz", "Li Wen"]]


def test_their_meeting_of_an_unnamed_group_names_no_one(meetings_in: MeetingsIn) -> None:
    assert meetings_in("The workers said their meeting went badly.") == []


def test_the_subjects_preparing_for_a_named_gathering_go_to_it(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "President Joseph R. Biden and Vice President Kamala Harris met today with Secretary General Jens "
        "Stoltenberg of NATO to prepare for the NATO Summit in Madrid."
    )
    assert [m.status for m in meetings] == ["held", "planned"]
    assert meetings[0].place is None
    planned = names(meetings[1])
    assert planned[:2] == ["Joseph R. Biden", "Kamala Harris"] and "NATO Summit" in planned[2]


def test_a_journey_for_a_gathering_is_placed_where_it_goes(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("Hatice Cengiz traveled to New York for the United Nations General Assembly."))
    assert meeting.place == "New York"


def test_visits_made_every_year_are_a_habit(meetings_in: MeetingsIn) -> None:
    assert meetings_in("The minister noted that 150,000 Chinese visit the UK yearly.") == []
    assert meetings_in("The two leaders meet regularly to discuss trade.") == []


def test_meetings_held_regularly_are_still_held(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("Angela Merkel has regularly met with Boris Johnson, including in Munich."))
    assert names(meeting) == ["Angela Merkel", "Boris Johnson"]


def test_a_headlines_possessive_place_is_no_person_met(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Wen Jiabao toured the town.", title="Chinese premier Wen Jiabao visits Shakespeare's birthplace"
    )
    assert all("Shakespeare" not in " ".join(names(m)) for m in found)


def test_a_trip_a_relative_clause_calls_off_is_cancelled(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Tom Reyes also worked to arrange a meeting between Li Wen and Ana Ruiz during President Ana "
        "Ruiz's planned trip to Warsaw, which was cancelled."
    )
    assert [m.status for m in found if "Warsaw" in names(m)] == ["cancelled"]
    postponed = only(
        meetings_in("President Ana Ruiz's visit to Chile, which was postponed, would have been her first.")
    )
    assert postponed.status == "postponed"


def test_a_trip_a_relative_clause_praises_was_held(meetings_in: MeetingsIn) -> None:
    assert (
        only(meetings_in("Ana Ruiz's visit to Chile, which was a success, ended on Monday.")).status == "held"
    )


def test_a_day_names_no_gathering(meetings_in: MeetingsIn) -> None:
    assert (
        meetings_in("Members of the House of Commons protested by shouting during Monday's final session.")
        == []
    )
