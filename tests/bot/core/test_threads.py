"""Matching a thread reply to the item of a posted briefing it asks about."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.threads import match_reply, requested_number
from briefings.model.facts import PostedBriefing, PostedItem

POSTED = PostedBriefing(
    platform="memory",
    channel="general",
    message_id="1",
    posted_at=datetime(2021, 7, 29, 8, 0, tzinfo=UTC),
    items=(
        PostedItem(1, "meetings", 11, "Mullah Abdul Ghani Baradar met Wang Yi in Tianjin"),
        PostedItem(
            2, "quotes", 21, "Deborah Lyons UN special representative: legitimacy is premised on commitment"
        ),
        PostedItem(3, "quotes", 22, "Joe Biden U.S. President: the mission hasn't failed, yet"),
        PostedItem(4, "questions", 31, "Joe Biden So the question now is, where do they go from here?"),
    ),
)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("2", 2),
        ("#2", 2),
        ("sources 2", 2),
        ("source for 3", 3),
        ("Sources 1 please", 1),
        ("show me item #4?", 4),
    ],
)
def test_a_number_with_request_words_names_that_item(text: str, number: int) -> None:
    assert requested_number(text) == number
    match = match_reply(text, POSTED)
    assert match.item is not None and match.item.number == number


def test_free_text_is_matched_by_the_words_it_shares_with_an_item() -> None:
    match = match_reply("who said that about legitimacy?", POSTED)
    assert match.item is not None and match.item.number == 2


def test_a_speakers_name_picks_their_item_when_it_is_unique() -> None:
    match = match_reply("what did Lyons say?", POSTED)
    assert match.item is not None and match.item.number == 2


def test_a_word_shared_by_two_items_asks_which_one() -> None:
    match = match_reply("Biden", POSTED)
    assert match.item is None
    assert match.hint is not None and "3 or 4" in match.hint


def test_a_number_beyond_the_briefing_says_how_many_items_there_are() -> None:
    match = match_reply("sources 9", POSTED)
    assert match.item is None
    assert match.hint == "There is no item 9; this briefing has items 1–4."


def test_an_unrelated_reply_gets_a_hint_not_silence() -> None:
    match = match_reply("thanks, great stuff", POSTED)
    assert match.item is None
    assert match.hint is not None and "sources 1" in match.hint


def test_a_number_among_other_words_is_not_taken_as_an_item_number() -> None:
    assert requested_number("what happened in 2021 with the talks") is None
