"""Field dialects: URL, publication time (offset kept), title, publisher and author read
under the names scrapers, CMS exports, wires and web pages give them."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from briefings.model.documents import Document
from briefings.sources import LoadError, load_paths
from briefings.sources.fields import host_name, pick_fields

DIALECTS = Path(__file__).parents[2] / "fixtures" / "sources" / "dialects"
EDT = timezone(timedelta(hours=-4))


def _docs(name: str) -> list[Document]:
    results: list[Document | LoadError] = list(load_paths([str(DIALECTS / name)], max_bytes=100_000))
    assert all(isinstance(r, Document) for r in results), results
    return [r for r in results if isinstance(r, Document)]


def test_scraper_front_matter_gives_source_url_and_published_time_with_its_offset() -> None:
    (doc,) = _docs("scraper_front_matter.md")
    assert doc.url == "https://briefing.example.gov/room/2023/04/11/readout-of-the-ministers-call/"
    assert doc.key == doc.url
    assert doc.published == datetime(2023, 4, 11, 18, 45, 3, tzinfo=EDT)
    assert doc.published is not None and doc.published.utcoffset() == timedelta(hours=-4)
    assert doc.meta["published_precision"] == "zone"
    assert doc.title == "Readout of the Foreign Minister\u2019s Call with the Trade Commissioner"


def test_without_a_publisher_field_the_url_host_names_the_source() -> None:
    (doc,) = _docs("scraper_front_matter.md")
    assert doc.source == "briefing.example.gov"
    assert host_name("https://www.city.example/news") == "city.example"


def test_dialect_names_are_consumed_and_other_front_matter_is_kept_in_meta() -> None:
    (doc,) = _docs("scraper_front_matter.md")
    assert doc.meta["tags"] == "statements-releases"
    assert "source_url" not in doc.meta and "published_time" not in doc.meta and "date" not in doc.meta


def test_json_lines_records_with_link_pubdate_and_schema_org_names() -> None:
    wire, news = _docs("wire.jsonl")
    assert wire.url == "https://wire.example.com/ports-reopen"
    assert wire.published == datetime(2023, 5, 2, 7, 15, tzinfo=UTC)
    assert wire.published is not None and wire.published.utcoffset() == timedelta(hours=1)
    assert wire.title == "Ports reopen after the storm"
    assert (wire.source, wire.meta["author"]) == ("wire.example.com", "Dana Reyes")
    assert news.url == "https://news.example.org/talks-resume"
    assert news.published == datetime(2023, 5, 3, 8, tzinfo=UTC)
    assert news.source == "Example News"
    assert news.meta["author"] == "Sam Ortiz, Lee Park"
    assert news.body.startswith("Negotiators resumed talks in Vienna")


def test_json_records_with_canonical_url_publication_date_and_site_name() -> None:
    budget, library = _docs("cms_export.json")
    assert budget.url == "https://www.city.example/news/budget"
    assert budget.published is not None and budget.published.utcoffset() == timedelta(hours=-5)
    assert budget.source == "city.example"
    assert library.url == "https://www.city.example/news/library"
    assert library.published == datetime(2023, 6, 2, tzinfo=UTC)
    assert library.meta["published_precision"] == "date"
    assert library.source == "City Example"


def test_html_meta_tags_give_canonical_url_published_time_site_name_and_author() -> None:
    (doc,) = _docs("page_meta.html")
    assert doc.url == "https://harbour-times.example/2023/07/envoys-agree?ref=canonical"
    assert doc.published == datetime(2023, 7, 14, 3, 20, tzinfo=UTC)
    assert doc.published is not None and doc.published.utcoffset() == timedelta(hours=3)
    assert doc.source == "The Harbour Times"
    assert doc.meta["author"] == "Mira Holt"
    assert doc.title == "Envoys Agree on Prisoner Exchange"


def test_html_dc_date_and_canonical_link_alone_are_enough() -> None:
    (doc,) = _docs("page_dc_date.html")
    assert doc.url == "https://www.valley-gazette.example/local/bridge-repairs"
    assert doc.published == datetime(2023, 8, 21, 9, tzinfo=UTC)
    assert doc.meta["published_precision"] == "zone"
    assert doc.source == "valley-gazette.example"


def test_a_fetched_page_keeps_the_url_it_was_fetched_from() -> None:
    from briefings.sources.pages import load_html

    html = (DIALECTS / "page_meta.html").read_text()
    doc = load_html(html, fallback_title="x", url="https://mirror.example/envoys")
    assert doc.url == "https://mirror.example/envoys"
    assert doc.source == "The Harbour Times"


def test_two_publication_times_the_one_with_an_offset_wins_and_the_choice_is_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.DEBUG, logger="briefings.sources.fields"):
        fields = pick_fields(
            {
                "date": "2021-09-22",
                "published": "2021-09-22 23:26",
                "published_time": "2021-09-22T23:26:51-04:00",
            },
            where="a.md",
        )
    assert fields.published == "2021-09-22T23:26:51-04:00"
    [record] = [r for r in caplog.records if "published named twice" in r.getMessage()]
    assert "published_time" in record.getMessage() and "'2021-09-22'" in record.getMessage()


def test_a_stated_time_beats_a_bare_date_whatever_the_table_order() -> None:
    assert (
        pick_fields({"published": "2021-09-22", "date": "2021-09-22T08:00"}).published == "2021-09-22T08:00"
    )


def test_two_urls_the_more_specific_name_wins_and_the_choice_is_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.DEBUG, logger="briefings.sources.fields"):
        fields = pick_fields({"link": "https://a.example/feed-item", "url": "https://a.example/story"})
    assert fields.url == "https://a.example/story"
    assert any("url named twice" in r.getMessage() for r in caplog.records)


def test_equal_values_under_two_names_are_not_reported(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="briefings.sources.fields"):
        pick_fields({"url": "https://a.example/s", "og:url": "https://a.example/s"})
    assert not caplog.records


def test_names_match_whatever_their_case_and_separators() -> None:
    fields = pick_fields(
        {"Source-URL": "https://a.example/s", "PublishedTime": "2021-01-01T10:00Z", "SiteName": "A"}
    )
    assert (fields.url, fields.published, fields.source) == ("https://a.example/s", "2021-01-01T10:00Z", "A")


def test_a_url_field_that_is_not_an_absolute_web_address_is_not_a_link() -> None:
    assert pick_fields({"url": "/relative/path", "link": "https://a.example/s"}).url == "https://a.example/s"
    assert pick_fields({"url": "javascript:alert(1)"}).url is None


def test_front_matter_whose_only_date_is_unreadable_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: T\npublished_time: the day after\n---\n\nThe ministers met on Monday in Geneva.\n"
    )
    [result] = list(load_paths([str(path)], max_bytes=10_000))
    assert isinstance(result, LoadError)
    assert result.reason == "malformed front matter: published 'the day after' is not a date"


def test_a_news_api_record_with_published_at_and_a_source_object(tmp_path: Path) -> None:
    path = tmp_path / "api.jsonl"
    path.write_text(
        '{"source": {"id": null, "name": "Example Post"}, "author": "Kim Lee", "title": "Ports reopen",'
        ' "url": "https://post.example/ports", "publishedAt": "2023-05-02T07:15:00Z",'
        ' "content": "The harbour authority reopened the ports on Tuesday, a spokesman said."}\n'
    )
    [doc] = list(load_paths([str(path)], max_bytes=10_000))
    assert isinstance(doc, Document)
    assert (doc.url, doc.source, doc.meta["author"]) == (
        "https://post.example/ports",
        "Example Post",
        "Kim Lee",
    )
    assert doc.published == datetime(2023, 5, 2, 7, 15, tzinfo=UTC)
    assert doc.meta["published_precision"] == "zone"
