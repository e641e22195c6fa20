"""CI gate: test set 9 (a dev set since session 14) stays at its figures.

Test set 9 (``tests/fixtures/testset9/``, 20 real texts: 10 Wikinews articles from AMALGUM's extra
news part, set 8's walk continued from position 48 with a preference for reported meetings, and 10
White House readouts, press calls, a press briefing and remarks of 2021-22, seed 20261214) is held
back: two helper sessions that saw only the product's definitions wrote its gold in session 13, and
it was committed (71d8af7) before the extractor ever ran on it. No rule was tuned on it in session 13;
it was scored on the code at the start of session 13 (first run, 9a6e0b9) and once at its end
(``benchmarks/eval_testset.py --set 9``). Session 14 promoted it to a dev set (test set 11 is held
back now) and tuned on its misses; this gate holds the dev figures with the dev gates' margin of
0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import ninth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 20 documents. First run (9a6e0b9, the code at the start of session 13,
# 2026-12-04 14:25 UTC): quotes 0.88, attributed 0.81 (P 0.93, R 0.72), meetings 0.48 (P 0.62,
# R 0.38), questions 0.53 (P 1.00, R 0.36), leaks 0.
# Final while held back (end of session 13): quotes 0.88, attributed 0.81 (P 0.93, R 0.72),
# meetings 0.48, questions 0.53, leaks 0: news meetings 0 of 5 found, White House questions 0 of 4.
# As a dev set (session 14, d54829b): quotes 0.88, attributed 0.84 (P 0.95, R 0.75), meetings 0.67
# (P 0.88, R 0.54), questions 0.88 (P 1.00, R 0.79), leaks 0.
REACHED = {"quotes": 0.88, "attributed": 0.84, "meetings": 0.67, "questions": 0.88}
# Session 15 (quotes named by "characterize" and "spoke of", participles after a reported clause):
REACHED |= {"quotes": 0.91, "attributed": 0.86}
# Session 18 (a quoted role is no office; a belief's holder; a spaced closing mark): attributed 0.89.
REACHED |= {"attributed": 0.89}
LEAKS_REACHED = 0  # scare quotes and not-open questions reported
# Session 21: an offer to meet and a topic told in a relative clause are no meetings.
REACHED |= {"meetings": 0.70}
# Session 25 (a quotation joined by "but" to a reported one; a text speaks for the body named before
# it): quotes 0.94, attributed 0.91.
REACHED |= {"quotes": 0.94, "attributed": 0.91}


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return ninth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_9_stays_at_its_dev_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, "\n".join([*report.lines, report.total_line()])


def test_leaks_on_test_set_9_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_9_has_at_least_twenty_real_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs >= 20
    assert evaluation.report.missing == 0, evaluation.report.total_line()
