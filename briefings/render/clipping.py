"""Shortening text that cannot fit a message: at a word boundary, with "…".

Rendering runs under a *budget* (a context variable, so the Jinja finalize
hook can see it without templates knowing): any single field whose escaped
form is longer than the budget is clipped to it. The renderer lowers the budget
until the rendered piece fits its platform limit, and records that clipping
happened so it can add a note.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

ELLIPSIS = "…"


@dataclass
class ClipState:
    budget: int | None
    clipped: bool = False
    longest: int = 0


_STATE: ContextVar[ClipState | None] = ContextVar("briefbot_clip_state", default=None)


@contextmanager
def clip_budget(budget: int | None) -> Iterator[ClipState]:
    """Render inside this block to clip every field longer than ``budget``."""
    state = ClipState(budget)
    token = _STATE.set(state)
    try:
        yield state
    finally:
        _STATE.reset(token)


def unclipped() -> bool:
    """Whether fields are escaped whole right now (no budget is in force)."""
    state = _STATE.get()
    return state is None or state.budget is None


def note_longest(length: int) -> None:
    """Record a field of ``length`` escaped characters as if it had been escaped
    here (for views built once and reused, see ``briefings.render.safeview``)."""
    state = _STATE.get()
    if state is not None:
        state.longest = max(state.longest, length)


def _safe_cut(text: str, index: int) -> int:
    """Move a cut left so it does not split a combining mark, a ZWJ emoji
    sequence or a variation selector from its base character."""
    while 0 < index < len(text) and (
        unicodedata.combining(text[index])
        or text[index] in "\u200d\ufe0f\ufe0e"
        or text[index - 1] == "\u200d"
        or 0x1F3FB <= ord(text[index]) <= 0x1F3FF
    ):
        index -= 1
    return index


def clip_to(text: str, budget: int, escape: Callable[[str], str] = str) -> str:
    """The longest prefix of ``text`` ending at a word boundary whose escaped form
    plus "…" fits ``budget``; a single over-long word is cut between characters.

    >>> clip_to("one two three four", 10)
    'one two…'
    """
    if len(escape(text)) <= budget:
        return escape(text)
    spaces = [i for i, ch in enumerate(text) if ch == " "]

    def fits(end: int) -> bool:
        return len(escape(text[:end].rstrip()) + ELLIPSIS) <= budget

    # escaped length grows with the prefix, so binary search the last boundary that fits
    lo, hi = 0, len(spaces)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(spaces[mid - 1]):
            lo = mid
        else:
            hi = mid - 1
    if lo > 0 and text[: spaces[lo - 1]].strip():
        return escape(text[: spaces[lo - 1]].rstrip()) + ELLIPSIS
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    return escape(text[: _safe_cut(text, lo)]) + ELLIPSIS


def escape_field(text: str, escape: Callable[[str], str]) -> str:
    """Escape one field, clipping it to the active budget (if any)."""
    state = _STATE.get()
    escaped = escape(text)
    if state is None:
        return escaped
    state.longest = max(state.longest, len(escaped))
    if state.budget is not None and len(escaped) > state.budget:
        state.clipped = True
        return clip_to(text, state.budget, escape)
    return escaped


def hard_cut(text: str, limit: int) -> str:
    """Last resort for a rendered piece still too long: cut at the last space
    (or character) before ``limit`` and add "…"."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit - len(ELLIPSIS) + 1)
    if cut <= limit // 2:
        cut = _safe_cut(text, limit - len(ELLIPSIS))
    return text[:cut].rstrip() + ELLIPSIS
