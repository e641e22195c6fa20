"""CI gate: test set 6 (held back in sessions 10 and 11) stays at the figures of its final scoring.

Test set 6 (``tests/fixtures/testset6/``, 20 real texts: 10 Wikinews articles via AMALGUM,
and 10 White House readouts, briefings, a press call and remarks of 2021-22) is held back:
two helper sessions that saw only the product's definitions wrote its gold in session 10,
and it was committed (f93b20c) before the extractor ever ran on it. No rule is tuned on it.
It was scored on the code at the start of session 10 (first run) and once at its end
(``benchmarks/eval_testset.py --set 6``); this gate holds the final figures with the dev
gates' margin of 0.03, so a later change that loses what held on unseen text fails the build.
Its 10 news texts carry no required meeting: news meeting recall is not measured here.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import sixth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 20 documents. First run (9ecc717, the code at the start of session 10,
# 2026-12-04 04:48 UTC): quotes 0.93, attributed 0.88 (P 0.91, R 0.85), meetings 0.61 (P 0.58,
# R 0.64), questions 0.80 (P 0.86, R 0.75), leaks 3.
# Final (af1fbea, end of session 10): quotes 0.93, attributed 0.88 (P 0.91, R 0.85), meetings 0.67
# (P 0.62, R 0.73), questions 0.80 (P 0.86, R 0.75), leaks 3.
REACHED = {"quotes": 0.93, "attributed": 0.88, "meetings": 0.67, "questions": 0.80}
LEAKS_REACHED = 3  # scare quotes and not-open questions reported
# Scored again, once, at the end of session 11 (87e7b0c; not read or tuned on in that session, test
# set 7 held back instead): quotes 0.93, attributed 0.88, meetings 0.67, questions 0.80, leaks 3 -
# unchanged: session 11's dev gains did not reach these texts. A dev set from session 12.
# Session 12 (a dev set; its misses read for this session's rules): quotes 0.93, attributed 0.88,
# meetings 0.70 (P 0.67, R 0.73), questions 0.80, leaks 3.
REACHED |= {"meetings": 0.70}
# Session 15 ("who said" after an expert's description is the expert, not the outlet):
REACHED |= {"attributed": 0.90}
# Session 17 (a reader poll of several questions is site furniture): questions 0.86, leaks 2.
REACHED |= {"questions": 0.86}
# Session 18 (a body's own statement, "a statement on their website which read", hearsay): attributed 0.92.
REACHED |= {"attributed": 0.92}
LEAKS_REACHED = 2


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return sixth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_6_stays_at_its_final_scoring(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, "\n".join([*report.lines, report.total_line()])


def test_leaks_on_test_set_6_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_6_has_at_least_twenty_real_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs >= 20
    assert evaluation.report.missing == 0, evaluation.report.total_line()
