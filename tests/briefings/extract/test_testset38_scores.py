"""CI gate: test set 38 (government, DoD, VOA, MOFA, Kremlin and EU news, session 38; a dev set since
session 39) stays at its figures.

Test set 38 (``tests/fixtures/testset38/``, 26 texts: GOV.UK, New Zealand, Canadian and Australian
Government releases, DoD News, Voice of America staff stories, a Department of Energy release, Japan's
Ministry of Foreign Affairs, the Kremlin's English site, DG NEAR, the European Council President and
the EU Delegation to Bosnia and Herzegovina): six helper sessions that saw only the product's
definitions wrote its gold at the start of session 38, committed (58bd2e6) before the extractor ran on
it. Held back, it was scored on session 38's starting code (e8ee0e0) and on the session's final code
(5198279). Session 39 promoted it to a dev set and read its misses; this gate holds its dev figures with
the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import thirty_eighth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 26 documents (required: 44 quotes, 64 meetings, 4 open questions). Session 38's
# start (e8ee0e0): quotes 0.93 (P 0.97, R 0.89; 39 of 44, 40 listed), attributed 0.93 (the same 39),
# meetings 0.48 (P 0.61, R 0.39; 25 found right of 41 listed), questions 0.40 (P 1.00, R 0.25; 1 of 4),
# leaks 1. An intermediate run (664ac22: the rules from test set 37 before the volume check narrowed them)
# gave meetings 0.53 (P 0.64, R 0.45; 29 right of 45 listed). The final code (the narrowed rules) gives the
# first run's figures in every section again: meetings 0.48 (25 right of 41 listed).
REACHED = {"quotes": 0.93, "attributed": 0.93, "meetings": 0.48, "questions": 0.40}
# As a dev set, session 39 (a counted kind of people, a programme of meetings, interlocutors listed with
# "including", road maps signed, "the two officials", exchanges of views, invited guests, a first-person
# release's author, a straight opener glued to a capital, words cited "as" something): quotes 0.95 (P 0.98,
# R 0.93; 41 of 44), attributed 0.95 (the same 41), meetings 0.68 (P 0.73, R 0.64; 41 right of 56 listed),
# questions 0.40 (1 of 4), leaks 1.
REACHED |= {"quotes": 0.95, "attributed": 0.95, "meetings": 0.68}
LEAKS_REACHED = 1  # scare quotes or not-open questions reported


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return thirty_eighth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_38_stays_at_its_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, report.total_line()


def test_leaks_on_test_set_38_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_38_has_its_twenty_six_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 26
    assert evaluation.report.missing == 0, evaluation.report.total_line()
