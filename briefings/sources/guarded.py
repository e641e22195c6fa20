"""An httpcore network backend that enforces the address policy and the fetch deadline.

httpx has per-operation timeouts only: a server that sends one byte every few
seconds keeps a download alive for ever. Here every read and write is given at
most the time left before the current fetch's deadline (a context variable set
by :class:`~briefings.sources.fetch.HttpFetcher` around each fetch), and a read
after the deadline raises :class:`DeadlineExceeded`, so headers dribbled byte by
byte are cut as surely as a body.

Connections resolve the host themselves, check every address against the
:class:`~briefings.sources.addresses.AddressPolicy` and connect to a checked
address, so DNS rebinding between a check and the connect is not possible; every
redirect opens its connection here too.
"""

from __future__ import annotations

import contextvars
import time
import typing

import httpcore
from httpcore import NetworkBackend, NetworkStream

from briefings.sources.addresses import AddressPolicy
from briefings.sources.errors import SourceError

DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("fetch_deadline", default=None)
"""``time.monotonic()`` value after which the current fetch must stop (None: no deadline)."""


class DeadlineExceeded(SourceError):
    """The fetch ran past its total deadline. Final: never retried."""


def remaining(timeout: float | None) -> float | None:
    """``timeout`` shortened to the time left before the deadline; raises when none is left."""
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise DeadlineExceeded("deadline")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(NetworkStream):
    def __init__(self, inner: NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, remaining(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, remaining(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: typing.Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, remaining(timeout)))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(NetworkBackend):
    """httpcore's socket backend behind the address policy and the deadline."""

    def __init__(self, policy: AddressPolicy) -> None:
        self._policy = policy
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> NetworkStream:
        try:
            addresses = self._policy.resolve(host, port)
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from None
        last: Exception | None = None
        for address in addresses:
            try:
                stream = self._inner.connect_tcp(
                    address, port, remaining(timeout), local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
                continue
            return _DeadlineStream(stream)
        raise last or httpcore.ConnectError(f"no address for {host}")

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> NetworkStream:
        raise SourceError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)
