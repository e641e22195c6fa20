"""Hostile servers: a total deadline per fetch, and no fetch of internal addresses.

The slow server and the "internal" server run on loopback inside the test; the
fetcher is told to allow 127.0.0.1 only where a test needs to reach it.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from briefings.model.documents import Document
from briefings.sources import HttpFetcher, LoadError, load_paths
from briefings.sources.addresses import AddressPolicy, parse_allow_list
from tests.briefings.sources.conftest import LOOPBACK_ALLOWED, Site

METADATA = "169.254.169.254 is an internal address (link-local)"
BODY = b"The ministers met in Rome on Friday, the agency reported. " * 4


@pytest.fixture
def slow_server() -> Iterator[str]:
    """Answers 200 at once, then sends its body one byte every 0.2 s (for ever, or until cut)."""
    stop = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for byte in BODY * 100:
                if stop.wait(0.2):
                    return
                try:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                except OSError:
                    return

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/slow.txt"
    finally:
        stop.set()
        server.shutdown()
        server.server_close()


@pytest.fixture
def dribbling_headers() -> Iterator[str]:
    """A raw socket server that dribbles its status line and headers one byte every 0.2 s."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            with conn:
                conn.recv(4096)
                for byte in b"HTTP/1.1 200 OK\r\n" + b"X-Padding: " + b"a" * 10_000:
                    if stop.wait(0.2):
                        return
                    try:
                        conn.sendall(bytes([byte]))
                    except OSError:
                        break

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/headers"
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


def _fetcher(**kwargs: object) -> HttpFetcher:
    options: dict[str, object] = {"timeout": 5.0, "retries": 3, "backoff": 0.0, "policy": LOOPBACK_ALLOWED}
    options.update(kwargs)
    return HttpFetcher(**options)  # type: ignore[arg-type]


# --- deadline -------------------------------------------------------------------------------------
def test_a_body_sent_a_byte_at_a_time_ends_with_a_deadline_error(slow_server: str) -> None:
    fetcher = _fetcher(deadline=1.0)
    try:
        (error,) = list(load_paths([slow_server], max_bytes=1_000_000, fetch=fetcher))
    finally:
        fetcher.close()
    assert error == LoadError(
        slow_server, "could not fetch: took longer than the 1 s deadline (BRIEFBOT_FETCH_DEADLINE)"
    )


def test_headers_sent_a_byte_at_a_time_end_with_a_deadline_error(dribbling_headers: str) -> None:
    fetcher = _fetcher(deadline=1.0)
    try:
        (error,) = list(load_paths([dribbling_headers], max_bytes=1_000_000, fetch=fetcher))
    finally:
        fetcher.close()
    assert isinstance(error, LoadError)
    assert "deadline" in error.reason


def test_a_feed_entry_page_that_dribbles_is_its_own_deadline_error(site: Site, slow_server: str) -> None:
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        f"<item><title>Talks in Rome</title><link>{slow_server}</link>"
        "<description>Short.</description></item>"
        "</channel></rss>"
    )
    feed_url = site.add("/feed.rss", feed, "application/rss+xml")
    fetcher = _fetcher(deadline=1.0)
    try:
        results = list(load_paths([feed_url], max_bytes=1_000_000, fetch=fetcher))
    finally:
        fetcher.close()
    errors = [r for r in results if isinstance(r, LoadError)]
    assert errors and all("deadline" in e.reason for e in errors)


def test_the_deadline_does_not_cut_a_fetch_that_finishes(site: Site) -> None:
    url = site.add("/notes.txt", BODY, "text/plain")
    fetcher = _fetcher(deadline=30.0)
    try:
        (doc,) = list(load_paths([url], max_bytes=1_000_000, fetch=fetcher))
    finally:
        fetcher.close()
    assert isinstance(doc, Document)


# --- address policy -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("fd00::1", "private"),
        ("100.64.0.1", "reserved"),
        ("0.0.0.0", "private"),
    ],
)
def test_internal_addresses_are_refused_by_default(address: str, kind: str) -> None:
    shown = address.removeprefix("::ffff:")
    assert AddressPolicy().refusal(address) == f"{shown} is an internal address ({kind})"


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:4700::1111", "8.8.8.8"])
def test_public_addresses_are_allowed(address: str) -> None:
    assert AddressPolicy().refusal(address) is None


def test_the_allow_list_opens_only_its_networks() -> None:
    policy = AddressPolicy(parse_allow_list("10.20.0.0/16, 127.0.0.1"))
    assert policy.refusal("10.20.3.4") is None
    assert policy.refusal("127.0.0.1") is None
    assert policy.refusal("10.21.0.1") == "10.21.0.1 is an internal address (private)"


def test_a_loopback_url_is_refused_by_default_and_never_requested(site: Site) -> None:
    url = site.add("/secret", BODY, "text/plain")
    fetcher = HttpFetcher(timeout=5.0, retries=3, backoff=0.0)
    try:
        (error,) = list(load_paths([url], max_bytes=1_000_000, fetch=fetcher))
    finally:
        fetcher.close()
    assert error == LoadError(
        url, "refused: 127.0.0.1 is an internal address (loopback) (allow it with BRIEFBOT_FETCH_ALLOW)"
    )
    assert site.requests == []


def test_a_name_is_checked_after_it_resolves(site: Site) -> None:
    url = site.add("/secret", BODY, "text/plain").replace("127.0.0.1", "localhost")
    fetcher = HttpFetcher(timeout=5.0, retries=1, backoff=0.0)
    try:
        (error,) = list(load_paths([url], max_bytes=1_000_000, fetch=fetcher))
    finally:
        fetcher.close()
    assert isinstance(error, LoadError)
    assert error.reason.startswith("refused: ") and "(loopback)" in error.reason
    assert site.requests == []


def test_a_redirect_to_the_metadata_address_is_refused(site: Site) -> None:
    url = site.add("/go", b"", "text/plain", status=302)
    site.headers["/go"] = {"Location": "http://169.254.169.254/latest/meta-data/"}
    fetcher = _fetcher(deadline=10.0)
    try:
        (error,) = list(load_paths([url], max_bytes=1_000_000, fetch=fetcher))
    finally:
        fetcher.close()
    assert error == LoadError(url, f"refused: {METADATA} (allow it with BRIEFBOT_FETCH_ALLOW)")


def test_a_redirect_to_another_loopback_address_is_refused(site: Site) -> None:
    url = site.add("/go", b"", "text/plain", status=301)
    site.headers["/go"] = {"Location": site.url("/secret").replace("127.0.0.1", "127.0.0.2")}
    fetcher = _fetcher()
    try:
        (error,) = list(load_paths([url], max_bytes=1_000_000, fetch=fetcher))
    finally:
        fetcher.close()
    assert isinstance(error, LoadError)
    assert error.reason.startswith("refused: 127.0.0.2 is an internal address (loopback)")


def test_a_feed_entry_page_on_an_internal_address_is_refused(site: Site) -> None:
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>Metadata</title><link>http://169.254.169.254/latest/</link>"
        "<description>Short.</description></item></channel></rss>"
    )
    feed_url = site.add("/feed.rss", feed, "application/rss+xml")
    fetcher = _fetcher()
    try:
        results = list(load_paths([feed_url], max_bytes=1_000_000, fetch=fetcher))
    finally:
        fetcher.close()
    assert (
        LoadError(
            "http://169.254.169.254/latest/",
            f"refused: {METADATA} (allow it with BRIEFBOT_FETCH_ALLOW)",
        )
        in results
    )
