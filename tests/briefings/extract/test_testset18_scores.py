"""CI gate: test set 18 (news, session 20), held back then promoted to dev in session 21, keeps its figures.

Test set 18 (``tests/fixtures/testset18/``, 20 Wikinews articles): three helper sessions that saw only
the product's definitions wrote its gold in session 20; each part was committed (4ff999d, e45d194,
359016d) before the extractor ran on it. It is held back: scored on the session's starting code
(425fe26) and on the code of the last gold commit (first run); its misses are not read. This gate holds
the first-run figures with the dev gates' margin of 0.03 until session 21, which promoted it to dev (its
misses read, rules written against them) and raised the gate to the dev figures reached.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import eighteenth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 20 documents (required: 82 quotes, 14 meetings, 13 open questions). Session
# start (425fe26): quotes 0.95, attributed 0.87 (P 0.91, R 0.84), meetings 0.20 (P 0.33, R 0.14),
# questions 0.30 (P 0.43, R 0.23), leaks 5. First run (359016d): the same but meetings 0.27 (P 0.38,
# R 0.21). As dev in session 21 (da5baa6): attributed 0.90 (P 0.93, R 0.87), meetings 0.83 (P 1.00,
# R 0.71), questions 0.88 (P 0.92, R 0.85), leaks 2.
REACHED = {"quotes": 0.95, "attributed": 0.90, "meetings": 0.83, "questions": 0.88}
# Session 24 (quoted rhetoric is no open question): questions 0.92 (P 1.00, R 0.85), leaks 1.
REACHED |= {"questions": 0.92}
# Session 26 (a short quotation in a clause an "according to" source reports: "there has been a
# recent “change in culture” at Qantas"): quotes 0.96, attributed 0.91 (P 0.94, R 0.88).
REACHED |= {"quotes": 0.96, "attributed": 0.91}
LEAKS_REACHED = 1  # scare quotes and not-open questions reported


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return eighteenth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_18_stays_at_its_dev_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, report.total_line()


def test_leaks_on_test_set_18_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_18_has_its_twenty_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 20
    assert evaluation.report.missing == 0, evaluation.report.total_line()
