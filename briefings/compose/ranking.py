"""Which quotes, meetings and questions make the briefing, and in what order.

An analyst's note leads with the people who matter, says something new, and
does not let one voice crowd out the rest. Quotes are scored for the speaker's
prominence (documents, quotes and stated roles across the corpus), novelty
(recent publication) and substance (a sentence, not a fragment), then picked
greedily: each further quote by the same speaker is discounted, and a quote
whose words mostly repeat an already chosen one (token Jaccard ≥ 0.8) is
dropped.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import TypeVar

from briefings.model.facts import Standing, StoredMeeting, StoredQuestion, StoredQuote

NEAR_DUPLICATE = 0.8
SAME_SPEAKER_DISCOUNT = 0.5
# A stated role ("U.S. President") marks a speaker worth quoting; recency within
# the window matters, but less than who is speaking.
ROLE_BONUS = 1.0
NOVELTY_WEIGHT = 0.5
_TOKEN = re.compile(r"\w+", re.UNICODE)
T = TypeVar("T")


def tokens(text: str) -> frozenset[str]:
    """Lower-cased word tokens, the unit of near-duplicate comparison."""
    return frozenset(t.lower() for t in _TOKEN.findall(text))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Token overlap: 1.0 for the same words, 0.0 for none in common.

    >>> jaccard(tokens("the mission has failed"), tokens("The mission has failed!"))
    1.0
    """
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def dedupe(items: Iterable[T], text: Callable[[T], str], threshold: float = NEAR_DUPLICATE) -> list[T]:
    """Keep items in order, dropping any whose text nearly repeats a kept one."""
    kept: list[T] = []
    seen: list[frozenset[str]] = []
    for item in items:
        words = tokens(text(item))
        if any(jaccard(words, other) >= threshold for other in seen):
            continue
        kept.append(item)
        seen.append(words)
    return kept


def speaker_key(quote: StoredQuote) -> str:
    """One key per speaker: the corpus identity when known, else the name."""
    if quote.speaker_id is not None:
        return f"id:{quote.speaker_id}"
    speaker = quote.quote.speaker
    return f"name:{speaker.name.casefold()}" if speaker else "anonymous"


def _published(quote: StoredQuote) -> datetime | None:
    return quote.citation.source.published


def quote_score(
    quote: StoredQuote,
    *,
    quotes_by_speaker: Counter[str],
    standing: Mapping[int, Standing],
    newest: datetime | None,
    oldest: datetime | None,
) -> float:
    """The quote's merit before diversity: prominence + novelty + substance."""
    speaker = quote.quote.speaker
    known = standing.get(quote.speaker_id) if quote.speaker_id is not None else None
    documents = known.document_count if known else 1
    has_role = bool((known and known.has_role) or (speaker and speaker.role))
    prominence = (
        math.log1p(documents)
        + 0.5 * math.log1p(quotes_by_speaker[speaker_key(quote)])
        + (ROLE_BONUS if has_role else 0.0)
    )
    if speaker is None or speaker.kind == "anonymous":
        prominence = 0.0
    novelty = 0.0
    published = _published(quote)
    if published and newest and oldest and newest > oldest:
        novelty = NOVELTY_WEIGHT * ((published - oldest) / (newest - oldest))
    words = len(tokens(quote.quote.text))
    substance = min(words, 30) / 30 + (0.3 if quote.quote.kind == "direct" else 0.0)
    if words < 4:
        substance -= 1.0
    return prominence + novelty + substance


