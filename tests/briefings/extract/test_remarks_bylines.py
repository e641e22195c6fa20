"""Remarks under a byline, places after in/at, and roles before and after a name.

The texts are written for these tests: they copy the shape of government
remarks and readouts, not any article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from briefings.extract import Extractor
from briefings.extract.remarks import remarks_turns
from briefings.model.documents import Document
from briefings.model.facts import Extraction
from briefings.sources.boilerplate import clean_body

REMARKS = """Maria L. Fontaine, Under Secretary for Economic Growth

Nairobi, Kenya

Good morning. It is a pleasure to be back in Nairobi for my second visit this year. I want to sincerely \
thank President Kamau for his generous hospitality and his \
warm welcome. We just concluded a very productive meeting.

The President shared with me his plans to expand the port at Mombasa and to open new rail \
links to the interior.

We discussed how American companies can invest in renewable energy across the region, and I made clear that \
the United States stands ready to help.

I also reaffirmed our commitment to a free press and to the rule of law, which remain the foundations of a \
lasting partnership between our two countries.

Thank you.
"""

STATEMENT = """Daniel Okafor, Department Spokesperson

The Secretary of State will travel to Lima and Quito next week to meet regional leaders and to discuss \
trade, migration and security across the hemisphere with the governments of both countries.
"""


def _extract(extractor: Extractor, raw: str, title: str = "Remarks to the Press") -> Extraction:
    body = clean_body(raw, title=title)
    document = Document.create(title=title, body=body, published=datetime(2024, 5, 1, tzinfo=UTC))
    return extractor.extract(document)


def test_the_byline_and_dateline_of_remarks_stay_in_the_cleaned_body() -> None:
    body = clean_body(REMARKS, title="Remarks to the Press")
    assert body.startswith(
        "Maria L. Fontaine, Under Secretary for Economic Growth\n\nNairobi, Kenya\n\nGood morning."
    )


def test_a_third_person_statement_under_a_byline_is_not_remarks() -> None:
    assert remarks_turns(clean_body(STATEMENT)) == []
    assert [t.label for t in remarks_turns(clean_body(REMARKS))] == ["Maria L. Fontaine"]


def test_the_byline_speaker_meets_the_person_thanked_where_the_dateline_says(extractor: Extractor) -> None:
    (meeting,) = _extract(extractor, REMARKS).meetings
    assert [(p.name, p.role) for p in meeting.participants] == [
        ("Maria L. Fontaine", "Under Secretary for Economic Growth"),
        ("Kamau", "President"),
    ]
    assert meeting.place == "Nairobi, Kenya"
    assert meeting.status == "held"


def test_first_person_meetings_under_a_byline_take_the_place_from_the_title(extractor: Extractor) -> None:
    raw = (
        "Tomas Aguilar, Minister of Foreign Affairs\n\n"
        "I met with Prime Minister Elena Varga this morning to discuss energy security and the new "
        "pipeline. I told her that my government stands with hers.\n"
    )
    extraction = _extract(extractor, raw, title="Remarks by the Minister in Budapest")
    (meeting,) = extraction.meetings
    assert [p.name for p in meeting.participants] == ["Tomas Aguilar", "Elena Varga"]
    assert meeting.place == "Budapest"
    assert meeting.status == "held"


def test_remarks_under_a_byline_are_the_speakers_own_words_not_key_quotes(extractor: Extractor) -> None:
    # a transcript's turns (here the one turn the byline gives) are the document, never key quotes
    assert _extract(extractor, REMARKS).quotes == ()


def test_a_statement_under_a_byline_gets_no_quotes_from_its_issuer(extractor: Extractor) -> None:
    assert _extract(extractor, STATEMENT, title="Travel to Peru and Ecuador").quotes == ()


def test_a_city_and_state_after_in_is_one_place_not_a_party(extractor: Extractor) -> None:
    raw = (
        "Secretary of Defense Paul R. Whitcomb met today with Japanese Minister for Foreign Affairs "
        "Mori Takeshi in Washington, DC to reaffirm the strength of the alliance."
    )
    (meeting,) = _extract(extractor, raw, title="Readout").meetings
    assert [(p.name, p.role) for p in meeting.participants] == [
        ("Paul R. Whitcomb", "Secretary of Defense"),
        ("Mori Takeshi", "Japanese Minister for Foreign Affairs"),
    ]
    assert meeting.place == "Washington, DC"


def test_listed_countries_after_a_comma_stay_parties(extractor: Extractor) -> None:
    raw = "The minister met leaders of Tanzania, Uganda and Rwanda in Nairobi to discuss the crisis."
    (meeting,) = _extract(extractor, raw, title="Readout").meetings
    assert [p.name for p in meeting.participants] == ["Tanzania", "Uganda", "Rwanda"]


def test_titles_before_names_give_roles_at_sentence_start_and_after_with(extractor: Extractor) -> None:
    raw = (
        "National Security Advisor Mark Tolland met today in Washington with Saudi Vice Minister of "
        "Defense Faisal bin Nasser Al-Harbi to discuss regional security."
    )
    (meeting,) = _extract(extractor, raw, title="Readout").meetings
    assert [(p.name, p.role) for p in meeting.participants] == [
        ("Mark Tolland", "National Security Advisor"),
        ("Faisal bin Nasser Al-Harbi", "Saudi Vice Minister of Defense"),
    ]


def test_quote_speakers_take_roles_from_appositives_and_who_clauses(extractor: Extractor) -> None:
    raw = (
        'The talks were "a sign of how far the two sides have come in a very short time," '
        "Aaron Miller Hale, a former Middle East negotiator, said.\n\n"
        "Peter Lindqvist, who was UN envoy to Yemen until 2020, said: "
        '"The talks have stalled for good this time."\n\n'
        'Nora Estrada, who is a senior analyst at the Crisis Group, said: "Both sides now need a real deal."'
    )
    roles = {
        q.speaker.name: q.speaker.role for q in _extract(extractor, raw, title="Analysis").quotes if q.speaker
    }
    assert roles == {
        "Aaron Miller Hale": "former Middle East negotiator",
        "Peter Lindqvist": "former UN envoy to Yemen",
        "Nora Estrada": "senior analyst at the Crisis Group",
    }


def test_my_meeting_with_a_named_host_is_held_by_the_byline_speaker(extractor: Extractor) -> None:
    raw = (
        "Helen Adeyemi, Assistant Secretary for African Affairs\n\n"
        "Accra, Ghana\n\n"
        "Good evening. I have just come from my meeting with Foreign Minister Kwame Boateng, and I am "
        "encouraged by what I heard about the elections and the reforms his government has planned.\n"
    )
    (meeting,) = _extract(extractor, raw).meetings
    assert [(p.name, p.role) for p in meeting.participants] == [
        ("Helen Adeyemi", "Assistant Secretary for African Affairs"),
        ("Kwame Boateng", "Foreign Minister"),
    ]
    assert (meeting.place, meeting.status) == ("Accra, Ghana", "held")


def test_the_byline_office_travels_with_the_remarks_turn() -> None:
    (turn,) = remarks_turns("Ana Ruiz, Minister of Trade\n\nI met them today. I thanked them for coming.")
    assert (turn.label, turn.role) == ("Ana Ruiz", "Minister of Trade")
