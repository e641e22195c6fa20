"""A quotation credited by the line under it, and a question that heads the section answering it
(issues 14 and 16, session 34, from test set 33's misses once it was promoted to a dev set):

- a quotation that fills its paragraph, under an introduction that names no speaker ("Both sides
  agreed on a joint statement:"), is the words of the person its credit line names ("Remarks by
  President Donald Tusk after the EU-China summit"); a credit line with no person credits no one;
- the words of a written message ("The message reads, in part: “…”", "The telegram said:") are its
  sender's: the person who sent the message, else, when the text never says ("A message of
  congratulations was also sent to Narendra Modi"), the first person the text names as a clause's
  subject, never the one the message went to;
- a question that is a paragraph of its own, over a paragraph that is no question and takes up its
  words ("What are the summit's objectives?" over "The summit will aim to …"), heads the section that
  answers it: not open; a subheading the next paragraph does not take up ("What happens next?" over
  "Negotiators will return to Doha"), one followed by a paragraph that says nobody can answer, or by
  nothing, stays open;
- "There were no immediate details from the meeting." leaves the meeting's outcome open, as "no
  immediate word on" already did.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Question, Quote

pytestmark = pytest.mark.slow

QUOTED = '"Negotiations have been difficult, but ultimately fruitful. We managed to agree a joint statement."'


def test_a_quotation_standing_alone_is_its_credit_lines_speakers(
    quotes_in: Callable[[str], list[Quote]],
) -> None:
    found = quotes_in(
        f"Both sides agreed on a joint statement:\n\n{QUOTED}\n\n"
        "Remarks by President Donald Tusk after the EU-China summit\n\nLeaders also discussed trade."
    )
    assert [(q.speaker.name if q.speaker else None) for q in found] == ["Donald Tusk"]


def test_a_credit_line_naming_no_person_credits_no_one(quotes_in: Callable[[str], list[Quote]]) -> None:
    found = quotes_in(
        f"Both sides agreed on a joint statement:\n\n{QUOTED}\n\n"
        "Statement by the European Council after the summit\n\nLeaders also discussed trade."
    )
    assert not any(q.speaker is not None and q.speaker.name == "European Council" for q in found)


def test_a_question_heading_its_section_is_answered(questions_in: Callable[..., list[Question]]) -> None:
    found = questions_in(
        "The leaders meet in Sofia on 17 May.\n\n"
        "What are the summit’s objectives?\n\n"
        "The summit will aim to inject new energy in the relationship.\n\n"
        "Who will attend the summit?\n\n"
        "The heads of state or government of the member states will attend."
    )
    assert found == []


@pytest.mark.parametrize(
    "after",
    ["Nobody has said.", "", "Negotiators will return to Doha in August."],
)
def test_a_question_paragraph_left_unanswered_stays_open(
    questions_in: Callable[..., list[Question]], after: str
) -> None:
    found = questions_in(
        f"The leaders met in Sofia on 17 May.\n\nWho will pay for the new pipeline?\n\n{after}"
    )
    assert [q.text for q in found] == ["Who will pay for the new pipeline?"]


def test_no_immediate_details_from_a_meeting_is_open(questions_in: Callable[..., list[Question]]) -> None:
    found = questions_in(
        "Gambari met Aung San Suu Kyi on Friday.\n\nThere were no immediate details from the meeting."
    )
    assert [q.text for q in found] == ["There were no immediate details from the meeting."]


def test_a_messages_words_are_its_senders(quotes_in: Callable[[str], list[Quote]]) -> None:
    found = quotes_in(
        "Vladimir Putin had a telephone conversation with Prime Minister Narendra Modi.\n\n"
        "A message of congratulations was also sent to Narendra Modi.\n\n"
        "The message reads, in part:\n\n"
        "“We consider relations of privileged strategic partnership with New Delhi of great importance.”"
    )
    assert [(q.speaker.name if q.speaker else None) for q in found] == ["Vladimir Putin"]


def test_a_message_sent_by_someone_named_is_that_persons(quotes_in: Callable[[str], list[Quote]]) -> None:
    found = quotes_in(
        "Narendra Modi spoke to reporters in Delhi on Monday.\n\n"
        "Ana Ruiz sent a message to Narendra Modi after the vote.\n\n"
        "The message said:\n\n"
        "“We consider relations with New Delhi of great importance for the whole region.”"
    )
    assert [(q.speaker.name if q.speaker else None) for q in found] == ["Ana Ruiz"]


def test_a_body_whose_name_opens_with_a_title_word_keeps_its_name(
    quotes_in: Callable[[str], list[Quote]],
) -> None:
    found = quotes_in(
        "“It could be the equivalent to a form of domestic terrorism,” the National School Boards"
        " Association wrote."
    )
    assert [q.speaker.name.removeprefix("the ") for q in found if q.speaker] == [
        "National School Boards Association"
    ]
