"""CI gate: test set 31 (government, public-broadcaster, MOFA, Kremlin and Wikinews news, session 32;
a dev set since its final held-back run in that session) stays at its figures.

Test set 31 (``tests/fixtures/testset31/``, 25 texts: New Zealand Government statements, GOV.UK and
Prime Minister of Canada releases, Voice of America staff stories, DoD News stories, Commerce and
Treasury releases, English Wikinews, Japan's Ministry of Foreign Affairs, the Kremlin's English site):
four helper sessions that saw only the product's definitions wrote its gold at the start of session
32, committed (2dde939) before the extractor ran on it. Held back, it was scored on session 32's
starting code (de97abb) and on bf22aa2 (the rules from test set 30): the same output, item for item.
It was then promoted to a dev set and its misses read; this gate holds its dev figures with the dev
gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import thirty_first_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 25 documents (required: 55 quotes, 59 meetings, 5 open questions). Held back,
# on session 32's start (de97abb) and on bf22aa2 (the same output): quotes 0.93 (P 1.00, R 0.87),
# attributed 0.91 (P 0.98, R 0.85), meetings 0.61 (P 0.70, R 0.54), questions 0.57 (P 1.00, R 0.40),
# leaks 0. As a dev set after the rules from its misses: quotes 0.96 (P 1.00, R 0.93), attributed
# 0.94 (P 0.98, R 0.91), meetings 0.63 (P 0.69, R 0.58), questions 0.89 (P 1.00, R 0.80), leaks 0.
REACHED = {"quotes": 0.96, "attributed": 0.94, "meetings": 0.63, "questions": 0.89}
# Session 34 (a telegram's words its sender's): quotes 0.98, attributed 0.96, meetings 0.64.
REACHED |= {"quotes": 0.98, "attributed": 0.96, "meetings": 0.64}
LEAKS_REACHED = 0  # scare quotes or not-open questions reported


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return thirty_first_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_31_stays_at_its_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, report.total_line()


def test_leaks_on_test_set_31_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_31_has_its_twenty_five_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 25
    assert evaluation.report.missing == 0, evaluation.report.total_line()
