"""Meeting parties the parser hangs in the wrong place (issue 15, session 14).

Invented sentences of each construction, positive and negative, from the misses of test set 9's
news half and of a 50-meeting whitehouse readout sample:
- "At/During the Andean summit in Lima, Tom Reyes, Peruvian Foreign Minister, requested …": after
  a fronted phrase the parser may hang the subject on it and leave the verb without one; the name
  set off by commas is the subject, present at the summit. "During" sets a clause at a gathering
  as "at" does.
- "discussed security issues with President Ruiz": the "with" hung on the topic names whom the
  topic was discussed with; "his relationship with Ruiz", "the problems with the plan" do not.
- "Ban Ki-moon, who is in Lima meeting with President Ruiz": one who is in a meeting has it; a
  Korean-style name with a lowercase syllable after its hyphen is a name.
- "Ban Ki-moon, who is in Lima, Peru meeting with ...": a participle the parser reads as a noun in
  apposition to a person is that person's meeting.
- "had the opportunity to meet with X": a chance taken is a meeting held ("will have": planned; "did
  not have", "I hope you ... have a chance": none).
- "met today with her economic team" is left unread: a team as the party met was tried and, over
  the whitehouse pool, read one readout right and four briefing sentences wrong ("I haven't had a
  chance to discuss Jayapal's call with our legislative team").
- "with H.E. Sheikh Hamad bin Jassim Al Thani" (the person entity cut short), "to Ray Chambers,
  Vice Chair of … and Global Ambassador" (the name hung on the title ending the phrase), "with
  Akiba Takeo, Secretary General of …" (the name tagged an organisation), "with President-Elect
  Luiz Inácio Lula da Silva of Brazil to offer …" (an untagged name as the subject of the purpose
  clause), "with President-elect Lula" (a name after an office-to-be, tagged a product): the person
  is met.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from briefings.extract import Extractor
from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes
from briefings.model.documents import Document
from briefings.model.facts import Meeting
from tests.briefings.extract.meeting_support import names, only

pytestmark = pytest.mark.slow

PUBLISHED = datetime(2026, 3, 11, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "sentence",
    [
        "At the Andean summit in Lima, Tom Reyes, Peruvian Foreign Minister, requested more aid.",
        "During the Andean summit in Lima, Tom Reyes, Peruvian Foreign Minister, requested more aid.",
        "During the Andean summit in Lima, Foreign Minister Tom Reyes requested more aid.",
    ],
)
def test_a_subject_at_or_during_a_summit_attends_it(
    meetings_in: Callable[..., list[Meeting]], sentence: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == ["Tom Reyes", "Andean summit"]
    assert meeting.place == "Lima"


def test_a_clause_during_a_summit_with_no_one_in_it_is_no_meeting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    assert meetings_in("During the Andean summit in Lima, prices of hotel rooms rose sharply.") == []


def test_during_the_meeting_just_told_adds_no_party(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "President Tom Reyes met today with President Jan Berg of Ecuador at the White House. During "
            "the meeting, the Presidents discussed trade."
        )
    )
    assert names(meeting) == ["Tom Reyes", "Jan Berg"]


def test_a_stranded_subject_is_the_subject_of_any_meeting_verb(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in("In Geneva on Tuesday, Maria Lopez, the mayor of Lyon, met with Chancellor Jan Berg.")
    )
    assert names(meeting) == ["Maria Lopez", "Jan Berg"]


def test_a_topic_discussed_with_a_named_person_is_a_talk_with_that_person(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(meetings_in("General Tom Reyes discussed security issues with President Ana Ruiz."))
    assert names(meeting) == ["Tom Reyes", "Ana Ruiz"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister discussed his relationship with President Ana Ruiz.",
        "Tom Reyes discussed the problems with the plan.",
        "The leaders discussed their conversations with President Ana Ruiz and President Jan Berg.",
    ],
)
def test_a_tie_or_a_thing_with_a_with_phrase_is_a_topic(
    meetings_in: Callable[..., list[Meeting]], sentence: str
) -> None:
    assert meetings_in(sentence) == []


def test_one_who_is_in_a_meeting_with_others_has_it(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "United Nations Secretary-General Ban Ki-moon, who is in Lima meeting with President Ana Ruiz "
            "and Prime Minister Jan Berg, said he was worried."
        )
    )
    assert names(meeting) == ["Ban Ki-moon", "Ana Ruiz", "Jan Berg"]


def test_a_meeting_participle_in_apposition_to_a_person_is_hers(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Secretary-General Ban Ki-moon, who is in Lima, Peru meeting with President Ana Ruiz and Prime "
            "Minister Jan Berg, said he was worried."
        )
    )
    assert names(meeting) == ["Ban Ki-moon", "Ana Ruiz", "Jan Berg"]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("President Tom Reyes had the opportunity to meet with President Ana Ruiz.", "held"),
        ("President Tom Reyes will have the chance to meet with President Ana Ruiz on Friday.", "planned"),
    ],
)
def test_a_chance_to_meet_taken_is_a_meeting(
    meetings_in: Callable[..., list[Meeting]], sentence: str, status: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting) == ["Tom Reyes", "Ana Ruiz"]
    assert meeting.status == status


@pytest.mark.parametrize(
    "sentence",
    [
        "President Tom Reyes did not have the chance to meet with President Ana Ruiz.",
        "President Tom Reyes said he hopes Ana Ruiz comes out here and has a chance to meet the team.",
        "I hope you come out here and have a chance to meet President Ana Ruiz directly.",
    ],
)
def test_a_chance_not_had_or_only_wished_is_no_meeting(
    meetings_in: Callable[..., list[Meeting]], sentence: str
) -> None:
    assert meetings_in(sentence) == []


def test_a_korean_style_name_speaks(extractor: Extractor) -> None:
    document = Document.create(
        title="", body='Ban Ki-moon said it "was a terrible day for all of us."', published=PUBLISHED
    )
    context: DocContext = extractor.context(document)
    [quote] = extract_quotes(context)
    assert quote.speaker is not None
    assert quote.speaker.name == "Ban Ki-moon"


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "National Security Advisor Tom Reyes spoke by phone today with H.E. Sheikh Mohammed bin "
            "Abdulrahman bin Jassim Al Thani, Deputy Prime Minister of Qatar.",
            "Mohammed bin Abdulrahman bin Jassim Al Thani",
        ),
        (
            "Today Vice President Ana Ruiz spoke to Ray Chambers, Vice Chair of the Partnership for "
            "Central America and World Health Organization Global Ambassador, about the root causes "
            "of migration.",
            "Ray Chambers",
        ),
        (
            "National Security Advisor Tom Reyes spoke today with Akiba Takeo, Secretary General of "
            "Japan's National Security Secretariat, to prepare for the summit.",
            "Akiba Takeo",
        ),
        (
            "President Ana Ruiz spoke today with President-Elect Luiz Inácio Lula da Silva of Brazil to "
            "offer her congratulations on his election.",
            "Luiz Inácio Lula da Silva",
        ),
    ],
)
def test_a_name_the_parse_leaves_inside_the_object_is_met(
    meetings_in: Callable[..., list[Meeting]], sentence: str, met: str
) -> None:
    meeting = only(meetings_in(sentence))
    assert names(meeting)[1] == met


def test_a_person_run_into_of_loses_the_of(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "Today, for the first time since the war began, Vladimir Putin met with Xi Jinping of China."
        )
    )
    assert names(meeting) == ["Vladimir Putin", "Xi Jinping"]


def test_a_name_after_an_office_to_be_is_a_person_met(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("Mr. Tom Reyes also met with President-elect Lula on Monday."))
    assert names(meeting) == ["Tom Reyes", "Lula"]
    assert meeting.participants[1].role == "President-elect"


def test_a_name_inside_a_bodys_name_is_not_a_person_met(meetings_in: Callable[..., list[Meeting]]) -> None:
    assert all(
        p.kind != "person" or p.name != "Ana Ruiz"
        for m in meetings_in("Tom Reyes met with the Ana Ruiz Foundation on Monday.")
        for p in m.participants
    )
