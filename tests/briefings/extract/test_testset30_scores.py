"""CI gate: test set 30 (government, public-broadcaster, MOFA and Wikinews news, session 31; a dev
set from session 32) stays at its figures.

Test set 30 (``tests/fixtures/testset30/``, 21 texts: Prime Minister of Canada releases and readouts,
Australian Government releases, Voice of America staff stories, U.S. Department of Defense stories, a
USDA advisory, Japan's Ministry of Foreign Affairs, English Wikinews): four helper sessions that saw
only the product's definitions wrote its gold at the end of session 31, after test set 29 was promoted
to a dev set, committed (76513a7) before the extractor ran on it. It is held back: scored on session
31's starting code (f822bac), on e0b530a (the rules from test set 28) and on the session's final code
(d4a9469, the rules from test set 29 too), and its misses were not read until session 32 promoted it
to a dev set; this gate holds its dev figures with the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import thirtieth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 21 documents (required: 28 quotes, 45 meetings, 5 open questions). Session 31's
# start (f822bac): quotes 0.88 (P 1.00, R 0.79), attributed 0.84 (P 0.95, R 0.75), meetings 0.56
# (P 0.67, R 0.49), questions 0.57 (P 1.00, R 0.40), leaks 0. On e0b530a and on the final code
# (d4a9469, the same output): quotes 0.90 (P 1.00, R 0.82), attributed 0.86 (P 0.96, R 0.79), the rest
# the same. As a dev set after session 32's rules from its misses: quotes 0.90 (P 1.00, R 0.82),
# attributed 0.90 (P 1.00, R 0.82), meetings 0.72 (P 0.76, R 0.69), questions 1.00, leaks 0.
REACHED = {"quotes": 0.90, "attributed": 0.90, "meetings": 0.72, "questions": 1.00}
# Session 33 (a journey its sentence fills with meetings is no meeting with the place): meetings 0.73
# (P 0.78, R 0.69).
REACHED |= {"meetings": 0.73}
LEAKS_REACHED = 0  # scare quotes or not-open questions reported


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return thirtieth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_30_stays_at_its_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, report.total_line()


def test_leaks_on_test_set_30_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_30_has_its_twenty_one_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 21
    assert evaluation.report.missing == 0, evaluation.report.total_line()
