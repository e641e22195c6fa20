"""CI gate: test set 16 (news, held back, then a dev set in session 18) stays at its dev figures.

Test set 16 (``tests/fixtures/testset16/``, 20 Wikinews articles of 2006-18 from the
``INRIA/scikit-learn-mooc`` copy of a Wikinews dump, chosen for the quotations, meetings and open
questions they report): a helper session that saw only the product's definitions wrote its gold in
session 18; it was committed (fc67ebb) before the extractor ran on it. It was scored unseen three times:
on the session's starting code (22dd56f), on the code at the gold's commit (first run) and once more
after the rules written against test set 15's misses (all three the same figures). It was then promoted
to a dev set (test set 17 took over as the held-back set) and rules were written against its misses;
this gate holds the dev figures with the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import sixteenth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 20 documents (required: 98 quotes, 18 meetings, 10 open questions). Unseen (start,
# first run and mid-session alike): quotes 0.95, attributed 0.85 (P 0.90, R 0.81), meetings 0.52 (P 0.62,
# R 0.44), questions 0.35 (P 0.43, R 0.30), leaks 4. Dev (session 18's end): quotes 0.96, attributed 0.94
# (P 0.98, R 0.91), meetings 0.65 (P 0.77, R 0.56), questions 0.87 (P 0.77, R 1.00), leaks 3.
REACHED = {"quotes": 0.96, "attributed": 0.94, "meetings": 0.65, "questions": 0.87}
# Session 24 (quoted rhetoric is no open question): questions 0.91 (P 0.83, R 1.00), leaks 2.
REACHED |= {"questions": 0.91}
LEAKS_REACHED = 2  # scare quotes and not-open questions reported


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return sixteenth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_16_stays_at_its_dev_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, "\n".join([*report.lines, report.total_line()])


def test_leaks_on_test_set_16_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_16_has_its_twenty_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 20
    assert evaluation.report.missing == 0, evaluation.report.total_line()
