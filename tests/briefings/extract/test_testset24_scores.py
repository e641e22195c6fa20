"""CI gate: test set 24 (news, held back in session 24, a dev set since session 25) stays at its figures.

Test set 24 (``tests/fixtures/testset24/``, 26 English Wikinews articles rebuilt from AMALGUM's news
token files and rows of ``wiki_news.csv``, chosen for the meetings they report): three helper sessions
that saw only the product's definitions wrote its gold in session 24, committed (50858ea) before the
extractor ran on it. It is held back: scored on the session's starting code (9de68ba) and on the code
of that moment (first run), then once on the session's final code; its misses were not read then. In
session 25 it became a dev set: its misses were read and rules written against them. This gate holds
the latest figures with the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import twenty_fourth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 26 documents (required: 137 quotes, 19 meetings, 13 open questions). Session
# start (9de68ba) and first run (the code of 50858ea's moment): quotes 0.93, attributed 0.85 (P 0.89,
# R 0.80), meetings 0.22 (P 0.38, R 0.16), questions 0.46 (P 0.46, R 0.46), leaks 9. End of session 24
# (scored once, on its final code): quotes 0.93 (P 0.98, R 0.89), attributed 0.85 (P 0.90, R 0.81),
# meetings 0.22 (P 0.38, R 0.16), questions 0.48 (P 0.50, R 0.46), leaks 8.
REACHED = {"quotes": 0.93, "attributed": 0.85, "meetings": 0.22, "questions": 0.48}
# Session 25 (a dev set now; rules written against its misses): quotes 0.93, attributed 0.90 (P 0.94,
# R 0.85), meetings 0.61 (P 0.71, R 0.53), questions 0.88 (P 0.92, R 0.85), leaks 3.
REACHED |= {"attributed": 0.90, "meetings": 0.61, "questions": 0.88}
LEAKS_REACHED = 3  # scare quotes or not-open questions reported


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return twenty_fourth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_24_stays_at_its_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, report.total_line()


def test_leaks_on_test_set_24_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_24_has_its_twenty_six_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 26
    assert evaluation.report.missing == 0, evaluation.report.total_line()
