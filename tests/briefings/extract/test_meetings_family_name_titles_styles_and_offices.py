"""Names that look like titles, styled names, offices told again, clauses of their own (issue 15,
session 34, from test set 33's misses once it was promoted to a dev set):

- a title word that is also a family name ends a person's name after a given name: "Julie Bishop",
  "John Major", "Angus King" are people who meet; "the Saudi King", "the Anglican Bishop" and a
  "Politburo Member" stay offices without a holder;
- the same word alone, or after a title ("Bishop will meet …", "Minister Bishop will meet …"), is
  the person of that family name the text named before, when only one person bears it ("Dr. King"
  after Coretta Scott King and Bernice King is neither for sure);
- a styled name the tagger took for an organisation, "the Hon Julie Bishop MP", is a person whose
  style is no role, and the letters after it ("MP", "KC") are no name: the name is the words
  before them;
- "the Prime Minister", an office written in full with "the", is the holder the text named before
  and, of several holders, the one last named as a clause's subject ("The Prime Minister will start
  her visit in Brussels where she will meet Prime Minister Guy Verhofstadt of Belgium. The Prime
  Minister will hold discussions with …" is the visitor, not Verhofstadt); "the Foreign Minister"
  is not a Prime Minister, nor is "former Prime Minister Abe";
- a verb coordinated with the meeting verb holds its own party: "Gates visited with President
  Aliyev, and met today with Defense Minister Abiyev" is two meetings, not one of three;
- "is visiting Japan to participate in the conference": the place the parser made the purpose
  clause's subject is where the visitor goes, and the visitor takes part;
- "HR/VP Borrell": the EU's slash title is a title, not part of the name; an article opens a title run
  only before a style ("the Hon Julie Bishop"), so "the National School Boards Association" stays a
  body;
- "a journalist who went missing in Syria": a verb of travel with an adjective of state tells no
  journey;
- "the delegation", said again with nothing of its own, is the one its leader took ("Prime Minister
  John Key will lead a delegation to Samoa, Tonga and Niue. … The delegation will then head to
  Tonga" is Key's visit); "the Chinese delegation" is a delegation of its own; projects visited are
  toured, no one met;
- "U Lwin, a senior opposition party member who also met with Gambari": the relative clause on a
  person's appositive tells what the person did;
- a tensed relative clause states its own time and mood: "people pressed around the airport to greet
  Samak, who met with King Norodom Sihamoni" tells a meeting held, not one only intended by the
  purpose clause that holds its antecedent;
- "President of Italy Sergio Mattarella", the country run into the holder's name by the tagger: the
  holder is the person, as with a comma ("the President of Guatemala, Alejandro Giammattei").

Invented sentences of each construction, positive and negative.
"""

from __future__ import annotations

import pytest

from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Bishop met Mary Jones in Paris on Monday.", ["Ann Bishop", "Mary Jones"]),
        ("John Major met Tony Blair in London on Friday.", ["John Major", "Tony Blair"]),
        ("Senator Angus King met Mary Jones in Augusta on Friday.", ["Angus King", "Mary Jones"]),
        ("Howard Dean met Mary Jones in Burlington on Friday.", ["Howard Dean", "Mary Jones"]),
    ],
)
def test_a_title_word_that_is_a_family_name_ends_a_persons_name(
    meetings_in: MeetingsIn, text: str, expected: list[str]
) -> None:
    assert names(only(meetings_in(text))) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Saudi King met Mary Jones in Riyadh on Sunday.",
        "The Anglican Bishop met Mary Jones in Canterbury on Sunday.",
    ],
)
def test_a_title_word_after_a_nationality_or_a_faith_is_an_office(meetings_in: MeetingsIn, text: str) -> None:
    people = [p.name for m in meetings_in(text) for p in m.participants if p.kind == "person"]
    assert "Saudi King" not in people
    assert "Anglican Bishop" not in people


@pytest.mark.parametrize("subject", ["Bishop", "Minister Bishop"])
def test_the_family_name_alone_is_the_person_named_before(meetings_in: MeetingsIn, subject: str) -> None:
    found = meetings_in(
        f"Julie Bishop will visit India next week.\n\n{subject} will meet Sushma Swaraj in New Delhi."
    )
    assert ["Julie Bishop", "Sushma Swaraj"] in [names(m) for m in found]


def test_a_styled_name_tagged_an_organisation_is_the_person(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Australia’s Minister for Foreign Affairs, the Hon Julie Bishop MP, will visit New Delhi from"
        " 18-19 July 2017.\n\n"
        "Minister Bishop will meet Minister for External Affairs Sushma Swaraj for the Foreign"
        " Ministers’ Framework Dialogue."
    )
    assert [names(m) for m in found] == [["Julie Bishop", "New Delhi"], ["Julie Bishop", "Sushma Swaraj"]]
    assert all(p.role != "the Hon" for m in found for p in m.participants)


