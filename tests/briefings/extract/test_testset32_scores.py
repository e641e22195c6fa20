"""CI gate: test set 32 (government, public-broadcaster, MOFA, Kremlin and Wikinews news, session 32;
a dev set since session 33) stays at its figures.

Test set 32 (``tests/fixtures/testset32/``, 23 texts: New Zealand Government releases, GOV.UK and Prime
Minister of Canada releases, DoD News stories and readouts, an Energy Department readout, Voice of
America staff stories, English Wikinews, Japan's Ministry of Foreign Affairs, the Kremlin's English
site): four helper sessions that saw only the product's definitions wrote its gold in session 32, after
test set 31's final held-back run, committed (83e994d) before the extractor ran on it. Held back, it was
scored on session 32's starting code (de97abb), on bf22aa2 and on the session's final code (e03e50b).
Session 33 promoted it to a dev set and read its misses; this gate holds its dev figures with the dev
gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import thirty_second_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 23 documents (required: 25 quotes, 47 meetings, 3 open questions). Session 32's
# start (de97abb): quotes 1.00, attributed 1.00, meetings 0.74 (P 0.79, R 0.70), questions 0.00 (none
# of the three found and none listed), leaks 0. On bf22aa2 and the final code (e03e50b,
# the same output): meetings 0.75 (P 0.80, R 0.70), the rest the same.
REACHED = {"quotes": 1.00, "attributed": 1.00, "meetings": 0.75, "questions": 0.00}
# As a dev set, session 33 (they = the plural subject before; a "with" in a described place; a
# headline of states over its ministers' meeting; a body's titled holder after the comma; a time given
# to decide, a decision due to come, neither party giving details): meetings 0.76 (P 0.79, R 0.72),
# questions 1.00 (3 of 3).
REACHED |= {"meetings": 0.75, "questions": 1.00}
# Session 34 (a name in apposition to a subject is a subject: "The Prime Minister, Justin Trudeau,
# announced"): meetings 0.77 (P 0.80, R 0.74).
REACHED |= {"meetings": 0.76}
LEAKS_REACHED = 0  # scare quotes or not-open questions reported


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return thirty_second_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_32_stays_at_its_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, report.total_line()


def test_leaks_on_test_set_32_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_32_has_its_twenty_three_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 23
    assert evaluation.report.missing == 0, evaluation.report.total_line()
