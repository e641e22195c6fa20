"""CI gate: test set 8 (a dev set since session 13) stays at its figures.

Test set 8 (``tests/fixtures/testset8/``, 20 real texts: 10 Wikinews articles from AMALGUM's extra
news part, set 7's walk continued with a preference for reported meetings, and 10 White House
readouts, press gaggles, a press call and remarks of 2021-22) is held back: two helper sessions that
saw only the product's definitions wrote its gold in session 12, and it was committed (9bd332d)
before the extractor ever ran on it. No rule was tuned on it in session 12; session 13 promoted it to a
dev set (set 9 is held back now). It was scored on the code at the start
of session 12 (first run, 06f5814) and once at its end (``benchmarks/eval_testset.py --set 8``);
this gate holds the final figures with the dev gates' margin of 0.03, so a later change that loses
what held on unseen text fails the build. Its article ``nw8-mandela`` (Mugabe open to talks with
the opposition, June 2008) may tell the story of a document reserved for outside evaluation: it is
never to be promoted to a dev set or tuned on.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import eighth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 20 documents. First run (06f5814, the code at the start of session 12,
# 2026-12-04 10:50 UTC): quotes 0.92, attributed 0.83 (P 0.89, R 0.78), meetings 0.56 (P 0.59,
# R 0.53), questions 0.56 (P 0.55, R 0.57), leaks 13.
# Final (237b67c, end of session 12): quotes 0.92, attributed 0.83, meetings 0.56, questions 0.54
# (P 0.54, R 0.54), leaks 13: session 12's dev gains did not reach these texts.
# As a dev set (session 13, 05b44d0): meetings 0.60 (P 0.63, R 0.57), questions 0.56; session 14:
# questions 0.59 (P 0.57, R 0.61).
REACHED = {"quotes": 0.92, "attributed": 0.83, "meetings": 0.60, "questions": 0.59}
# Session 15 (characterize/appeal, "spoke of “…”", listed quotations, "who said" after a described name):
REACHED |= {"quotes": 0.94, "attributed": 0.86}
# Session 16 (news meeting constructions, titled names hung under a list's first): meetings 0.66.
REACHED |= {"meetings": 0.66}
# Session 24 (quoted rhetoric is no open question): questions 0.60 (P 0.59, R 0.61), leaks 12.
REACHED |= {"questions": 0.60}
# Session 31 (a quotation over paragraphs is one key quote per paragraph): quotes 0.97 (P 1.00,
# R 0.95), attributed 0.89 (P 0.92, R 0.87).
REACHED |= {"quotes": 0.97, "attributed": 0.89}
LEAKS_REACHED = 12  # scare quotes and not-open questions reported


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return eighth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_8_stays_at_its_final_scoring(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, "\n".join([*report.lines, report.total_line()])


def test_leaks_on_test_set_8_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_8_has_at_least_twenty_real_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs >= 20
    assert evaluation.report.missing == 0, evaluation.report.total_line()
