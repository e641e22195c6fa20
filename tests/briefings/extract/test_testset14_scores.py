"""CI gate: test set 14 (news meetings; held back in session 16, a dev set since 17) stays at its figures.

Test set 14 (``tests/fixtures/testset14/``, 14 Wikinews articles of 2019-20 from the
``vanatteveldt/wikinews`` dumps, chosen for the meetings, visits, talks and calls they report) took
over from test set 13 (a dev set since session 16) as the held-back news-meetings set. A helper
session that saw only the product's definitions wrote its gold in session 16; it was committed
(3cab44e) before the extractor ran on it. No rule was tuned on it in session 16: its per-document
misses were not read. It was scored on the code at the start of session 16 (first run, 5f35af4) and
once at its end (``benchmarks/eval_testset.py --set 14``). Session 17 read its misses and promoted it
to a dev set; this gate holds the latest figures with the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import fourteenth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 14 documents (required: 60 quotes, 23 meetings, 2 open questions). First run
# (5f35af4, the code at the start of session 16): quotes 0.97, attributed 0.84 (P 0.88, R 0.82),
# meetings 0.47 (P 0.60, R 0.39), questions 0.00, leaks 0. Final (end of session 16): the same in
# every section (no item of its 14 texts changed).
REACHED = {"quotes": 0.97, "attributed": 0.84, "meetings": 0.47, "questions": 0.00}
LEAKS_REACHED = 0  # scare quotes and not-open questions reported
# Session 17, tuned on it (a dev set now): quotes 0.99, attributed 0.99, meetings 0.59 (P 0.67, R 0.52),
# questions 1.00 (2 of 2), leaks 0.
REACHED = {"quotes": 0.99, "attributed": 0.99, "meetings": 0.59, "questions": 1.00}
# Session 18 (a "between" past an aside, a named assembly attended): meetings 0.67.
REACHED |= {"meetings": 0.67}
# Session 34 (a coordinated verb holds its own party; the office in full is its holder): meetings 0.79.
REACHED |= {"meetings": 0.79}


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return fourteenth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_14_stays_at_its_final_scoring(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, "\n".join([*report.lines, report.total_line()])


def test_leaks_on_test_set_14_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_14_has_its_fourteen_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 14
    assert evaluation.report.missing == 0, evaluation.report.total_line()
