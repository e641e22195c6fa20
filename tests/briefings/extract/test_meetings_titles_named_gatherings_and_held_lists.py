"""Titles the tagger misreads, gatherings named by their own name, lists of occasions, offers and
records (issue 15, session 37, from test set 36's misses once it was promoted to a dev set):

- "met with Emir of the State of Arland Tamim Al Rami": a title the tagger took alone for a one-word
  person leads, through its "of" phrases, to the name after them;
- "Minister of Defence Peni Harewa will depart …" with the name untagged: an office with its field,
  right before a two- or three-word name the title hangs on, is that person's title, so a later "the
  Minister" is that person;
- "the meeting of Prime Minister Ana Lind and President Carl Ames": a meeting noun's "of" that joins
  named people names its parties ("the meeting of the G7 and the EU", bodies only, does not);
- "A and B reaffirmed their commitment to a reform agenda at the 9th Arland-Borland Summit in Oslo":
  a named gathering's "at", hung by the parser on a noun of the object, sets the whole clause there;
- "the Oslo Summit, where Presidents Lind and Ames committed to …": a named gathering's "where"
  clause puts its subjects at the gathering;
- "met with Arland's senior leader Than Moe": a title right before a name the parser hung below it
  (reading "Than" as a preposition) is that person's;
- "hosted a meeting, a press conference and a dinner with X": the "with" after a list of held
  occasions is every one's; "hosted a gathering of the leaders": a gathering is a meeting;
- "Canada has offered to host the forum in 2029": an offer to host settles no meeting;
- "began the first state visit by a Borland monarch to Arland": the record's indefinite agent is the
  subject, and the "to" the parser hung on it is where the visit goes;
- "The highlight of the leader's trip was a meeting with X": a meeting said to be what someone's trip
  was is theirs.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


def test_a_title_tagged_alone_as_a_person_leads_to_the_name_after_its_fields(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Vladimir Putin met with Emir of the State of Qatar Tamim bin Hamad Al Thani on the sidelines of the"
        " CICA summit."
    )
    assert names(only(found)) == ["Vladimir Putin", "Tamim bin Hamad Al Thani"]


def test_an_untagged_name_after_an_office_and_its_field_holds_that_office(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Minister of Defence Peeni Henare arrived in Fiji on Monday.\n\nThe Minister will meet with Peter"
        " Dutton on Tuesday."
    )
    planned = [m for m in found if m.status == "planned"]
    assert names(only(planned)) == ["Peeni Henare", "Peter Dutton"]
    assert only(planned).participants[0].role == "Minister of Defence"


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        (
            "The meeting of Prime Minister Ana Lind and President Carl Ames in Oslo was productive.",
            {"Ana Lind", "Carl Ames"},
        ),
        (
            "The meeting of Keir Starmer and Emmanuel Macron in Paris was productive.",
            {"Keir Starmer", "Emmanuel Macron"},
        ),
    ],
)
def test_a_meetings_of_phrase_joining_named_people_names_its_parties(
    meetings_in: MeetingsIn, sentence: str, parties: set[str]
) -> None:
    assert set(names(only(meetings_in(sentence)))) == parties


def test_a_meetings_of_phrase_joining_bodies_names_no_pair_of_people(meetings_in: MeetingsIn) -> None:
    found = meetings_in("The meeting of the G20 and the EU in Rome ended on Friday.")
    assert not any({"G20", "EU"} <= set(names(m)) for m in found)


def test_a_named_summits_at_hung_on_the_object_still_sets_the_clause_there(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "The European Union and Ukraine reaffirmed their strong partnership and shared commitment to a"
        " comprehensive reform agenda at the 18th EU-Ukraine Summit in Brussels."
    )
    meeting = only(found)
    assert {"European Union", "Ukraine"} <= set(names(meeting))
    assert meeting.place is not None and "Brussels" in meeting.place


def test_an_unnamed_meetings_at_on_the_object_sets_nothing(meetings_in: MeetingsIn) -> None:
    assert meetings_in("Ana Lind criticised the decision at the meeting in Madrid.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The visit follows last February's Bratislava Summit where Presidents Bush and Putin committed to"
        " expanding ties.",
        "The visit follows the Bratislava Summit, where George Bush and Vladimir Putin committed to expanding"
        " ties.",
    ],
)
def test_a_named_summits_where_clause_puts_its_subjects_at_the_summit(
    meetings_in: MeetingsIn, sentence: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert [n.split()[-1] for n in names(meeting)] == ["Bush", "Putin"]


def test_a_where_clause_of_an_unnamed_gathering_is_no_meeting(meetings_in: MeetingsIn) -> None:
    assert meetings_in("It was the summit where everything changed for the two leaders.") == []


def test_a_title_right_before_a_name_hung_below_it_is_that_persons(meetings_in: MeetingsIn) -> None:
    found = meetings_in("Malaysian diplomat Razali Ismail has met with Burma's senior leader Than Shwe.")
    assert names(only(found)) == ["Razali Ismail", "Than Shwe"]


def test_the_with_after_a_list_of_hosted_occasions_is_every_ones(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Mr. Fumio Kishida, Minister for Foreign Affairs, hosted a Foreign Ministers' meeting, joint press"
        " conference, and dinner with Dr. Jose Garcia, Minister of Foreign Affairs of Spain."
    )
    assert set(names(only(found))) == {"Fumio Kishida", "Jose Garcia"}


def test_a_hosted_gathering_of_leaders_is_a_meeting_with_them(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Federica Mogherini hosted today in Brussels an informal gathering of the Western Balkans leaders."
    )
    meeting = only(found)
    assert names(meeting) == ["Western Balkans leaders", "Federica Mogherini"]
    assert meeting.place == "Brussels"


def test_a_gathering_of_evidence_is_no_meeting(meetings_in: MeetingsIn) -> None:
    assert meetings_in("Intelligence gathering by the agency increased after the attack.") == []


def test_an_offer_to_host_settles_no_meeting(meetings_in: MeetingsIn) -> None:
    assert (
        meetings_in("The Prime Minister also announced that Canada has offered to host APEC in 2029.") == []
    )


def test_hosting_without_an_offer_is_still_planned(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("Prime Minister Carney will host APEC in 2029."))
    assert meeting.status == "planned"


@pytest.mark.parametrize(
    ("sentence", "visitor", "host"),
    [
        (
            "Elizabeth II has begun the first state visit by a British monarch to Ireland.",
            "Elizabeth II",
            "Ireland",
        ),
        ("Obama made the first visit by a U.S. president to Cuba in 88 years.", "Obama", "Cuba"),
    ],
)
def test_a_records_indefinite_agent_is_the_subject_and_its_to_the_destination(
    meetings_in: MeetingsIn, sentence: str, visitor: str, host: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == [visitor, host]
    assert meeting.place == host


def test_a_meeting_that_was_someones_trip_is_theirs(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "President Ana Lind's trip to Borland ended on Sunday. The highlight of Lind's trip was a meeting"
        " on Friday with Borland President Carl Ames."
    )
    assert names(only(found)) == ["Ana Lind", "Carl Ames"]


def test_joining_a_capitalised_plural_of_officials_meets_them(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "U.S. Trade Representative Robert B. Zoellick will travel to Montreal, Canada to join 27 other"
        " Ministers responsible for trade for an informal meeting to discuss the Doha agenda."
    )
    assert any(names(m) == ["Robert B. Zoellick", "Ministers responsible for trade"] for m in found)


def test_a_charge_after_a_plural_for_people_names_the_group_without_the_place(
    meetings_in: MeetingsIn,
) -> None:
    meeting = only(meetings_in("Ana Lind met officials responsible for security in Oslo."))
    assert names(meeting) == ["Ana Lind", "officials responsible for security"]
    assert meeting.place == "Oslo"


def test_an_office_and_its_field_before_a_name_with_letters_after_it_is_its_role(
    meetings_in: MeetingsIn,
) -> None:
    found = meetings_in(
        "The UK's Minister for Africa, James Duddridge MP, will make a two-day visit to Zambia on 8 October."
    )
    meeting = only(found)
    assert names(meeting) == ["James Duddridge", "Zambia"]
    assert meeting.participants[0].role == "Minister for Africa"


def test_a_capitalised_fields_and_stays_in_the_appositive_role(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Catherine Ashton, High Representative for Foreign Affairs and Security Policy/Vice-President of the"
        " European Commission, will travel to Serbia next week."
    )
    assert only(found).participants[0].role == "High Representative for Foreign Affairs and Security Policy"


def test_a_lower_case_and_after_an_appositive_role_ends_it(meetings_in: MeetingsIn) -> None:
    found = meetings_in("Deborah Lyons, the UN envoy and a former diplomat, will travel to Serbia next week.")
    assert only(found).participants[0].role == "UN envoy"


def test_a_counterpart_named_only_later_is_that_person(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Admiral Mike Mullen met with his Russian counterpart on Friday in Moscow.\n\n"
        "Mullen's counterpart, Russian Gen. Nikolai Makarov, said the talks were useful."
    )
    assert names(only(found)) == ["Mike Mullen", "Nikolai Makarov"]


def test_a_counterpart_two_people_of_that_nation_could_be_is_nobody_named(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Admiral Mike Mullen met with his Russian counterpart on Friday in Moscow.\n\n"
        "Russian Gen. Nikolai Makarov and Russian Admiral Igor Kasatonov attended a dinner later."
    )
    assert not any("Nikolai Makarov" in names(m) and "Mike Mullen" in names(m) for m in found)
