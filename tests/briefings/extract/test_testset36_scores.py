"""CI gate: test set 36 (government, public-broadcaster, MOFA, Kremlin, Wikinews and EU news, session 36;
a dev set since session 37) stays at its figures.

Test set 36 (``tests/fixtures/testset36/``, 29 texts: New Zealand Government releases, the Prime Minister
of Canada, a GOV.UK release and an Ireland–UK communiqué, DoD News and American Forces Press Service,
Voice of America staff stories, USTR and Commerce releases, Japan's Ministry of Foreign Affairs, the
Kremlin's English site, English Wikinews, European Commission, Council and EEAS texts): six helper
sessions that saw only the product's definitions wrote its gold at the start of session 36, committed
(4d8febd) before the extractor ran on it. Held back, it was scored on session 36's starting code (2f4f224)
and on the session's final code (4d1efd2). Session 37 promoted it to a dev set and read its misses; this
gate holds its dev figures with the dev gates' margin of 0.03.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import thirty_sixth_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 29 documents (required: 53 quotes, 53 meetings, 8 open questions). Session 36's
# start (2f4f224): quotes 0.98 (P 1.00, R 0.96; 51 of 53), attributed 0.88 (P 0.90, R 0.87; 46 of 53),
# meetings 0.69 (P 0.69, R 0.68; 36 found right of 52 listed), questions 0.77 (P 1.00, R 0.62; 5 of 8),
# leaks 0. On the final code (the rules from test set 35): the same figures in every section.
REACHED = {"quotes": 0.98, "attributed": 0.88, "meetings": 0.69, "questions": 0.77}
# As a dev set, session 37 (a title tagged alone as a person, an untagged holder after an office and its
# field, "the meeting of A and B", a named gathering's "at" and "where", the "with" after a list of hosted
# occasions, an offer to host, a record's indefinite agent, "Remarks by X", a described subject tagged a
# body, typewriter quotation marks, a date not mentioned): quotes 0.99 (P 1.00, R 0.98), attributed 0.97
# (P 0.98, R 0.96), meetings 0.78 (P 0.76, R 0.79; 42 right of 55 listed), questions 0.86 (P 1.00,
# R 0.75), leaks 0.
REACHED |= {"quotes": 0.99, "attributed": 0.97, "meetings": 0.78, "questions": 0.86}
LEAKS_REACHED = 0  # scare quotes or not-open questions reported


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return thirty_sixth_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_36_stays_at_its_figures(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, report.total_line()


def test_leaks_on_test_set_36_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_36_has_its_twenty_nine_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs == 29
    assert evaluation.report.missing == 0, evaluation.report.total_line()
