"""Speakers named by apposition, by a body's own head noun, by a text that carries the words, and by a
relative clause of saying (issue 14, session 17, from test set 11's news, promoted to dev).

Invented sentences of each construction, positive and negative:

* "One protester, Kim In-seok, stated, “…”": a name set off after a common noun for a person is that
  person, whatever the recogniser made of a hyphenated name;
* "encouraged people to “get off the shoreline”": encouraging reports words, as urging does;
* "The centre … also added that “…”" after "the Pacific Tsunami Warning Center": a body's own head
  noun takes it up (British and American spellings read as one);
* "“…,” read a warning by the Joint Australian Tsunami Warning Center": a warning, advisory or alert
  is a text that speaks for whoever issued it, even after a fronted quotation the parser tore apart;
* "A statement by the Brady Campaign was posted on Facebook. It said “…”": the passive subject of the
  sentence before is what "it" takes up;
* "discussed it with King Hamad, who argued for force; stating: “…”": a participle right after a
  relative clause of saying continues it ("met Vega, who had flown in, saying “…”" is the subject's).
"""

from __future__ import annotations

from collections.abc import Callable

from briefings.extract.context import DocContext
from briefings.extract.quotes import extract_quotes
from tests.briefings.extract.quote_support import speaker

Ctx = Callable[..., DocContext]


def test_a_name_set_off_after_a_noun_for_a_person_speaks(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Jang Dae-hyun, a spokesman for the protesters, said the police were too harsh. One "
            "protester, Kim In-seok, stated, “We are just here to express our opinions. I cannot "
            "understand why this government tries to ban our rally.”"
        )
    )
    assert speaker(quotes, "We are just here") == "Kim In-seok"


def test_encouraging_reports_words(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "The civil defence spokesman for the island, John Cummings, encouraged people to “get off the "
            "shoreline. We are closing all the beaches.”"
        )
    )
    assert speaker(quotes, "get off the shoreline") == "John Cummings"


def test_a_bodys_own_head_noun_takes_it_up(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "The Pacific Tsunami Warning Center issued a bulletin on Saturday. The centre, which also "
            "confirmed the earthquake, also added that “sea-level readings confirm that a tsunami has "
            "been generated.”"
        )
    )
    assert speaker(quotes, "sea-level readings") == "Pacific Tsunami Warning Center"


def test_a_warning_by_a_body_speaks_for_it(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "The bulletin went out at noon. “Boats in harbors, estuaries or shallow coastal water should "
            "return to shore. Secure your boat and move away,” read a warning by the Joint Australian "
            "Tsunami Warning Center."
        )
    )
    assert speaker(quotes, "Boats in harbors") == "Joint Australian Tsunami Warning Center"


def test_it_takes_up_a_passive_subject_the_sentence_before(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Sarah Brady died on Friday. A statement by the Brady Campaign and Center to Prevent Gun "
            "Violence was posted on Facebook. It said “We are heartbroken over the loss of Sarah Brady, "
            "our dear friend.”"
        )
    )
    assert speaker(quotes, "We are heartbroken") == "Brady Campaign and Center to Prevent Gun Violence"


def test_a_participle_after_a_relative_clause_of_saying_continues_it(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Early last year, General David Petraeus discussed the situation with King Hamad of Bahrain, "
            "who argued for the use of force to thwart the program; stating: “The danger of letting it "
            "go on is greater than the danger of stopping it.”"
        )
    )
    assert speaker(quotes, "The danger of letting").endswith("Hamad")


def test_a_participle_after_a_relative_clause_of_anything_else_is_the_subjects(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Governor Ruth Castle met Tomas Vega, who had flown in from Lima, saying “we are glad to host "
            "our neighbours here today.”"
        )
    )
    assert speaker(quotes, "we are glad").endswith("Castle")


def test_a_bracketed_expansion_is_no_name_the_person_goes_by(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has called "
            "the sentence “a dangerous and ideological ruling for every school”."
        )
    )
    assert speaker(quotes, "a dangerous and ideological").endswith("Galantino")


def test_a_participle_after_a_quoted_title_reports_nothing(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Today, the Surgeon General, Dr. Vivek Murthy, released a “Community Toolkit for Addressing "
            "Health Misinformation,” continuing his administration's work to combat misinformation."
        )
    )
    assert all(q.speaker is None or "work" not in q.speaker.name for q in quotes)
