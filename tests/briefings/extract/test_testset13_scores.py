"""CI gate: test set 13 (news meetings; a dev set since session 16) stays at its scored figures.

Test set 13 (``tests/fixtures/testset13/``, 8 Wikinews articles rebuilt from AMALGUM token files,
chosen for the meetings, visits, talks and calls they report) supplements test set 11, whose news half
holds only four meetings. A helper session that saw only the product's definitions wrote its gold in
session 15; it was committed (1854ced) before the extractor ran on it and held back through session
15 (first run on 915b196 = final: meetings 0.33). Session 16 read its misses and wrote rules
against them, so it is a dev set now (test set 14 is the held-back news-meetings set); this gate
holds its session-16 figures with the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import thirteenth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 8 documents (required: 27 quotes, 18 meetings, 3 open questions). First run
# (915b196, the code at the start of session 15) and final (end of session 15) are the same: quotes
# 0.94, attributed 0.86 (P 0.92, R 0.81), meetings 0.33 (P 0.67, R 0.22), questions 0.80, leaks 0.
# Session 16, tuned on it: meetings 0.62 (P 0.82, R 0.50), the rest unchanged.
REACHED = {"quotes": 0.94, "attributed": 0.86, "meetings": 0.62, "questions": 0.80}
LEAKS_REACHED = 0  # scare quotes and not-open questions reported
# Session 17 (binding, pronoun chains, "that" clauses, "they" after a coordinated subject): quotes
# 0.98, attributed 0.98 (P 0.98, R 0.98).
REACHED |= {"quotes": 0.98, "attributed": 0.98}
# Session 18 (a name after a fronted phrase across its appositives): attributed 1.00.
REACHED |= {"attributed": 1.00}
# Session 33 lowers meetings to 0.57 (P 0.80, R 0.44): one meeting of nw13-brazilian matched only by
# luck. "the Brazilian Minister of the Cities Olívio Dutra, …" has its name swallowed by the body's
# entity, and "the Minister" had gone to the document's one Minister, Miguel Rossetto, whose own
# meeting the gold holds; a body's office ("Minister of the Cities") is no longer given to the lone
# holder of a state's office, so that chance match is gone.
REACHED |= {"meetings": 0.57}


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return thirteenth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_13_stays_at_its_final_scoring(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, "\n".join([*report.lines, report.total_line()])


def test_leaks_on_test_set_13_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_13_has_its_eight_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 8
    assert evaluation.report.missing == 0, evaluation.report.total_line()
