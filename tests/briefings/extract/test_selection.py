"""Selective parsing: which sentences go through the tagger and parser, and that the facts
and their evidence offsets are the full pipeline's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from briefings.extract import Extractor
from briefings.extract.pipeline import DEFAULT_MODEL
from briefings.extract.selection import (
    fact_words,
    first_pass,
    inflections,
    parse_selectively,
    selected_units,
    supports_selection,
    units_of,
)
from briefings.extract.serialize import extraction_record
from briefings.model.documents import Document
from briefings.model.facts import Extraction
from briefings.sources import load_paths
from tests.briefings.extract.conftest import ARTICLES

Load = Callable[[str], Document]


@pytest.fixture(scope="module")
def full(nlp: Language) -> Extractor:
    del nlp
    return Extractor(DEFAULT_MODEL, parse="full")


@pytest.fixture(scope="module")
def selective(nlp: Language) -> Extractor:
    del nlp
    return Extractor(DEFAULT_MODEL, parse="selective")


def parsed_units(nlp: Language, body: str) -> list[tuple[str, bool]]:
    """Each unit's text, stripped, and whether it is parsed."""
    (doc,) = first_pass(nlp, [body], 1)
    units = units_of(doc)
    return [
        (doc[u.start : u.end].text.strip(), chosen)
        for u, chosen in zip(units, selected_units(doc, units), strict=True)
    ]


def parsed_sentences(nlp: Language, body: str) -> set[str]:
    return {text for text, chosen in parsed_units(nlp, body) if chosen}


def document(body: str, title: str = "") -> Document:
    return Document.create(title=title, body=body, published=datetime(2024, 5, 1, tzinfo=UTC))


def facts(extraction: Extraction, doc: Document) -> dict[str, object]:
    """The contract record, plus the people as a set (their order is not a fact)."""
    record = extraction_record(doc, extraction)
    record["people"] = {(p.name, p.aliases, p.roles, p.kind) for p in extraction.people}
    return record


FILLER = "The weather stayed mild. Traffic was light on the main roads. Prices rose slightly."


# ---- which units are parsed ---------------------------------------------------


def test_sentences_no_rule_reads_are_left_unparsed(nlp: Language) -> None:
    assert parsed_sentences(nlp, FILLER) == set()


def test_a_quote_said_by_they_is_parsed_with_two_sentences_before_and_one_after(nlp: Language) -> None:
    body = f"{FILLER} Police met the crowd calmly. “We will stay here all night,” they said. It ended."
    parsed = parsed_sentences(nlp, body)
    assert "“We will stay here all night,” they said." in parsed
    assert {"Prices rose slightly.", "Police met the crowd calmly.", "It ended."} <= parsed
    assert "The weather stayed mild." not in parsed


def test_a_quote_said_by_a_name_is_parsed_with_one_sentence_before_and_one_after(nlp: Language) -> None:
    body = f"{FILLER} Crowds gathered. “We will stay here all night,” Ana Lopez said. Rain fell."
    parsed = parsed_sentences(nlp, body)
    assert {"Crowds gathered.", "“We will stay here all night,” Ana Lopez said.", "Rain fell."} <= parsed
    assert "Prices rose slightly." not in parsed


def test_every_sentence_of_a_quoted_passage_is_parsed(nlp: Language) -> None:
    body = f"{FILLER} “This is the first part. The middle has no marks at all. This is the end,” he said."
    assert "The middle has no marks at all." in parsed_sentences(nlp, body)


@pytest.mark.parametrize("word", ["met", "meets", "hosted", "visiting", "talks", "conferred", "phoned"])
def test_any_form_of_a_meeting_word_is_parsed(nlp: Language, word: str) -> None:
    sentence = f"The two delegations {word} in the capital."
    assert sentence in parsed_sentences(nlp, f"{FILLER} {sentence} {FILLER}")


def test_a_meeting_with_a_pronoun_takes_the_two_sentences_before(nlp: Language) -> None:
    body = f"{FILLER} The envoy arrived late. He met the rebels on Sunday."
    assert {"Prices rose slightly.", "The envoy arrived late.", "He met the rebels on Sunday."} <= (
        parsed_sentences(nlp, body)
    )


