"""CI gate: test set 33 (government, public-broadcaster, MOFA, Kremlin and EU news, session 33; a dev set
since session 34) stays at its figures.

Test set 33 (``tests/fixtures/testset33/``, 28 texts: New Zealand Government releases, the Prime
Minister of Canada, GOV.UK, the Australian High Commission in India, DoD News, USTR and USDA releases,
Voice of America staff stories, Japan's Ministry of Foreign Affairs, the Kremlin's English site,
European Commission, Council and EEAS press releases): five helper sessions that saw only the
product's definitions wrote its gold at the start of session 33, after test set 32's final held-back
run, committed (8b3c3c5) before the extractor ran on it. Held back, it was scored on session 33's
starting code (c43345a) and on the session's final code (504a7ad). Session 34 promoted it to a dev set
and read its misses; this gate holds its dev figures with the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import thirty_third_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 28 documents (required: 46 quotes, 69 meetings, 4 open questions). Session 33's
# start (c43345a): quotes 0.99 (P 1.00, R 0.98), attributed 0.97 (P 0.98, R 0.96), meetings 0.65 (P 0.71,
# R 0.59; 41 found right of 58 listed), questions 0.50 (P 0.50, R 0.50), leaks 2. Final (the rules from
# test set 32): meetings 0.65 (P 0.73, R 0.58; 40 right of 55 listed), the rest the same.
REACHED = {"quotes": 0.99, "attributed": 0.97, "meetings": 0.65, "questions": 0.50}
# As a dev set, session 34 (a title word that is a family name, "the Hon Julie Bishop MP", the office
# in full as its holder, a quotation credited by the line under it, a question heading its own section):
# quotes 1.00, attributed 0.98, meetings 0.71 (P 0.78, R 0.65; 45 right of 58 listed), questions 0.86
# (P 1.00, R 0.75), leaks 0.
REACHED |= {"quotes": 1.00, "attributed": 0.97, "meetings": 0.70, "questions": 0.85}
LEAKS_REACHED = 0  # scare quotes or not-open questions reported


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return thirty_third_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_33_stays_at_its_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, report.total_line()


def test_leaks_on_test_set_33_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_33_has_its_twenty_eight_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 28
    assert evaluation.report.missing == 0, evaluation.report.total_line()
