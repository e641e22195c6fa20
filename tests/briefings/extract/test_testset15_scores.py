"""CI gate: test set 15 (news quotes, a dev set since session 18) stays at its dev figures.

Test set 15 (``tests/fixtures/testset15/``, 20 Wikinews articles of 2019-20 from the
``vanatteveldt/wikinews`` dumps, chosen for the quotations they attribute and the open questions they
leave) was the held-back set of session 17: a helper session that saw only the product's definitions
wrote its gold, committed (b02702c) before the extractor ran on it, scored at that session's start,
first run (71dc301) and end. Session 18 promoted it to a dev set and wrote rules against its misses;
this gate holds the figures it reached with the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import fifteenth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 20 documents (required: 78 quotes, 6 meetings, 8 open questions). Held back
# (session 17's first run and final): quotes 0.95, attributed 0.86 (P 0.90, R 0.82), meetings 0.29,
# questions 0.17, leaks 3. Dev (session 18's end): quotes 0.99, attributed 0.99, meetings 0.80 (P 1.00,
# R 0.67), questions 0.93 (P 1.00, R 0.88), leaks 0.
REACHED = {"quotes": 0.99, "attributed": 0.99, "meetings": 0.80, "questions": 0.93}
LEAKS_REACHED = 0  # scare quotes and not-open questions reported


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return fifteenth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_15_stays_at_its_dev_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, "\n".join([*report.lines, report.total_line()])


def test_leaks_on_test_set_15_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_15_has_its_twenty_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 20
    assert evaluation.report.missing == 0, evaluation.report.total_line()
