"""Claims nobody checked, choices left unsaid in the passive, and questions their speaker answers in
their own words (issue 16, session 30):

Open:
- a claim nobody has checked: "there is no independent verification of the charges";
- a choice not disclosed, told in the passive: "it was not disclosed to the public whether the
  Justice Department is conducting one", "It has not been revealed who will replace him";
- a finding not yet reached: "Authorities have not concluded if the blasts are linked";
- results withheld (session 31): "has failed to release the presidential results", "has withheld the
  results" ("failed to release the album on time" withholds nothing asked for);
- when or where still to settle (session 31, from test set 29 once promoted): "failed to agree on a
  date for renewed talks", "set no date for sitting down to talk", "at a date to be named later"
  ("failed to agree on anything", "set no bail" leave no such point); nobody telling how far along:
  "No one is saying how close the sides are to a deal" ("No one is saying that …" asserts);
- silence that ends the sentence, still awaited: "Trudeau's sons … have not yet commented.";
- neither side telling: "Neither side gave details of the proposal." ("Neither side gave ground" tells
  nothing withheld);
- an answer not yet to be had: "It is too early to say whether the measures will work.";
- (session 32, from test set 30 once promoted) a report nobody who would know has confirmed: "no
  country involved in the talks has confirmed the reports"; details kept from the public: "details
  of the meeting have been largely shrouded in secrecy"; a choice still to be made by those who will
  make it: "plan to debate whether they want to continue negotiations" ("met to discuss whether"
  tells a talk, perhaps settled); from test set 31: an answer the one who could give it gave none ("Mr.
  Olmert's office had no comment on the matter"; not the speaker's own "I had no comment"), a when
  or whether left unsaid ("refused to comment publicly on when a summit might take place");
- (session 33, from test set 32 once promoted) neither of two parties telling: "Neither Chadian nor
  Sudanese officials gave any details of what transpired"; a decision due to come: "his decision on
  whether to continue negotiations will come on or after Monday"; a time given to decide: "have one
  week to decide how best to resolve the crisis", "has until Friday to decide whether";
- no timeline held: "he has no timeline for when the Osprey will be fully operational"; details told
  only later: "Details of precise timings will be confirmed in due course." ("The winners will be
  announced later today" names its time)
Not open: a thing told as announced ("the results were announced when the count ended"), a
comment given.

Not open either, in a quotation:
- a question its speaker answers with its own verb: "“What does this mean? It means we must remain
  calm,” he said" (as "What would they say? They would say …");
- a "why would" put of someone generic, which asserts nobody would: "“Why would a journalist be
  involved with a terrorist organization?”";
- a question its speaker answers at once with a hedge (session 31): "“Are there those who have issues
  with it? Possibly. But …”", "“Will the sanctions work? Probably not. …”".

Invented sentences of each construction, positive and negative.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.model.facts import Question

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels say they captured seven towns, but there is no independent verification of the charges.",
        "The electoral commission has failed to release the presidential results.",
        "The electoral authority has withheld the results of the March 29 presidential election.",
        "After three days of talks, the delegates have failed to agree on a date for renewed talks.",
        "Still, the North set no date for sitting down to talk about its commitments.",
        "They agreed to hold military discussions at a date to be named later.",
        "No one is saying how close the sides are to a deal.",
        "Although Sessions has recused himself, it was not disclosed to the public whether the Justice"
        " Department is conducting an investigation.",
        "It has not been revealed who will replace him.",
        "Authorities have not concluded if the blasts are linked to the insurgency in the south.",
        "His sons, Justin and Alexandre, have not yet commented.",
        "Neither side gave details of the proposal.",
        "It is too early to say whether the measures will work.",
        "So far, he said, he has no timeline for when the aircraft will be fully operational.",
        "Details of precise timings will be confirmed in due course.",
        "The talks are scheduled to begin on December 16 in Beijing, but no country involved in the talks"
        " has confirmed the reports.",
        "China confirmed the talks, but details of the meeting have been largely shrouded in secrecy.",
        "Members of the exiled government plan to debate whether they want to continue negotiations"
        " with China.",
        "Mr. Olmert's office had no comment on the matter.",
        "Israeli officials refused to comment publicly on when a summit might take place.",
        "Neither Chadian nor Sudanese officials gave any details of what transpired in the meeting.",
        "Mr. Abbas says his decision on whether to continue negotiations will come on or after Monday.",
        "The heads of state have one week to decide how best to resolve the political crisis.",
        "Parliament has until Friday to decide whether to accept the deal.",
    ],
)
def test_a_claim_unchecked_or_a_choice_left_unsaid_is_open(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    (question,) = questions_in(sentence)
    assert question.kind == "implicit"


@pytest.mark.parametrize(
    "sentence",
    [
        "The police said the results were announced when the count ended.",
        "His sons, Justin and Alexandre, have commented on the book.",
        "The band failed to release the album on time.",
        "The talks failed to agree on anything.",
        "The court set no bail.",
        "No one is saying that the deal is dead.",
        "The minister was not disclosed as a donor.",
        "Neither side gave ground in the talks.",
        "The winners will be announced later today at a ceremony.",
        "The council met on Monday to discuss whether to extend the mandate.",
        "The details of the plan were kept in a safe at the ministry.",
        "Every country involved in the talks has confirmed the reports.",
        "I had no comment on the matter, the minister told reporters.",
        "Neither Chadian nor Sudanese officials gave any ground in the meeting.",
        "The decision came on Monday after a long debate.",
        "The heads of state have one week of meetings in Addis Ababa.",
        "Moratinos stressed the need for calm. “What does this mean? It means we must remain calm."
        " Kidnappings are complicated situations,” he said.",
        "“What came across to me was determination,” said Gates. “Are there those who have issues with"
        " it? Possibly. But I certainly didn’t meet any of them on my trip.”",
        "“Will the sanctions work? Probably not. But we have to try,” the minister said.",
        "“They are not journalists,” the prime minister said. “Why would a journalist be involved with a"
        " terrorist organization and enter a country with armed terrorists? If that is journalism, I do"
        " not know what terrorism is,” he said.",
    ],
)
def test_a_thing_announced_or_a_question_its_speaker_settles_is_not_open(
    questions_in: Callable[..., list[Question]], sentence: str
) -> None:
    assert questions_in(sentence) == []


def test_a_question_followed_by_another_verb_stays_open(questions_in: Callable[..., list[Question]]) -> None:
    found = questions_in(
        "The deal was signed on Monday. What does this mean for the region? It remains to be seen."
    )
    assert "What does this mean for the region?" in [q.text for q in found]
