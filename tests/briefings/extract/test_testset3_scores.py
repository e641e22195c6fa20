"""CI gate: test set 3 stays at the figures of its latest scoring.

Test set 3 (``tests/fixtures/testset3/``, 30 real texts) was held back from session 5
through session 7: its gold was written before the extractor ever ran on it, by
sessions that saw only the product's definitions, and no rule was tuned on it. It was
scored at the start of session 5 (first run), at its end (final) and again at the end
of session 7. Session 8 promoted it to a dev set (its news meetings and implicit
questions were the misses left to learn from; test sets 4 and 5 are held back now).
This gate holds the latest figures with the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import third_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 30 documents. First run (caec306, 2026-12-02 15:24 UTC):
# quotes 0.89, attributed 0.78, meetings 0.57, questions 0.29, leaks 9.
# Final (f23bd88, 16:32 UTC, session 5's four branches merged; the same figures again at 274a0d4,
# 17:06 UTC, after a second round written on the dev sets):
REACHED = {"quotes": 0.89, "attributed": 0.79, "meetings": 0.55, "questions": 0.40}
LEAKS_REACHED = 3  # scare quotes and not-open questions reported
# Scored again at the end of session 7 (c09cc9d), not tuned on: quotes 0.88 (P 0.99),
# attributed 0.83, meetings 0.56, questions 0.45, leaks 3.
REACHED |= {"attributed": 0.83, "questions": 0.45}
# Session 8 (quote8; set 3 a dev set now): "As the bill notes" and other "as" clauses of saying,
# surnames the tagger misreads, names the recogniser cut short, "issued a statement saying":
# quotes 0.88 -> 0.94, attributed 0.83 -> 0.91 (White House quote recall 0.33 -> 0.83)
REACHED |= {"quotes": 0.94, "attributed": 0.91}
# Session 8 (meetN branch), test set 3 a dev set now: joining "them on the call", "was put through to",
# "phoned his family", a headline's plural "Calls with A and B", journeys to a country, "never met",
# bare "people", "met the press" (meetings 0.56 -> 0.73; news P 0.33 -> 1.00, R 0.20 -> 0.60)
REACHED |= {"meetings": 0.70}
# REACHED session 8 (branch ques8, set 3 a dev set now): questions 0.65 (news 0.20 -> 0.75: open
# points of news prose and an interviewee's ways of declining).
REACHED |= {"questions": 0.65}
# Session 21: a named body holding its own meeting (the U.S.-EU Trade and Technology Council).
REACHED |= {"meetings": 0.76}


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return third_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_3_stays_at_its_final_scoring(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, "\n".join([*report.lines, report.total_line()])


def test_leaks_on_test_set_3_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_3_has_at_least_twenty_real_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs >= 20
    assert evaluation.report.missing == 0, evaluation.report.total_line()
