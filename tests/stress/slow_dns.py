"""`-p tests.stress.slow_dns`: the loopback DNS server answers every query `SLOW_DNS_SECONDS`
(default 0.35) late, on top of any delay a test asks for, as a server thread starved of CPU
would. A test that expects an answer fails here if its timeout leaves less room than that.
Tests that expect timeouts, or that measure the server's own delays, fail too: read the
failures, do not chase them all."""

from __future__ import annotations

import os

from tests import dns_server

EXTRA = float(os.environ.get("SLOW_DNS_SECONDS", "0.35"))
_plan = dns_server.DnsTestServer._plan


def _late_plan(
    self: dns_server.DnsTestServer, key: dns_server.Key, qtype: int, protocol: str
) -> dns_server._Plan:
    plan = _plan(self, key, qtype, protocol)
    return dns_server._Plan(plan.delay + EXTRA, plan.action, plan.decoys)


dns_server.DnsTestServer._plan = _late_plan  # type: ignore[method-assign]
