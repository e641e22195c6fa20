"""CI gate: test set 19 (news, held back in session 21, a dev set since session 22) stays at its figures.

Test set 19 (``tests/fixtures/testset19/``, 21 Wikinews articles rebuilt from AMALGUM token files): four
helper sessions that saw only the product's definitions wrote its gold in session 21; each part was
committed (171fd3b, 5969ad3, a176f6f) before the extractor ran on it. It was held back through session
21 (scored on that session's starting code, b6067f1, and on the code of the last gold commit, the first
run; its misses unread). Session 22 promoted it to dev and wrote rules against its misses; this gate
holds the dev figures with the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import nineteenth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 21 documents (required: 152 quotes, 25 meetings, 14 open questions). Session
# start (b6067f1): quotes 0.97, attributed 0.90 (P 0.92, R 0.88), meetings 0.52 (P 0.65, R 0.44),
# questions 0.43 (P 0.56, R 0.36), leaks 5. First run (a176f6f): the same but meetings 0.56 (P 0.67,
# R 0.48).
REACHED = {"quotes": 0.97, "attributed": 0.90, "meetings": 0.56, "questions": 0.43}
# Session 22, after rules from its misses: meetings 0.68 (P 0.79, R 0.60), questions 0.96 (P 1.00,
# R 0.93), leaks 1; quotes unchanged.
REACHED |= {"meetings": 0.68, "questions": 0.96}
# Session 23: consulting office-holders is a meeting ("Netanyahu consulted cabinet ministers"):
# meetings 0.71 (P 0.80, R 0.64).
REACHED |= {"meetings": 0.71}
# Session 24 ("speaking to Thai Prime Minister X" is a conversation; the author a participle names
# speaks none of the words around it): meetings 0.74 (P 0.81, R 0.68), attributed 0.93 (P 0.96, R 0.91),
# leaks 0.
REACHED |= {"meetings": 0.74, "attributed": 0.93}
# Session 26 (summoning an envoy, ordered of someone, is a meeting: "ordered Amr to summon the Israeli
# ambassador"): meetings 0.77 (P 0.82, R 0.72).
REACHED |= {"meetings": 0.77}
# Session 33 (a headline's meeting merged into the body's, its visitor's role naming the state):
# meetings 0.78 (P 0.86, R 0.72).
REACHED |= {"meetings": 0.78}
LEAKS_REACHED = 0  # nothing reported that the gold rules out


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return nineteenth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_19_stays_at_its_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, report.total_line()


def test_leaks_on_test_set_19_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_19_has_its_twenty_one_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 21
    assert evaluation.report.missing == 0, evaluation.report.total_line()
