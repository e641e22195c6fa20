"""Shared helpers for the quote-speaker specifications: the speaker of the quote a test names."""

from __future__ import annotations

from briefings.model.facts import Quote


def speaker(quotes: list[Quote], start: str) -> str:
    """The speaker's name of the first quote whose text starts with ``start`` (the test fails, showing
    every quote found, when there is none or it has no speaker)."""
    found = [q for q in quotes if q.text.startswith(start)]
    assert found, f"no quote starting {start!r} in {[(q.text, q.speaker) for q in quotes]}"
    assert found[0].speaker is not None
    return found[0].speaker.name
