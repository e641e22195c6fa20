"""CI gate: test set 11 (held back through session 16, a dev set since session 17) stays at its figures.

Test set 11 (``tests/fixtures/testset11/``, 20 real texts: 9 Wikinews articles of AMALGUM's main
news part, walked at random with a preference for reported meetings, and 11 White House readouts,
press briefings, a press gaggle and remarks of 2021-22, seed 20261216) is held back: helper sessions
that saw only the product's definitions wrote the gold of 19 texts in session 14 (949a75f) and the
lead the 20th from the same definitions (23c312d), each committed before the extractor ran on it.
No rule was tuned on it through session 16: its per-document misses were not read. It was scored on
the code at the start of session 14 (first run, e0f5aa4), at its end and at the ends of sessions 15
and 16 (``benchmarks/eval_testset.py --set 11``); session 17 scored it once more before reading it
(the same figures as session 16's end) and promoted it to a dev set, with test set 15 held back in
its place. This gate holds the latest figures with the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import eleventh_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 20 documents (required: 62 quotes, 21 meetings, 9 open questions). First
# run (e0f5aa4, the code at the start of session 14): quotes 0.86, attributed 0.79 (P 0.90, R 0.71),
# meetings 0.39 (P 0.36, R 0.43), questions 0.60 (P 0.55, R 0.67), leaks 6.
# Final (end of session 14): quotes 0.87, attributed 0.80 (P 0.90, R 0.73), meetings 0.47 (P 0.42,
# R 0.52), questions 0.60, leaks 6: news meetings 1 of 4 found (0 at the first run).
REACHED = {"quotes": 0.87, "attributed": 0.80, "meetings": 0.47, "questions": 0.60}
LEAKS_REACHED = 6  # scare quotes and not-open questions reported
# End of session 16 (still held back): meetings 0.50, the rest unchanged; session 17's first score the
# same. Session 17, tuned on it (a dev set now): quotes 0.93, attributed 0.90 (P 0.95, R 0.85),
# meetings 0.55, questions 0.67, leaks 4.
REACHED = {"quotes": 0.93, "attributed": 0.90, "meetings": 0.55, "questions": 0.67}
# Session 18 (a readout's "he" by the antecedent rules, a co-invitee no party): meetings 0.60.
REACHED |= {"meetings": 0.60}
LEAKS_REACHED = 4
# Session 21: a topic told in a relative clause ("the variants that we have been discussing") is no meeting.
REACHED |= {"meetings": 0.63}


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return eleventh_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_11_stays_at_its_final_scoring(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, "\n".join([*report.lines, report.total_line()])


def test_leaks_on_test_set_11_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_11_has_at_least_twenty_real_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs >= 20
    assert evaluation.report.missing == 0, evaluation.report.total_line()
