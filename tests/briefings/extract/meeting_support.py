"""Helpers the meeting specifications share: who a meeting names, and "exactly one"."""

from __future__ import annotations

from briefings.model.facts import Meeting


def names(meeting: Meeting) -> list[str]:
    return [p.name for p in meeting.participants]


def only(meetings: list[Meeting]) -> Meeting:
    assert len(meetings) == 1, meetings
    return meetings[0]
