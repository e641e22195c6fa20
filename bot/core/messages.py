"""Every user-facing text of the bot core in one place: errors, hints, confirmations.

A command's help lives with the command, in :data:`bot.core.commands.COMMANDS`.

Kept together so wording stays consistent across commands and platforms, and so
a reviewer can read everything a user may see in one file. Texts are plain
sentences; the renderer turns them into platform markup.
"""

from __future__ import annotations

from briefings.subjects import Subject

HANDLER_FAILED = "Sorry, something went wrong answering that. Please try again in a minute."
"""Plain text, never rendered: the renderer may be what failed."""


# --- argument errors -----------------------------------------------------------


def not_a_time(phrase: str) -> str:
    return (
        f'I couldn\'t read "since {phrase}" as a time. '
        'Try "since yesterday", "7d", "24h", "2021-07-20" or "last week".'
    )


def not_a_date(phrase: str) -> str:
    return f'"{phrase}" is not a date on the calendar.'


def bad_since(problem: str) -> str:
    return f"I couldn't use that time: {problem}."


def control_characters(what: str) -> str:
    return f"The {what} holds control characters (such as NUL); type it as plain text."


def argument_too_long(what: str, limit: int) -> str:
    return f"The {what} is longer than I can read ({limit} characters at most)."


def not_a_number(text: str, what: str) -> str:
    shown = text if len(text) <= 20 else text[:20] + "…"
    return f'"{shown}" is not a {what}; use a number written in digits 0-9, e.g. 3.'


def topic_too_long(limit: int) -> str:
    return f"That topic is too long ({limit} characters at most)."


def since_needs_time() -> str:
    return '"since" needs a time after it, e.g. "since yesterday" or "since 2021-07-20".'


def since_in_future(phrase: str) -> str:
    return f'"{phrase}" is in the future; a briefing can only cover what has already been reported.'


def not_a_clock_time(text: str) -> str:
    return f'"{text}" is not a time of day. Use HH:MM (24-hour, e.g. 08:00) or e.g. 8am.'


def unknown_zone(token: str) -> str:
    return f'"{token}" is not a time zone I know. Use an IANA name such as Europe/London or America/New_York.'


def subscribe_needs_time() -> str:
    return "Say when: a time of day such as 08:00."


def needs_name(command: str) -> str:
    noun = "a person, organisation or country" if command == "whomet" else "a person or topic"
    return f"/{command} needs {noun}."


def no_arguments(command: str) -> str:
    return f"/{command} takes no arguments."


def too_long(limit: int) -> str:
    return f"That is longer than I can search for ({limit} characters at most)."


def not_a_subscription_id(text: str) -> str:
    shown = text if len(text) <= 20 else text[:20] + "…"
    return f'"{shown}" is not a subscription id; ids are numbers in digits 0-9, as listed by /subscriptions.'


# --- results and confirmations -------------------------------------------------


def nothing_found(what: str, subject: str | None, window: str | None) -> str:
    about = f" about {subject}" if subject else ""
    when = f" {window}" if window else ""
    return f"No {what}{about}{when} in the articles I have read."


def nothing_by_or_about(what: str, subject: Subject, window: str | None) -> str:
    """ "No quotes by Sherman (Wendy Sherman), and none about her …": the lookup
    resolved, and both of its sections came back empty."""
    when = f" {window}" if window else ""
    who = subject.query if subject.query == subject.name else f"{subject.query} ({subject.name})"
    return f"No {what} by {who}, and none about {subject.name}{when}, in the articles I have read."


def no_meetings(name: str, window: str | None) -> str:
    when = f" {window}" if window else ""
    return f"No meetings involving {name}{when} in the articles I have read."


def subscribed(subscription_id: int, clock: str, zone: str, topic: str | None) -> str:
    about = f" about {topic}" if topic else ""
    return (
        f"Subscribed (#{subscription_id}): a briefing{about} here every day at {clock} {zone}. "
        f"/unsubscribe {subscription_id} stops it."
    )


def already_subscribed(subscription_id: int) -> str:
    return f"This channel already has that briefing (#{subscription_id}); nothing changed."


def unsubscribed(subscription_id: int, clock: str, zone: str) -> str:
    return f"Unsubscribed #{subscription_id} (daily at {clock} {zone})."


def no_subscriptions() -> str:
    return "This channel has no scheduled briefings. /subscribe 08:00 adds one."


def which_subscription(listing: str) -> str:
    return f"This channel has several scheduled briefings; say which one, e.g. /unsubscribe ID.\n{listing}"


def no_such_subscription(subscription_id: int) -> str:
    return f"This channel has no subscription #{subscription_id}. /subscriptions lists them."


# --- thread replies ------------------------------------------------------------


def thread_hint(count: int) -> str:
    items = f"items 1–{count}" if count > 1 else "item 1"
    return f'Reply with an item number to see its source, e.g. "sources 1" (this briefing has {items}).'


def no_such_item(number: int, count: int) -> str:
    if count == 0:
        return "This briefing has no numbered items."
    return (
        f"There is no item {number}; this briefing has items 1–{count}."
        if count > 1
        else (f"There is no item {number}; this briefing has only item 1.")
    )


def not_an_item_number(text: str, count: int) -> str:
    shown = text if len(text) <= 20 else text[:20] + "…"
    items = f"items 1–{count}" if count > 1 else "item 1"
    return f'"{shown}" is not an item number; reply with a number in digits, e.g. "sources 1" ({items}).'


def ambiguous_item(numbers: list[int]) -> str:
    listed = ", ".join(str(n) for n in numbers[:-1]) + f" or {numbers[-1]}"
    return f"Did you mean item {listed}? Reply with the number."


def not_a_briefing_thread() -> str:
    return "I can show sources only in the thread of one of my briefings."


def fact_gone(number: int) -> str:
    return f"The source of item {number} is no longer stored (its article was updated or removed)."


def unknown_action(value: str) -> str:
    return f"I don't know what to do with that button ({value})."


# --- console -------------------------------------------------------------------


def console_reply_hint() -> str:
    return '(reply "> N" for the sources of item N; /help for commands)'


def console_no_thread() -> str:
    return "There is no briefing to reply to yet; try /brief or /help."


def command_failed() -> str:
    return "Sorry, that failed; the log has the details."
