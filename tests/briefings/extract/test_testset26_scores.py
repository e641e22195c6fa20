"""CI gate: test set 26 (news, held back in session 29, a dev set from session 30) stays at its figures.

Test set 26 (``tests/fixtures/testset26/``, 23 English Wikinews articles rebuilt from AMALGUM news
token files no earlier set opened): four helper sessions that saw only the product's definitions
wrote its gold in session 29, committed (3808432) before the extractor ran on it. It was held back
through session 29 (first run on 69a416b, final on 7968aa3; misses unread); session 30 made it a dev
set and read its misses (``zimbabwean``, Zimbabwe 2008, is never tuned on). This gate holds the dev
figures with the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import twenty_sixth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 23 documents (required: 119 quotes, 15 meetings, 7 open questions). First run
# (session 29's starting code, 69a416b): quotes 0.93 (P 1.00, R 0.87), attributed 0.87 (P 0.94,
# R 0.82), meetings 0.71 (P 0.77, R 0.67), questions 0.46 (P 0.50, R 0.43), leaks 3. End of session 29
# (scored once, on its final code 7968aa3): the same but meetings 0.76 (P 0.79, R 0.73).
# Session 30, as a dev set: quotes 0.93, attributed 0.88 (P 0.95, R 0.82), meetings 0.76, questions
# 0.86 (P 0.86, R 0.86), leaks 1.
REACHED = {"quotes": 0.93, "attributed": 0.88, "meetings": 0.76, "questions": 0.86}
LEAKS_REACHED = 1  # scare quotes or not-open questions reported


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return twenty_sixth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_26_stays_at_its_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, report.total_line()


def test_leaks_on_test_set_26_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_26_has_its_twenty_three_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 23
    assert evaluation.report.missing == 0, evaluation.report.total_line()
