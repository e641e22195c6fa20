"""Each source format becomes cleaned Documents with aware publication times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from briefings.model.documents import Document, content_id
from briefings.sources import LoadError, load_paths

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sources"


def _load(*names: str) -> list[Document | LoadError]:
    return list(load_paths([str(FIXTURES / name) for name in names], max_bytes=1_000_000))


def _docs(*names: str) -> list[Document]:
    results = _load(*names)
    assert all(isinstance(r, Document) for r in results), results
    return [r for r in results if isinstance(r, Document)]


def test_plain_text_takes_headline_as_title_and_dateline_as_date() -> None:
    (doc,) = _docs("plain.txt")
    assert doc.title == "Talks Resume in Doha"
    assert doc.published == datetime(2015, 5, 18, tzinfo=UTC)
    assert doc.body == (
        "Negotiators from both sides met in Doha on Monday after a pause of several weeks, according to a "
        'statement from the host government.\n\n"We are ready to continue," the lead negotiator said.'
    )
    assert doc.path == str((FIXTURES / "plain.txt").resolve())
    assert doc.key == doc.path


def test_plain_text_without_headline_is_titled_by_file_stem(tmp_path: Path) -> None:
    path = tmp_path / "talks-resume_update.txt"
    path.write_text("The talks resumed on Monday after a long pause, a spokesman for the ministry said.\n")
    (doc,) = list(load_paths([str(path)], max_bytes=1000))
    assert isinstance(doc, Document)
    assert doc.title == "talks resume update"
    assert doc.published is None


def test_document_id_is_the_content_hash() -> None:
    (doc,) = _docs("plain.txt")
    assert doc.id == content_id(doc.title, doc.body)
    assert _docs("plain.txt")[0].id == doc.id


def test_html_page_main_text_and_metadata() -> None:
    (doc,) = _docs("page.html")
    assert doc.title == "Envoys Meet in Tianjin"
    assert doc.source == "The Example Gazette"
    assert doc.url == "https://gazette.example/2021/07/envoys-meet-in-tianjin"
    assert doc.published is not None and doc.published.date().isoformat() == "2021-07-28"
    assert doc.published.tzinfo is not None
    paragraphs = doc.body.split("\n\n")
    assert paragraphs[0].startswith("Foreign Minister Wang Yi met the delegation's chief negotiator")
    assert paragraphs[-1].startswith("It remains unclear whether the talks will resume")
    for furniture in (
        "Home",
        "World | Asia | Diplomacy",
        "Credit",
        "Subscribe",
        "Related",
        "All rights reserved",
    ):
        assert furniture not in doc.body


def test_json_single_record() -> None:
    (doc,) = _docs("record.json")
    assert doc.title == "Ministers Meet in Geneva"
    assert doc.body == (
        "The two foreign ministers met in Geneva on Tuesday.\n\n"
        '"It was a frank exchange," one of them said afterwards.'
    )
    assert doc.published == datetime(2022, 3, 1, 10, tzinfo=timezone(timedelta(hours=1)))
    assert doc.url == "https://news.example/ministers-meet-in-geneva"
    assert doc.source == "News Example"


def test_json_list_of_records_with_text_content_and_html_bodies() -> None:
    first, second, third = _load("records.json")
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.body == "The first story has a sentence of its own."
    assert first.published == datetime(2022, 3, 2, tzinfo=UTC)
    assert first.path is not None and first.path.endswith("records.json#1")
    assert second.body == "The second story came as HTML.\n\nIt has two paragraphs."
    assert second.key == "https://news.example/second"
    assert third == LoadError(
        str(FIXTURES / "records.json") + "[3]",
        "unusable record: no text in body, text, content or articleBody",
    )


def test_json_lines_malformed_line_is_reported_and_the_others_load() -> None:
    first, bad, third = _load("records.jsonl")
    assert isinstance(first, Document) and isinstance(third, Document)
    assert (first.title, first.source, first.published) == (
        "Line One",
        "Wire",
        datetime(2023, 1, 5, tzinfo=UTC),
    )
    assert third.url == "https://wire.example/three"
    assert isinstance(bad, LoadError)
    assert bad.item == str(FIXTURES / "records.jsonl") + ":2"
    assert bad.reason.startswith("malformed JSON")


def test_rss_feed_entries_with_full_content() -> None:
    first, second = _docs("feed.rss")
    assert first.title == "Envoy Visits Moscow"
    assert first.url == "https://wire.example/envoy-visits-moscow"
    assert first.source == "Example Wire"
    assert first.published == datetime(2021, 7, 8, 11, tzinfo=UTC)
    assert first.body == (
        "The envoy visited Moscow on Thursday and met Russian officials at the foreign ministry.\n\n"
        '"The meeting was useful," the envoy said.'
    )
    assert second.body == "The delegation held talks with the host government for a second day."


def test_folder_is_loaded_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "inner.md").write_text("---\ntitle: Inner\n---\nThe inner article text.\n")
    (tmp_path / "a.txt").write_text("The first article text, loaded first.\n")
    (tmp_path / "c.txt").write_text("The last article text, loaded last.\n")
    (tmp_path / ".hidden.txt").write_text("A hidden file is skipped.\n")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    results = list(load_paths([str(tmp_path)], max_bytes=1000))
    assert [r.path for r in results if isinstance(r, Document)] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b" / "inner.md"),
        str(tmp_path / "c.txt"),
    ]
    assert len(results) == 3


def test_latin1_text_is_decoded_by_detection(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    text = "Le ministre a déclaré que les négociations reprendraient à Genève très bientôt."
    path.write_bytes(text.encode("cp1252"))
    (doc,) = list(load_paths([str(path)], max_bytes=1000))
    assert isinstance(doc, Document)
    assert doc.body == text


def test_utf16_text_with_bom_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("The envoys met again in Doha on Tuesday evening.".encode("utf-16"))
    (doc,) = list(load_paths([str(path)], max_bytes=1000))
    assert isinstance(doc, Document)
    assert doc.body == "The envoys met again in Doha on Tuesday evening."


def test_json_lines_saved_as_json_load_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "wire.json"
    path.write_bytes((FIXTURES / "records.jsonl").read_bytes())
    results = list(load_paths([str(path)], max_bytes=10_000))
    assert [type(r).__name__ for r in results] == ["Document", "LoadError", "Document"]


def test_a_markdown_link_whose_text_wraps_over_two_lines_leaves_only_its_text(tmp_path: Path) -> None:
    article = tmp_path / "readout.md"
    article.write_text(
        "---\ntitle: Readout of a meeting\n---\n\n"
        "Today, the Director of the Council and the Senior Advisor to the President\n"
        "chaired a meeting with state legislative leaders on their efforts to advance\n"
        "access to health care. In May, prior to the decision, White House officials [met\n"
        "with](https://example.org/briefing-room/2022/05/24/readout-of-a-meeting/)\n"
        "legislative leaders from states working on proactive legislation. A week after\n"
        "the decision, the President met with Governors to discuss executive action.\n",
        encoding="utf-8",
    )
    (document,) = load_paths([str(article)], max_bytes=10_000)
    assert isinstance(document, Document)
    assert "officials met with legislative leaders" in " ".join(document.body.split())
    assert "](" not in document.body and "https://" not in document.body
