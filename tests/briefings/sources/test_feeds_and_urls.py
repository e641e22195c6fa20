"""Feeds and URLs, served by a local HTTP server (never the internet)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from briefings.model.documents import Document
from briefings.sources import HttpFetcher, LoadError, load_paths
from tests.briefings.sources.conftest import Page, Site

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sources"
PAGE = (FIXTURES / "page.html").read_text(encoding="utf-8")


def _summary_feed(site: Site) -> str:
    return (FIXTURES / "summaries.atom").read_text(encoding="utf-8").replace("{base}", site.base)


def test_summary_only_feed_entries_fetch_and_extract_the_linked_page(
    site: Site, fetcher: HttpFetcher
) -> None:
    feed_url = site.add("/feed.atom", _summary_feed(site), "application/atom+xml")
    site.add("/articles/tianjin", PAGE)
    page, missing = load_paths([feed_url], max_bytes=1_000_000, fetch=fetcher)
    assert isinstance(page, Document)
    assert page.url == site.url("/articles/tianjin")
    assert page.title == "Envoys Meet in Tianjin"
    assert page.body.startswith("Foreign Minister Wang Yi met the delegation's chief negotiator in Tianjin")
    assert "Read more" not in page.body
    assert missing == LoadError(site.url("/articles/missing"), "could not fetch: HTTP 404")
    assert site.requests == ["/feed.atom", "/articles/tianjin", "/articles/missing"]


def test_summary_only_feed_from_a_file_fetches_pages_too(
    site: Site, fetcher: HttpFetcher, tmp_path: Path
) -> None:
    path = tmp_path / "saved.atom"
    path.write_text(_summary_feed(site), encoding="utf-8")
    site.add("/articles/tianjin", PAGE)
    results = list(load_paths([str(path)], max_bytes=1_000_000, fetch=fetcher))
    assert [type(r).__name__ for r in results] == ["Document", "LoadError"]
    page = results[0]
    assert isinstance(page, Document)
    assert page.source == "The Example Gazette"
    assert page.published is not None and page.published.tzinfo is not None


def test_feed_entry_date_fills_in_when_the_page_has_none(site: Site, fetcher: HttpFetcher) -> None:
    bare = (
        "<html><body><article><p>"
        + "The envoys met in Tianjin on Wednesday for talks. " * 5
        + "</p></article></body></html>"
    )
    feed_url = site.add("/feed.atom", _summary_feed(site), "application/atom+xml")
    site.add("/articles/tianjin", bare)
    page = next(iter(load_paths([feed_url], max_bytes=1_000_000, fetch=fetcher)))
    assert isinstance(page, Document)
    assert page.title == "Envoys Meet in Tianjin"
    assert page.published == datetime(2021, 7, 28, 6, tzinfo=UTC)
    assert page.source == "Summary Only News"


def test_url_is_sniffed_as_a_page_by_content(site: Site, fetcher: HttpFetcher) -> None:
    url = site.add("/story", PAGE, content_type="application/octet-stream")
    (doc,) = list(load_paths([url], max_bytes=1_000_000, fetch=fetcher))
    assert isinstance(doc, Document)
    assert doc.title == "Envoys Meet in Tianjin"


def test_url_is_sniffed_as_a_feed_by_content(site: Site, fetcher: HttpFetcher) -> None:
    url = site.add("/news", (FIXTURES / "feed.rss").read_bytes(), content_type="text/plain")
    docs = list(load_paths([url], max_bytes=1_000_000, fetch=fetcher))
    assert [d.title for d in docs if isinstance(d, Document)] == [
        "Envoy Visits Moscow",
        "Delegation Holds Talks",
    ]


def test_plain_text_url_is_keyed_by_its_url(site: Site, fetcher: HttpFetcher) -> None:
    url = site.add("/notes.txt", "The ministers met in Rome on Friday, the agency reported.", "text/plain")
    (doc,) = list(load_paths([url], max_bytes=1_000_000, fetch=fetcher))
    assert isinstance(doc, Document)
    assert (doc.key, doc.path) == (url, None)


def test_transient_server_errors_are_retried(site: Site, fetcher: HttpFetcher) -> None:
    url = site.add_sequence("/flaky", [Page(b"busy", "text/plain", 503), Page(PAGE.encode())])
    (doc,) = list(load_paths([url], max_bytes=1_000_000, fetch=fetcher))
    assert isinstance(doc, Document)
    assert site.requests == ["/flaky", "/flaky"]


def test_a_server_that_keeps_failing_is_one_load_error(site: Site, fetcher: HttpFetcher) -> None:
    url = site.add("/down", b"down", "text/plain", status=503)
    assert list(load_paths([url], max_bytes=1_000, fetch=fetcher)) == [
        LoadError(url, "could not fetch: HTTP 503 (after 3 attempts)")
    ]
    assert len(site.requests) == 3


def test_download_over_the_size_cap_is_refused(site: Site, fetcher: HttpFetcher) -> None:
    url = site.add("/big", PAGE)
    (error,) = list(load_paths([url], max_bytes=100, fetch=fetcher))
    assert isinstance(error, LoadError)
    assert error.item == url
    assert "over the size cap of 100 bytes" in error.reason


def test_unreachable_host_is_a_load_error(fetcher: HttpFetcher) -> None:
    (error,) = list(load_paths(["http://127.0.0.1:9/nothing"], max_bytes=1000, fetch=fetcher))
    assert isinstance(error, LoadError)
    assert error.reason.startswith("could not fetch: ConnectError")


def test_page_in_the_charset_the_server_declares(site: Site, fetcher: HttpFetcher) -> None:
    text = "Le ministre a rencontré son homologue à Genève mardi, a déclaré le porte-parole du ministère."
    html = f"<html><head><title>Rencontre à Genève</title></head><body><article><p>{text}</p></article>"
    url = site.add("/fr", html.encode("cp1252"), content_type="text/html; charset=windows-1252")
    (doc,) = list(load_paths([url], max_bytes=100_000, fetch=fetcher))
    assert isinstance(doc, Document)
    assert doc.body == text
