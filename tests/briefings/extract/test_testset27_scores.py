"""CI gate: test set 27 (government and public-broadcaster news, held back in session 30 through its
final run, then a dev set) stays at its figures.

Test set 27 (``tests/fixtures/testset27/``, 22 texts: GOV.UK news and readouts, U.S. Department of
Defense and Department of Energy stories, Voice of America staff stories, EEAS and European
Commission releases, a New Zealand Government release): three helper sessions that saw only the
product's definitions wrote its gold in session 30, committed (f6ee3dc) before the extractor ran on
it. Held back through its final run (first run on 6390cf4 and final run on 70d5eb8 gave the same
figures), it then became a dev set and its misses were read; test set 28 took its place as the
unseen set. The set is rich in meetings (61 required) and thin in quotes (30) and open questions (4).
This gate holds the dev figures with the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import twenty_seventh_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 22 documents (required: 30 quotes, 61 meetings, 4 open questions). First run
# (session 30's starting code, 6390cf4) and final held-back run (70d5eb8), the same: quotes 0.97
# (P 1.00, R 0.93), attributed 0.97 (P 1.00, R 0.93), meetings 0.53 (P 0.66, R 0.44), questions 0.67
# (P 1.00, R 0.50), leaks 0. As a dev set at the end of session 30: meetings 0.65 (P 0.79, R 0.56),
# questions 1.00. Session 31 (a dateline is its own sentence; namesakes kept apart): meetings 0.67
# (P 0.80, R 0.57).
REACHED = {"quotes": 0.97, "attributed": 0.97, "meetings": 0.67, "questions": 1.00}
# Session 33 (a titled holder after particles, "The Prime Minister met the President of the European
# Commission Ursula von der Leyen"): meetings 0.68 (P 0.80, R 0.59).
REACHED |= {"meetings": 0.68}
# Session 34 (a tensed relative clause keeps its own status: "to greet Samak, who met with King
# Norodom Sihamoni"): meetings 0.72 (P 0.81, R 0.64).
REACHED |= {"meetings": 0.71}
LEAKS_REACHED = 0  # scare quotes or not-open questions reported


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return twenty_seventh_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_27_stays_at_its_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, report.total_line()


def test_leaks_on_test_set_27_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_27_has_its_twenty_two_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 22
    assert evaluation.report.missing == 0, evaluation.report.total_line()
