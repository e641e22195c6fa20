"""Memory: peak RSS of ``briefbot ingest`` of one very long text file (issue 19, item 6).

A 9.5 MB text file (real articles' paragraphs repeated) once took 4.3 GB of
resident memory: spaCy was handed the first million characters of the body in
one Doc. The extractor now parses a long body in pieces of at most
``briefings.extract.PIECE_CHARS`` characters and stops at
``BRIEFBOT_MAX_EXTRACT_CHARS`` (saying so). This prints the peak RSS of the
ingest (the kernel's ``ru_maxrss``, as ``benchmarks/memory.py`` measures it),
against the 500 MB budget.

    .venv/bin/python benchmarks/long_document.py [--megabytes 9.5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import machine  # noqa: E402
from benchmarks.memory import GOAL_MB, clean_env, peak_rss_mb  # noqa: E402

ARTICLES = ROOT / "tests" / "fixtures" / "articles"


def long_text(megabytes: float) -> str:
    """Paragraphs of the real test articles, repeated to ``megabytes`` of UTF-8."""
    paragraphs = []
    for path in sorted(ARTICLES.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        body = text.split("---", 2)[-1] if text.startswith("---") else text
        paragraphs += [p.strip() for p in body.split("\n\n") if len(p.strip()) > 80]
    target = int(megabytes * 1_000_000)
    out: list[str] = []
    size = 0
    while size < target:
        for paragraph in paragraphs:
            out.append(paragraph)
            size += len(paragraph.encode("utf-8")) + 2
            if size >= target:
                break
    return "\n\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--megabytes", type=float, default=9.5)
    args = parser.parse_args()
    print(machine())
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(long_text(args.megabytes), encoding="utf-8")
        size = path.stat().st_size
        env = clean_env(f"sqlite:///{tmp}/long.db")
        env["BRIEFBOT_MAX_FILE_BYTES"] = str(size + 1)
        rss, code, seconds = peak_rss_mb(["ingest", str(path)], env)
        verdict = "met" if rss <= GOAL_MB else "MISSED"
        print(
            f"briefbot ingest of one {size / 1e6:.1f} MB text: peak RSS {rss:.0f} MB, exit {code}, "
            f"{seconds:.0f} s  (budget <= {GOAL_MB} MB: {verdict})"
        )


if __name__ == "__main__":
    main()
