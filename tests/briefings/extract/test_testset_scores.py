"""CI gate: test set 1 stays at the figures it reached.

Test set 1 (``tests/fixtures/testset/``) was held back through session 3 (gold
written before the extractor ran on it) and became a dev set in session 4, when
that round's rules were written against its misses; the set held back now is test
set 3 (``test_testset3_scores.py``). This gate holds set 1's figures with the dev
gates' margin of 0.03; raise them when a change raises the figures.
"""

from __future__ import annotations

import pytest

from benchmarks.eval import Evaluation
from benchmarks.eval_testset import held_back_set
from briefings.extract import Extractor

pytestmark = pytest.mark.slow

MARGIN = 0.03
# TOTAL F1 per section (2026-12-02), 24 documents; since promoted to a dev set (session 4).
# Raised by session 4's second rounds: meetings 0.32 -> 0.47 (convenings and their attendee lists,
# arrivals, office labels), questions 0.29 -> 0.57 (deflections anywhere, speeches' own questions)
REACHED = {"quotes": 0.53, "attributed": 0.51, "meetings": 0.47, "questions": 0.57}
LEAKS_REACHED = 15  # scare quotes and not-open questions reported (first run: 207)

# issue 14, second pass (2026-12-02): transcripts' turns are no longer quotes, the quotations inside are
REACHED |= {"quotes": 0.94, "attributed": 0.92}
# session 5 (f23bd88): named-list parties, glued titles cut, the publisher's head as a party (meetings
# 0.47 -> 0.57); news-prose open points and tighter answers (questions 0.57 -> 0.58, leaks 8 -> 6)
REACHED |= {"meetings": 0.57, "questions": 0.58}
LEAKS_REACHED = 6
# session 5, issue 16 (open questions): deflections read across a transcript's wrapped lines, offers to
# follow up, hand-offs of the floor, a briefing reporter's "Has he ...?" asked alone (0.58 -> 0.66)
REACHED |= {"questions": 0.66}
# issue 15 (meet2): transcripts' meetings: a gerund clause's subject, a conference said again after a
# cut-off word, a trip for a named gathering, a reporter's "when you meet", a named family, "by
# telephone with" (meetings 0.57 -> 0.67)
REACHED |= {"meetings": 0.67}
# session 7, issue 16 (ques7): a long transcript cut before a reporter's turn keeps each question with
# its answer; more refusals recognised (questions 0.66 -> 0.69)
REACHED |= {"questions": 0.69}
# Session 7 (quote7): one unnamed person a reporting clause introduces ("a lot of states say")
# speaks as described (attributed 0.92 -> 0.93)
REACHED |= {"attributed": 0.93}
# Session 8 (quote8): "as" clauses of saying, texts that speak or speak for their sender, surnames
# the tagger misreads, plural descriptions as groups (quotes 0.94 -> 0.97, attributed 0.93 -> 0.95)
REACHED |= {"quotes": 0.97, "attributed": 0.95}


@pytest.fixture(scope="module")
def evaluation(extractor: Extractor) -> Evaluation:
    return held_back_set(extractor)


@pytest.mark.parametrize("section", sorted(REACHED))
def test_total_f1_on_the_held_back_set_stays_at_its_final_scoring(
    evaluation: Evaluation, section: str
) -> None:
    report = evaluation.report
    assert report.f1(section) >= REACHED[section] - MARGIN, "\n".join([*report.lines, report.total_line()])


def test_leaks_on_the_held_back_set_do_not_grow(evaluation: Evaluation) -> None:
    assert evaluation.report.leaks <= LEAKS_REACHED, evaluation.report.total_line()


def test_the_held_back_set_has_at_least_twenty_real_texts_and_none_is_missing(evaluation: Evaluation) -> None:
    assert evaluation.report.docs >= 20
    assert evaluation.report.missing == 0, evaluation.report.total_line()
