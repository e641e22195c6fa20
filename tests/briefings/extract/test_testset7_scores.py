"""CI gate: test set 7 (held back in session 11, a dev set from session 12) stays at its figures.

Test set 7 (``tests/fixtures/testset7/``, 20 real texts: 10 Wikinews articles from AMALGUM's extra
news part, walked with a preference for reported meetings, and 10 White House readouts, briefings, a
press call and remarks of 2021-22) is held back: two helper sessions that saw only the product's
definitions wrote its gold in session 11, and it was committed (bd6ec6c) before the extractor ever
ran on it. No rule is tuned on it. It was scored on the code at the start of session 11 (first run)
and once at its end (``benchmarks/eval_testset.py --set 7``); this gate holds the final figures with
the dev gates' margin of 0.03, so a later change that loses what held on unseen text fails the build.
Session 12 promoted it to a dev set (its misses were read and rules written against them); the
gate then holds the dev figures reached.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import seventh_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 20 documents. First run (ce651ee, the code at the start of session 11,
# 2026-12-04 07:20 UTC): quotes 0.90, attributed 0.83 (P 0.86, R 0.80), meetings 0.71 (P 0.83,
# R 0.62), questions 0.35 (P 0.57, R 0.25), leaks 8.
# Final (87e7b0c, end of session 11): the same in every section (two texts' meetings and one text's
# questions changed, none of them a scored item): session 11's dev gains did not reach these texts.
REACHED = {"quotes": 0.90, "attributed": 0.83, "meetings": 0.71, "questions": 0.35}
LEAKS_REACHED = 8  # scare quotes and not-open questions reported
# Session 12 (a dev set; final 11472b6): quotes 0.96, attributed 0.93 (P 0.94, R 0.92), meetings
# 0.87 (P 0.93, R 0.81), questions 0.71 (P 0.83, R 0.62), leaks 4.
REACHED = {"quotes": 0.96, "attributed": 0.93, "meetings": 0.87, "questions": 0.71}
# Session 16 (news meeting constructions): meetings 0.90 (P 1.00, R 0.81).
REACHED |= {"meetings": 0.90}
LEAKS_REACHED = 4
# Session 17 (speaker rules): quotes 0.97, attributed 0.94.
REACHED |= {"quotes": 0.97, "attributed": 0.94}


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return seventh_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_7_stays_at_its_final_scoring(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, "\n".join([*report.lines, report.total_line()])


def test_leaks_on_test_set_7_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_7_has_at_least_twenty_real_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs >= 20
    assert evaluation.report.missing == 0, evaluation.report.total_line()