def test_a_question_takes_the_sentence_before(nlp: Language) -> None:
    body = f"{FILLER} Nobody knows the answer. Why?"
    parsed = parsed_sentences(nlp, body)
    assert {"Nobody knows the answer.", "Why?"} <= parsed
    assert "Traffic was light on the main roads." not in parsed


def test_a_question_cue_is_parsed(nlp: Language) -> None:
    body = f"{FILLER} It remains to be seen whether the truce will last."
    assert "It remains to be seen whether the truce will last." in parsed_sentences(nlp, body)


def test_a_named_person_and_a_later_bare_surname_are_parsed(nlp: Language) -> None:
    body = f"Deborah Lyons arrived in Kabul on Monday. {FILLER} Lyons toured a school."
    parsed = parsed_sentences(nlp, body)
    assert {"Deborah Lyons arrived in Kabul on Monday.", "Lyons toured a school."} <= parsed
    assert "Traffic was light on the main roads." not in parsed


def test_a_pronoun_takes_the_sentence_before_for_its_gender_vote(nlp: Language) -> None:
    body = f"{FILLER} The garden was quiet. She liked it."
    assert {"The garden was quiet.", "She liked it."} <= parsed_sentences(nlp, body)


def test_a_transcript_turns_own_words_are_not_parsed_for_a_key_quote(nlp: Language) -> None:
    # a transcript's turns are never key quotes: only what another rule reads is parsed
    body = (
        "SECRETARY BLINKEN: Thank you. Good morning.\n\n"
        "The weather stayed mild. Traffic was light on the main roads.\n\n"
        "QUESTION: Thank you.\n\nMINISTER KULEBA: Thanks."
    )
    parsed = parsed_sentences(nlp, body)
    assert "The weather stayed mild." not in parsed
    assert "Traffic was light on the main roads." not in parsed


# ---- the merged parse -----------------------------------------------------------


def test_the_merged_doc_is_the_body_with_full_parse_offsets(nlp: Language) -> None:
    body = (
        f"{FILLER}\n\nThe market closed early.\n\n"
        f"“We are ready to talk,” Foreign Minister Wang Yi said on Monday. {FILLER}"
    )
    (doc,) = parse_selectively(nlp, [body], 4)
    (whole,) = nlp.pipe([body])
    assert doc.text == body
    assert [t.idx for t in doc] == [t.idx for t in whole]
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [
        (e.start_char, e.end_char, e.label_) for e in whole.ents
    ]
    said = next(t for t in doc if t.text == "said")
    assert said.lemma_ == "say" and said.pos_ == "VERB"
    weather = next(t for t in doc if t.text == "weather")
    assert weather.dep_ == "" and weather.tag_ == ""  # unparsed
    sentences = [s.text.strip() for s in doc.sents]
    assert "The weather stayed mild." in sentences  # an unparsed unit is a sentence of its own
    assert "“We are ready to talk,” Foreign Minister Wang Yi said on Monday." in sentences


def test_evidence_spans_index_the_body_exactly(selective: Extractor) -> None:
    body = (
        f"{FILLER}\n\nPresident Ana Lopez met Prime Minister Tomas Berg in Oslo on Tuesday. {FILLER}\n\n"
        "“The talks were useful and we will meet again in June,” Lopez told reporters. "
        "Will the deal survive the winter? It is unclear whether parliament will approve it."
    )
    doc = document(body)
    record = extraction_record(doc, selective.extract(doc))
    items = record["quotes"] + record["meetings"] + record["questions"]
    assert record["quotes"] and record["meetings"] and record["questions"]
    for item in items:
        evidence = item["evidence"]
        assert body[evidence["start"] : evidence["end"]] == evidence["sentence"]


def test_a_fact_among_unparsed_sentences_is_found(selective: Extractor, full: Extractor) -> None:
    # no name, quote or question: only the irregular "met" selects the sentence
    sentence = "Officials from Chile and Peru met in Lima on Friday."
    doc = document(f"{FILLER} {FILLER}\n\n{sentence} {FILLER}")
    meetings = selective.extract(doc).meetings
    assert meetings == full.extract(doc).meetings
    assert [m.evidence.sentence for m in meetings] == [sentence]
    assert [p.name for p in meetings[0].participants] == ["Chile", "Peru"]