def rank_quotes(
    quotes: Sequence[StoredQuote], standing: Mapping[int, Standing], limit: int
) -> list[StoredQuote]:
    """The ``limit`` best quotes: greedy by score, discounting repeated speakers
    and skipping near-duplicates of chosen quotes."""
    by_speaker = Counter(speaker_key(q) for q in quotes)
    dates = [d for d in map(_published, quotes) if d is not None]
    newest, oldest = (max(dates), min(dates)) if dates else (None, None)
    scored = sorted(
        (
            (
                quote_score(q, quotes_by_speaker=by_speaker, standing=standing, newest=newest, oldest=oldest),
                i,
                q,
            )
            for i, q in enumerate(quotes)
        ),
        key=lambda entry: (-entry[0], entry[1]),
    )
    chosen: list[StoredQuote] = []
    chosen_words: list[frozenset[str]] = []
    picked: Counter[str] = Counter()
    pool = [(score, i, q, tokens(q.quote.text)) for score, i, q in scored]
    while pool and len(chosen) < limit:
        best_index, best_value = -1, -math.inf
        for index, (score, _, q, _words) in enumerate(pool):
            value = score * (SAME_SPEAKER_DISCOUNT ** picked[speaker_key(q)]) if score > 0 else score
            if value > best_value:
                best_index, best_value = index, value
        _, _, quote, words = pool.pop(best_index)
        if any(jaccard(words, other) >= NEAR_DUPLICATE for other in chosen_words):
            continue
        chosen.append(quote)
        chosen_words.append(words)
        picked[speaker_key(quote)] += 1
    return chosen


_STATUS_ORDER = {"held": 0, "planned": 1, "postponed": 2, "cancelled": 3}


def rank_meetings(meetings: Sequence[StoredMeeting], limit: int) -> list[StoredMeeting]:
    """Held meetings first, then planned, postponed, then cancelled; within each, the ones
    more sources report, then the most recent."""

    def newest(m: StoredMeeting) -> float:
        dates = [c.source.published.timestamp() for c in m.citations if c.source.published]
        return max(dates, default=0.0)

    ordered = sorted(
        meetings, key=lambda m: (_STATUS_ORDER.get(m.meeting.status, 3), -len(m.citations), -newest(m), m.id)
    )
    return ordered[:limit]


def question_score(question: StoredQuestion) -> float:
    """A question's merit: substantive (a full sentence, not "Okay?") and asked by
    someone identified, better with a stated role."""
    asked = question.question.asked_by
    words = len(tokens(question.question.text))
    score = min(words, 15) / 15
    if words < 4:
        score -= 1.0
    if asked is not None and asked.kind != "anonymous":
        score += 0.5 + (0.5 if asked.role else 0.0)
    return score


def rank_questions(questions: Sequence[StoredQuestion], limit: int) -> list[StoredQuestion]:
    """Explicit questions before implicit ones; within each kind the most
    substantive first, each further question from the same document or asker
    discounted (one press conference should not fill the section), and
    near-duplicates dropped."""
    chosen: list[StoredQuestion] = []
    for kind in ("explicit", "implicit"):
        group = [q for q in questions if q.question.kind == kind]
        chosen.extend(_diverse(group, question_score, _question_keys, limit - len(chosen)))
    return dedupe(chosen, lambda q: q.question.text)[:limit]


def _question_keys(question: StoredQuestion) -> tuple[str, ...]:
    asked = question.question.asked_by
    keys = [f"doc:{question.citation.source.document_id}"]
    if asked is not None:
        keys.append(f"asker:{asked.name.casefold()}")
    return tuple(keys)


def _diverse(
    items: Sequence[T], score: Callable[[T], float], keys: Callable[[T], tuple[str, ...]], limit: int
) -> list[T]:
    """Greedy pick by score, discounting items that share a key with picked ones
    (negative scores are left as they are, so discounting never promotes them)."""
    pool = [(score(item), index, item) for index, item in enumerate(items)]
    used: Counter[str] = Counter()
    picked: list[T] = []
    while pool and len(picked) < limit:

        def value(entry: tuple[float, int, T]) -> tuple[float, int]:
            base, index, item = entry
            repeats = sum(used[k] for k in keys(item))
            return (base * SAME_SPEAKER_DISCOUNT**repeats if base > 0 else base, -index)

        best = max(pool, key=value)
        pool.remove(best)
        picked.append(best[2])
        used.update(keys(best[2]))
    return picked
