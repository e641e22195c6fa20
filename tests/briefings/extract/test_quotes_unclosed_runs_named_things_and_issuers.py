"""Quotations that run on and lose their last mark, quoted names, texts that speak for their issuer,
and who says "I" (issue 14, session 35, from test set 34's misses once it was promoted to a dev set):

- a quotation that runs over paragraphs by the English convention (each paragraph reopens) and whose
  last paragraph never closes, at the end of the text or before a paragraph of prose, lost its one
  closing mark: each paragraph is a quotation of the speaker the introduction names ("A Downing Street
  spokesperson said:"); a single unclosed opening mark before a paragraph that does not reopen stays
  dropped, as before;
- quoted words set between a determiner and the common noun they modify ("launched the ‘Exporting is
  Great’ campaign") name that thing: no key quote, however long; words after "the" that a time word
  follows ("said the “deal is dead and buried” today") are still the speaker's;
- a statement, letter or release that names who put it out in its own phrase ("a statement issued
  last week by the council calling on …", "a statement by the council urging …") speaks for that one;
- a quotation in the first person singular standing after a sentence whose subject is plural ("The
  leaders also discussed …") is not the plural subject's words: it goes on with the last speaker;
- a transcript whose only label is "Name, Office:" with the speech after it on the same line ("Penny
  Wong, Foreign Minister: Well, it's good to be here …") is that person's remarks: "I" is the
  speaker, and the speaker's meetings are found; a dateline ("Buffalo, New York:") or a sentence
  ending in "said:" is no such label.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract.remarks import remarks_turns
from briefings.model.facts import Quote
from tests.briefings.extract.meeting_support import MeetingsIn, names

pytestmark = pytest.mark.slow

RUN = (
    "A Downing Street spokesperson said:\n\n"
    "“Prime Minister Theresa May met President Muhammadu Buhari of Nigeria in Abuja today during her"
    " visit.\n\n"
    "“The leaders agreed that the UK and Nigeria are strong partners bilaterally and in the Commonwealth.\n\n"
    "“She thanked President Buhari for championing this agenda and his leadership in the region."
)


def _said(found: list[Quote]) -> list[tuple[str | None, str]]:
    return [(q.speaker.name if q.speaker else None, q.text) for q in found]


def test_a_run_on_quotation_whose_last_paragraph_never_closes_is_quoted_paragraph_by_paragraph(
    quotes_in: Callable[[str], list[Quote]],
) -> None:
    found = quotes_in(RUN)
    assert [text.split()[0] for _, text in _said(found)] == ["Prime", "The", "She"]
    assert {speaker for speaker, _ in _said(found)} == {"a Downing Street spokesperson"}


def test_the_run_ends_at_the_paragraph_of_prose_after_it(quotes_in: Callable[[str], list[Quote]]) -> None:
    found = quotes_in(RUN.replace("“She thanked", "She thanked"))
    assert [text.split()[0] for _, text in _said(found)] == ["Prime", "The"]


def test_a_lone_unclosed_mark_before_prose_stays_dropped(quotes_in: Callable[[str], list[Quote]]) -> None:
    found = quotes_in(
        "Ames said the deal was “historic.\n\nThe talks resume on Monday in Geneva with both delegations."
    )
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "Minister Duddridge spoke with businesses in Accra and launched the ‘Exporting is Great’ campaign,"
        " which presents exporting opportunities.",
        "The minister defended its “Buy American and Hire American” rules before the committee.",
    ],
)
def test_quoted_words_between_a_determiner_and_their_noun_name_a_thing(
    quotes_in: Callable[[str], list[Quote]], text: str
) -> None:
    assert quotes_in(text) == []


def test_words_after_the_with_a_time_word_next_are_still_speech(
    quotes_in: Callable[[str], list[Quote]],
) -> None:
    found = quotes_in('Ames said the "deal is dead and buried" today.')
    assert _said(found) == [("Ames", "deal is dead and buried")]


@pytest.mark.parametrize(
    "text",
    [
        "The meetings follow a statement issued last week by the African Union's Peace and Security Council"
        ' calling on the two sides to stop engaging in "procrastination and delaying tactics" in the talks.',
        "The talks follow a statement by the African Union's Peace and Security Council urging both sides to"
        ' end "the cycle of endless delays and broken promises" at once.',
    ],
)
def test_a_text_naming_its_issuer_speaks_for_the_issuer(
    quotes_in: Callable[[str], list[Quote]], text: str
) -> None:
    found = quotes_in(text)
    assert [q.speaker.name if q.speaker else None for q in found] == ["Peace and Security Council"]


def test_words_in_the_first_person_singular_are_not_a_plural_subjects(
    quotes_in: Callable[[str], list[Quote]],
) -> None:
    found = quotes_in(
        '"We talked about support for Kazakhstan\'s sovereignty and our military relationship," Rumsfeld'
        " said during a joint news conference with Altynbayev. The leaders also discussed the importance of"
        ' the Partnership for Peace program. "Kazakhstan is an important country, and I came here to'
        ' personally express our appreciation."'
    )
    assert [q.speaker.name if q.speaker else None for q in found] == ["Rumsfeld", "Rumsfeld"]


def test_a_plural_subject_still_speaks_words_in_the_first_person_plural(
    quotes_in: Callable[[str], list[Quote]],
) -> None:
    found = quotes_in(
        "The ministers of Chile and Peru met in Lima on Monday. The ministers agreed on a border commission."
        ' "We will meet again in Santiago next month to sign the agreement."'
    )
    assert [q.speaker.name if q.speaker else None for q in found] == ["the ministers"]


def test_a_name_and_office_label_opens_the_one_speakers_remarks(meetings_in: MeetingsIn) -> None:
    found = meetings_in(
        "Penny Wong, Foreign Minister: Well, it's good to be here in Jakarta. This morning I attended the"
        " ASEAN meeting between Australia and ASEAN.\n\n"
        "I've also just had a meeting with Park Jin, my counterpart from the Republic of Korea."
    )
    assert ["Penny Wong", "Park Jin"] in [names(m) for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "Buffalo, New York: I went there on Monday. I met him at the plant.",
        "Speaking at the end of the visit, Mr Stewart said: I met them. I thanked them.",
        "The President of France, Nicolas Sarkozy said to reporters: I met him. I did.",
    ],
)
def test_a_dateline_or_a_reporting_clause_is_no_speaker_label(text: str) -> None:
    assert remarks_turns(text) == []
