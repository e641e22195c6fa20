"""CI gate: dev set 10 stays at its figures.

Dev set 10 (``tests/fixtures/devset10/``): gold written in session 13 by a helper session from the
product's definitions alone for the ten Wikinews articles that test sets 7 and 8 walked, judged as
passers and left out (AMALGUM's extra news part, CC BY 2.5). It is a dev set from the start: rules
of session 13 were written against its misses. It holds 53 required quotes, one required meeting
and no required open question, so only the quote sections are gated.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import tenth_dev_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1, 10 documents, first scored at 7ca4539: quotes 0.90, attributed 0.75 (P 0.84, R 0.68);
# after session 13's speaker rules: quotes 0.90, attributed 0.79 (P 0.88, R 0.72); after session 14's:
# attributed 0.81 (P 0.91, R 0.74).
REACHED = {"quotes": 0.90, "attributed": 0.81}
# Session 17 (binding, two-subject lists, a closing mark typed after a space): quotes 0.91, attributed
# 0.89.
REACHED |= {"quotes": 0.91, "attributed": 0.89}
# Session 24 (quoted rhetoric is no open question): leaks 3.
LEAKS_REACHED = 3  # rhetorical questions quoted as examples, reported as open


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return tenth_dev_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_dev_set_10_stays_at_its_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, "\n".join([*report.lines, report.total_line()])


def test_leaks_on_dev_set_10_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_dev_set_10_has_ten_real_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs >= 10
    assert evaluation.report.missing == 0, evaluation.report.total_line()
