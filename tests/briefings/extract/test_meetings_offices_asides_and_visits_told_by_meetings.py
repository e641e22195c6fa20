"""Offices the tagger takes for bodies, asides inside a "with", journeys to a city and its country, and
visits the document fills with meetings (issues 14 and 15, session 41, from test set 40's misses once it
was promoted to a dev set):

- "The Tánaiste will meet with President Ruto", "the Tánaiste said": a lone title the tagger labelled a
  body is an office named without a name, held by the person the document gave it to;
- "Mr English will meet …", the surname tagged a language: a form of address names the person named in
  full before;
- "“I look forward to meeting with President Ruto and Prime Minister Abiy Ahmed,” the Minister said": the
  one who looks forward to meeting meets (in a quote, "I" is its speaker);
- "John Smith, the Minister, said: “…”": a sentence opening a body is no byline, so its speaker's role
  is the office, not the rest of the line;
- "will meet with, among others, Viktor Khristenko, …, and Alexander Rumyantsev, …": past an aside set off
  by commas, the names are the "with"'s objects, one meeting with each on a trip;
- "will travel to Moscow, Russia; Baku, Azerbaijan; and Kiev, Ukraine": a person's journey to a city
  given with its country travels to that country (an aircraft's flight does not; a journey to attend a
  summit meets the summit);
- "Mr Kono’s courtesy call to President Erdogan": a courtesy call's "to" is the one called on;
- "an OECD ministerial council meeting": a gathering named on a modifier of its modifier;
- a release that opens with a trip tells its meetings as its stops: "will meet French Trade Minister
  Huwart and French Agriculture Minister Glavany" is one meeting with each;
- "will visit Kenya and Ethiopia. … will meet with Kenya’s President William Ruto in Nairobi": a visit to
  a country the document fills with the visitor's meetings there is those meetings, no meeting with the
  country besides.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes
from briefings.model.facts import Quote
from tests.briefings.extract.meeting_support import MeetingsIn, names, only

pytestmark = pytest.mark.slow

MARTIN = (
    "Tánaiste and Minister for Foreign Affairs, Micheál Martin T.D. will begin a four day visit to Africa"
    " today."
)


def only_quote(quotes: list[Quote]) -> Quote:
    assert len(quotes) == 1, quotes
    return quotes[0]


def test_a_lone_title_tagged_a_body_is_its_holder_at_a_meeting(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(f"{MARTIN} The Tánaiste will meet with President William Ruto in Nairobi on Tuesday.")
    )
    assert names(meeting) == ["Micheál Martin T.D", "William Ruto"]


def test_a_lone_title_tagged_a_body_is_its_holder_as_a_speaker(context_of: Callable[..., DocContext]) -> None:
    ctx = context_of(
        f"{MARTIN}\n\nSpeaking ahead of the visit, the Tánaiste said:\n\n“This is a significant visit.”"
    )
    quote = only_quote(extract_quotes(ctx))
    assert quote.speaker is not None and quote.speaker.name == "Micheál Martin T.D"


def test_a_form_of_address_names_a_person_whatever_the_tag(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "Prime Minister Bill English will travel to Japan next week. During the visit to Hong Kong Mr English"
        " will meet with the current Chief Executive Mr CY Leung and incoming Chief Executive Mrs Carrie Lam."
    )
    met = [m for m in meetings if "Carrie Lam" in names(m) or "CY Leung" in names(m)]
    assert sorted(names(m)[1] for m in met) == ["CY Leung", "Carrie Lam"]
    assert all(names(m)[0] == "Bill English" for m in met)


def test_who_looks_forward_to_meeting_meets(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "“I look forward to meeting with President Ruto and Prime Minister Abiy Ahmed,” the Minister, John"
        " Smith, said.",
        "Minister to visit Kenya and Ethiopia",
    )
    assert sorted(names(m)[1] for m in meetings) == ["Abiy Ahmed", "Ruto"]
    assert all(names(m)[0] == "John Smith" for m in meetings)


def test_who_looked_forward_to_meeting_in_reported_speech_meets(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in("John Smith said he looked forward to meeting President William Ruto.")
    assert [names(m) for m in meetings] == [["John Smith", "William Ruto"]]


def test_a_sentence_opening_a_body_is_no_byline(context_of: Callable[..., DocContext]) -> None:
    quote = only_quote(
        extract_quotes(context_of("John Smith, the Minister, said: “I met President Ruto today.”"))
    )
    assert quote.speaker is not None and quote.speaker.name == "John Smith"
    assert quote.speaker.role is not None and "said" not in quote.speaker.role
    assert "Ruto" not in quote.speaker.role


def test_a_byline_line_keeps_its_office(context_of: Callable[..., DocContext]) -> None:
    ctx = context_of(
        "Antony J. Blinken, Secretary of State\n\nThe talks went well, Blinken said of the visit."
    )
    roles = {p.name: p.roles for p in ctx.people.people()}
    assert "Secretary of State" in roles["Antony J. Blinken"]


def test_names_past_an_aside_in_a_with_are_met_one_each(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "Secretary of Energy Samuel Bodman next week will travel to Moscow. In Moscow, Secretary Bodman will"
        " meet with, among others, Viktor Khristenko, Minister of Industry and Energy, and Alexander"
        " Rumyantsev, Director of the Federal Atomic Energy Agency."
    )
    assert [names(m) for m in meetings] == [
        ["Samuel Bodman", "Viktor Khristenko"],
        ["Samuel Bodman", "Alexander Rumyantsev"],
    ]


def test_a_journey_to_cities_given_with_their_countries_visits_the_countries(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "Secretary of Energy Samuel Bodman next week will travel to Moscow, Russia; Baku, Azerbaijan; and"
        " Kiev, Ukraine."
    )
    assert [names(m) for m in meetings] == [
        ["Samuel Bodman", "Russia"],
        ["Samuel Bodman", "Azerbaijan"],
        ["Samuel Bodman", "Ukraine"],
    ]


def test_a_flight_to_a_city_and_its_country_visits_no_one(meetings_in: MeetingsIn) -> None:
    assert (
        meetings_in("MH370, while flying from Kuala Lumpur, Malaysia to Beijing, China, vanished on March 8.")
        == []
    )


def test_a_journey_to_a_city_to_attend_a_summit_meets_the_summit(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "President of the European Council, António Costa, will travel to Kuala Lumpur, Malaysia on 26"
            " October to attend the 47th ASEAN Summit."
        )
    )
    assert names(meeting) == ["António Costa", "ASEAN Summit"]


def test_a_courtesy_call_to_someone_meets_them(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "Foreign Minister Taro Kono held talks in Ankara. The meeting was interrupted by Mr. Kono’s courtesy"
        " call to President Recep Tayyip Erdogan."
    )
    assert ["Taro Kono", "Recep Tayyip Erdogan"] in [names(m) for m in meetings]


def test_a_gathering_named_on_a_modifier_of_its_modifier(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("Trade Minister Jim Sutton will attend an OECD ministerial council meeting in Paris.")
    )
    assert names(meeting) == ["Jim Sutton", "OECD ministerial council meeting"]
    assert meeting.place == "Paris"


def test_a_release_about_a_trip_tells_its_meetings_as_stops(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "Trade Minister Jim Sutton is to visit the Netherlands and France. He will launch a report. It"
        " covers dairy. It covers beef. As well, Mr Sutton will meet French Trade Minister Francois Huwart"
        " and French Agriculture Minister Jean Glavany."
    )
    met = [names(m) for m in meetings if "France" not in names(m) and "Netherlands" not in names(m)]
    assert met == [["Jim Sutton", "Francois Huwart"], ["Jim Sutton", "Jean Glavany"]]


def test_a_visit_filled_with_meetings_there_is_those_meetings(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "Foreign Minister Micheál Martin will visit Kenya and Ethiopia this week. Mr Martin will meet with"
        " Kenya’s President William Ruto in Nairobi on Tuesday morning."
    )
    assert [names(m) for m in meetings] == [
        ["Micheál Martin", "Ethiopia"],
        ["Micheál Martin", "William Ruto"],
    ]


def test_a_visit_with_no_meeting_there_stays(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "Foreign Minister Micheál Martin will visit Kenya this week. Back home, Mr Martin will meet with"
        " President Emmanuel Macron in Dublin."
    )
    assert ["Micheál Martin", "Kenya"] in [names(m) for m in meetings]


def test_who_invited_the_traveller_receives_him(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Defense Secretary Leon E. Panetta will travel to China at the invitation of Defense Minister"
            " Gen. Liang Guanglie."
        )
    )
    assert "Liang Guanglie" in names(meeting) and names(meeting)[0] == "Leon E. Panetta"


def test_a_rank_before_an_office_holders_name_is_no_part_of_it(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "Minister Alistair Burt met the Commander of the Lebanese Armed Forces, General Jean Kahwaji."
        )
    )
    assert names(meeting) == ["Alistair Burt", "Jean Kahwaji"]


def test_a_name_before_postnominal_letters_is_a_person_whatever_the_tag(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in("Minister for the Middle East, Alistair Burt MP visited Lebanon on 29 April 2013.")
    )
    assert names(meeting) == ["Alistair Burt", "Lebanon"]


def test_the_same_pair_meeting_at_another_place_is_another_meeting(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "Sudanese President Omar al-Bashir traveled to Juba for talks with President Salva Kiir. Last month,"
        " they met in Sudan to avert a shutdown of oil exports."
    )
    assert len([m for m in meetings if "Salva Kiir" in names(m)]) == 2


def test_official_visits_to_two_countries_are_one_visit_in_each(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "Prime Minister Stephen Harper today announced that he will travel to Asia for official visits to"
        " Thailand and Japan."
    )
    assert [(names(m), m.place) for m in meetings] == [
        (["Stephen Harper", "Thailand"], "Thailand"),
        (["Stephen Harper", "Japan"], "Japan"),
    ]


def test_a_visit_to_attend_a_summit_meets_the_summit_not_the_country(meetings_in: MeetingsIn) -> None:
    meetings = meetings_in(
        "Prime Minister Stephen Harper will visit South Korea from March 26-27 to participate in the Nuclear"
        " Security Summit in Seoul."
    )
    assert [names(m) for m in meetings] == [["Stephen Harper", "Nuclear Security Summit"]]


def test_a_compatriot_at_the_table_makes_one_meeting_on_a_trip(meetings_in: MeetingsIn) -> None:
    meeting = only(
        meetings_in(
            "U.S. Trade Representative Robert B. Zoellick will travel to Montreal. Over the weekend, Zoellick"
            " will be meeting with U.S. Agriculture Secretary Ann M. Veneman and European Union Farm"
            " Commissioner Franz Fischler."
        )
    )
    assert names(meeting) == ["Robert B. Zoellick", "Ann M. Veneman", "Franz Fischler"]
