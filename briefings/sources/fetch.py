"""Fetching URLs: the one place briefbot touches the network for sources.

The loaders take a :class:`Fetcher`, so tests hand them an :class:`HttpFetcher`
pointed at a local HTTP server and the CLI builds one from settings. Transient
failures (connection errors, timeouts, 429 and 5xx) are retried with
exponential backoff; other HTTP errors fail at once. Downloads are streamed and
stop at the size cap instead of filling memory.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

import httpx
from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_exponential

from briefings.sources import errors
from briefings.sources.errors import SourceError

log = logging.getLogger(__name__)

USER_AGENT = "briefbot/0.1 (news briefing assistant)"
_RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Fetched:
    """A downloaded resource: the final URL (after redirects), its bytes and content type."""

    url: str
    content: bytes
    content_type: str


class Fetcher(Protocol):
    def fetch(self, url: str, *, max_bytes: int) -> Fetched:
        """Download ``url``; raise SourceError with a user-facing reason on failure."""
        ...


class _Transient(Exception):
    """A failure worth retrying: the server or the network may recover."""


class HttpFetcher:
    """httpx-based fetcher with retries.

    >>> fetcher = HttpFetcher(timeout=5.0, retries=2, backoff=0.0)
    """

    def __init__(
        self,
        *,
        timeout: float,
        retries: int = 3,
        backoff: float = 0.5,
        client: httpx.Client | None = None,
    ) -> None:
        self._client = client or httpx.Client(
            timeout=timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT}
        )
        self._retries = max(1, retries)
        self._backoff = backoff

    def fetch(self, url: str, *, max_bytes: int) -> Fetched:
        retrying = Retrying(
            stop=stop_after_attempt(self._retries),
            wait=wait_exponential(multiplier=self._backoff, max=30),
            retry=retry_if_exception(lambda exc: isinstance(exc, _Transient)),
            reraise=True,
        )
        try:
            for attempt in retrying:
                with attempt:
                    return self._fetch_once(url, max_bytes)
        except _Transient as exc:
            raise SourceError(errors.fetch_failed(f"{exc} (after {self._retries} attempts)")) from None
        raise AssertionError("unreachable: tenacity either returns or reraises")

    def _fetch_once(self, url: str, max_bytes: int) -> Fetched:
        try:
            with self._client.stream("GET", url) as response:
                if response.status_code in _RETRY_STATUSES:
                    raise _Transient(f"HTTP {response.status_code}")
                if response.status_code >= 400:
                    raise SourceError(errors.fetch_failed(f"HTTP {response.status_code}"))
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise SourceError(errors.too_large(int(declared), max_bytes))
                content = bytearray()
                for chunk in response.iter_bytes():
                    content.extend(chunk)
                    if len(content) > max_bytes:
                        raise SourceError(errors.too_large(len(content), max_bytes))
                return Fetched(
                    url=str(response.url),
                    content=bytes(content),
                    content_type=response.headers.get("content-type", ""),
                )
        except httpx.TimeoutException:
            log.debug("timeout fetching %s", url)
            raise _Transient("timed out") from None
        except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            log.debug("network error fetching %s: %s", url, exc)
            raise _Transient(type(exc).__name__) from None
        except httpx.TransportError as exc:  # unsupported scheme, proxy or local protocol errors: final
            raise SourceError(errors.fetch_failed(f"{type(exc).__name__}: {exc}")) from None
        except httpx.InvalidURL as exc:
            raise SourceError(errors.fetch_failed(f"invalid URL ({exc})")) from None

    def close(self) -> None:
        self._client.close()
