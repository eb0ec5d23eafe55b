"""The openspf RFC 7208 test suite (tests/rfc7208/, BSD licence) run against our check_host.

Every scenario's `zonedata` is served by the loopback DNS test server and every test runs
`check_host` through a `DnsClient` pointed at it, inside a socket guard that refuses any
other destination; the server's query log must show the queries arriving.

How the suite's zone notation is served (the conventions of the suite's reference driver,
pyspf's `testspf.py`):

* `SPF:` records are served as type 99 and, when the name has no `TXT:` entry at all, also
  as TXT ("auto-magic duplication"); `TXT: NONE` only switches that duplication off.
* `TIMEOUT` makes every query type of that name go unanswered (the server's drop fault),
  except the types listed before the `TIMEOUT` marker, which are answered normally.
* YAML strings with `\\xNN` escapes are sent as those raw bytes (Latin-1), so "hosed"
  records really carry non-ASCII bytes; other text is UTF-8.
* `MX: [0, ""]` (a null MX) is served as `0 .`.
* `SPF: [ ]` (a record without strings, which DNS cannot carry) is served as one empty
  string; the test only asks that this not crash the evaluation.

Tests whose result is a list accept any of its values. Explanations are compared exactly,
with "DEFAULT" as the default explanation. Known deviations would be listed, with reasons,
in tests/rfc7208/exceptions.txt (currently none).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.core.dns_client import DnsClient
from app.core.resolver import ResolverSpec
from app.core.spf.evaluate import check_host
from tests.dns_server import DnsTestServer
from tests.loopback_guard import loopback_only

SUITE = Path(__file__).resolve().parent / "rfc7208"
QUERY_TYPES = ("A", "AAAA", "MX", "TXT", "SPF", "PTR", "CNAME")


@dataclass(frozen=True)
class SuiteTest:
    scenario: int
    name: str
    data: dict[str, Any]


def _scenarios() -> list[dict[str, Any]]:
    with (SUITE / "rfc7208-tests.yml").open("rb") as handle:
        return [doc for doc in yaml.safe_load_all(handle) if doc]


def _exceptions() -> dict[str, str]:
    path = SUITE / "exceptions.txt"
    result = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, reason = line.partition(":")
            result[name.strip()] = reason.strip()
    return result


SCENARIOS = _scenarios()
EXCEPTIONS = _exceptions()
TESTS = [
    SuiteTest(index, name, data)
    for index, scenario in enumerate(SCENARIOS)
    for name, data in scenario["tests"].items()
]


def _raw(value: str) -> bytes:
    try:
        return value.encode("latin-1")
    except UnicodeEncodeError:
        return value.encode("utf-8")


def _strings(value: Any) -> list[bytes]:
    if isinstance(value, str):
        raw = _raw(value)
        return [raw[i : i + 255] for i in range(0, len(raw), 255)] or [b""]
    parts = [_raw(str(v)) for v in value]
    return parts or [b""]


def serve_zonedata(server: DnsTestServer, zonedata: dict[str, list[Any]]) -> None:
    """Load one scenario's zone data into `server` (see the module docstring)."""
    for name, entries in zonedata.items():
        has_txt = any(isinstance(e, dict) and "TXT" in e for e in entries)
        answered: set[str] = set()
        timeout = False
        generated: list[Any] = []
        for entry in entries:
            if entry == "TIMEOUT":
                timeout = True
                break
            for rtype, value in entry.items():
                if value == "NONE":
                    continue
                answered.add(rtype)
                if rtype in ("TXT", "SPF"):
                    server.add_record(name, rtype, _strings(value))
                    if rtype == "SPF" and not has_txt:
                        generated.append(value)
                elif rtype == "MX":
                    preference, exchange = value
                    server.add_record(name, "MX", f"{preference} {exchange or '.'}")
                else:
                    server.add_record(name, rtype, str(value))
        if timeout:
            for rtype in QUERY_TYPES:
                if rtype not in answered:
                    server.drop(name, rtype=rtype)
        else:
            for value in generated:
                server.add_record(name, "TXT", _strings(value))


@pytest.fixture(scope="module")
def suite_servers() -> Iterator[dict[int, DnsTestServer]]:
    servers: dict[int, DnsTestServer] = {}
    for index, scenario in enumerate(SCENARIOS):
        server = DnsTestServer()
        serve_zonedata(server, scenario.get("zonedata") or {})
        servers[index] = server.start()
    try:
        yield servers
    finally:
        for server in servers.values():
            server.stop()


def test_the_suite_and_its_licence_are_vendored_together() -> None:
    assert (SUITE / "rfc7208-tests.LICENSE").read_text().startswith("The RFC 7208 test-suite")
    assert (SUITE / "rfc7208-tests.CHANGES").is_file()
    assert len(TESTS) > 150
    assert EXCEPTIONS == {}, "aim for zero: each exception needs a reason in exceptions.txt"


@pytest.mark.parametrize("case", TESTS, ids=[t.name for t in TESTS])
def test_rfc7208(case: SuiteTest, suite_servers: dict[int, DnsTestServer]) -> None:
    if case.name in EXCEPTIONS:
        pytest.xfail(EXCEPTIONS[case.name])
    server = suite_servers[case.scenario]
    server.clear_log()
    # A generous timeout: the suite's TIMEOUT names are dropped by the server (each costs
    # the timeout once), and an answer delayed by a busy machine must not read as a timeout.
    client = DnsClient(ResolverSpec(server.host, server.port), timeout=1.5, retries=0)
    data = case.data
    with loopback_only() as attempts:
        result = check_host(
            str(data["host"]),
            str(data.get("mailfrom", "")),
            str(data.get("helo", "")),
            client=client,
            default_explanation="DEFAULT",
        )
    assert attempts == []
    expected = data["result"]
    allowed = expected if isinstance(expected, list) else [expected]
    assert result.result.value in allowed, (
        f"{case.name}: got {result.result.value} ({result.code} {result.detail}), "
        f"expected {expected}"
    )
    if "explanation" in data:
        assert result.explanation == data["explanation"], case.name
    if result.domain and result.result.value != "none":
        # The evaluation really asked our server (nothing was answered from elsewhere).
        assert server.queries(), case.name
