"""CI gate: test set 29 (government, public-broadcaster, Kremlin, MOFA and Wikinews news, session 31)
stays at its dev figures.

Test set 29 (``tests/fixtures/testset29/``, 22 texts: GOV.UK news, U.S. Department of Defense stories,
a USTR release, Voice of America staff stories, the Kremlin's English site, Japan's Ministry of Foreign
Affairs, English Wikinews): four helper sessions that saw only the product's definitions wrote its gold
in session 31, committed (1cd9ece) before the extractor ran on it. It was held back through its final
run in session 31 (first run f822bac, final run 3546d79, the same output), then promoted to a dev set
at the session's end, when its misses were read and test set 30 was written to replace it. This gate
holds its dev figures with the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import twenty_ninth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 22 documents (required: 32 quotes, 51 meetings, 6 open questions). Held back
# (first and final run, the same output): quotes 0.86 (P 1.00, R 0.75), attributed 0.86, meetings
# 0.66 (P 0.72, R 0.61), questions 0.29 (P 1.00, R 0.17), leaks 0. As a dev set at the end of session
# 31: meetings 0.69 (P 0.73, R 0.65), questions 1.00.
# Session 32 (two words that evaluate in a person's reported clause; the verb "meet" with a list on a
# trip; titles such as "the Hon." kept in the sentence): quotes and attributed 0.90, meetings 0.75.
REACHED = {"quotes": 0.90, "attributed": 0.90, "meetings": 0.75, "questions": 1.00}
# Session 33 (the talks of a round held, a headline of states over its ministers' meeting): meetings
# 0.78 (P 0.80, R 0.76).
REACHED |= {"meetings": 0.78}
# Session 34 (a written message's words are its sender's: "The message reads, in part: “…”"): quotes
# and attributed 0.93, meetings 0.80 (P 0.82, R 0.78).
REACHED |= {"quotes": 0.93, "attributed": 0.93, "meetings": 0.80}
LEAKS_REACHED = 0  # scare quotes or not-open questions reported


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return twenty_ninth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_29_stays_at_its_dev_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, report.total_line()


def test_leaks_on_test_set_29_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_29_has_its_twenty_two_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 22
    assert evaluation.report.missing == 0, evaluation.report.total_line()
