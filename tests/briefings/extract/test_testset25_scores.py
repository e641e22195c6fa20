"""CI gate: test set 25 (news, session 25; a dev set from session 29) stays at its figures.

Test set 25 (``tests/fixtures/testset25/``, 32 English Wikinews articles from the
``vanatteveldt/wikinews`` 2019 and 2020 CSVs, AMALGUM news token files, ``dimitrakatseli/Wikinews``
and ``wiki_news.csv``, stories no earlier set used): four helper sessions that saw only the product's
definitions wrote its gold in session 25, committed (ec074ac) before the extractor ran on it. It was
held back through session 28 (scored on session 25's starting code, 984faca, as its first run, and
once at the end of sessions 25-28, always the same figures); session 29 made it a dev set and wrote
rules against its misses (gatherings told as taking place, bodies sitting, open points with asides,
an inverted frame the parser lost). ``rejects`` and ``tsvangirai`` (Zimbabwe's 2008 run-off) are never
tuned on. This gate holds the figures with the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import twenty_fifth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 32 documents (required: 133 quotes, 10 meetings, 7 open questions). First run
# (session 25's starting code, 984faca): quotes 0.96 (P 1.00, R 0.92), attributed 0.91 (P 0.95, R 0.87),
# meetings 0.27 (P 0.40, R 0.20), questions 0.20 (P 0.33, R 0.14), leaks 1; the same at the end of
# sessions 25-28. As a dev set, end of session 29: quotes 0.96, attributed 0.93 (P 0.97, R 0.89),
# meetings 0.56 (P 0.62, R 0.50), questions 0.80 (P 0.75, R 0.86), leaks 1.
# Session 30: meetings 0.56 -> 0.67 (P 0.75, R 0.60): a race called for a candidate is no call; the
# people told in a conference call are on it.
REACHED = {"quotes": 0.96, "attributed": 0.93, "meetings": 0.67, "questions": 0.80}
LEAKS_REACHED = 1  # scare quotes or not-open questions reported


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return twenty_fifth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_25_stays_at_its_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, report.total_line()


def test_leaks_on_test_set_25_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_25_has_its_thirty_two_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 32
    assert evaluation.report.missing == 0, evaluation.report.total_line()
