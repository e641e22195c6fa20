"""Forgiving argument parsing for chat commands.

People type "/brief Afghanistan since yesterday", "/whomet Wang Yi 7d" or
"/subscribe 8am europe/london Taliban"; these helpers pull the time window,
clock time and zone out of such text with explicit rules (no guessing from a
lone word such as "May", which is as likely a person as a month).

Times follow the one grammar of :mod:`briefings.time` (the command line
reads the same phrases). Every helper takes "now" and the channel's zone as
parameters, so results are reproducible in tests; every error names the
argument it is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from bot.core import messages
from briefings.time import BadTimeError, UnknownTimeZoneError, canonical_zone, read_when


class ArgumentError(ValueError):
    """A command argument could not be understood; the message says why in plain words."""


@dataclass(frozen=True)
class Window:
    """A "since" as the user meant it: the start instant and how to say it back."""

    start: datetime
    text: str


_SINCE_WORDS = ("since", "from", "after")
_CLOCK = re.compile(r"^([0-9]{1,2})(?:[:.h]([0-9]{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$", re.ASCII)
# The longest argument text a command reads, and the longest number in it:
# Python refuses to read integers past 4,300 digits, PostgreSQL text past a NUL.
MAX_ARGUMENT = 500
MAX_NUMBER_DIGITS = 9
MAX_TOPIC = 200  # as long as any other command's subject


def check_text(text: str, what: str) -> str:
    """Refuse argument text no handler can use, with one line naming the argument:
    NUL and other control characters (PostgreSQL rejects NUL) and runaway length."""
    if any((ord(ch) < 32 and ch not in "\t\n\r") or ord(ch) == 127 for ch in text):
        raise ArgumentError(messages.control_characters(what))
    if len(text) > MAX_ARGUMENT:
        raise ArgumentError(messages.argument_too_long(what, MAX_ARGUMENT))
    return text


def parse_number(text: str, what: str) -> int:
    """A small positive number typed in ASCII digits ("3"), or ArgumentError naming
    the argument: "²" and 5,000-digit numbers are not ids."""
    cleaned = text.strip().lstrip("#")
    if not (cleaned.isascii() and cleaned.isdigit()) or len(cleaned) > MAX_NUMBER_DIGITS:
        raise ArgumentError(messages.not_a_number(text, what))
    return int(cleaned)


def parse_when(text: str, *, now: datetime, tz: str, explicit: bool = False) -> datetime | None:
    """The instant a "since" phrase means, or None when ``text`` is not one: the one
    grammar of :func:`briefings.time.read_when`, its errors as ArgumentError.

    >>> from datetime import timezone
    >>> now = datetime(2021, 7, 29, 12, 0, tzinfo=timezone.utc)
    >>> parse_when("7d", now=now, tz="UTC").isoformat()
    '2021-07-22T12:00:00+00:00'
    >>> parse_when("Baradar", now=now, tz="UTC") is None
    True
    """
    try:
        return read_when(text, now=now, tz=tz, explicit=explicit)
    except BadTimeError as problem:
        raise ArgumentError(messages.bad_since(str(problem))) from None


def split_since(text: str, *, now: datetime, tz: str) -> tuple[str, Window | None]:
    """Split command arguments into a subject and an optional trailing "since".

    The longest trailing phrase that reads as a time wins, so "Wang Yi last week"
    gives ("Wang Yi", last week). "since ..." that cannot be read is an error
    rather than part of the subject, because the user clearly meant a time.

    >>> from datetime import timezone
    >>> now = datetime(2021, 7, 29, 12, 0, tzinfo=timezone.utc)
    >>> subject, window = split_since("Wang Yi since yesterday", now=now, tz="UTC")
    >>> subject, window.start.isoformat(), window.text
    ('Wang Yi', '2021-07-28T00:00:00+00:00', 'since yesterday')
    """
    words = text.split()
    for index in range(len(words)):
        tail = words[index:]
        explicit = tail[0].lower() in _SINCE_WORDS
        phrase_words = tail[1:] if explicit else tail
        if not phrase_words:
            if explicit:
                raise ArgumentError(messages.since_needs_time())
            continue
        phrase = " ".join(phrase_words)
        start = parse_when(phrase, now=now, tz=tz, explicit=explicit)
        if start is None:
            if explicit:
                raise ArgumentError(messages.not_a_time(phrase))
            continue
        if start > now:
            raise ArgumentError(messages.since_in_future(phrase))
        subject = " ".join(words[:index])
        return subject, Window(start=start, text=f"since {phrase}")
    return " ".join(words), None


def parse_clock(text: str) -> str:
    """A time of day as "HH:MM": accepts "08:00", "8:00", "8.30", "8am", "8:30 pm".

    >>> parse_clock("8:30pm")
    '20:30'
    """
    match = _CLOCK.match(text.strip().lower())
    if not match or (match.group(2) is None and match.group(3) is None):
        raise ArgumentError(messages.not_a_clock_time(text))
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    meridiem = (match.group(3) or "").replace(".", "")
    if meridiem:
        if not 1 <= hour <= 12:
            raise ArgumentError(messages.not_a_clock_time(text))
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59:
        raise ArgumentError(messages.not_a_clock_time(text))
    return f"{hour:02d}:{minute:02d}"


def looks_like_zone(token: str) -> bool:
    """Whether a word is meant as a time zone: an IANA-style "Area/City" or UTC/GMT.
    Single-word zone names ("Japan") are not taken as zones: they are more likely topics."""
    return (
        "/" in token
        or token.upper() in ("UTC", "GMT", "Z")
        or bool(re.fullmatch(r"(?i)(utc|gmt)[+-]\d+", token))
    )


def parse_zone(token: str) -> str:
    """The canonical IANA name for ``token`` (case-insensitive), or ArgumentError.

    >>> parse_zone("europe/london")
    'Europe/London'
    """
    try:
        return canonical_zone(token, any_case=True)
    except UnknownTimeZoneError:
        raise ArgumentError(messages.unknown_zone(token)) from None


def parse_subscription(text: str, *, default_tz: str) -> tuple[str, str, str | None]:
    """ "/subscribe HH:MM [ZONE] [topic]" -> (time, zone, topic)."""
    words = text.split()
    if not words:
        raise ArgumentError(messages.subscribe_needs_time())
    consumed = 1
    clock_text = words[0]
    if len(words) > 1 and words[1].lower().replace(".", "") in ("am", "pm"):
        clock_text, consumed = f"{words[0]} {words[1]}", 2
    clock = parse_clock(clock_text)
    rest = words[consumed:]
    zone = default_tz
    if rest and looks_like_zone(rest[0]):
        zone = parse_zone(rest[0])
        rest = rest[1:]
    topic = " ".join(rest) or None
    if topic is not None and len(topic) > MAX_TOPIC:
        raise ArgumentError(messages.topic_too_long(MAX_TOPIC))
    return clock, zone, topic
