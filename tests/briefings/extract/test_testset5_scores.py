"""CI gate: test set 5 stays at the figures it has reached.

Test set 5 (``tests/fixtures/testset5/``, 24 real texts: 12 Wikinews articles via
AMALGUM and GUM, and 12 White House readouts, briefings and remarks) was held back:
helper sessions that saw only the product's definitions wrote its gold in session 8
before the extractor ever ran on it. It was scored on the code at the start of session
8's round (first run), at its end (final) and once at the end of session 9
(``benchmarks/eval_testset.py --set 5``). Session 10, with test set 6 written and held
back in its place, promoted it to a dev set: rules were written against its misses. This
gate holds the figures reached with the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import fifth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 24 documents. First run (87b2dc9, 2026-12-03 09:08 UTC, the code at
# the start of session 8's round): quotes 0.87, attributed 0.71, meetings 0.53, questions 0.56, leaks 7.
# Final (294fe05, session 8's quote8, meetN, ques8 and people8 merged; meetT not merged): quotes 0.87,
# attributed 0.71, meetings 0.58 (P 0.64, R 0.53), questions 0.56, leaks 7.
REACHED = {"quotes": 0.87, "attributed": 0.71, "meetings": 0.58, "questions": 0.56}
LEAKS_REACHED = 7  # scare quotes and not-open questions reported
# Scored again, once, at the end of session 9 (still held back, not tuned on; the code with session 9's
# pronoun, tag, "spoke to" and deflection rules): quotes 0.87, attributed 0.71, meetings 0.58,
# questions 0.56, leaks 7 - unchanged: the dev gains of that round did not reach these texts.
# Session 10 (a dev set now): attributed 0.81 (P 0.90, R 0.74), meetings 0.75 (P 0.80, R 0.71),
# questions 0.67 (P 0.75, R 0.60), leaks 6.
REACHED |= {"attributed": 0.81, "meetings": 0.75, "questions": 0.67}
LEAKS_REACHED = 6
# Session 11 (dev, 87e7b0c): attributed 0.82, meetings 0.87 (P 0.93, R 0.82: a briefer's "he" by the
# antecedent rules, "the Pope"), questions 0.73 (P 0.84, R 0.64: an interviewer's question answered in
# the next paragraph), leaks 4.
REACHED |= {"attributed": 0.82, "meetings": 0.87, "questions": 0.73}
# Session 33 (a journey its sentence fills with meetings is no meeting with the place): meetings 0.91
# (P 0.94, R 0.88).
REACHED |= {"meetings": 0.90}
LEAKS_REACHED = 4


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return fifth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_5_stays_at_what_it_reached(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, "\n".join([*report.lines, report.total_line()])


def test_leaks_on_test_set_5_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_5_has_at_least_twenty_real_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs >= 20
    assert evaluation.report.missing == 0, evaluation.report.total_line()
