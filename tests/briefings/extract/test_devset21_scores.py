"""CI gate: dev set 21 stays at its figures.

Dev set 21 (``tests/fixtures/devset21/``): 17 meeting-rich English Wikinews rows of ``wiki_news.csv``
(business, politics, entertainment; CC BY 2.5 / 4.0 by date), gold written in session 22 by two
helper sessions from the product's definitions alone. It is a dev set from the start: session 22's
second round of rules was written against its misses. It holds 41 required quotes, 30 meetings and 4
open questions.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import twenty_first_dev_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1, 17 documents. First scored (after test set 19's rules): quotes 0.88, attributed 0.85,
# meetings 0.38 (P 0.67, R 0.27), questions 0.22 (P 0.20, R 0.25), leaks 3.
REACHED = {"quotes": 0.88, "attributed": 0.85, "meetings": 0.38, "questions": 0.22}
# After session 22's rules from its misses:
REACHED |= {"quotes": 0.91, "attributed": 0.88, "meetings": 0.59, "questions": 0.89}
# Session 26 ("will address the UN Security Council"; "withdrew its delegation from African
# Union-brokered peace talks"): meetings 0.65 (P 0.94, R 0.50).
REACHED |= {"meetings": 0.65}
LEAKS_REACHED = 2  # a forum's theme put as a question, a recalled asking


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return twenty_first_dev_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_dev_set_21_stays_at_its_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, "\n".join([*report.lines, report.total_line()])


def test_leaks_on_dev_set_21_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_dev_set_21_has_seventeen_real_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 17
    assert evaluation.report.missing == 0, evaluation.report.total_line()
