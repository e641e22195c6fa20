"""A long body is extracted in pieces: same facts, offsets into the whole body, bounded memory.

The memory itself is measured in ``benchmarks/long_document.py`` (peak RSS of
ingesting a 9.5 MB text); these tests pin what the pieces must preserve.
"""

from __future__ import annotations

from dataclasses import replace

from briefings.extract import Extractor
from briefings.model.documents import Document
from briefings.model.facts import Extraction, Person
from briefings.pieces import PIECE_CHARS, extract_in_pieces, pieces
from tests.briefings.extract.conftest import SEED, _load_article


def test_pieces_cover_the_body_exactly_and_cut_between_paragraphs() -> None:
    body = "\n\n".join(f"Paragraph {n} says something about the talks in Geneva." for n in range(400))
    cut = list(pieces(body, size=1000))
    assert "".join(text for _, text in cut) == body
    assert all(len(text) <= 1000 for _, text in cut)
    assert all(body[offset : offset + len(text)] == text for offset, text in cut)
    assert all(text.endswith("\n\n") for _, text in cut[:-1])


def test_a_transcript_is_cut_before_a_reporters_turn_so_each_question_keeps_its_answer() -> None:
    exchange = (
        "Q    Will the envoy travel to the border this week?\n\nMS. HALE:  I don't have anything on that.\n\n"
    )
    body = exchange * 40
    cut = list(pieces(body, size=1000))
    assert "".join(text for _, text in cut) == body
    assert all(text.startswith("Q ") for _, text in cut)
    assert all(text.endswith("\n\n") for _, text in cut[:-1])


def test_a_body_without_any_boundary_is_still_cut_to_size() -> None:
    body = "x" * 2500
    assert [len(text) for _, text in pieces(body, size=1000)] == [1000, 1000, 500]


def test_facts_of_a_later_piece_carry_offsets_into_the_whole_body(extractor: Extractor) -> None:
    seed = _load_article(SEED)
    body = seed.body + "\n\n" + seed.body
    doubled = replace(seed, body=body)
    whole = extractor.extract(seed)
    split = extract_in_pieces(doubled, len(body), extractor.extract, size=len(seed.body) + 2)
    assert len(split.quotes) == 2 * len(whole.quotes) > 0
    for quote in split.quotes:
        evidence = quote.evidence
        if evidence.field == "body":
            assert body[evidence.start : evidence.end] == evidence.sentence
    second = split.quotes[len(whole.quotes) :]
    assert [q.text for q in second] == [q.text for q in whole.quotes]
    assert all(q.evidence.start >= len(seed.body) for q in second if q.evidence.field == "body")
    names = [(p.kind, p.name) for p in split.people]
    assert len(names) == len(set(names)) == len(whole.people)


def test_the_extractor_parses_a_body_longer_than_a_piece_piece_by_piece(extractor: Extractor) -> None:
    seed = _load_article(SEED)
    copies = PIECE_CHARS // len(seed.body) + 2
    body = "\n\n".join([seed.body] * copies)
    long_doc = Document.create(title=seed.title, body=body, published=seed.published, path="long.txt")
    (extraction,) = list(extractor.extract_many([long_doc]))
    per_copy = len(extractor.extract(seed).quotes)
    assert len(extraction.quotes) >= per_copy * (copies - 1)
    for quote in extraction.quotes:
        evidence = quote.evidence
        if evidence.field == "body":
            assert body[evidence.start : evidence.end] == evidence.sentence


def test_the_answer_of_an_open_question_in_a_later_piece_indexes_the_whole_body(extractor: Extractor) -> None:
    """Regression: the answer's evidence kept its offsets within the piece, so a sources reply of
    a long briefing quoted the wrong words as the answer."""
    exchange = (
        "MS. HALE: Good morning.\n\nQ Will the envoy travel to the border this week?\n\n"
        "MS. HALE: I'm not going to get ahead of the envoy's schedule.\n\n"
    )
    body = "MS. HALE: Welcome back.\n\n" + "The port reopened on Monday after the storm.\n\n" * 40 + exchange
    document = Document.create(title="Briefing", body=body, published=None, path="briefing.txt")
    split = extract_in_pieces(document, len(body), extractor.extract, size=len(body) - len(exchange))
    (question,) = split.questions
    assert question.answer is not None
    assert body[question.answer.start : question.answer.end] == question.answer.sentence


def test_a_later_pieces_short_name_is_the_one_full_name_an_earlier_piece_gave_it() -> None:
    first = (
        Person("Jen Pardo", ("Jen",), ("Press Secretary",)),
        Person("Jill Varden", (), ("First Lady",)),
    )
    later = (Person("Jen"), Person("Pardo", (), ("Secretary",)), Person("Varden", (), ("President",)))
    by_body = {"one\n\n": first, "two": later}
    document = Document.create(title="Briefing", body="one\n\ntwo", published=None)

    def extract(piece: Document) -> Extraction:
        return Extraction(piece.id, people=by_body[piece.body])

    merged = {p.name: p for p in extract_in_pieces(document, 100, extract, size=6).people}
    assert set(merged) == {"Jen Pardo", "Jill Varden", "Varden"}
    assert {"Jen", "Pardo"} <= set(merged["Jen Pardo"].aliases)
    assert merged["Jill Varden"].roles == ("First Lady",)  # no title passes to a namesake