# ---- same facts as the full pipeline ---------------------------------------------


def fixture(name: str) -> Document:
    (item,) = list(load_paths([str(ARTICLES / name)], max_bytes=5_000_000))
    assert isinstance(item, Document), item
    return item


@pytest.mark.parametrize(
    "name",
    [
        "000_65f72ffc5e9bc812.md",
        "011-mecca-crane-collapse.md",
        "022-blinken-osmani-kurti-remarks-before-meeting.md",
        "031-blinken-call-with-kuleba.md",
        "synthetic/s01-wire-gulf-port-strike.md",
        "synthetic/s05-magazine-mud-architect.md",
        "synthetic_meetings/m03-call-readout.md",
        "synthetic_meetings/m07-press-availability-transcript.md",
    ],
)
def test_fixture_articles_give_the_full_pipelines_facts(
    name: str, selective: Extractor, full: Extractor
) -> None:
    doc = fixture(name)
    assert facts(selective.extract(doc), doc) == facts(full.extract(doc), doc)


HOSTILE = [
    "",
    "   \n\n  ",
    "word",
    "?",
    "????!!!...",
    "“““”””\"\"''‘’",
    "“" + "quoted words without an end " * 40,
    "no sentence punctuation at all and no capitals " * 200,
    "Said said SAID met Met MET. " * 50,
    "\n".join(f"Line {n}: Minister Vera Novak met envoy {n}?" for n in range(60)),
    "A" * 5000,
]


@pytest.mark.parametrize("body", HOSTILE, ids=range(len(HOSTILE)))
def test_odd_text_gives_the_same_facts_in_both_modes(
    body: str, selective: Extractor, full: Extractor
) -> None:
    doc = document(body, title="Odd")
    assert facts(selective.extract(doc), doc) == facts(full.extract(doc), doc)


# ---- word forms and pipelines -----------------------------------------------------


def test_every_form_the_lemmatizer_maps_to_a_meeting_word_is_selected(nlp: Language, article: Load) -> None:
    from briefings.extract.lexicon import MEETING_VERBS
    from briefings.extract.triggers import MEETING_NOUNS

    text = " ".join(article(stem).body for stem in ("000", "021", "023", "031", "038", "040", "042", "044"))
    words = fact_words()
    missed = {
        t.lower_
        for t in nlp(text)
        if (t.lemma_.lower() in MEETING_VERBS or t.lower_ in MEETING_NOUNS) and t.lower_ not in words
    }
    assert missed == set()


def test_inflections_cover_regular_and_irregular_forms() -> None:
    assert {"admitted", "admitting", "replied", "replies", "noting", "conferred"} <= (
        inflections("admit") | inflections("reply") | inflections("note") | inflections("confer")
    )
    assert {"met", "said", "told", "spoke"} <= (
        inflections("meet") | inflections("say") | inflections("tell") | inflections("speak")
    )


def test_a_pipeline_without_ner_is_parsed_whole() -> None:
    import spacy

    blank = spacy.blank("en")
    assert not supports_selection(blank)
    (doc,) = parse_selectively(blank, ["Two words."], 1)
    assert isinstance(doc, Doc) and doc.text == "Two words."


def test_the_default_pipeline_supports_selection(nlp: Language) -> None:
    assert supports_selection(nlp)


def test_a_pipeline_with_a_component_selection_does_not_know_is_parsed_whole() -> None:
    import spacy

    nlp = spacy.load(DEFAULT_MODEL)
    ruler = nlp.add_pipe("entity_ruler", after="ner")
    ruler.add_patterns([{"label": "ORG", "pattern": "Acme"}])  # type: ignore[attr-defined]
    assert not supports_selection(nlp)
    (doc,) = parse_selectively(nlp, ["The weather stayed mild. Acme grew."], 1)
    assert [e.text for e in doc.ents] == ["Acme"] and doc[0].dep_


def test_an_unknown_parse_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="parse mode"):
        Extractor(DEFAULT_MODEL, parse="partial")  # type: ignore[arg-type]
