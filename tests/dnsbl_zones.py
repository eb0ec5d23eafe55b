"""Blacklist zones on the loopback test server: the real list definitions, remapped under
`bl.test` with `load_lists(zone_suffix=...)`, answering their health probes like live lists.

    lists = test_lists()
    publish_healthy(dns_server, lists)             # every list passes its probes
    list_ip(dns_server, lst, "203.0.113.25", "127.0.0.2", txt="listed because ...")
    list_domain(dns_server, lst, "example.co.jp", "127.0.1.102")

Used by the blacklist tests, the page tests, the CLI tests and bench/dnsbl.py.
"""

from __future__ import annotations

from app.core.dnsbl import reverse_ip
from app.core.dnsbl_lists import (
    IPV6_PROBE_LISTED,
    DnsblList,
    ListKind,
    load_lists,
)
from tests.dns_server import DnsTestServer

SUFFIX = "bl.test"


def test_lists(**kwargs: object) -> tuple[DnsblList, ...]:
    """The default lists, every zone moved under `bl.test`."""
    return load_lists(zone_suffix=SUFFIX, **kwargs)  # type: ignore[arg-type]


test_lists.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def listing_code(lst: DnsblList) -> str:
    """An answer that means "listed" on `lst`."""
    if lst.bitmask:
        bit = next(bit for bit, meaning in lst.bits if meaning.severity.value == "listed")
        return f"127.0.0.{bit}"
    listed = [c.code for c in lst.codes if c.severity.value != "policy"]
    return listed[0] if listed else "127.0.0.2"


def _v6_label(address: str) -> str:
    import ipaddress

    return ".".join(reversed(ipaddress.IPv6Address(address).exploded.replace(":", "")))


def publish_probes(server: DnsTestServer, lst: DnsblList, zone: str | None = None) -> None:
    """Make `lst` answer its RFC 5782 probes like a live list (in `zone`, default its own)."""
    zone = zone or lst.zone
    code = listing_code(lst)
    if lst.kind is ListKind.IP:
        server.add_record(f"{reverse_ip(lst.probe_listed[0])}.{zone}", "A", code)
        if lst.ipv6:
            server.add_record(f"{_v6_label(IPV6_PROBE_LISTED)}.{zone}", "A", code)
    else:
        server.add_record(f"{lst.probe_listed[0]}.{zone}", "A", code)


def publish_healthy(server: DnsTestServer, lists: tuple[DnsblList, ...]) -> None:
    """Every list in `lists` answers its probes."""
    for lst in lists:
        publish_probes(server, lst)


def list_ip(
    server: DnsTestServer,
    lst: DnsblList,
    address: str,
    *codes: str,
    txt: str | None = None,
) -> str:
    """Put `address` on `lst` with these answers (default: a listing code); returns the name."""
    name = f"{reverse_ip(address)}.{lst.zone}"
    for code in codes or (listing_code(lst),):
        server.add_record(name, "A", code)
    if txt is not None:
        server.add_record(name, "TXT", txt)
    return name


def list_domain(
    server: DnsTestServer,
    lst: DnsblList,
    domain: str,
    *codes: str,
    txt: str | None = None,
) -> str:
    """Put `domain` on `lst` with these answers; returns the name."""
    name = f"{domain}.{lst.zone}"
    for code in codes or (listing_code(lst),):
        server.add_record(name, "A", code)
    if txt is not None:
        server.add_record(name, "TXT", txt)
    return name
