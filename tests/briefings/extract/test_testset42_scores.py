"""CI gate: held-back test set 42 (government, DoD, Commerce, VOA, Kremlin, MOFA and EU news,
session 42) stays at its unseen figures.

Test set 42 (``tests/fixtures/testset42/``, 28 texts: GOV.UK news stories and a readout, Prime Minister
of Canada releases, a New Zealand Government release, American Forces Press Service and DoD News
stories, a U.S. Commerce readout, Voice of America staff stories, the Kremlin's English site, Japan's
Ministry of Foreign Affairs, European Commission releases and EU Delegation news items): six helper
sessions that saw only the product's definitions wrote its gold at the start of session 42, committed
(259c3b7) before the extractor ran on it. It is held back: scored on session 42's starting code
(5afa838) and on the session's final code; its misses are not read. This gate holds the figures with
the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import forty_second_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 28 documents (required: 40 quotes, 46 meetings, 7 open questions). Session 42's
# start (5afa838): quotes 0.90 (P 1.00, R 0.82; 33 of 40, 33 listed), attributed 0.88 (32 of the 33),
# meetings 0.60 (P 0.66, R 0.54; 25 found right of 38 listed), questions 0.25 (P 1.00, R 0.14; 1 of 7),
# leaks 0. The final code (72637af, the rules from test set 41's misses) changes no item of any of the 28
# documents: the same figures in every section.
REACHED = {"quotes": 0.90, "attributed": 0.88, "meetings": 0.60, "questions": 0.25}
LEAKS_REACHED = 0  # scare quotes or not-open questions reported


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return forty_second_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_42_stays_at_its_unseen_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, report.total_line()


def test_leaks_on_test_set_42_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_42_has_its_twenty_eight_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 28
    assert evaluation.report.missing == 0, evaluation.report.total_line()
