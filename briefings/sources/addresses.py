"""Which addresses a fetch may reach: public ones, plus an operator's allow-list.

A feed or a page named by a user (or by a feed entry, or by a redirect) must not
make briefbot a proxy into the network it runs in: loopback, link-local (the
cloud metadata service at 169.254.169.254), private, shared and reserved ranges
are refused unless ``BRIEFBOT_FETCH_ALLOW`` lists them (an intranet feed). The
check is made on the addresses a host name resolves to, just before connecting
(``briefings.sources.guarded``), so neither a DNS name nor a redirect gets past it.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass

from briefings.sources.errors import SourceError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
ALLOW_SETTING = "BRIEFBOT_FETCH_ALLOW"


class AddressRefused(SourceError):
    """A fetch would reach an internal address. Final: never retried."""


def parse_allow_list(text: str) -> tuple[IPNetwork, ...]:
    """Networks from a comma- or space-separated list of addresses and CIDR ranges.

    >>> parse_allow_list("10.0.0.0/8, 127.0.0.1")
    (IPv4Network('10.0.0.0/8'), IPv4Network('127.0.0.1/32'))
    """
    networks = []
    for token in text.replace(",", " ").split():
        networks.append(ipaddress.ip_network(token, strict=False))
    return tuple(networks)


def _kind(address: IPAddress) -> str | None:
    """Why ``address`` is internal (a short word), or None for a public address."""
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_private:
        return "private"
    if address.is_multicast:
        return "multicast"
    if address.is_unspecified or address.is_reserved or not address.is_global:
        return "reserved"
    return None


@dataclass(frozen=True)
class AddressPolicy:
    """Public addresses, and the ``allow``-listed networks, may be fetched.

    >>> AddressPolicy().refusal("169.254.169.254")
    '169.254.169.254 is an internal address (link-local)'
    >>> AddressPolicy(parse_allow_list("127.0.0.0/8")).refusal("127.0.0.1") is None
    True
    """

    allow: tuple[IPNetwork, ...] = ()

    def refusal(self, host: str) -> str | None:
        """Why connecting to the IP address ``host`` is refused, or None when it is allowed."""
        address: IPAddress = ipaddress.ip_address(host.split("%", 1)[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        if any(address in network for network in self.allow):
            return None
        kind = _kind(address)
        return None if kind is None else f"{address} is an internal address ({kind})"

    def check(self, addresses: Iterable[str]) -> None:
        """Raise :class:`AddressRefused` if any of ``addresses`` is refused (a name that
        resolves to one internal address among public ones is refused as a whole)."""
        for host in addresses:
            reason = self.refusal(host)
            if reason is not None:
                raise AddressRefused(f"refused: {reason} (allow it with {ALLOW_SETTING})")

    def resolve(self, host: str, port: int) -> list[str]:
        """The IP addresses of ``host``, checked; raises :class:`AddressRefused` or OSError."""
        infos = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        self.check(addresses)
        return addresses
