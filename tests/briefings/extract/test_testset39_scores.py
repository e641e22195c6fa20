"""CI gate: test set 39 (government, DoD, NASA, VOA, Wikinews, MOFA, Kremlin and EU news, held back in
session 39, a dev set from session 40) stays at its figures.

Test set 39 (``tests/fixtures/testset39/``, 30 texts: New Zealand Government statements, GOV.UK releases,
a Prime Minister of Canada readout, DoD News, a NASA release, Voice of America staff stories, English
Wikinews, Japan's Ministry of Foreign Affairs, the Kremlin's English site, the European Commission's
trade department and a European Council release): six helper sessions that saw only the product's
definitions wrote its gold at the start of session 39, committed (02296ef) before the extractor ran on
it. It was held back through session 39: scored on session 39's starting code (2b31dff) and on the
session's final code (7ed0a46); session 40 promoted it to a dev set and read its misses. This gate holds
the figures with the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import thirty_ninth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 30 documents (required: 61 quotes, 77 meetings, 7 open questions). Session 39's
# start (2b31dff): quotes 0.93 (P 1.00, R 0.87; 53 of 61, 53 listed), attributed 0.88 (50 of the 53),
# meetings 0.56 (P 0.71, R 0.45; 35 found right of 49 listed), questions 0.67 (P 0.80, R 0.57; 4 of 7),
# leaks 1. The final code (7ed0a46, the rules from test set 38's misses) gives the same figures in every
# section: it changes no item of any of the 30 documents.
REACHED = {"quotes": 0.93, "attributed": 0.88, "meetings": 0.56, "questions": 0.67}
# Session 40, as a dev set (the rules from its misses, 8db2ad3): attributed 0.93 (53 of 53 listed),
# meetings 0.73 (P 0.82, R 0.66; 51 found right of 62 listed), questions 0.77 (P 0.83, R 0.71; 5 of 7).
REACHED |= {"attributed": 0.93, "meetings": 0.73, "questions": 0.77}
LEAKS_REACHED = 1  # scare quotes or not-open questions reported


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return thirty_ninth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_39_stays_at_its_unseen_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, report.total_line()


def test_leaks_on_test_set_39_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_39_has_its_thirty_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 30
    assert evaluation.report.missing == 0, evaluation.report.total_line()
