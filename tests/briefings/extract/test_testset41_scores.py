"""CI gate: test set 41 (government, DoD, Commerce, USTR, VOA, Kremlin, MOFA and EU news, held back in
session 41, a dev set from session 42) stays at its figures.

Test set 41 (``tests/fixtures/testset41/``, 30 texts: GOV.UK news stories, Prime Minister of Canada
releases, an Australian Foreign Minister's release, DoD News, a U.S. Commerce release, a USTR readout,
Voice of America staff stories, the Kremlin's English site, Japan's Ministry of Foreign Affairs, EEAS,
European Commission and EU Delegation releases): six helper sessions that saw only the product's
definitions wrote its gold at the start of session 41, committed (064196a) before the extractor ran on
it. It was held back through session 41: scored on session 41's starting code (4e952e7) and on the
session's final code (4dfdd61); session 42 promoted it to a dev set and read its misses. This gate
holds the figures with the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import forty_first_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 30 documents (required: 40 quotes, 75 meetings, 8 open questions). Session 41's
# start (4e952e7): quotes 0.84 (P 1.00, R 0.72; 29 of 40, 29 listed), attributed 0.84 (29 of the 29),
# meetings 0.68 (P 0.73, R 0.63; 47 found right of 64 listed), questions 0.50 (P 0.75, R 0.38; 3 of 8),
# leaks 1. The final code (4dfdd61, the rules from test set 40's misses) changes two meeting items of two
# documents, both right in the first run: meetings 0.66 (P 0.73, R 0.60; 45 of 62 listed); every other
# section is unchanged. The gate holds the first run's figures; 0.66 is within its margin.
REACHED = {"quotes": 0.84, "attributed": 0.84, "meetings": 0.68, "questions": 0.50}
# Session 42, as a dev set (the rules from its misses, 72637af): quotes 0.99 (P 1.00, R 0.97; 39 of 40),
# attributed 0.99, meetings 0.69 (P 0.74, R 0.65; 49 found right of 66 listed), questions 0.93 (P 1.00,
# R 0.88; 7 of 8), leaks 0.
REACHED |= {"quotes": 0.99, "attributed": 0.99, "meetings": 0.69, "questions": 0.93}
LEAKS_REACHED = 0  # scare quotes or not-open questions reported


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return forty_first_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_41_stays_at_its_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, report.total_line()


def test_leaks_on_test_set_41_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_41_has_its_thirty_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 30
    assert evaluation.report.missing == 0, evaluation.report.total_line()
