"""CI gate: test set 34 (government, public-broadcaster, MOFA, Kremlin and EU news, session 34; a dev set
since session 35) stays at its figures.

Test set 34 (``tests/fixtures/testset34/``, 25 texts: GOV.UK and Foreign Office pages, the Prime Minister
of Canada, the Australian Foreign Minister, American Forces Press Service and Voice of America stories, a
Treasury release, Japan's Ministry of Foreign Affairs, the Kremlin's English site, Council of the EU and
EEAS press releases): five helper sessions that saw only the product's definitions wrote its gold at the
start of session 34, committed (3cdbe00) before the extractor ran on it. Held back, it was scored on
session 34's starting code (4477970) and on the session's final code (c2e4363). Session 35 promoted it to
a dev set and read its misses; this gate holds its dev figures with the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import thirty_fourth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 25 documents (required: 39 quotes, 51 meetings, 5 open questions). Session 34's
# start (4477970): quotes 0.84 (P 0.97, R 0.74), attributed 0.81 (P 0.93, R 0.72), meetings 0.64 (P 0.72,
# R 0.57; 29 found right of 40 listed), questions 0.29 (P 0.50, R 0.20), leaks 2. On 96dcac6 and on the
# final code (the rules from test set 33): the same figures in every section.
REACHED = {"quotes": 0.84, "attributed": 0.81, "meetings": 0.63, "questions": 0.28}
# As a dev set, session 35 (a quotation run on whose last paragraph never closes, a quoted name modifying
# a noun, a statement naming its issuer, "with A and with B", "H.E. Ms." names, the open points of
# unagreed sides): quotes 1.00, attributed 1.00, meetings 0.74 (P 0.80, R 0.69; 35 right of 44 listed),
# questions 0.91 (P 0.83, R 1.00), leaks 1.
REACHED |= {"quotes": 1.00, "attributed": 1.00, "meetings": 0.74, "questions": 0.91}
LEAKS_REACHED = 1  # scare quotes or not-open questions reported


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return thirty_fourth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_34_stays_at_its_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, report.total_line()


def test_leaks_on_test_set_34_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_34_has_its_twenty_five_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 25
    assert evaluation.report.missing == 0, evaluation.report.total_line()
