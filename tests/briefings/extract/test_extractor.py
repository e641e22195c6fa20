"""Extractor: one document or a batch, the same facts; the JSON record the contract names."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from briefings.extract import Extractor
from briefings.extract.serialize import extraction_record, to_json_line
from briefings.model.documents import Document

Load = Callable[[str], Document]


def test_extract_many_matches_one_at_a_time(extractor: Extractor, article: Load) -> None:
    docs = [article("000"), article("011"), article("018")]
    batched = list(extractor.extract_many(docs))
    single = [extractor.extract(d) for d in docs]
    assert batched == single
    assert [e.document_id for e in batched] == [d.id for d in docs]


def test_extraction_lists_people_with_aliases(extractor: Extractor, article: Load) -> None:
    people = {p.name: p for p in extractor.extract(article("000")).people}
    assert "Lyons" in people["Deborah Lyons"].aliases
    assert people["Wang Yi"].roles[0] == "Chinese Foreign Minister"


def test_json_record_carries_speaker_name_and_role(extractor: Extractor, article: Load) -> None:
    document = article("000")
    record = extraction_record(document, extractor.extract(document))
    first = record["quotes"][0]
    assert first["speaker"]["name"] == "Deborah Lyons"
    assert first["text"].startswith("Afghan leaders with us")
    assert (
        document.body[first["evidence"]["start"] : first["evidence"]["end"]] == first["evidence"]["sentence"]
    )
    assert json.loads(to_json_line(document, extractor.extract(document))) == record


def test_empty_body_extracts_nothing(extractor: Extractor) -> None:
    extraction = extractor.extract(Document.create(title="", body=""))
    assert (extraction.quotes, extraction.meetings, extraction.questions) == ((), (), ())


def test_body_longer_than_the_pipeline_limit_is_read_up_to_the_limit(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentence = '"We will rebuild every school that was destroyed in the floods," said Governor Jane Okafor. '
    body = sentence * 40
    monkeypatch.setattr(extractor.nlp, "max_length", len(sentence) * 3)
    extraction = extractor.extract(Document.create(title="Floods", body=body))
    assert 1 <= len(extraction.quotes) <= 3
    for quote in extraction.quotes:
        assert body[quote.evidence.start : quote.evidence.end] == quote.evidence.sentence
