"""A quoted "I", envoys known by their state, counted people across quotes, namesakes and sides
(issues 15 and 16, session 31, from test set 28's misses once it was promoted to a dev set):

- "I" inside a key quote in prose is the quote's speaker, as it is a transcript's turn speaker's:
  "“Chairman Zhao and I also had the opportunity to meet this morning,” Chris Hipkins said" is a
  meeting of Hipkins and Zhao, and so is "my recent meetings in New York with President Nikolic";
  "we" stays unread ("“We will meet the Egyptians next week,” spokesman Mark Regev said": a
  spokesperson's "we" is their government, not the spokesperson);
- "the two Prime Ministers" refers back over quoted sentences that name no one: the two named most
  recently, however many quotation paragraphs lie between;
- two full names that open with different given names are two people whatever family name they
  share: a king and a prince ("Salman bin Abd al-Aziz Al Saud", "Mohammad bin Salman Al Saud"),
  "Hillary Clinton" and "Bill Clinton"; a title or a word in front ("Ayatollah Ali Khamenei" and
  "Ali Khamenei") or a familiar form ("Joe Biden" in a headline, "Joseph R. Biden, Jr." in the body)
  is still one person;
- an envoy known by the state they serve is a party to a meeting verb, as to a summons ("met with
  North Korea's United Nations ambassador", "met the Chinese ambassador"); "welcome X to the White
  House" still makes no party of the place;
- the sides of talks set or held "between" them, a "between" the parser hangs on the verb ("Talks are
  scheduled for Monday in Geneva between officials of Russia and Ukraine"), and coordinated
  nationalities of one body of people ("between Russian and Ukrainian negotiators") as one side each;
- "visited the country" is the country named before, "visited the Baltic region" names its own;
- (from test set 29, once promoted) whom something is conveyed or expressed to in a call the clause is
  set in is on the call ("During the telephone conversation, Putin conveyed his warm greetings to
  Chancellor Merkel"; a letter sent "during the summit" meets no one), and a meeting said to be with
  someone is with them ("The secretary's first bilateral meeting of the day was with Minister Purnomo").

Invented sentences of each construction, positive and negative.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "“Chairman Zhao and I also had the opportunity to meet this morning,” Prime Minister Chris"
            " Hipkins said.",
            ["Chris Hipkins", "Zhao"],
        ),
        (
            "“Today's meetings follow up on my recent meetings in New York with President Tomislav"
            " Nikolic,” High Representative Catherine Ashton said.",
            ["Catherine Ashton", "Tomislav Nikolic"],
        ),
        (
            "Governor Jane Okafor said: “I met President Carlos Vega in Lima today and we agreed to work"
            " together.”",
            ["Jane Okafor", "Carlos Vega"],
        ),
    ],
)
def test_i_in_a_key_quote_is_its_speaker(meetings_in: MeetingsIn, text: str, parties: list[str]) -> None:
    assert sorted(names(only(meetings_in(text)))) == sorted(parties)


def test_a_spokespersons_quoted_we_is_not_the_spokesperson(meetings_in: MeetingsIn) -> None:
    found = meetings_in("“We will meet the Egyptian delegation next week,” spokesman Mark Regev said.")
    assert all("Mark Regev" not in names(m) for m in found)


def test_the_two_leaders_refer_back_over_quotes_that_name_no_one(meetings_in: MeetingsIn) -> None:
    text = (
        "The Prime Minister of Japan Shinzo Abe will make an official visit to New Zealand next week,"
        " Prime Minister John Key announced today.\n\n"
        "“Prime Minister Abe has been spearheading a revival of Japan’s economy,” Mr Key said.\n\n"
        "“His visit is an opportunity to mark our long-standing links with Japan.”\n\n"
        "The two Prime Ministers will hold talks on Monday in Auckland."
    )
    talks = [m for m in meetings_in(text) if m.place == "Auckland"]
    assert len(talks) == 1 and sorted(names(talks[0])) == ["John Key", "Shinzo Abe"]
    assert talks[0].status == "planned"


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        (
            "Defense Secretary Ash Carter met in Jeddah with King and Prime Minister Salman bin Abd"
            " al-Aziz Al Saud, Defense Minister Mohammad bin Salman Al Saud and others.",
            ["Ash Carter", "Salman bin Abd al-Aziz Al Saud", "Mohammad bin Salman Al Saud"],
        ),
        (
            "Secretary Hillary Clinton met former President Bill Clinton and Prime Minister Tony Blair"
            " in London.",
            ["Hillary Clinton", "Bill Clinton", "Tony Blair"],
        ),
    ],
)
def test_namesakes_with_other_given_names_are_two_people(
    meetings_in: MeetingsIn, sentence: str, parties: list[str]
) -> None:
    assert sorted(names(only(meetings_in(sentence)))) == sorted(parties)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "",
            "Ayatollah Ali Khamenei met President Hassan Rouhani on Monday. Ali Khamenei later met Rouhani"
            " again.",
        ),
        (
            "Readout of President Joe Biden’s Call with Chancellor Olaf Scholz of Germany",
            "President Joseph R. Biden, Jr. spoke today with Chancellor Olaf Scholz of Germany.",
        ),
    ],
)
def test_one_name_written_two_ways_is_still_one_person(
    meetings_in: MeetingsIn, title: str, body: str
) -> None:
    """A word in front, or a familiar form of the given name."""
    found = meetings_in(body, title)
    assert len(found) == 1 and len(names(found[0])) == 2


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        (
            "The United States has also met with North Korea's United Nations ambassador to discuss"
            " the talks.",
            ["United States", "North Korea's United Nations ambassador"],
        ),
        ("Secretary Ana Ruiz met with the Chinese ambassador on Monday.", ["Ana Ruiz", "Chinese ambassador"]),
    ],
)
def test_an_envoy_known_by_their_state_is_met(
    meetings_in: MeetingsIn, sentence: str, parties: list[str]
) -> None:
    assert names(only(meetings_in(sentence))) == parties


def test_an_ambassador_of_no_state_and_a_house_welcomed_to_are_no_parties(meetings_in: MeetingsIn) -> None:
    assert meetings_in("Secretary Ana Ruiz met with the ambassador on Monday.") == []
    found = meetings_in(
        "President Ana Ruiz will welcome Prime Minister Mario Draghi of Italy to the White House on Tuesday."
    )
    assert all("White House" not in names(m) for m in found)


@pytest.mark.parametrize(
    ("sentence", "parties", "status"),
    [
        (
            "Talks are scheduled for Monday in Geneva between officials of Russia and Ukraine.",
            ["Russia", "Ukraine"],
            "planned",
        ),
        (
            "Talks were held in Geneva between Russian and Ukrainian negotiators on Monday.",
            ["Russian negotiators", "Ukrainian negotiators"],
            "held",
        ),
        (
            "Talks between Russian and Ukrainian officials are scheduled for Monday in Geneva.",
            ["Russian officials", "Ukrainian officials"],
            "planned",
        ),
    ],
)
def test_the_sides_between_which_talks_are_set_or_held(
    meetings_in: MeetingsIn, sentence: str, parties: list[str], status: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == parties
    assert meeting.place == "Geneva" and meeting.status == status


def test_one_nationality_is_no_pair_of_sides(meetings_in: MeetingsIn) -> None:
    assert meetings_in("Talks between Russian officials are scheduled for Monday in Geneva.") == []


def test_a_region_named_by_its_own_word_takes_no_place_named_before(meetings_in: MeetingsIn) -> None:
    """ "visited the country" is the country named before; "visited the Baltic region" names its own."""
    found = meetings_in(
        "WASHINGTON, D.C. – This past week, Secretary Rick Perry visited the Baltic region with stops in"
        " Lithuania and Latvia."
    )
    assert all("D.C." not in names(m) for m in found)
    visit = only(
        meetings_in(
            "Asked about the situation in Kenya, Ruiz said Secretary Ana Ruiz will visit the country."
        )
    )
    assert names(visit) == ["Ana Ruiz", "Kenya"]


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        (
            "During the telephone conversation, President Vladimir Putin conveyed his warm greetings to"
            " Federal Chancellor of Germany Angela Merkel.",
            ["Vladimir Putin", "Angela Merkel"],
        ),
        (
            "In a call on Monday, President Ana Ruiz expressed her condolences to Prime Minister Tom Okafor.",
            ["Ana Ruiz", "Tom Okafor"],
        ),
        (
            "President Ana Ruiz's last meeting of the day was with Chancellor Tom Okafor.",
            ["Ana Ruiz", "Tom Okafor"],
        ),
    ],
)
def test_whom_a_call_conveys_to_and_whom_a_meeting_is_with(
    meetings_in: MeetingsIn, sentence: str, parties: list[str]
) -> None:
    assert names(only(meetings_in(sentence))) == parties


def test_a_call_one_speaks_in_alone_or_a_letter_sent_meets_no_one(meetings_in: MeetingsIn) -> None:
    assert meetings_in("During a telephone conversation, President Ana Ruiz said she was pleased.") == []
    assert meetings_in("The problem with the talks was with the agenda.") == []
    assert (
        meetings_in("President Ana Ruiz took office. His early calls will be with partners and allies.") == []
    )
    assert meetings_in("During the summit, President Ana Ruiz sent a letter to Congress.") == []
