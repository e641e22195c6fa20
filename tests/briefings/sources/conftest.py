"""A local web site on 127.0.0.1 (port 0) standing in for the internet."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from briefings.sources import HttpFetcher
from briefings.sources.addresses import AddressPolicy, parse_allow_list

LOOPBACK_ALLOWED = AddressPolicy(parse_allow_list("127.0.0.1"))
"""The local site is on loopback, which fetching refuses by default (``test_fetch_limits``)."""


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200


@dataclass
class Site:
    """Pages by path; every request is recorded so tests can assert what was fetched."""

    base: str = ""
    pages: dict[str, Page | list[Page]] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    headers: dict[str, dict[str, str]] = field(default_factory=dict)
    """Extra response headers by path (a redirect's Location)."""

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def add(
        self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8", status: int = 200
    ) -> str:
        data = body.encode() if isinstance(body, str) else body
        self.pages[path] = Page(data, content_type, status)
        return self.url(path)

    def add_sequence(self, path: str, pages: list[Page]) -> str:
        """Answers in turn (the last one repeats): a flaky server."""
        self.pages[path] = list(pages)
        return self.url(path)

    def respond(self, path: str) -> Page:
        self.requests.append(path)
        page = self.pages.get(path)
        if isinstance(page, list):
            return page.pop(0) if len(page) > 1 else page[0]
        return page or Page(b"not found", "text/plain", 404)


@pytest.fixture
def site() -> Iterator[Site]:
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            page = state.respond(self.path)
            self.send_response(page.status)
            self.send_header("Content-Type", page.content_type)
            self.send_header("Content-Length", str(len(page.body)))
            for name, value in state.headers.get(self.path, {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(page.body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def fetcher() -> Iterator[HttpFetcher]:
    client = HttpFetcher(timeout=5.0, retries=3, backoff=0.0, policy=LOOPBACK_ALLOWED)
    try:
        yield client
    finally:
        client.close()
