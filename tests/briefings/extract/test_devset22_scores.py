"""CI gate: dev set 22 stays at its figures.

Dev set 22 (``tests/fixtures/devset22/``): 21 English Wikinews articles rich in attributed quotations
and open questions, 11 rows of ``wiki_news.csv`` and 10 AMALGUM token files rebuilt by hand (CC BY 2.5
/ 4.0), gold written in session 22 by two helper sessions from the product's definitions alone. It is
a dev set from the start: session 22's third round of rules was written against its misses. It holds
132 required quotes, no meeting and 17 open questions (meetings are not gated: its one listed meeting is
optional).
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import twenty_second_dev_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1, 21 documents. First scored (after dev set 21's rules): quotes 0.92, attributed 0.84 (P 0.90,
# R 0.79), questions 0.38 (P 1.00, R 0.24), leaks 1.
REACHED = {"quotes": 0.92, "attributed": 0.84, "questions": 0.38}
# After session 22's rules from its misses:
REACHED |= {"quotes": 0.94, "attributed": 0.87, "questions": 0.97}
LEAKS_REACHED = 1  # a protest sign's words quoted


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return twenty_second_dev_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_dev_set_22_stays_at_its_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, "\n".join([*report.lines, report.total_line()])


def test_leaks_on_dev_set_22_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_dev_set_22_has_twenty_one_real_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 21
    assert evaluation.report.missing == 0, evaluation.report.total_line()
