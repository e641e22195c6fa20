"""CI gate: test set 40 (government, DoD, Energy, VOA, Wikinews, Kremlin, MOFA and EU news, held back in
session 40, a dev set from session 41) stays at its figures.

Test set 40 (``tests/fixtures/testset40/``, 30 texts: GOV.UK, Prime Minister of Canada, Government of
Ireland and New Zealand Government releases, DoD News and DoD press-availability transcripts, U.S.
Department of Energy releases, Voice of America staff stories, English Wikinews, the Kremlin's English
site, Japan's Ministry of Foreign Affairs, EEAS and European Commission releases): six helper sessions
that saw only the product's definitions wrote its gold at the start of session 40, committed (2e67be5)
before the extractor ran on it. It was held back through session 40: scored on session 40's starting
code (5aaff7c) and on the session's final code (4e952e7); session 41 promoted it to a dev set and read its
misses. This gate holds the figures with the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import fortieth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 30 documents (required: 43 quotes, 71 meetings, 7 open questions). Session 40's
# start (5aaff7c): quotes 0.95 (P 1.00, R 0.91; 39 of 43, 39 listed), attributed 0.95 (39 of the 39),
# meetings 0.63 (P 0.68, R 0.59; 42 found right of 62 listed), questions 0.25 (P 1.00, R 0.14; 1 of 7),
# leaks 0. The final code (8db2ad3, the rules from test set 39's misses) gives the same figures in every
# section: it changes no item of any of the 30 documents.
REACHED = {"quotes": 0.95, "attributed": 0.95, "meetings": 0.63, "questions": 0.25}
# Session 41, as a dev set (the rules from its misses): meetings 0.73 (P 0.80, R 0.68; 48 found right of
# 60 listed), questions 0.83 (P 1.00, R 0.71; 5 of 7); quotes and speakers unchanged.
REACHED |= {"meetings": 0.73, "questions": 0.83}
LEAKS_REACHED = 0  # scare quotes or not-open questions reported


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return fortieth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_40_stays_at_its_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, report.total_line()


def test_leaks_on_test_set_40_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_40_has_its_thirty_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 30
    assert evaluation.report.missing == 0, evaluation.report.total_line()