def test_the_office_in_full_is_its_holder_last_named_as_a_subject(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Prime Minister Helen Clark is visiting Belgium from 22 April to 2 May.\n\n"
        "The Prime Minister will start her visit in Brussels where she will meet Prime Minister Guy"
        " Verhofstadt of Belgium.\n\n"
        "The Prime Minister will hold discussions with Trade Commissioner Pascal Lamy."
    )
    assert ["Helen Clark", "Pascal Lamy"] in [names(m) for m in found]
    assert not any("Verhofstadt" in n and "Pascal Lamy" in names(m) for m in found for n in names(m))


def test_another_office_in_full_is_not_that_holder(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Prime Minister Helen Clark is visiting Belgium on Monday.\n\n"
        "The Foreign Minister met Trade Commissioner Pascal Lamy on Tuesday."
    )
    assert not any(names(m) == ["Helen Clark", "Pascal Lamy"] for m in found)


def test_a_coordinated_verb_holds_its_own_party(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Robert Gates arrived in Azerbaijan on Monday.\n\n"
        "After arriving in Baku yesterday, Gates visited with President Ilham Aliyev, and met today with"
        " Defense Minister Col. Gen. Safar Abiyev."
    )
    with_people = [m for m in found if any(p.kind == "person" for p in m.participants[1:])]
    assert sorted(names(m)[1] for m in with_people) == ["Ilham Aliyev", "Safar Abiyev"]
    assert all(len(m.participants) == 2 for m in with_people)


def test_a_place_visited_is_not_who_takes_part(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "President Muhammadu Buhari is visiting Japan to participate in the Seventh Tokyo International"
        " Conference on African Development."
    )
    assert all(names(m)[0] == "Muhammadu Buhari" for m in found)
    assert len(found) == 2


def test_a_slash_title_is_no_part_of_the_name(meetings_in: MeetingsIn) -> None:
    meeting = only(meetings_in("In Argentina, HR/VP Borrell will meet Foreign Minister Santiago Cafiero."))
    assert names(meeting) == ["Borrell", "Santiago Cafiero"]


def test_the_delegation_said_again_is_its_leaders(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Prime Minister John Key will lead a delegation to Samoa, Tonga and Niue on Sunday.\n\n"
        "The delegation will then head to Tonga."
    )
    assert any(names(m)[-2:] == ["John Key", "Tonga"] for m in found)


def test_a_delegation_of_its_own_is_not_the_leaders(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Prime Minister John Key will lead a delegation to Samoa on Sunday.\n\n"
        "The Chinese delegation will then head to Tonga."
    )
    assert not any("John Key" in names(m) and "Tonga" in names(m) for m in found)


def test_a_holder_run_into_the_country_of_the_office_is_the_person(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Vladimir Putin held talks with President of Italy Sergio Mattarella and Prime Minister"
            " Giuseppe Conte."
        )
    )
    assert sorted(names(meeting)) == ["Giuseppe Conte", "Sergio Mattarella", "Vladimir Putin"]


def test_a_relative_clause_on_an_appositive_is_the_persons(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "U.N. envoy Ibrahim Gambari met Aung San Suu Kyi on Friday.\n\n"
        "U Lwin, a senior opposition party member who also met with Gambari Friday, says the visit may"
        " not produce results."
    )
    assert ["U Lwin", "Ibrahim Gambari"] in [names(m) for m in found]


def test_a_tensed_relative_clause_keeps_its_own_status(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Thai Prime Minister Samak Sundaravej arrived in Cambodia on Monday.\n\n"
        "More than 1,000 people pressed around the airport early Monday morning to greet Samak, who met with"
        " King Norodom Sihamoni."
    )
    assert [(names(m), m.status) for m in found if "Norodom Sihamoni" in names(m)] == [
        (["Samak Sundaravej", "Norodom Sihamoni"], "held")
    ]


def test_a_title_family_name_shared_by_two_people_is_neither(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Bernice King and Coretta Scott King spoke in Atlanta on Monday.\n\n"
        "Dr. King met Mary Jones in Atlanta on Tuesday."
    )
    assert not any({"Bernice King", "Coretta Scott King"} & set(names(m)) for m in found)


def test_a_former_holder_is_not_the_office_now(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Former Prime Minister Shinzo Abe was buried on Tuesday.\n\n"
        "The Prime Minister met Vice President Kamala Harris in Tokyo on Wednesday."
    )
    assert not any("Shinzo Abe" in names(m) for m in found)


def test_going_missing_is_no_journey(meetings_in: MeetingsIn) -> None:
    text = "It is the birthday of Austin Tice, a journalist who went missing in Syria in 2012."
    assert meetings_in(text) == []
