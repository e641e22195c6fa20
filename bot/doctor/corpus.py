"""``briefbot doctor --corpus PATH``: what a corpus gives per field, before it is ingested.

Loads the files (nothing is stored, nothing extracted) and reports how many
documents got a link, a publication time, its offset, a publisher and a title
of their own. A field some documents lack is a warning with the names the
loaders read it under (README, "Field dialects"); a corpus that loads no
document at all fails.
"""

from __future__ import annotations

from bot.doctor.checks import Check
from briefings.sources import load_paths
from briefings.sources.coverage import FIELDS, Coverage, measure

# What to give a document that lacks a field: the names the loaders read (README, "Field dialects").
_FIXES = {
    "url": "name it url, source_url, link, canonical_url, permalink, og:url or <link rel=canonical>",
    "published": "name it published, published_time, date, pubDate, datePublished or article:published_time",
    "zone": "give the time with its offset (2021-09-22 23:26:51-04:00); a bare date is read as UTC",
    "source": "name it source, publisher, site_name or og:site_name, or give a URL (its host is used)",
    "title": "name it title, headline or og:title",
}
_SHOWN_FAILURES = 3


def check_corpus(path: str, *, max_bytes: int) -> list[Check]:
    """One check for the load itself, then one per field."""
    return corpus_checks(path, measure(load_paths([path], max_bytes=max_bytes)))


def corpus_checks(path: str, coverage: Coverage) -> list[Check]:
    checks = [_loaded(path, coverage)]
    if not coverage.documents:
        return checks
    for name, meaning in FIELDS.items():
        have = coverage.count(name)
        share = _percent(coverage.share(name))
        detail = f"{have} of {coverage.documents} documents ({share}) have {meaning}"
        if have == coverage.documents:
            checks.append(Check(name, "ok", detail))
        else:
            fix = f"{coverage.documents - have} lack it: {_FIXES[name]}"
            checks.append(Check(name, "warn", detail, fix))
    return checks


def _loaded(path: str, coverage: Coverage) -> Check:
    failed = len(coverage.failures)
    if not coverage.documents:
        reason = f": {coverage.failures[0]}" if coverage.failures else ""
        return Check("corpus", "fail", f"{path}: no document loaded{reason}", "point --corpus at articles")
    detail = f"{path}: {coverage.documents} documents loaded, {failed or 'none'} failed"
    if not failed:
        return Check("corpus", "ok", detail)
    shown = "; ".join(str(failure) for failure in coverage.failures[:_SHOWN_FAILURES])
    more = f" (and {failed - _SHOWN_FAILURES} more)" if failed > _SHOWN_FAILURES else ""
    return Check("corpus", "warn", f"{detail}: {shown}{more}", "`briefbot ingest` lists every failure")


def _percent(share: float) -> str:
    """``100%`` only when every document has it, so 1,145 of 1,146 never reads as complete."""
    return f"{share:.0%}" if share in (0.0, 1.0) else f"{share * 100:.1f}%".replace("100.0%", "99.9%")
