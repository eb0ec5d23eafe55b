"""Records for the lookup-budget tests (tests/test_spf_lookups.py and the page, CLI and PDF
tests that show the breakdown): real provider names, so that services are recognised, with
made-up contents that give exact lookup counts. Added per test to the loopback server."""

from __future__ import annotations

from tests.dns_server import DnsTestServer

Z = "spftest.example"
# 12 lookups through nested includes: Google 4 (itself + 3 nested), Microsoft 365 2,
# nested.prov 3, 配配メール 1, _spf.prov 1 and the same include again 1.
OVER = f"over.{Z}"
OVER_RECORD = (
    f"v=spf1 ip4:192.0.2.25 include:spf.haihaimail.jp include:_spf.google.com "
    f"include:spf.protection.outlook.com include:nested.prov.{Z} include:_spf.prov.{Z} "
    f"include:_spf.prov.{Z} ~all"
)
# Own a and mx (2 lookups) push a record with 9 lookups of includes to 11.
OWN = f"own.{Z}"
OWN_RECORD = (
    f"v=spf1 a mx include:_spf.google.com include:spf.protection.outlook.com "
    f"include:nested.prov.{Z} ~all"
)
# ptr (1) on top of 10 lookups of includes.
PTR = f"ptrover.{Z}"
PTR_RECORD = (
    f"v=spf1 ptr include:_spf.google.com include:spf.protection.outlook.com "
    f"include:nested.prov.{Z} include:l1.{Z} ~all"
)


def add_budget_records(server: DnsTestServer) -> None:
    """The providers' records and the three domains above."""
    add = server.add_record
    add(
        "_spf.google.com",
        "TXT",
        "v=spf1 include:_netblocks.google.com include:_netblocks2.google.com include:_netblocks3.google.com ~all",
    )
    add("_netblocks.google.com", "TXT", "v=spf1 ip4:35.190.247.0/24 ~all")
    add("_netblocks2.google.com", "TXT", "v=spf1 ip6:2001:4860:4000::/36 ~all")
    add("_netblocks3.google.com", "TXT", "v=spf1 ip4:172.217.0.0/19 ~all")
    add(
        "spf.protection.outlook.com",
        "TXT",
        "v=spf1 ip4:40.92.0.0/15 include:spfd.protection.outlook.com -all",
    )
    add("spfd.protection.outlook.com", "TXT", "v=spf1 ip4:51.4.72.0/24 -all")
    add("spf.haihaimail.jp", "TXT", "v=spf1 ip4:210.152.0.0/24 ~all")
    add(OVER, "TXT", OVER_RECORD)
    add(OWN, "TXT", OWN_RECORD)
    add(OWN, "A", "203.0.113.80")
    add(OWN, "MX", f"10 mail.{Z}.")
    add(PTR, "TXT", PTR_RECORD)
