"""CI gate: test set 4, a dev set since session 9, stays at the figures it reached.

Test set 4 (``tests/fixtures/testset4/``, 28 real texts: 16 Wikinews articles and
12 White House texts) was held back in sessions 7 and 8: helper sessions that saw only the
product's definitions wrote its gold before the extractor ever ran on it, and no rule was
tuned on it then. It was scored on the code at the start of session 7 (first run), at its
end (final) and at the end of session 8; session 9 promoted it to a dev set and wrote rules
against its misses (test set 5 stays held back). This gate holds the figures reached with the
dev gates' margin of 0.03, so a later change that loses them fails the build.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import fourth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 28 documents. First run (ebf9317, 2026-12-03 07:42 UTC, the code
# at the session's start): quotes 0.90, attributed 0.71, meetings 0.43, questions 0.51, leaks 4.
# Final (51eeb12, 08:27 UTC, session 7's four branches merged with their last commits; at c09cc9d,
# before those, questions were 0.48 and the rest the same):
REACHED = {"quotes": 0.90, "attributed": 0.73, "meetings": 0.46, "questions": 0.51}
LEAKS_REACHED = 4  # scare quotes and not-open questions reported
# Scored again at the end of session 8 (294fe05), not tuned on: quotes 0.90, attributed 0.73,
# meetings 0.46, questions 0.54 (P 0.82, R 0.40), leaks 4.
REACHED |= {"questions": 0.54}
# Session 9 (a dev set now; rules written against its misses, 2026-12-04): quotes 0.90, attributed
# 0.83 (P 0.91, R 0.77), meetings 0.50 (P 0.91, R 0.34), questions 0.77 (P 0.89, R 0.69), leaks 4.
REACHED |= {"attributed": 0.83, "meetings": 0.50, "questions": 0.77}
# Session 10 (dev): attributed 0.86 (a statement quoted on after "It will"), questions 0.79 ("Is there
# anything else beyond that?" no longer procedural, "No decisions have been made yet" deflects).
REACHED |= {"attributed": 0.86, "questions": 0.79}
# Session 11 (dev): attributed 0.87 (a body named by a common noun speaks, a speaker after the verb),
# meetings 0.64 (P 0.93, R 0.48: one meeting per dated stop, 87e7b0c).
REACHED |= {"attributed": 0.87, "meetings": 0.64}
# Session 18 (the speakers of set 15's and set 16's constructions): attributed 0.89.
REACHED |= {"attributed": 0.89}


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return fourth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_4_stays_at_its_final_scoring(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, "\n".join([*report.lines, report.total_line()])


def test_leaks_on_test_set_4_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_4_has_at_least_twenty_real_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs >= 20
    assert evaluation.report.missing == 0, evaluation.report.total_line()
