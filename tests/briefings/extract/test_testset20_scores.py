"""CI gate: test set 20 (news, held back in sessions 22-23, a dev set since session 24) stays at its figures.

Test set 20 (``tests/fixtures/testset20/``, 35 English Wikinews articles from the
``vanatteveldt/wikinews`` CSVs of 2019-20 and the business rows of ``wiki_news.csv``): four helper
sessions that saw only the product's definitions wrote its gold in session 22, committed (5d5ff7b)
before the extractor ran on it. It was held back through session 23 (scored on session 22's starting
code, 477bc60, on the first run and at the ends of sessions 22 and 23; its misses unread). Session 24
promoted it to dev and wrote rules against its misses; this gate holds the dev figures with the dev
gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import twentieth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 35 documents (required: 130 quotes, 21 meetings, 36 open questions). Session
# start (477bc60): quotes 0.91, attributed 0.88 (P 0.95, R 0.82), meetings 0.41 (P 0.75, R 0.29),
# questions 0.33 (P 1.00, R 0.19), leaks 1. First run (test set 19's rules): the same but questions
# 0.36 (P 1.00, R 0.22). End of session 22 (13d4995 and fe20b7a): the first-run figures exactly.
# End of session 23 (scored once, on its final code): the first-run figures exactly.
REACHED = {"quotes": 0.91, "attributed": 0.88, "meetings": 0.41, "questions": 0.36}
# Session 24 (a dev set now; rules written against its misses): quotes 0.92, attributed 0.89 (P 0.96,
# R 0.83), meetings 0.61 (P 0.83, R 0.48), questions 0.74 (P 1.00, R 0.58), leaks 1.
REACHED |= {"quotes": 0.92, "attributed": 0.89, "meetings": 0.61, "questions": 0.74}
LEAKS_REACHED = 1  # a scare quote or a not-open question reported
# Session 25 (an untagged acronym listed with a tagged side after "between"): meetings 0.65 (P 0.85,
# R 0.52).
REACHED |= {"meetings": 0.65}
# Session 26 (a vote held to decide whether, an inquiry someone is running; a short quotation in a
# clause an "according to" source reports): questions 0.78 (P 1.00, R 0.64), attributed 0.90.
REACHED |= {"questions": 0.78, "attributed": 0.90}


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return twentieth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_20_stays_at_its_unseen_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, report.total_line()


def test_leaks_on_test_set_20_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_20_has_its_thirty_five_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 35
    assert evaluation.report.missing == 0, evaluation.report.total_line()
