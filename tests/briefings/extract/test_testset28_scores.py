"""CI gate: test set 28 (government, public-broadcaster and Wikinews news, session 30) stays at its dev
figures.

Test set 28 (``tests/fixtures/testset28/``, 21 texts: GOV.UK news, a Prime Minister of Canada release,
U.S. Department of Defense stories, Voice of America staff stories, New Zealand Government, EEAS and
Council of the EU releases, English Wikinews): three helper sessions that saw only the product's
definitions wrote its gold in session 30, committed (25c5f0d) before the extractor ran on it. It was
held back through its final run in session 30 (first run 6390cf4, final 5854779, the same figures) and
is a dev set from session 31, whose rules its misses shaped. This gate holds session 31's figures with
the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import twenty_eighth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 21 documents (required: 51 quotes, 37 meetings, 2 open questions). Held back
# (session 30, first and final run): quotes 0.86, attributed 0.84, meetings 0.55, questions 0.50,
# leaks 1. As a dev set at the end of session 31: quotes 0.96 (P 1.00, R 0.92), attributed 0.96
# (P 1.00, R 0.92), meetings 0.63 (P 0.60, R 0.68), questions 1.00, leaks 0.
# Session 32 (two words that evaluate in a person's reported clause; two hosts met on a trip): quotes
# and attributed 0.97, meetings 0.66.
REACHED = {"quotes": 0.97, "attributed": 0.97, "meetings": 0.66, "questions": 1.00}
# Session 33 (a meeting of office-holders named by their nations, the name after the comma that
# closes a title's body): meetings 0.68 (P 0.64, R 0.73).
REACHED |= {"meetings": 0.68}
LEAKS_REACHED = 0  # scare quotes or not-open questions reported


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return twenty_eighth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_28_stays_at_its_dev_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, report.total_line()


def test_leaks_on_test_set_28_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_28_has_its_twenty_one_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 21
    assert evaluation.report.missing == 0, evaluation.report.total_line()
