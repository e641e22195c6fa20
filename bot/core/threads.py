"""Thread replies: which item of a posted briefing a reply means, and its evidence.

A posted briefing is remembered as a :class:`PostedBriefing` (message reference
and numbered items with short labels). A reply names an item by number ("2",
"sources 2", "#2", "source for 3") or by a few words ("who said that about
legitimacy?"), matched against the item labels by overlap of content words,
rarer words counting more. The answer is a :class:`SourcesReply` built from the
stored fact, so it shows the exact sentence, speaker and article even if the
briefing was posted days ago.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from bot.core import messages
from bot.core.events import MessageRef
from bot.core.store import off_loop
from briefings.compose.replies import meeting_summary, sources_reply
from briefings.model.briefing import Briefing, Item, MeetingItem, Notice, QuoteItem, Response
from briefings.model.facts import PostedBriefing, PostedItem, StoredMeeting, StoredQuestion, StoredQuote
from briefings.store.protocol import Store

LABEL_LIMIT = 300
_MAX_ITEM_DIGITS = 6


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that carry no choice between items: request phrasing and function words.
_FILLER = _words(
    """sources source evidence quote quotes item items number no nr for of on in the a an show me give
    get see link links please what whats is citation citations where from did does come comes that this
    about to it ref reference which one who said say says thing line bit more can could you i want tell"""
)
_STOPWORDS = _words(
    """the a an and or but of to in on at for with by from as is are was were be been it its this that
    these those who whom what which when where why how did do does said say says about than then there
    their they them he she his her him we you i me my our your not no so if into over also just can could
    would should will has have had more most some any all"""
)
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Match:
    """What a reply asked for: an item, or a reason to answer with a hint."""

    item: PostedItem | None
    hint: str | None = None


def _tokens(text: str) -> list[str]:
    words = _WORD.findall(text.lower().replace("’", "'").replace("'s ", " "))
    return [_stem(word) for word in words if word not in _STOPWORDS and len(word) > 1]


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def requested_number(text: str) -> int | None:
    """The item number a reply asks for, when it is only a number with request words
    around it ("2", "#2", "sources 2", "source for 3?").

    >>> requested_number("show me the source for #3, please")
    3
    >>> requested_number("who said that about 2021?") is None
    True
    """
    words = _WORD.findall(text.lower())
    numbers = [word for word in words if word.isdigit()]
    if len(numbers) != 1:
        return None
    if all(word.isdigit() or word in _FILLER for word in words):
        return int(numbers[0]) if _is_item_number(numbers[0]) else None
    return None


def _is_item_number(word: str) -> bool:
    """ "²" is a digit to ``str.isdigit`` but no number; 5,000 digits are no item either."""
    return word.isascii() and len(word) <= _MAX_ITEM_DIGITS


def match_reply(text: str, posted: PostedBriefing) -> Match:
    """The posted item a thread reply refers to, or a hint explaining how to ask."""
    count = len(posted.items)
    odd = next((w for w in _WORD.findall(text) if w.isdigit() and not _is_item_number(w)), None)
    if odd is not None:
        return Match(None, messages.not_an_item_number(odd, count))
    number = requested_number(text)
    if number is not None:
        item = next((i for i in posted.items if i.number == number), None)
        return Match(item) if item else Match(None, messages.no_such_item(number, count))
    return _match_words(text, posted.items)


def match_number(number: int, posted: PostedBriefing) -> Match:
    item = next((i for i in posted.items if i.number == number), None)
    return Match(item) if item else Match(None, messages.no_such_item(number, len(posted.items)))


def _match_words(text: str, items: tuple[PostedItem, ...]) -> Match:
    wanted = set(_tokens(text))
    if not items or not wanted:
        return Match(None, messages.thread_hint(len(items)))
    labels = {item.number: set(_tokens(item.label)) for item in items}
    frequency = Counter(token for tokens in labels.values() for token in tokens)
    # Inverse document frequency over the briefing's own items: a word shared by
    # every item ("Taliban") says little about which one is meant.
    scores = {
        number: sum(math.log(1 + len(items) / frequency[token]) for token in wanted & tokens)
        for number, tokens in labels.items()
    }
    best = max(scores.values())
    if best <= 0:
        return Match(None, messages.thread_hint(len(items)))
    leaders = sorted(number for number, score in scores.items() if math.isclose(score, best))
    if len(leaders) > 1:
        return Match(None, messages.ambiguous_item(leaders))
    return Match(next(item for item in items if item.number == leaders[0]))


# --- remembering posts -------------------------------------------------------------


def item_label(item: Item) -> str:
    """Short text of an item for matching replies: who, and what was said or done."""
    if isinstance(item, MeetingItem):
        fact = item.fact
        roles = " ".join(p.role for p in fact.meeting.participants if p.role)
        label = (
            f"{meeting_summary(fact)} {roles} {fact.citations[0].evidence.sentence if fact.citations else ''}"
        )
    elif isinstance(item, QuoteItem):
        quote = item.fact.quote
        speaker = quote.speaker
        who = f"{speaker.name} {speaker.role or ''}" if speaker else ""
        label = f"{who}: {quote.text}"
    else:
        question = item.fact.question
        asker = question.asked_by.name if question.asked_by else ""
        label = f"{asker} {question.text}"
    return " ".join(label.split())[:LABEL_LIMIT]


def _section(item: Item) -> PostedItem:
    return PostedItem(number=item.number, section=item.section, fact_id=item.fact.id, label=item_label(item))


def posted_briefing(ref: MessageRef, briefing: Briefing, now: datetime) -> PostedBriefing:
    """What the store remembers of a posted briefing."""
    return PostedBriefing(
        platform=ref.platform,
        channel=ref.channel,
        message_id=ref.message_id,
        posted_at=now,
        items=tuple(_section(item) for item in briefing.items()),
    )


async def remember_post(store: Store, ref: MessageRef, briefing: Briefing, now: datetime) -> None:
    """Record a just-posted briefing so replies in its thread can be answered.
    Platforms call this after posting; ``ref`` is the first (thread-anchoring) message."""
    await off_loop(store.record_posted_briefing, posted_briefing(ref, briefing, now))


# --- answering ---------------------------------------------------------------------


async def sources_for(store: Store, item: PostedItem, *, tz: str) -> Response:
    """The evidence behind a posted item, fetched afresh from the store (the fact
    may have been posted days ago; a re-ingested article may have replaced it).
    Dates are shown in ``tz``, the channel's zone, as in the briefing itself."""
    fact: StoredMeeting | StoredQuote | StoredQuestion | None
    if item.section == "quotes":
        fact = await off_loop(store.get_quote, item.fact_id)
    elif item.section == "meetings":
        fact = await off_loop(store.get_meeting, item.fact_id)
    else:
        fact = await off_loop(store.get_question, item.fact_id)
    if fact is None:
        return Notice(messages.fact_gone(item.number))
    return sources_reply(fact, item.number, tz=tz)
