"""CI gate: test set 35 (government, public-broadcaster, MOFA, Kremlin and EU news, session 35; a dev set
since session 36) stays at its figures.

Test set 35 (``tests/fixtures/testset35/``, 29 texts: New Zealand Government releases, the Prime Minister
of Canada, GOV.UK, DoD News and American Forces Press Service, Voice of America staff stories, Commerce
and Homeland Security releases, Japan's Ministry of Foreign Affairs, the Kremlin's English site, Council
of the EU and European Commission texts): six helper sessions that saw only the product's definitions
wrote its gold at the start of session 35, committed (393a375; part f in 2a7c2d4) before the extractor ran
on it. Held back, it was scored on session 35's starting code (c2e4363) and on the session's final code
(2f4f224). Session 36 promoted it to a dev set and read its misses; this gate holds its dev figures with
the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import thirty_fifth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 29 documents (required: 57 quotes, 49 meetings, 7 open questions). Session 35's
# start (c2e4363): quotes 0.93 (P 1.00, R 0.88; 50 of 57), attributed 0.90 (P 0.96, R 0.84; 48 of 57),
# meetings 0.61 (P 0.65, R 0.57; 28 found right of 43 listed), questions 0.83 (P 1.00, R 0.71; 5 of 7),
# leaks 0. On the final code (the rules from test set 34): the same figures in every section.
REACHED = {"quotes": 0.93, "attributed": 0.89, "meetings": 0.60, "questions": 0.83}
# As a dev set, session 36 (office holders named after a comma, a credit line naming a speaker at an
# occasion, a closing shape glued to a capital, listed states whatever their tag, sites toured, a record
# set, a release's own minister, a chain of "of" phrases to a body, present together at a gathering):
# quotes 0.97 (P 1.00, R 0.95), attributed 0.97 (P 1.00, R 0.95), meetings 0.73 (P 0.80, R 0.67; 33 right
# of 41 listed), questions 0.83 (P 1.00, R 0.71), leaks 0.
REACHED |= {"quotes": 0.97, "attributed": 0.97, "meetings": 0.73, "questions": 0.83}
LEAKS_REACHED = 0  # scare quotes or not-open questions reported


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return thirty_fifth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_35_stays_at_its_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, report.total_line()


def test_leaks_on_test_set_35_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_35_has_its_twenty_nine_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 29
    assert evaluation.report.missing == 0, evaluation.report.total_line()
