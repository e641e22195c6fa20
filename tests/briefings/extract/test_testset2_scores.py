"""CI gate: test set 2 stays at the figures of its latest scoring.

Test set 2 (``tests/fixtures/testset2/``) was the set held back in session 4: its gold
was written before the extractor ever ran on it, by sessions that saw only the
product's definitions, and no rule has been tuned on it: session 5 held back test
set 3 and left this one untouched, so it is a second unseen measurement, scored at
the end of that session (``benchmarks/eval_testset.py --set 2``). This gate holds
the latest figures with the dev gates' margin of 0.03, so a later change that loses
what held on unseen text fails the build.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import second_held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section, 24 documents. First run (dc3e5ee, 2026-12-02 12:27 UTC):
# quotes 0.70, attributed 0.63, meetings 0.36, questions 0.55, leaks 6.
# Final (819e6b7, 13:38 UTC, session 4's four branches merged):
REACHED = {"quotes": 0.95, "attributed": 0.86, "meetings": 0.39, "questions": 0.59}
# Session 24 (a naming verb's short quote is no echo): quotes 0.98, attributed 0.97.
REACHED |= {"quotes": 0.98, "attributed": 0.97}
LEAKS_REACHED = 11  # scare quotes and not-open questions reported (first run 6: more questions reported)
# Session 5 (274a0d4, 17:06 UTC), rules written on the dev sets and the pool only:
REACHED = {"quotes": 0.95, "attributed": 0.88, "meetings": 0.45, "questions": 0.62}
LEAKS_REACHED = 10
# session 7, issue 16 (ques7): clipped and fronted refusals, questions back, a transcript cut before a
# reporter's turn, news prose's "has not commented on the allegations" (questions 0.62 -> 0.80, leaks 10 -> 8)
REACHED |= {"questions": 0.80}
LEAKS_REACHED = 8
# Session 7 (quote7): a pronoun's antecedent is the person the sentence just before makes its
# subject (passive agents and "according to" sources included), reports that speak for their
# issuer, "one policeman said": quotes 0.95 -> 0.96, attributed 0.88 -> 0.94
REACHED |= {"quotes": 0.96, "attributed": 0.94}
# Session 7 (meet7 branch), meeting rules written on the dev sets and the readout pool only:
REACHED |= {"meetings": 0.63}
# Session 8 (quote8): surnames the tagger reads as common nouns, texts that speak for their sender,
# "as" clauses of saying: quotes 0.96 -> 0.97, attributed 0.94 -> 0.96
REACHED |= {"quotes": 0.97, "attributed": 0.96}
# Session 8 (meetN): journeys to a country ("flew to Tanzania"), a plural headline's separate calls,
# joining "them on the call" (meetings 0.64 -> 0.68)
REACHED |= {"meetings": 0.66}
# Session 18 (an invitation to a meeting with the National Security Advisor; no co-invitees' meeting):
REACHED |= {"meetings": 0.71}
# Session 21: "neither ... nor", offers to meet and topics told are no meetings.
REACHED |= {"meetings": 0.72}


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return second_held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_test_set_2_stays_at_its_final_scoring(evaluation: Evaluation, section: str) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, "\n".join([*report.lines, report.total_line()])


def test_leaks_on_test_set_2_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_test_set_2_has_at_least_twenty_real_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs >= 20
    assert evaluation.report.missing == 0, evaluation.report.total_line()
