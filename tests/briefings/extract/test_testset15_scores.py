"""CI gate: held-back test set 15 (news quotes) stays at the figures of its final scoring.

Test set 15 (``tests/fixtures/testset15/``, 20 Wikinews articles of 2019-20 from the
``vanatteveldt/wikinews`` dumps, chosen for the quotations they attribute and the open questions they
leave) took over from test sets 11 and 14 (dev sets since session 17) as the held-back set. A helper
session that saw only the product's definitions wrote its gold in session 17; it was committed
(b02702c) before the extractor ran on it. No rule is tuned on it: its per-document misses are not
read. It was scored on the code at the start of session 17 (bf992f6) and on the code of the gold's
commit (first run, 71dc301: the same figures, not one item differs), and once at the session's end
(``benchmarks/eval_testset.py --set 15``); this gate holds the final figures with the dev gates'
margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import fifteenth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 20 documents (required: 78 quotes, 6 meetings, 8 open questions). First run
# (71dc301, and the session's starting code bf992f6 alike): quotes 0.95, attributed 0.86 (P 0.91,
# R 0.82), meetings 0.29 (P 1.00, R 0.17), questions 0.17 (P 0.25, R 0.12), leaks 3.
REACHED = {"quotes": 0.95, "attributed": 0.86, "meetings": 0.29, "questions": 0.17}
LEAKS_REACHED = 3  # scare quotes and not-open questions reported


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return fifteenth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_15_stays_at_its_final_scoring(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, "\n".join([*report.lines, report.total_line()])


def test_leaks_on_test_set_15_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_15_has_its_twenty_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 20
    assert evaluation.report.missing == 0, evaluation.report.total_line()
