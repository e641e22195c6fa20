"""CI gate: test set 37 (government, public-broadcaster, MOFA, Kremlin and EU news, session 37; a dev set
since session 38) stays at its figures.

Test set 37 (``tests/fixtures/testset37/``, 26 texts: New Zealand Government statements, the Prime
Minister of Canada, UK and Australian Government releases, DoD News, Voice of America staff stories, a
USTR release, Japan's Ministry of Foreign Affairs, the Kremlin's English site, the European Commission
President's news pages): six helper sessions that saw only the product's definitions wrote its gold at
the start of session 37, committed (17c6af8) before the extractor ran on it. Held back, it was scored on
session 37's starting code (4d1efd2) and on the session's final code (e8ee0e0). Session 38 promoted it to
a dev set and read its misses; this gate holds its dev figures with the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import thirty_seventh_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 26 documents (required: 41 quotes, 57 meetings, 6 open questions). Session 37's
# start (4d1efd2): quotes 0.97 (P 1.00, R 0.95; 39 of 41), attributed 0.90 (P 0.92, R 0.88; 36 of 41),
# meetings 0.65 (P 0.69, R 0.61; 35 found right of 51 listed), questions 0.29 (P 1.00, R 0.17; 1 of 6),
# leaks 0. On the final code (the rules from test set 36): the same in every section but meetings, 0.64
# (P 0.67, R 0.61; 35 right of 52 listed: one more listed, none more right).
REACHED = {"quotes": 0.97, "attributed": 0.90, "meetings": 0.64, "questions": 0.29}
# As a dev set, session 38 (a surname of a name ending in a generational suffix, a Title Case headline's
# name cut at its verb, the occasion after a described speaker, a capitalised plural office as a group,
# a trip to where a group meets, a group met restating no named meeting through its visitor, steps owed
# and dates unset as open points): quotes 0.97 (P 1.00, R 0.95), attributed 0.97 (P 1.00, R 0.95; 39 of
# 41), meetings 0.67 (P 0.69, R 0.65; 37 right of 54 listed), questions 1.00 (6 of 6), leaks 0.
REACHED |= {"attributed": 0.97, "meetings": 0.66, "questions": 1.00}
LEAKS_REACHED = 0  # scare quotes or not-open questions reported


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return thirty_seventh_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_37_stays_at_its_unseen_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, report.total_line()


def test_leaks_on_test_set_37_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_37_has_its_twenty_six_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 26
    assert evaluation.report.missing == 0, evaluation.report.total_line()
