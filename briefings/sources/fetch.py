"""Fetching URLs: the one place briefbot touches the network for sources.

The loaders take a :class:`Fetcher`, so tests hand them an :class:`HttpFetcher`
pointed at a local HTTP server and the CLI builds one from settings. Transient
failures (connection errors, timeouts, 429 and 5xx) are retried with
exponential backoff; other HTTP errors fail at once. Downloads are streamed and
stop at the size cap instead of filling memory.

Hostile servers: every fetch (its retries and redirects included) has a total
deadline besides the per-read timeout, and connects only to addresses the
:class:`~briefings.sources.addresses.AddressPolicy` allows, checked after DNS
resolution on every connection (``briefings.sources.guarded``). When a proxy is
configured in the environment the proxy connects, so the policy is also applied to
the target's addresses as resolved here, before each request.
"""

from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass
from typing import Protocol

import httpcore
import httpx
from tenacity import Retrying, retry_if_exception, stop_after_attempt, stop_after_delay, wait_exponential

from briefings.sources import errors
from briefings.sources.addresses import AddressPolicy
from briefings.sources.errors import SourceError
from briefings.sources.guarded import DEADLINE, DeadlineExceeded, GuardedBackend, remaining

log = logging.getLogger(__name__)

USER_AGENT = "briefbot/0.1 (news briefing assistant)"
_RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
DEFAULT_DEADLINE = 60.0
"""Seconds one fetch may take in all (retries and redirects included)."""


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
    """httpx-based fetcher with retries, a total ``deadline`` (seconds) per fetch and an
    address ``policy`` (public addresses only by default).

    >>> fetcher = HttpFetcher(timeout=5.0, retries=2, backoff=0.0, deadline=30.0)
    """

    def __init__(
        self,
        *,
        timeout: float,
        retries: int = 3,
        backoff: float = 0.5,
        deadline: float = DEFAULT_DEADLINE,
        policy: AddressPolicy | None = None,
        client: httpx.Client | None = None,
    ) -> None:
        self._policy = policy or AddressPolicy()
        self._client = client or httpx.Client(
            timeout=timeout,
            follow_redirects=True,
            headers={"User-Agent": USER_AGENT},
            transport=_GuardedTransport(self._policy),
            event_hooks={"request": [self._check_target]},
        )
        self._retries = max(1, retries)
        self._backoff = backoff
        self._deadline = deadline

    def fetch(self, url: str, *, max_bytes: int) -> Fetched:
        retrying = Retrying(
            stop=stop_after_attempt(self._retries) | stop_after_delay(self._deadline),
            wait=wait_exponential(multiplier=self._backoff, max=30),
            retry=retry_if_exception(lambda exc: isinstance(exc, _Transient)),
            reraise=True,
        )
        token = DEADLINE.set(time.monotonic() + self._deadline)
        try:
            for attempt in retrying:
                with attempt:
                    return self._fetch_once(url, max_bytes)
        except _Transient as exc:
            raise SourceError(errors.fetch_failed(f"{exc} (after {self._retries} attempts)")) from None
        except DeadlineExceeded:
            raise SourceError(errors.deadline_exceeded(self._deadline)) from None
        finally:
            DEADLINE.reset(token)
        raise AssertionError("unreachable: tenacity either returns or reraises")

    def _check_target(self, request: httpx.Request) -> None:
        """Every request (redirects included) is checked before it is sent. The backend checks
        again at connect time; this one also covers a proxy from the environment, where the
        backend only sees the proxy's address."""
        # A name not resolvable here (one only a proxy knows): the connect fails or the proxy decides.
        with contextlib.suppress(OSError):
            self._policy.resolve(request.url.host, request.url.port or 0)

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
                    remaining(None)
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
            remaining(None)  # a read cut short by the deadline is the deadline, not a timeout
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


class _GuardedTransport(httpx.HTTPTransport):
    """httpx's transport on a connection pool whose network backend is the guarded one."""

    def __init__(self, policy: AddressPolicy) -> None:
        super().__init__()
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            network_backend=GuardedBackend(policy),
        )
